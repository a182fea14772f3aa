package pystr

import (
	"math"
	"strconv"
	"strings"
)

// The bytes (and bytearray) methods that differ from str's: bytes are
// held in a Go string (or converted by the VM), indexes are byte
// offsets, whitespace is C's isspace (no \x1c-\x1f), line breaks are \n,
// \r and \r\n only, and cases are ASCII. Methods that are the same
// byte-wise as for str (Split, RSplit, Partition, Join, Replace with a
// non-empty old, ZFill's sign rule) share the str code: their inputs are
// just bytes here. Results are strings of bytes.

func isBSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// BytesFind is bytes.find(sub, start, end) (byte indexes); BytesRFind,
// BytesCount, BytesStartsWith and BytesEndsWith likewise.
func BytesFind(b, sub string, start, end int) int { return findIn(b, sub, start, end, false, true) }

// BytesRFind is bytes.rfind.
func BytesRFind(b, sub string, start, end int) int { return findIn(b, sub, start, end, true, true) }

// BytesIndex is bytes.index: BytesFind, or ValueError.
func BytesIndex(b, sub string, start, end int, rev bool) (int, error) {
	if i := findIn(b, sub, start, end, rev, true); i >= 0 {
		return i, nil
	}
	return -1, valueError("subsection not found")
}

// BytesCount is bytes.count.
func BytesCount(b, sub string, start, end int) int { return countIn(b, sub, start, end, true) }

// BytesStartsWith is bytes.startswith for one prefix.
func BytesStartsWith(b, prefix string, start, end int) bool {
	return tailmatchIn(b, prefix, start, end, false, true)
}

// BytesEndsWith is bytes.endswith for one suffix.
func BytesEndsWith(b, suffix string, start, end int) bool {
	return tailmatchIn(b, suffix, start, end, true, true)
}

// BytesSplitWhitespace is bytes.split(None, maxsplit).
func BytesSplitWhitespace(b string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	out := []string{}
	i, n := 0, len(b)
	for ; maxsplit > 0; maxsplit-- {
		for i < n && isBSpace(b[i]) {
			i++
		}
		if i == n {
			break
		}
		j := i
		for i < n && !isBSpace(b[i]) {
			i++
		}
		out = append(out, b[j:i])
	}
	if i < n {
		for i < n && isBSpace(b[i]) {
			i++
		}
		if i != n {
			out = append(out, b[i:])
		}
	}
	return out
}

// BytesRSplitWhitespace is bytes.rsplit(None, maxsplit).
func BytesRSplitWhitespace(b string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	var rev []string
	i := len(b)
	for ; maxsplit > 0; maxsplit-- {
		for i > 0 && isBSpace(b[i-1]) {
			i--
		}
		if i == 0 {
			break
		}
		j := i
		for i > 0 && !isBSpace(b[i-1]) {
			i--
		}
		rev = append(rev, b[i:j])
	}
	if i > 0 {
		for i > 0 && isBSpace(b[i-1]) {
			i--
		}
		if i != 0 {
			rev = append(rev, b[:i])
		}
	}
	out := make([]string, len(rev))
	for k, s := range rev {
		out[len(rev)-1-k] = s
	}
	return out
}

// BytesSplitLines is bytes.splitlines(keepends).
func BytesSplitLines(b string, keepends bool) []string {
	out := []string{}
	i, j, n := 0, 0, len(b)
	for i < n {
		for i < n && b[i] != '\n' && b[i] != '\r' {
			i++
		}
		eol := i
		if i < n {
			if b[i] == '\r' && i+1 < n && b[i+1] == '\n' {
				i += 2
			} else {
				i++
			}
			if keepends {
				eol = i
			}
		}
		out = append(out, b[j:eol])
		j = i
	}
	return out
}

// BytesStrip is bytes.strip(chars) (hasChars false: whitespace).
func BytesStrip(b, chars string, hasChars, left, right bool) string {
	in := func(c byte) bool {
		if hasChars {
			return strings.IndexByte(chars, c) >= 0
		}
		return isBSpace(c)
	}
	i, j := 0, len(b)
	if left {
		for i < j && in(b[i]) {
			i++
		}
	}
	if right {
		for j > i && in(b[j-1]) {
			j--
		}
	}
	return b[i:j]
}

// BytesReplace is bytes.replace(old, new, count): with an empty old, new
// goes between the bytes.
func BytesReplace(b, old, new string, count int) string {
	if count < 0 {
		count = math.MaxInt
	}
	if old != "" {
		if count == 0 || old == new {
			return b
		}
		return strings.Replace(b, old, new, count)
	}
	count = min(count, len(b)+1)
	out := make([]byte, 0, len(b)+len(new)*count)
	i := 0
	for k := 0; k < count; k++ {
		out = append(out, new...)
		if i < len(b) {
			out = append(out, b[i])
			i++
		}
	}
	return str(append(out, b[i:]...))
}

func mapASCII(b string, f func(prev bool, c byte) (byte, bool)) string {
	out := make([]byte, len(b))
	prev := false
	for i := 0; i < len(b); i++ {
		out[i], prev = f(prev, b[i])
	}
	return str(out)
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// BytesUpper is bytes.upper (ASCII only).
func BytesUpper(b string) string {
	return mapASCII(b, func(_ bool, c byte) (byte, bool) { return upperASCII(c), false })
}

// BytesLower is bytes.lower.
func BytesLower(b string) string {
	return mapASCII(b, func(_ bool, c byte) (byte, bool) { return lowerASCIIByte(c), false })
}

// BytesSwapCase is bytes.swapcase.
func BytesSwapCase(b string) string {
	return mapASCII(b, func(_ bool, c byte) (byte, bool) {
		if isLowerASCII(c) {
			return c - 32, false
		}
		return lowerASCIIByte(c), false
	})
}

// BytesTitle is bytes.title.
func BytesTitle(b string) string {
	return mapASCII(b, func(prev bool, c byte) (byte, bool) {
		cased := isLowerASCII(c) || isUpperASCII(c)
		if prev {
			return lowerASCIIByte(c), cased
		}
		return upperASCII(c), cased
	})
}

// BytesCapitalize is bytes.capitalize.
func BytesCapitalize(b string) string {
	first := true
	return mapASCII(b, func(_ bool, c byte) (byte, bool) {
		if first {
			first = false
			return upperASCII(c), false
		}
		return lowerASCIIByte(c), false
	})
}

func allBytes(b string, pred func(byte) bool) bool {
	if b == "" {
		return false
	}
	for i := 0; i < len(b); i++ {
		if !pred(b[i]) {
			return false
		}
	}
	return true
}

// BytesIsAlpha is bytes.isalpha; BytesIsDigit, BytesIsAlnum, BytesIsSpace
// likewise (ASCII classes, False when empty).
func BytesIsAlpha(b string) bool {
	return allBytes(b, func(c byte) bool { return isLowerASCII(c) || isUpperASCII(c) })
}

// BytesIsDigit is bytes.isdigit.
func BytesIsDigit(b string) bool {
	return allBytes(b, func(c byte) bool { return '0' <= c && c <= '9' })
}

// BytesIsAlnum is bytes.isalnum.
func BytesIsAlnum(b string) bool {
	return allBytes(b, func(c byte) bool { return isLowerASCII(c) || isUpperASCII(c) || '0' <= c && c <= '9' })
}

// BytesIsSpace is bytes.isspace.
func BytesIsSpace(b string) bool { return allBytes(b, isBSpace) }

// BytesIsUpper is bytes.isupper.
func BytesIsUpper(b string) bool {
	cased := false
	for i := 0; i < len(b); i++ {
		if isLowerASCII(b[i]) {
			return false
		}
		cased = cased || isUpperASCII(b[i])
	}
	return cased
}

// BytesIsLower is bytes.islower.
func BytesIsLower(b string) bool {
	cased := false
	for i := 0; i < len(b); i++ {
		if isUpperASCII(b[i]) {
			return false
		}
		cased = cased || isLowerASCII(b[i])
	}
	return cased
}

// BytesIsTitle is bytes.istitle.
func BytesIsTitle(b string) bool {
	cased, prev := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case isUpperASCII(c):
			if prev {
				return false
			}
			prev, cased = true, true
		case isLowerASCII(c):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// BytesCenter is bytes.center(width, fill); BytesLJust, BytesRJust
// likewise.
func BytesCenter(b string, width int, fill byte) (string, error) {
	if width <= len(b) {
		return b, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	marg := width - len(b)
	left := marg/2 + (marg & width & 1)
	return padBytes(b, left, marg-left, fill), nil
}

// BytesLJust is bytes.ljust.
func BytesLJust(b string, width int, fill byte) (string, error) {
	if width <= len(b) {
		return b, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	return padBytes(b, 0, width-len(b), fill), nil
}

// BytesRJust is bytes.rjust.
func BytesRJust(b string, width int, fill byte) (string, error) {
	if width <= len(b) {
		return b, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	return padBytes(b, width-len(b), 0, fill), nil
}

func padBytes(b string, left, right int, fill byte) string {
	out := make([]byte, 0, len(b)+left+right)
	for ; left > 0; left-- {
		out = append(out, fill)
	}
	out = append(out, b...)
	for ; right > 0; right-- {
		out = append(out, fill)
	}
	return str(out)
}

// BytesZFill is bytes.zfill(width).
func BytesZFill(b string, width int) (string, error) {
	if width <= len(b) {
		return b, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	fill := strings.Repeat("0", width-len(b))
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		return b[:1] + fill + b[1:], nil
	}
	return fill + b, nil
}

// BytesExpandTabs is bytes.expandtabs(tabsize).
func BytesExpandTabs(b string, tabsize int) (string, error) {
	if strings.IndexByte(b, '\t') < 0 {
		return b, nil
	}
	var out []byte
	col := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch c {
		case '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if len(out)+incr > maxOutput {
					return "", memoryError()
				}
				col += incr
				for ; incr > 0; incr-- {
					out = append(out, ' ')
				}
			}
			continue
		case '\n', '\r':
			col = 0
		default:
			col++
		}
		out = append(out, c)
	}
	return str(out), nil
}

// BytesHex is bytes.hex(sep, bytesPerSep): sep is "" or one ASCII
// character; groups count from the right when bytesPerSep > 0, from the
// left when < 0.
func BytesHex(b, sep string, bytesPerSep int) (string, error) {
	if Len(sep) > 1 {
		return "", valueError("sep must be length 1.")
	}
	if sep != "" && sep[0] >= 0x80 {
		return "", valueError("sep must be ASCII.")
	}
	if sep == "" || bytesPerSep == 0 || len(b) == 0 {
		out := make([]byte, 0, 2*len(b))
		for i := 0; i < len(b); i++ {
			out = append(out, hexdigits[b[i]>>4], hexdigits[b[i]&15])
		}
		return str(out), nil
	}
	per := bytesPerSep
	if per < 0 {
		per = -per
	}
	out := make([]byte, 0, 3*len(b))
	for i := 0; i < len(b); i++ {
		// A separator before byte i when a group boundary falls there.
		if i > 0 {
			var boundary bool
			if bytesPerSep > 0 {
				boundary = (len(b)-i)%per == 0
			} else {
				boundary = i%per == 0
			}
			if boundary {
				out = append(out, sep[0])
			}
		}
		out = append(out, hexdigits[b[i]>>4], hexdigits[b[i]&15])
	}
	return str(out), nil
}

// BytesFromHex is bytes.fromhex(s): pairs of hex digits, with ASCII
// whitespace allowed between pairs.
func BytesFromHex(s string) (string, error) {
	out := make([]byte, 0, len(s)/2)
	bad := func(i int) error {
		return valueError("non-hexadecimal number found in fromhex() arg at position " + strconv.Itoa(cpIndex(s, i, false)))
	}
	for i := 0; i < len(s); {
		if isCSpace(s[i]) {
			i++
			continue
		}
		hi := hexValue(s[i])
		if hi < 0 {
			return "", bad(i)
		}
		i++
		if i >= len(s) || hexValue(s[i]) < 0 {
			return "", bad(i)
		}
		out = append(out, byte(hi<<4|hexValue(s[i])))
		i++
	}
	return str(out), nil
}

// BytesTranslate is bytes.translate(table, delete): table is 256 bytes
// or "" for None.
func BytesTranslate(b, table, delete string) (string, error) {
	if table != "" && len(table) != 256 {
		return "", valueError("translation table must be 256 characters long")
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if delete != "" && strings.IndexByte(delete, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return str(out), nil
}

// BytesMakeTrans is bytes.maketrans(from, to).
func BytesMakeTrans(from, to string) (string, error) {
	if len(from) != len(to) {
		return "", valueError("maketrans arguments must have same length")
	}
	t := make([]byte, 256)
	for i := range t {
		t[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		t[from[i]] = to[i]
	}
	return str(t), nil
}

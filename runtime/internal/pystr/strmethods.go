package pystr

import (
	"math"
	"strings"
	"unicode/utf8"
)

// The str methods over WTF-8 strings, as unicodeobject.c and stringlib
// do them. Indexes (start, end, results) are in code points; the VM
// passes None as 0 for start and math.MaxInt for end, and clamps ints
// beyond machine size as _PyEval_SliceIndex does.

// adjust is ADJUST_INDICES: Python slice bounds for a string of n code
// points.
func adjust(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// window returns s[start:end] (code points, already adjusted, start <=
// end <= Len(s)) and the code point index of its first byte's position
// mapping: ascii reports whether byte and code point offsets agree.
func window(s string, start, end int, ascii bool) string {
	if ascii {
		return s[start:end]
	}
	b0 := byteOffset(s, start)
	b1 := b0 + byteOffset(s[b0:], end-start)
	return s[b0:b1]
}

// cpIndex converts a byte offset in s to a code point index.
func cpIndex(s string, off int, ascii bool) int {
	if ascii {
		return off
	}
	return Len(s[:off])
}

// Find is str.find(sub, start, end); RFind is str.rfind. -1 when absent.
func Find(s, sub string, start, end int) int { return find(s, sub, start, end, false) }

// RFind is str.rfind(sub, start, end).
func RFind(s, sub string, start, end int) int { return find(s, sub, start, end, true) }

func find(s, sub string, start, end int, rev bool) int {
	return findIn(s, sub, start, end, rev, isASCII(s))
}

// findIn is find over code points, or over bytes when ascii is set
// (bytes.find, or a str known to be ASCII).
func findIn(s, sub string, start, end int, rev, ascii bool) int {
	n := len(s)
	if !ascii {
		n = Len(s)
	}
	start, end = adjust(start, end, n)
	m := len(sub)
	if !ascii && !isASCII(sub) {
		m = Len(sub)
	}
	if end-start < m {
		return -1
	}
	w := window(s, start, end, ascii)
	var i int
	if rev {
		i = strings.LastIndex(w, sub)
	} else {
		i = strings.Index(w, sub)
	}
	if i < 0 {
		return -1
	}
	return start + cpIndex(w, i, ascii)
}

// Index is str.index: Find, or ValueError.
func Index(s, sub string, start, end int) (int, error) {
	if i := Find(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("substring not found")
}

// RIndex is str.rindex.
func RIndex(s, sub string, start, end int) (int, error) {
	if i := RFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("substring not found")
}

// Count is str.count(sub, start, end).
func Count(s, sub string, start, end int) int { return countIn(s, sub, start, end, isASCII(s)) }

func countIn(s, sub string, start, end int, ascii bool) int {
	n := len(s)
	if !ascii {
		n = Len(s)
	}
	start, end = adjust(start, end, n)
	m := len(sub)
	if !ascii {
		m = Len(sub)
	}
	if end-start < m {
		return 0
	}
	if m == 0 {
		return end - start + 1
	}
	return strings.Count(window(s, start, end, ascii), sub)
}

// StartsWith is str.startswith(prefix, start, end) for one prefix (the
// VM loops over a tuple); EndsWith likewise.
func StartsWith(s, prefix string, start, end int) bool {
	return tailmatch(s, prefix, start, end, false)
}

// EndsWith is str.endswith(suffix, start, end).
func EndsWith(s, suffix string, start, end int) bool { return tailmatch(s, suffix, start, end, true) }

func tailmatch(s, sub string, start, end int, suffix bool) bool {
	return tailmatchIn(s, sub, start, end, suffix, isASCII(s))
}

func tailmatchIn(s, sub string, start, end int, suffix, ascii bool) bool {
	n := len(s)
	if !ascii {
		n = Len(s)
	}
	start, end = adjust(start, end, n)
	m := len(sub)
	if !ascii {
		m = Len(sub)
	}
	if end-m < start {
		return false
	}
	if m == 0 {
		return true
	}
	w := window(s, start, end, ascii)
	if suffix {
		return strings.HasSuffix(w, sub)
	}
	return strings.HasPrefix(w, sub)
}

func isSpaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&aSpace != 0, 1
	}
	r, n := decode(s[i:])
	return IsSpaceRune(r), n
}

// Split is str.split(sep, maxsplit) with a separator; maxsplit < 0 means
// no limit. An empty sep is a ValueError.
func Split(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, valueError("empty separator")
	}
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	n := strings.Count(s, sep)
	out := make([]string, 0, min(n, maxsplit)+1)
	for ; maxsplit > 0; maxsplit-- {
		j := strings.Index(s, sep)
		if j < 0 {
			break
		}
		out = append(out, s[:j])
		s = s[j+len(sep):]
	}
	return append(out, s), nil
}

// RSplit is str.rsplit(sep, maxsplit) with a separator.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, valueError("empty separator")
	}
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	n := strings.Count(s, sep)
	out := make([]string, min(n, maxsplit)+1)
	k := len(out) - 1
	for ; maxsplit > 0; maxsplit-- {
		j := strings.LastIndex(s, sep)
		if j < 0 {
			break
		}
		out[k] = s[j+len(sep):]
		k--
		s = s[:j]
	}
	out[k] = s
	return out[k:], nil
}

// SplitWhitespace is str.split(None, maxsplit): runs of whitespace
// separate, and none start or end the result.
func SplitWhitespace(s string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	var out []string
	i := 0
	n := len(s)
	// skip advances over whitespace (space true) or over anything else;
	// ASCII is tested inline, the rest through the Unicode tables.
	skip := func(i int, space bool) int {
		for i < n {
			c := s[i]
			if c < utf8.RuneSelf {
				if (asciiClass[c]&aSpace != 0) != space {
					return i
				}
				i++
				continue
			}
			r, w := decode(s[i:])
			if IsSpaceRune(r) != space {
				return i
			}
			i += w
		}
		return i
	}
	for ; maxsplit > 0; maxsplit-- {
		i = skip(i, true)
		if i == n {
			break
		}
		j := i
		i = skip(i, false)
		if out == nil {
			out = make([]string, 0, countFields(s[j:], maxsplit))
		}
		out = append(out, s[j:i])
	}
	if i < n {
		if i = skip(i, true); i != n {
			out = append(out, s[i:])
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

func isSpaceBefore(s string, i int) (bool, int) {
	c := s[i-1]
	if c < utf8.RuneSelf {
		return asciiClass[c]&aSpace != 0, 1
	}
	r, n := decodeLast(s[:i])
	return IsSpaceRune(r), n
}

// RSplitWhitespace is str.rsplit(None, maxsplit).
func RSplitWhitespace(s string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	var rev []string
	i := len(s)
	for ; maxsplit > 0; maxsplit-- {
		for i > 0 {
			sp, w := isSpaceBefore(s, i)
			if !sp {
				break
			}
			i -= w
		}
		if i == 0 {
			break
		}
		j := i
		for i > 0 {
			sp, w := isSpaceBefore(s, i)
			if sp {
				break
			}
			i -= w
		}
		rev = append(rev, s[i:j])
	}
	if i > 0 {
		for i > 0 {
			sp, w := isSpaceBefore(s, i)
			if !sp {
				break
			}
			i -= w
		}
		if i != 0 {
			rev = append(rev, s[:i])
		}
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	if rev == nil {
		rev = []string{}
	}
	return rev
}

// lineBreak reports a line boundary of str.splitlines at s[i] and its
// size: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
func lineBreak(s string, i int) int {
	c := s[i]
	switch {
	case c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e:
		return 1
	case c == 0xc2 && i+1 < len(s) && s[i+1] == 0x85:
		return 2
	case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
		return 3
	}
	return 0
}

// SplitLines is str.splitlines(keepends).
func SplitLines(s string, keepends bool) []string {
	out := []string{}
	i, j := 0, 0
	n := len(s)
	for i < n {
		w := 0
		for i < n {
			if w = lineBreak(s, i); w > 0 {
				break
			}
			i++
		}
		eol := i
		if i < n {
			if s[i] == '\r' && i+1 < n && s[i+1] == '\n' {
				i += 2
			} else {
				i += w
			}
			if keepends {
				eol = i
			}
		}
		out = append(out, s[j:eol])
		j = i
	}
	return out
}

// Strip is str.strip(chars) (StripSpace for chars None); left and right
// choose lstrip/rstrip.
func Strip(s, chars string, left, right bool) string {
	if isASCII(chars) {
		i, j := 0, len(s)
		if left {
			for i < j && strings.IndexByte(chars, s[i]) >= 0 {
				i++
			}
		}
		if right {
			for j > i && strings.IndexByte(chars, s[j-1]) >= 0 {
				j--
			}
		}
		return s[i:j]
	}
	in := func(r rune) bool {
		for k := 0; k < len(chars); {
			c, w := decode(chars[k:])
			if c == r {
				return true
			}
			k += w
		}
		return false
	}
	i, j := 0, len(s)
	if left {
		for i < j {
			r, w := decode(s[i:])
			if !in(r) {
				break
			}
			i += w
		}
	}
	if right {
		for j > i {
			r, w := decodeLast(s[i:j])
			if !in(r) {
				break
			}
			j -= w
		}
	}
	return s[i:j]
}

// StripSpace is str.strip() (left, right as in Strip).
func StripSpace(s string, left, right bool) string {
	i, j := 0, len(s)
	if left {
		for i < j {
			sp, w := isSpaceAt(s, i)
			if !sp {
				break
			}
			i += w
		}
	}
	if right {
		for j > i {
			sp, w := isSpaceBefore(s, j)
			if !sp {
				break
			}
			j -= w
		}
	}
	return s[i:j]
}

// Partition is str.partition(sep).
func Partition(s, sep string) (string, string, string, error) {
	if sep == "" {
		return "", "", "", valueError("empty separator")
	}
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return s, "", "", nil
}

// RPartition is str.rpartition(sep).
func RPartition(s, sep string) (string, string, string, error) {
	if sep == "" {
		return "", "", "", valueError("empty separator")
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return "", "", s, nil
}

// Join is sep.join(items) once the VM has checked every item is a str.
func Join(sep string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	n := len(sep) * (len(items) - 1)
	for _, it := range items {
		n += len(it)
	}
	b := make([]byte, 0, n)
	b = append(b, items[0]...)
	for _, it := range items[1:] {
		b = append(b, sep...)
		b = append(b, it...)
	}
	return str(b)
}

// Replace is str.replace(old, new, count); count < 0 replaces all. An
// empty old inserts new before every code point and at the end.
func Replace(s, old, new string, count int) (string, error) {
	if count < 0 {
		count = math.MaxInt
	}
	if old == "" {
		n := Len(s) + 1
		if count > n {
			count = n
		}
		if count == 0 {
			return s, nil
		}
		if int64(len(new))*int64(count)+int64(len(s)) > maxOutput*4 {
			return "", memoryError()
		}
		b := make([]byte, 0, len(s)+len(new)*count)
		i := 0
		for k := 0; k < count; k++ {
			b = append(b, new...)
			if i < len(s) {
				_, w := decode(s[i:])
				b = append(b, s[i:i+w]...)
				i += w
			}
		}
		return str(append(b, s[i:]...)), nil
	}
	if count == 0 || old == new {
		return s, nil
	}
	return strings.Replace(s, old, new, count), nil
}

// pad returns s with left and right copies of fill around it.
func pad(s string, left, right int, fill rune) string {
	b := make([]byte, 0, len(s)+(left+right)*runeLen(fill))
	b = appendFill(b, fill, left)
	b = append(b, s...)
	return str(appendFill(b, fill, right))
}

func widthCheck(width int) error {
	if width > maxOutput {
		return memoryError()
	}
	return nil
}

// Center is str.center(width, fill).
func Center(s string, width int, fill rune) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, fill), nil
}

// LJust is str.ljust(width, fill).
func LJust(s string, width int, fill rune) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	return pad(s, 0, width-n, fill), nil
}

// RJust is str.rjust(width, fill).
func RJust(s string, width int, fill rune) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	return pad(s, width-n, 0, fill), nil
}

// ZFill is str.zfill(width): zeros after a leading sign.
func ZFill(s string, width int) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	if err := widthCheck(width); err != nil {
		return "", err
	}
	fill := width - n
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		return s[:1] + strings.Repeat("0", fill) + s[1:], nil
	}
	return strings.Repeat("0", fill) + s, nil
}

// ExpandTabs is str.expandtabs(tabsize): each tab becomes spaces to the
// next multiple of tabsize (none when tabsize <= 0); \n and \r restart
// the column.
func ExpandTabs(s string, tabsize int) (string, error) {
	if strings.IndexByte(s, '\t') < 0 {
		return s, nil
	}
	total, col := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xc0 == 0x80 {
			continue
		}
		if c == '\t' {
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if col > math.MaxInt-incr {
					return "", overflowError("new string is too long")
				}
				col += incr
			}
		} else {
			col++
			if c == '\n' || c == '\r' {
				total += col
				col = 0
			}
		}
		if total+col > maxOutput {
			return "", memoryError()
		}
	}
	b := make([]byte, 0, len(s)+total+col)
	col = 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				for ; incr > 0; incr-- {
					b = append(b, ' ')
				}
			}
			continue
		case c == '\n' || c == '\r':
			col = 0
		case c&0xc0 != 0x80:
			col++
		}
		b = append(b, c)
	}
	return str(b), nil
}

// The is* predicates of str.

func all(s string, empty bool, pred func(rune) bool, ascii uint8) bool {
	if s == "" {
		return empty
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&ascii == 0 {
				return false
			}
			i++
			continue
		}
		r, w := decode(s[i:])
		if !pred(r) {
			return false
		}
		i += w
	}
	return true
}

// IsAlpha is str.isalpha.
func IsAlpha(s string) bool { return all(s, false, isAlphaRune, aAlpha) }

// IsDecimal is str.isdecimal.
func IsDecimal(s string) bool { return all(s, false, isDecimalRune, aDigit) }

// IsDigit is str.isdigit.
func IsDigit(s string) bool { return all(s, false, isDigitRune, aDigit) }

// IsNumeric is str.isnumeric.
func IsNumeric(s string) bool { return all(s, false, isNumericRune, aDigit) }

// IsAlnum is str.isalnum.
func IsAlnum(s string) bool { return all(s, false, isAlnumRune, aAlpha|aDigit) }

// IsSpace is str.isspace.
func IsSpace(s string) bool { return all(s, false, IsSpaceRune, aSpace) }

// IsASCII is str.isascii.
func IsASCII(s string) bool { return isASCII(s) }

// IsPrintable is str.isprintable (ast.IsPrintable per code point).
func IsPrintable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, w := decode(s[i:])
		if !isPrintableRune(r) {
			return false
		}
		i += w
	}
	return true
}

// IsIdentifier is str.isidentifier: XID_Start or _, then XID_Continue.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, w := decode(s)
	if !isXIDStart(r) {
		return false
	}
	for i := w; i < len(s); {
		r, w := decode(s[i:])
		if !isXIDContinue(r) {
			return false
		}
		i += w
	}
	return true
}

// IsUpper is str.isupper: no lower or title case character, and at least
// one upper case one.
func IsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		i += w
		if isLowerRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// IsLower is str.islower.
func IsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		i += w
		if isUpperRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

// IsTitle is str.istitle: upper and title case characters only after
// uncased ones, lower case only after cased ones, and one cased at least.
func IsTitle(s string) bool {
	cased, prev := false, false
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		i += w
		switch {
		case isUpperRune(r) || isTitleRune(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case isLowerRune(r):
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

// Case mappings.

const (
	mUpper = iota
	mLower
	mTitle
	mFold
)

// appendLower appends the lower case of the code point r found at s[i:],
// with the final-sigma rule for U+03A3.
func appendLower(dst []byte, s string, i, w int, r rune) []byte {
	if r == 0x3a3 {
		return appendRune(dst, finalSigma(s, i, w))
	}
	return caseMap(dst, mLower, r)
}

// finalSigma is handle_capital_sigma: ς when Σ ends a word (a cased
// character before it and none after, skipping case-ignorable ones).
func finalSigma(s string, i, w int) rune {
	j := i
	var c rune
	found := false
	for j > 0 {
		r, n := decodeLast(s[:j])
		j -= n
		if !isCaseIgnorableRune(r) {
			c, found = r, true
			break
		}
	}
	final := found && isCasedRune(c)
	if final && i+w < len(s) {
		j = i + w
		found = false
		for j < len(s) {
			r, n := decode(s[j:])
			j += n
			if !isCaseIgnorableRune(r) {
				c, found = r, true
				break
			}
		}
		final = !found || !isCasedRune(c)
	}
	if final {
		return 0x3c2
	}
	return 0x3c3
}

// Upper is str.upper (full mappings: 'ß' → "SS").
func Upper(s string) string {
	if k := asciiCaseScan(s, 'a'); k < 0 {
		return s
	} else if k == len(s) {
		return strings.ToUpper(s)
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		switch {
		case r < 0x80:
			b = append(b, upperASCII(byte(r)))
		default:
			b = caseMap(b, mUpper, r)
		}
		i += w
	}
	return str(b)
}

func lowerASCIIByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

// Lower is str.lower (final sigma included).
func Lower(s string) string {
	if k := asciiCaseScan(s, 'A'); k < 0 {
		return s
	} else if k == len(s) {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		if r < 0x80 {
			b = append(b, lowerASCIIByte(byte(r)))
		} else {
			b = appendLower(b, s, i, w, r)
		}
		i += w
	}
	return str(b)
}

// CaseFold is str.casefold.
func CaseFold(s string) string {
	if isASCII(s) {
		return Lower(s)
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		if r < 0x80 {
			b = append(b, lowerASCIIByte(byte(r)))
		} else {
			b = caseMap(b, mFold, r)
		}
		i += w
	}
	return str(b)
}

// SwapCase is str.swapcase.
func SwapCase(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		switch {
		case r < 0x80:
			c := byte(r)
			if 'a' <= c && c <= 'z' {
				c -= 32
			} else if 'A' <= c && c <= 'Z' {
				c += 32
			}
			b = append(b, c)
		case isUpperRune(r):
			b = appendLower(b, s, i, w, r)
		case isLowerRune(r):
			b = caseMap(b, mUpper, r)
		default:
			b = append(b, s[i:i+w]...)
		}
		i += w
	}
	return str(b)
}

// Title is str.title: title case after an uncased character, lower case
// after a cased one.
func Title(s string) string {
	b := make([]byte, 0, len(s)+8)
	prev := false
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		if r < 0x80 {
			c := byte(r)
			if prev {
				b = append(b, lowerASCIIByte(c))
			} else {
				b = append(b, upperASCII(c))
			}
		} else if prev {
			b = appendLower(b, s, i, w, r)
		} else {
			b = caseMap(b, mTitle, r)
		}
		prev = isCasedRune(r)
		i += w
	}
	return str(b)
}

// Capitalize is str.capitalize: the first code point in title case, the
// rest in lower case.
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	r, w := decode(s)
	if r < 0x80 {
		b = append(b, upperASCII(byte(r)))
	} else {
		b = caseMap(b, mTitle, r)
	}
	for i := w; i < len(s); {
		r, w := decode(s[i:])
		if r < 0x80 {
			b = append(b, lowerASCIIByte(byte(r)))
		} else {
			b = appendLower(b, s, i, w, r)
		}
		i += w
	}
	return str(b)
}

// Translate is str.translate: lookup gives each code point's replacement
// (keep false; "" deletes it) or keep true to leave it (the table raised
// LookupError). The VM's lookup converts the table's int, None or str
// values and raises their TypeError and ValueError.
func Translate(s string, lookup func(r rune) (repl string, keep bool, err error)) (string, error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		repl, keep, err := lookup(r)
		if err != nil {
			return "", err
		}
		if keep {
			b = append(b, s[i:i+w]...)
		} else {
			b = append(b, repl...)
		}
		i += w
	}
	return str(b), nil
}

// MakeTrans is str.maketrans(x, y, z) for strings: from[i] maps to to[i],
// where -1 means None (the code points of z).
func MakeTrans(x, y, z string) (from, to []rune, err error) {
	xs, ys := Runes(x), Runes(y)
	if len(xs) != len(ys) {
		return nil, nil, valueError("the first two maketrans arguments must have equal length")
	}
	from, to = xs, ys
	for _, r := range Runes(z) {
		from = append(from, r)
		to = append(to, -1)
	}
	return from, to, nil
}

// countFields counts the whitespace-separated fields of s (which starts
// with one), at most limit and at most the ASCII-only count's bound, so
// that SplitWhitespace allocates its result once.
func countFields(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c < utf8.RuneSelf && asciiClass[c]&aSpace != 0
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return min(n, limit) + 1
}

// asciiCaseScan looks for the ASCII letters from lo to lo+25 and for
// non-ASCII bytes in one pass: -1 when s is ASCII without such a letter
// (the case mapping leaves s as it is), len(s) when ASCII with one, else
// the offset of the first non-ASCII byte.
func asciiCaseScan(s string, lo byte) int {
	found := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return i
		}
		if c-lo < 26 {
			found = true
		}
	}
	if found {
		return len(s)
	}
	return -1
}

package pycodec

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The codecs whose decoders keep state or compute rather than look up:
// UTF-7 (RFC 2152, as CPython's PyUnicode_DecodeUTF7), IDNA (the
// encodings.idna module: ASCII labels, "xn--" ones by Punycode), Punycode
// (RFC 3492), HZ (RFC 1843: "~{" switches to GB 2312 in 7 bits) and
// ISO-2022-JP/-KR (escape sequences designate ASCII, JIS X 0201, JIS X
// 0208/0212 or KS X 1001, looked up through the EUC tables). Errors are
// CPython's reasons where it has one for the case.

func (c *Codec) decodeOther(b []byte, replace bool) (string, error) {
	switch c.Module {
	case "utf_7":
		return c.decodeUTF7(b, replace)
	case "idna":
		return c.decodeIDNA(b)
	case "punycode":
		s, err := punyDecode(b)
		if err != "" {
			return "", &DecodeError{Encoding: c.Name, Object: b, Start: 0, End: len(b), Reason: err}
		}
		return s, nil
	case "hz":
		return c.decodeHZ(b, replace)
	case "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr":
		return c.decodeISO2022(b, replace)
	}
	return "", &UnsupportedError{c}
}

func b64val(x byte) int {
	switch {
	case x >= 'A' && x <= 'Z':
		return int(x - 'A')
	case x >= 'a' && x <= 'z':
		return int(x-'a') + 26
	case x >= '0' && x <= '9':
		return int(x-'0') + 52
	case x == '+':
		return 62
	case x == '/':
		return 63
	}
	return -1
}

func (c *Codec) decodeUTF7(b []byte, replace bool) (string, error) {
	var sb strings.Builder
	fail := func(start, end int, reason string) error {
		if replace {
			sb.WriteRune(utf8.RuneError)
			return nil
		}
		return &DecodeError{Encoding: c.Name, Object: b, Start: start, End: end, Reason: reason}
	}
	for i := 0; i < len(b); {
		x := b[i]
		if x != '+' {
			if x >= 0x80 {
				if err := fail(i, i+1, "unexpected special character"); err != nil {
					return "", err
				}
				i++
				continue
			}
			sb.WriteByte(x)
			i++
			continue
		}
		start := i
		i++
		if i < len(b) && b[i] == '-' {
			sb.WriteByte('+')
			i++
			continue
		}
		var acc uint32
		nbits := 0
		var hi uint16 // a pending high surrogate
		for i < len(b) && b64val(b[i]) >= 0 {
			acc = acc<<6 | uint32(b64val(b[i]))
			nbits += 6
			i++
			if nbits >= 16 {
				u := uint16(acc >> (nbits - 16))
				nbits -= 16
				acc &= 1<<nbits - 1
				switch {
				case hi != 0 && utf16.IsSurrogate(rune(u)) && u >= 0xdc00:
					sb.WriteRune(utf16.DecodeRune(rune(hi), rune(u)))
					hi = 0
				case u >= 0xd800 && u < 0xdc00:
					if hi != 0 {
						sb.WriteRune(utf8.RuneError)
					}
					hi = u
				default:
					if hi != 0 {
						sb.WriteRune(utf8.RuneError)
						hi = 0
					}
					sb.WriteRune(rune(u))
				}
			}
		}
		if hi != 0 || nbits >= 6 || acc != 0 {
			reason := "partial character in shift sequence"
			if nbits < 6 && acc != 0 {
				reason = "non-zero padding bits in shift sequence"
			}
			if err := fail(start, i, reason); err != nil {
				return "", err
			}
		}
		if i < len(b) && b[i] == '-' {
			i++
		}
	}
	return sb.String(), nil
}

func (c *Codec) decodeIDNA(b []byte) (string, error) {
	if len(b) == 0 {
		return "", nil
	}
	ascii := func(x []byte) bool {
		for _, y := range x {
			if y >= 0x80 {
				return false
			}
		}
		return true
	}
	if !bytes.Contains(bytes.ToLower(b), []byte("xn--")) && ascii(b) {
		return string(b), nil
	}
	labels := bytes.Split(b, []byte("."))
	trailing := ""
	if len(labels[len(labels)-1]) == 0 {
		trailing = "."
		labels = labels[:len(labels)-1]
	}
	out := make([]string, len(labels))
	off := 0
	for i, l := range labels {
		bad := func(start, end int, reason string) error {
			return &DecodeError{Encoding: c.Name, Object: b, Start: off + start, End: off + end, Reason: reason}
		}
		if len(l) > 1024 {
			return "", bad(0, len(l), "label way too long")
		}
		if !ascii(l) {
			for j, y := range l {
				if y >= 0x80 {
					return "", &DecodeError{Encoding: "ascii", Object: b, Start: off + j, End: off + j + 1, Reason: "ordinal not in range(128)"}
				}
			}
		}
		if !bytes.HasPrefix(bytes.ToLower(l), []byte("xn--")) {
			out[i] = string(l)
		} else {
			s, reason := punyDecode(l[4:])
			if reason != "" {
				return "", bad(4, len(l), reason)
			}
			// ToASCII of the result must give the label back (nameprep
			// is taken as lower-casing here)
			if "xn--"+punyEncode(strings.ToLower(s)) != strings.ToLower(string(l)) {
				return "", bad(0, len(l), "IDNA does not round-trip")
			}
			out[i] = s
		}
		off += len(l) + 1
	}
	return strings.Join(out, ".") + trailing, nil
}

const (
	punyBase, punyTmin, punyTmax, punySkew, punyDamp = 36, 1, 26, 38, 700
	punyInitialBias, punyInitialN                    = 72, 128
)

func punyAdapt(delta, numpoints int, first bool) int {
	if first {
		delta /= punyDamp
	} else {
		delta /= 2
	}
	delta += delta / numpoints
	k := 0
	for delta > ((punyBase-punyTmin)*punyTmax)/2 {
		delta /= punyBase - punyTmin
		k += punyBase
	}
	return k + (punyBase-punyTmin+1)*delta/(delta+punySkew)
}

func punyDigit(x byte) int {
	switch {
	case x >= '0' && x <= '9':
		return int(x-'0') + 26
	case x >= 'a' && x <= 'z':
		return int(x - 'a')
	case x >= 'A' && x <= 'Z':
		return int(x - 'A')
	}
	return -1
}

// punyDecode is RFC 3492's decoder; the reason is "" on success.
func punyDecode(b []byte) (string, string) {
	var out []rune
	basic := bytes.LastIndexByte(b, '-')
	rest := b
	if basic >= 0 {
		for _, x := range b[:basic] {
			if x >= 0x80 {
				return "", "ordinal not in range(128)"
			}
			out = append(out, rune(x))
		}
		rest = b[basic+1:]
	}
	n, i, bias := punyInitialN, 0, punyInitialBias
	for p := 0; p < len(rest); {
		oldi, w := i, 1
		for k := punyBase; ; k += punyBase {
			if p >= len(rest) {
				return "", "incomplete punicode string"
			}
			d := punyDigit(rest[p])
			p++
			if d < 0 {
				return "", "Invalid extended code point '" + string(rest[p-1]) + "'"
			}
			i += d * w
			t := k - bias
			if t < punyTmin {
				t = punyTmin
			} else if t > punyTmax {
				t = punyTmax
			}
			if d < t {
				break
			}
			w *= punyBase - t
			if w > 1<<24 || i > 1<<28 {
				return "", "overflow"
			}
		}
		bias = punyAdapt(i-oldi, len(out)+1, oldi == 0)
		n += i / (len(out) + 1)
		i %= len(out) + 1
		if n > utf8.MaxRune {
			return "", "overflow"
		}
		out = append(out[:i], append([]rune{rune(n)}, out[i:]...)...)
		i++
	}
	return string(out), ""
}

// punyEncode is RFC 3492's encoder.
func punyEncode(s string) string {
	rs := []rune(s)
	var out []byte
	for _, r := range rs {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	h := len(out)
	b := h
	if b > 0 {
		out = append(out, '-')
	}
	n, delta, bias := punyInitialN, 0, punyInitialBias
	for h < len(rs) {
		m := int(utf8.MaxRune) + 1
		for _, r := range rs {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range rs {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := punyBase; ; k += punyBase {
					t := k - bias
					if t < punyTmin {
						t = punyTmin
					} else if t > punyTmax {
						t = punyTmax
					}
					if q < t {
						break
					}
					out = append(out, punyChar(t+(q-t)%(punyBase-t)))
					q = (q - t) / (punyBase - t)
				}
				out = append(out, punyChar(q))
				bias = punyAdapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return string(out)
}

func punyChar(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// table2 looks a two-byte code up in the EUC codec module: the bytes
// with their high bits set (GB 2312 in HZ, JIS X 0208 and KS X 1001 in
// ISO-2022), after prefix (0x8f for JIS X 0212).
func table2(module string, prefix string, x, y byte) (string, bool) {
	c := byModule[module]
	if c == nil || c.mb == nil {
		return "", false
	}
	s, ok := c.mb.seqs[prefix+string([]byte{x | 0x80, y | 0x80})]
	return s, ok
}

func (c *Codec) decodeHZ(b []byte, replace bool) (string, error) {
	var sb strings.Builder
	gb := false
	for i := 0; i < len(b); {
		bad := func(n int, reason string) error {
			if replace {
				sb.WriteRune(utf8.RuneError)
				i += n
				return nil
			}
			return &DecodeError{Encoding: c.Name, Object: b, Start: i, End: i + n, Reason: reason}
		}
		x := b[i]
		if x == '~' {
			if i+1 >= len(b) {
				if err := bad(1, "incomplete multibyte sequence"); err != nil {
					return "", err
				}
				continue
			}
			switch y := b[i+1]; {
			case y == '~' && !gb:
				sb.WriteByte('~')
			case y == '{' && !gb:
				gb = true
			case y == '}' && gb:
				gb = false
			case y == '\n' && !gb:
			default:
				if err := bad(2, "illegal multibyte sequence"); err != nil {
					return "", err
				}
				continue
			}
			i += 2
			continue
		}
		if x >= 0x80 {
			if err := bad(1, "illegal multibyte sequence"); err != nil {
				return "", err
			}
			continue
		}
		if !gb {
			sb.WriteByte(x)
			i++
			continue
		}
		if i+1 >= len(b) {
			if err := bad(len(b)-i, "incomplete multibyte sequence"); err != nil {
				return "", err
			}
			continue
		}
		s, ok := table2("gb2312", "", x, b[i+1])
		if !ok {
			if err := bad(1, "illegal multibyte sequence"); err != nil {
				return "", err
			}
			continue
		}
		sb.WriteString(s)
		i += 2
	}
	return sb.String(), nil
}

func (c *Codec) decodeISO2022(b []byte, replace bool) (string, error) {
	var sb strings.Builder
	const (
		setASCII = iota
		setRoman
		setKana
		setJIS0208
		setJIS0212
		setKSC
		setJIS0213p1
		setJIS0213p2
	)
	g0, g1, shifted := setASCII, setASCII, false
	kr := c.Module == "iso2022_kr"
	for i := 0; i < len(b); {
		bad := func(n int, reason string) error {
			if replace {
				sb.WriteRune(utf8.RuneError)
				i += n
				return nil
			}
			return &DecodeError{Encoding: c.Name, Object: b, Start: i, End: i + n, Reason: reason}
		}
		x := b[i]
		switch {
		case x == 0x1b:
			esc := string(b[i+1 : min(len(b), i+4)])
			n := 0
			switch {
			case strings.HasPrefix(esc, "(B"):
				g0, n = setASCII, 3
			case strings.HasPrefix(esc, "(J"):
				g0, n = setRoman, 3
			case strings.HasPrefix(esc, "(I"):
				g0, n = setKana, 3
			case strings.HasPrefix(esc, "$@"), strings.HasPrefix(esc, "$B"):
				g0, n = setJIS0208, 3
			case strings.HasPrefix(esc, "$(D"):
				g0, n = setJIS0212, 4
			case strings.HasPrefix(esc, "$(B"):
				g0, n = setJIS0208, 4
			case strings.HasPrefix(esc, "$(Q"), strings.HasPrefix(esc, "$(O"):
				g0, n = setJIS0213p1, 4
			case strings.HasPrefix(esc, "$(P"):
				g0, n = setJIS0213p2, 4
			case strings.HasPrefix(esc, "$(C"):
				g0, n = setKSC, 4
			case strings.HasPrefix(esc, "$)C"):
				g1, n = setKSC, 4
			}
			if n == 0 {
				if err := bad(1, "illegal multibyte sequence"); err != nil {
					return "", err
				}
				continue
			}
			i += n
			continue
		case kr && x == 0x0e:
			shifted = true
			i++
			continue
		case kr && x == 0x0f:
			shifted = false
			i++
			continue
		case x >= 0x80:
			if err := bad(1, "illegal multibyte sequence"); err != nil {
				return "", err
			}
			continue
		}
		set := g0
		if shifted {
			set = g1
		}
		if x == '\n' && !kr {
			g0 = setASCII // a line ends in ASCII
		}
		switch set {
		case setASCII:
			sb.WriteByte(x)
			i++
			continue
		case setRoman:
			switch x {
			case '\\':
				sb.WriteRune('¥')
			case '~':
				sb.WriteRune('‾')
			default:
				sb.WriteByte(x)
			}
			i++
			continue
		case setKana:
			if x >= 0x21 && x <= 0x5f {
				sb.WriteRune(0xff61 + rune(x-0x21))
				i++
				continue
			}
		}
		if x < 0x21 || x == 0x7f {
			sb.WriteByte(x)
			i++
			continue
		}
		if i+1 >= len(b) {
			if err := bad(len(b)-i, "incomplete multibyte sequence"); err != nil {
				return "", err
			}
			continue
		}
		var s string
		var ok bool
		switch set {
		case setJIS0208:
			s, ok = table2("euc_jp", "", x, b[i+1])
		case setJIS0212:
			s, ok = table2("euc_jp", "\x8f", x, b[i+1])
		case setKSC:
			s, ok = table2("euc_kr", "", x, b[i+1])
		case setJIS0213p1:
			s, ok = table2("euc_jis_2004", "", x, b[i+1])
		case setJIS0213p2:
			s, ok = table2("euc_jis_2004", "\x8f", x, b[i+1])
		}
		if !ok {
			if err := bad(1, "illegal multibyte sequence"); err != nil {
				return "", err
			}
			continue
		}
		sb.WriteString(s)
		i += 2
	}
	return sb.String(), nil
}

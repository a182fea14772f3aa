package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
)

// Source decoding: the UTF-8 BOM, PEP 263 coding declarations, and the
// codecs they may name. Two readers exist in CPython and both are rebuilt:
// the tokenize module's detect_encoding (a regular expression, lines
// decoded with errors replaced) and the C tokenizer's check_coding_spec
// (used by compile(), strict decoding).

const bom = "\xef\xbb\xbf"

// detectEncoding is tokenize.detect_encoding: the encoding of src and src
// without its BOM.
func detectEncoding(src []byte, filename string) (enc string, rest []byte, err *pyerr.Error) {
	fail := func(msg string) (string, []byte, *pyerr.Error) {
		return "", nil, &pyerr.Error{Type: pyerr.SyntaxError, Msg: msg}
	}
	quoted := ast.ReprString(filename)
	bomFound := false
	def := "utf-8"
	if strings.HasPrefix(string(src), bom) {
		bomFound = true
		src = src[len(bom):]
		def = "utf-8-sig"
	}
	first, second := readLine(src, 0), []byte(nil)
	findCookie := func(line []byte) (string, error) {
		if !utf8.Valid(line) {
			msg := "invalid or missing encoding declaration"
			if filename != "" {
				msg += " for " + quoted
			}
			return "", fmt.Errorf("%s", msg)
		}
		name, ok := pyCookie(string(line))
		if !ok {
			return "", nil
		}
		enc := pyNormalEncoding(name)
		if codecFor(enc) == nil {
			if filename == "" {
				return "", fmt.Errorf("unknown encoding: %s", enc)
			}
			return "", fmt.Errorf("unknown encoding for %s: %s", quoted, enc)
		}
		if bomFound {
			if enc != "utf-8" {
				if filename == "" {
					return "", fmt.Errorf("encoding problem: utf-8")
				}
				return "", fmt.Errorf("encoding problem for %s: utf-8", quoted)
			}
			enc += "-sig"
		}
		return enc, nil
	}
	if len(first) == 0 {
		return def, src, nil
	}
	e, ferr := findCookie(first)
	if ferr != nil {
		return fail(ferr.Error())
	}
	if e != "" {
		return e, src, nil
	}
	if !pyBlankLine(first) {
		return def, src, nil
	}
	second = readLine(src, len(first))
	if len(second) == 0 {
		return def, src, nil
	}
	e, ferr = findCookie(second)
	if ferr != nil {
		return fail(ferr.Error())
	}
	if e != "" {
		return e, src, nil
	}
	return def, src, nil
}

// readLine returns the line of src starting at i, with its '\n'.
func readLine(src []byte, i int) []byte {
	if i >= len(src) {
		return nil
	}
	for j := i; j < len(src); j++ {
		if src[j] == '\n' {
			return src[i : j+1]
		}
	}
	return src[i:]
}

// pyBlankLine matches tokenize's blank_re: ^[ \t\f]*(?:[#\r\n]|$).
func pyBlankLine(line []byte) bool {
	for _, c := range line {
		switch c {
		case ' ', '\t', '\f':
			continue
		case '#', '\r', '\n':
			return true
		}
		return false
	}
	return true
}

// pyCookie matches tokenize's cookie_re, ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+),
// with ASCII \w and . not matching a newline.
func pyCookie(line string) (string, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
		i++
	}
	if i >= len(line) || line[i] != '#' {
		return "", false
	}
	rest := line[i+1:]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	for k := 0; ; {
		j := strings.Index(rest[k:], "coding")
		if j < 0 {
			return "", false
		}
		p := k + j + len("coding")
		k = k + j + 1
		if p >= len(rest) || rest[p] != ':' && rest[p] != '=' {
			continue
		}
		p++
		for p < len(rest) && (rest[p] == ' ' || rest[p] == '\t') {
			p++
		}
		q := p
		for q < len(rest) && isCookieChar(rest[q]) {
			q++
		}
		if q > p {
			return rest[p:q], true
		}
	}
}

func isCookieChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// pyNormalEncoding is tokenize._get_normal_name.
func pyNormalEncoding(orig string) string {
	enc := orig
	if len(enc) > 12 {
		enc = enc[:12]
	}
	enc = strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	if enc == "utf-8" || strings.HasPrefix(enc, "utf-8-") {
		return "utf-8"
	}
	switch enc {
	case "latin-1", "iso-8859-1", "iso-latin-1":
		return "iso-8859-1"
	}
	for _, p := range []string{"latin-1-", "iso-8859-1-", "iso-latin-1-"} {
		if strings.HasPrefix(enc, p) {
			return "iso-8859-1"
		}
	}
	return orig
}

// decodeDeclared is the C tokenizer's decode_str after newline
// translation: a BOM, then a coding spec on line 1 or 2, then strict
// decoding of everything when the spec names something other than UTF-8.
func decodeDeclared(s string) (text, enc string, err *pyerr.Error) {
	initErr := func(msg string) (string, string, *pyerr.Error) {
		return "", "", &pyerr.Error{Type: pyerr.SyntaxError, Msg: msg, Offset: -1}
	}
	bomEnc := ""
	if strings.HasPrefix(s, bom) {
		s = s[len(bom):]
		bomEnc = "utf-8"
	}
	var cs string
	if nl := strings.IndexByte(s, '\n'); nl >= 0 {
		line1 := s[:nl+1]
		var more bool
		cs, more = cCodingSpec(line1)
		if cs == "" && more {
			if nl2 := strings.IndexByte(s[nl+1:], '\n'); nl2 >= 0 {
				cs, _ = cCodingSpec(s[nl+1 : nl+1+nl2+1])
			}
		}
	}
	if cs == "" {
		return s, "utf-8", nil
	}
	if bomEnc != "" {
		if cs != bomEnc {
			return initErr(fmt.Sprintf("encoding problem: %s with BOM", cs))
		}
		return s, cs, nil
	}
	if cs == "utf-8" {
		return s, cs, nil
	}
	c := codecFor(cs)
	if c == nil {
		return initErr("unknown encoding: " + cs)
	}
	out, msg := c.decode(s, true)
	if msg != "" {
		return initErr(msg)
	}
	return translateNewlines(out), cs, nil
}

// cCodingSpec is get_coding_spec and the rest of check_coding_spec: the
// normalised encoding a comment line declares, and whether line 2 may still
// declare one (line 1 holds nothing but blanks and a comment).
func cCodingSpec(line string) (spec string, more bool) {
	size := len(line)
	i := 0
	for ; i < size-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\f' {
			return "", cOnlyComment(line)
		}
	}
	for ; i < size-6; i++ {
		if line[i:i+6] != "coding" {
			continue
		}
		p := i + 6
		if line[p] != ':' && line[p] != '=' {
			continue
		}
		for p++; p < size && (line[p] == ' ' || line[p] == '\t'); p++ {
		}
		q := p
		for q < size && isCookieChar(line[q]) {
			q++
		}
		if q > p {
			return cNormalEncoding(line[p:q]), false
		}
	}
	return "", cOnlyComment(line)
}

func cOnlyComment(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '#', '\n', '\r':
			return true
		case ' ', '\t', '\f':
			continue
		}
		return false
	}
	return true
}

// cNormalEncoding is the C tokenizer's get_normal_name.
func cNormalEncoding(s string) string {
	b := s
	if len(b) > 12 {
		b = b[:12]
	}
	b = strings.ReplaceAll(strings.ToLower(b), "_", "-")
	switch {
	case b == "utf-8" || strings.HasPrefix(b, "utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		strings.HasPrefix(b, "latin-1-") || strings.HasPrefix(b, "iso-8859-1-") || strings.HasPrefix(b, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// decodeBytes decodes a file's bytes with the detected encoding, replacing
// undecodable bytes as the tokenize module does.
func decodeBytes(src []byte, enc string) (string, *pyerr.Error) {
	c := codecFor(enc)
	if c == nil {
		return "", &pyerr.Error{Type: pyerr.SyntaxError, Msg: fmt.Sprintf("unknown encoding: %s", enc)}
	}
	out, _ := c.decode(string(src), false)
	return out, nil
}

// codec is a decoder for one of the encodings peglab supports.
type codec struct {
	name  string     // Python's name, in its messages
	high  *[128]rune // bytes 0x80-0xFF of a single-byte code page; 0xFFFD: undefined
	utf8  bool
	ascii bool
}

var (
	codecUTF8   = &codec{name: "utf-8", utf8: true}
	codecLatin1 = &codec{name: "latin-1"}
	codecASCII  = &codec{name: "ascii", ascii: true}
	codec1252   = &codec{name: "charmap", high: &cp1252}
	codecKOI8R  = &codec{name: "charmap", high: &koi8r}
	codec1251   = &codec{name: "charmap", high: &cp1251}
	codecGreek  = &codec{name: "charmap", high: &iso88597}
)

// codecAliases maps names, normalised as codecs.lookup normalises them, to
// the codecs peglab implements (from Python's encodings.aliases).
var codecAliases = map[string]*codec{
	"utf_8": codecUTF8, "utf8": codecUTF8, "u8": codecUTF8, "utf": codecUTF8, "cp65001": codecUTF8,
	"utf8_ucs2": codecUTF8, "utf8_ucs4": codecUTF8, "utf_8_sig": codecUTF8,
	"latin_1": codecLatin1, "latin1": codecLatin1, "latin": codecLatin1, "l1": codecLatin1,
	"iso8859_1": codecLatin1, "iso_8859_1": codecLatin1, "iso8859": codecLatin1, "8859": codecLatin1,
	"cp819": codecLatin1, "csisolatin1": codecLatin1, "ibm819": codecLatin1, "iso_8859_1_1987": codecLatin1,
	"iso_ir_100": codecLatin1,
	"ascii":      codecASCII, "646": codecASCII, "us": codecASCII, "us_ascii": codecASCII, "cp367": codecASCII,
	"csascii": codecASCII, "ibm367": codecASCII, "iso646_us": codecASCII, "iso_ir_6": codecASCII,
	"ansi_x3.4_1968": codecASCII, "ansi_x3_4_1968": codecASCII, "ansi_x3.4_1986": codecASCII,
	"iso_646.irv_1991": codecASCII,
	"cp1252":           codec1252, "windows_1252": codec1252, "1252": codec1252,
	"koi8_r": codecKOI8R, "cskoi8r": codecKOI8R,
	"cp1251": codec1251, "windows_1251": codec1251, "1251": codec1251,
	"iso8859_7": codecGreek, "iso_8859_7": codecGreek, "csisolatingreek": codecGreek, "ecma_118": codecGreek,
	"elot_928": codecGreek, "greek": codecGreek, "greek8": codecGreek, "iso_8859_7_1987": codecGreek,
	"iso_ir_126": codecGreek,
}

// codecFor finds the codec for an encoding name, or nil.
func codecFor(name string) *codec {
	var b strings.Builder
	punct := false
	for _, r := range strings.ToLower(name) {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.') {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			punct = false
		} else {
			punct = true
		}
	}
	n := b.String()
	if c, ok := codecAliases[n]; ok {
		return c
	}
	return codecAliases[strings.ReplaceAll(n, ".", "_")]
}

// decode decodes s. With strict it stops at the first undecodable byte
// and returns Python's UnicodeDecodeError message; otherwise it replaces
// such bytes with U+FFFD.
func (c *codec) decode(s string, strict bool) (string, string) {
	if c.utf8 {
		if utf8.ValidString(s) {
			return s, ""
		}
		if strict {
			pos, n, reason := utf8Error(s)
			return "", decodeErrorMsg("utf-8", s, pos, n, reason)
		}
		return pyerr.DecodeReplace(s), ""
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < 0x80 {
			b.WriteByte(ch)
			continue
		}
		r := rune(ch)
		switch {
		case c.ascii:
			if strict {
				return "", decodeErrorMsg("ascii", s, i, 1, "ordinal not in range(128)")
			}
			r = utf8.RuneError
		case c.high != nil:
			r = c.high[ch-0x80]
			if r == utf8.RuneError && strict {
				return "", decodeErrorMsg(c.name, s, i, 1, "character maps to <undefined>")
			}
		}
		b.WriteRune(r)
	}
	return b.String(), ""
}

// decodeErrorMsg is str(UnicodeDecodeError).
func decodeErrorMsg(codec, s string, pos, n int, reason string) string {
	if n == 1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, s[pos], pos, reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, pos, pos+n-1, reason)
}

// utf8Error finds the first invalid UTF-8 sequence of s.
func utf8Error(s string) (pos, n int, reason string) {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		if n, reason := pyerr.BadUTF8(s, i); n > 0 {
			return i, n, reason
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return -1, 0, ""
}

// pyCharCount counts the characters Python sees in s decoded as UTF-8
// with errors replaced.
func pyCharCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			n++
			continue
		}
		if bad, _ := pyerr.BadUTF8(s, i); bad > 0 {
			i += bad
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// firstInvalidUTF8 returns the offset of the first invalid UTF-8 byte of s,
// or -1.
func firstInvalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	pos, _, _ := utf8Error(s)
	return pos
}

// stdinEncodeError is the error CPython's tokenizer raises when a line read
// from standard input holds bytes that were not UTF-8: decoded with
// surrogateescape, they cannot be encoded back.
func stdinEncodeError(line string) *pyerr.Error {
	// Python's line is a str in which every undecodable byte is one lone
	// surrogate; the encoder reports the first run of them.
	chars, first, count := 0, -1, 0
	var firstByte byte
	for i := 0; i < len(line); {
		if line[i] >= 0x80 {
			if n, _ := pyerr.BadUTF8(line, i); n > 0 {
				if first < 0 {
					first, firstByte = chars, line[i]
				}
				count += n
				chars += n
				i += n
				continue
			}
		}
		if first >= 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
		chars++
	}
	msg := fmt.Sprintf("'utf-8' codec can't encode character '\\udc%02x' in position %d: surrogates not allowed", firstByte, first)
	if count > 1 {
		msg = fmt.Sprintf("'utf-8' codec can't encode characters in position %d-%d: surrogates not allowed", first, first+count-1)
	}
	return &pyerr.Error{Type: pyerr.UnicodeEncodeError, Msg: msg}
}

// cp1252, koi8r, cp1251 and iso88597 are the upper halves of those code
// pages, as Python's codecs define them (0xFFFD: undefined).
var cp1252 = [128]rune{
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
	0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
	0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
	0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
	0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
	0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
	0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
}

var koi8r = [128]rune{
	0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
	0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
	0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
	0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
	0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
	0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
	0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
	0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
}

var cp1251 = [128]rune{
	0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
	0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
	0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
	0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
	0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
	0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
	0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
	0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
}

var iso88597 = [128]rune{
	0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
	0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
	0x00A0, 0x2018, 0x2019, 0x00A3, 0x20AC, 0x20AF, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x037A, 0x00AB, 0x00AC, 0x00AD, 0xFFFD, 0x2015,
	0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x0384, 0x0385, 0x0386, 0x00B7, 0x0388, 0x0389, 0x038A, 0x00BB, 0x038C, 0x00BD, 0x038E, 0x038F,
	0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397, 0x0398, 0x0399, 0x039A, 0x039B, 0x039C, 0x039D, 0x039E, 0x039F,
	0x03A0, 0x03A1, 0xFFFD, 0x03A3, 0x03A4, 0x03A5, 0x03A6, 0x03A7, 0x03A8, 0x03A9, 0x03AA, 0x03AB, 0x03AC, 0x03AD, 0x03AE, 0x03AF,
	0x03B0, 0x03B1, 0x03B2, 0x03B3, 0x03B4, 0x03B5, 0x03B6, 0x03B7, 0x03B8, 0x03B9, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BE, 0x03BF,
	0x03C0, 0x03C1, 0x03C2, 0x03C3, 0x03C4, 0x03C5, 0x03C6, 0x03C7, 0x03C8, 0x03C9, 0x03CA, 0x03CB, 0x03CC, 0x03CD, 0x03CE, 0xFFFD,
}

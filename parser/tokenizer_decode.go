package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pycodec"
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
	out, msg := decodeWith(c, s, true)
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
	out, msg := decodeWith(c, string(src), false)
	if msg != "" {
		return "", &pyerr.Error{Type: pyerr.SyntaxError, Msg: msg}
	}
	return out, nil
}

// codecFor finds the codec for an encoding name, or nil.
func codecFor(name string) *pycodec.Codec {
	c, _ := pycodec.Lookup(name)
	return c
}

// decodeWith decodes s with c. With strict it stops at the first
// undecodable byte and returns Python's UnicodeDecodeError message (or
// says peglab cannot decode that codec); otherwise such bytes become
// U+FFFD.
func decodeWith(c *pycodec.Codec, s string, strict bool) (string, string) {
	out, err := c.Decode([]byte(s), !strict)
	if err != nil {
		if !strict {
			if _, unsupported := err.(*pycodec.UnsupportedError); !unsupported {
				return out, ""
			}
		}
		return "", err.Error()
	}
	return out, ""
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

// DeclaredEncoding is the coding spec the C tokenizer finds on line 1, or
// on line 2 after a line of only blanks and a comment (normalised as
// get_normal_name does), with the 1-based line that holds it; "" and 0
// without one. src starts after any BOM. `peglab run` uses it to report a
// script's decoding problems as python3.13 FILE does.
func DeclaredEncoding(src []byte) (enc string, line int) {
	s := string(src)
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return "", 0
	}
	cs, more := cCodingSpec(s[:nl+1])
	if cs != "" {
		return cs, 1
	}
	if more {
		if nl2 := strings.IndexByte(s[nl+1:], '\n'); nl2 >= 0 {
			if cs, _ = cCodingSpec(s[nl+1 : nl+1+nl2+1]); cs != "" {
				return cs, 2
			}
		}
	}
	return "", 0
}

package parser

import (
	"strings"

	"github.com/peglab/peglab/pyerr"
)

// This file is how the tokenizer reads its source. CPython's tokenizer
// pulls one line at a time into a buffer; which lines it has read decides
// line numbers, the text errors quote, and when a null byte is noticed. The
// whole decoded source is in t.src, and offsets stand for CPython's
// pointers:
//
//	buf        start of the buffer: the first line read since the last
//	           token boundary (a token spanning lines keeps its first line)
//	lineStart  start of the line being scanned
//	cur        next byte to scan
//	inp        end of the lines read so far
//
// With Extra the source is read the way the tokenize module reads it (a
// readline function, lines kept as they are, the buffer emptied between
// tokens); without, the way compile() reads a string (newlines already
// translated to \n).

// nextc returns the next byte of the source, reading a new line when the
// current one is used up, or eof.
func (t *Tokenizer) nextc() int {
	for {
		if t.cur != t.inp {
			c := t.src[t.cur]
			t.cur++
			return int(c)
		}
		if t.done != eOK {
			return eof
		}
		if !t.underflow() {
			t.cur = t.inp
			return eof
		}
	}
}

// backup undoes the nextc that returned c.
func (t *Tokenizer) backup(c int) {
	if c != eof {
		t.cur--
	}
}

// underflow reads the next line; false at the end of the source or on an
// error.
func (t *Tokenizer) underflow() bool {
	// The tokenize module's reader empties its buffer between tokens, the
	// string reader starts it at each line read between tokens.
	if t.readline && t.start < 0 && !t.insideFString() {
		t.buf = t.inp
	}
	if t.inp >= len(t.src) {
		t.done = eEOF
		return false
	}
	if !t.readline && t.start < 0 {
		t.buf = t.cur
	}
	t.lineStart = t.cur
	t.lineno++
	if j := strings.IndexByte(t.src[t.inp:], '\n'); j >= 0 {
		t.inp += j + 1
	} else {
		t.inp = len(t.src)
	}
	t.implicit = t.addedNL && t.inp == len(t.src)
	if t.readline && t.insideFString() {
		// The line joins the copy of an unfinished field's expression.
		if m := &t.modes[len(t.modes)-1]; m.exprBuf && m.exprEnd < 0 {
			m.exprSize += t.inp - t.lineStart
		}
	}
	// The reader fails before the tokenizer looks for null bytes.
	if t.stdinBad >= t.lineStart && t.stdinBad < t.inp {
		t.setError(stdinEncodeError(t.src[t.lineStart:t.inp]))
		t.decodingErred = true
		t.cur = t.inp
		return false
	}
	if t.nulAt >= t.lineStart && t.nulAt < t.inp {
		t.setError(t.newSyntaxError("source code cannot contain null bytes", -1, -1))
		t.cur = t.inp
		return false
	}
	return true
}

// setError records the tokenizer's error; the first one wins.
func (t *Tokenizer) setError(e *pyerr.Error) {
	if t.err == nil {
		t.err = e
	}
	t.done = eError
}

// decode turns the input into t.src as the chosen reader would see it.
func (t *Tokenizer) decode(src []byte) {
	switch {
	case t.extra && !t.opts.Text:
		t.decodeFile(src)
	case t.extra:
		t.decodeStdin(src)
	default:
		t.decodeCompile(src)
	}
}

// decodeFile is tokenize.tokenize(f.readline): detect_encoding looks at the
// BOM and the first two lines, then each line is decoded with errors
// replaced.
func (t *Tokenizer) decodeFile(src []byte) {
	enc, rest, err := detectEncoding(src, t.opts.Filename)
	if err != nil {
		t.pending = err
		t.encoding = ""
		return
	}
	t.encoding = enc
	if enc == "utf-8-sig" {
		t.encoding = "utf-8"
	}
	text, err := decodeBytes(rest, enc)
	if err != nil {
		t.pending = err
		return
	}
	t.setSource(text)
	t.nulAt = strings.IndexByte(t.src, 0)
}

// decodeStdin is tokenize's reading of standard input: text lines, decoded
// from UTF-8 with surrogateescape, which the tokenizer then cannot encode
// back (CPython fails with UnicodeEncodeError on such a line).
func (t *Tokenizer) decodeStdin(src []byte) {
	t.setSource(string(src))
	t.nulAt = strings.IndexByte(t.src, 0)
	t.stdinBad = firstInvalidUTF8(t.src)
}

// decodeCompile is compile() on bytes (or, with Text, on a str): null bytes
// are refused outright, newlines are translated to \n, and for bytes a BOM
// and a coding declaration in the first two lines choose the decoding.
// Undeclared bytes pass through undecoded, as in CPython, where the parser
// decodes names and strings later.
func (t *Tokenizer) decodeCompile(src []byte) {
	s := string(src)
	if strings.IndexByte(s, 0) >= 0 {
		t.pending = &pyerr.Error{Type: pyerr.SyntaxError, Msg: "source code string cannot contain null bytes", Filename: t.opts.Filename}
		return
	}
	s = translateNewlines(s)
	t.hadBOM = !t.opts.Text && strings.HasPrefix(s, bom)
	if !t.opts.Text {
		raw := strings.TrimPrefix(s, bom)
		var err *pyerr.Error
		s, t.encoding, err = decodeDeclared(s)
		if err != nil {
			err.Filename = t.opts.Filename
			t.pending = err
			return
		}
		if s != raw {
			t.rawSrc = raw
		}
	}
	t.src = s // translateNewlines added the final newline
	if t.opts.NoFinalNewline && len(src) > 0 && src[len(src)-1] != '\n' && src[len(src)-1] != '\r' {
		t.src = s[:len(s)-1]
	}
}

// setSource installs the decoded text, adding a final newline when it
// lacks one, as CPython's readers do.
func (t *Tokenizer) setSource(s string) {
	if s != "" && s[len(s)-1] != '\n' {
		s += "\n"
		t.addedNL = true
	}
	t.src = s
}

// translateNewlines turns \r\n and lone \r into \n and ends a non-empty
// source with \n (CPython's _PyTokenizer_translate_newlines for exec input).
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		if s != "" && s[len(s)-1] != '\n' {
			return s + "\n"
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	out := b.String()
	if out != "" && out[len(out)-1] != '\n' {
		out += "\n"
	}
	return out
}

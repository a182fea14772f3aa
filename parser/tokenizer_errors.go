package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
)

// Errors. CPython builds a tokenizer error in one of three places, and
// each computes the location its own way; the fields below are what
// Python's SyntaxError ends up holding:
//
//   - the tokenizer itself (_PyTokenizer_syntaxerror): the current line,
//     the offset of the cursor in characters;
//   - the parser, for the error codes the tokenizer leaves to it
//     (_Pypegen_tokenizer_error: unclosed brackets, bad dedents, tabs,
//     backslashes), from the tokenizer's buffer; that is what compile()
//     reports;
//   - the tokenize module (_tokenizer_error), for the same codes, from the
//     same buffer but counted differently; that is what `python -m
//     tokenize` prints.

// syntaxError records an error located at the cursor and returns the
// error token.
func (t *Tokenizer) syntaxError(msg string) (int32, int, int) {
	t.setError(t.newSyntaxError(msg, -1, -1))
	return tokError, -1, -1
}

// syntaxErrorRange records an error with given 1-based columns.
func (t *Tokenizer) syntaxErrorRange(col, endCol int, msg string) (int32, int, int) {
	t.setError(t.newSyntaxError(msg, col, endCol))
	return tokError, -1, -1
}

// newSyntaxError is _syntaxerror_range: col -1 means the cursor.
func (t *Tokenizer) newSyntaxError(msg string, col, endCol int) *pyerr.Error {
	line := t.src[t.lineStart:]
	if col == -1 {
		end := t.cur
		if end < t.lineStart {
			end = t.lineStart
		}
		col = pyCharCount(t.src[t.lineStart:end])
	}
	if endCol == -1 {
		endCol = col
	}
	if j := strings.IndexAny(line, "\n\x00"); j >= 0 {
		line = line[:j]
	}
	return &pyerr.Error{
		Type: pyerr.SyntaxError, Msg: msg, Filename: t.opts.Filename,
		Line: t.lineno, EndLine: t.lineno, Offset: col, EndOffset: endCol,
		Text: pyerr.DecodeReplace(line),
	}
}

// codeError builds the error for a failure the tokenizer reported only by
// its completion code.
func (t *Tokenizer) codeError() *pyerr.Error {
	if t.extra {
		return t.tokenizeModuleError()
	}
	switch t.done {
	case eEOF:
		if t.level > 0 {
			return t.unclosedError()
		}
		return t.errorAtCursor(pyerr.SyntaxError, "unexpected EOF while parsing")
	case eDedent:
		return t.errorAtCursor(pyerr.IndentationError, "unindent does not match any outer indentation level")
	case eTabSpace:
		return t.errorAt(pyerr.TabError, t.lineno, 0, "inconsistent use of tabs and spaces in indentation")
	case eTooDeep:
		return t.errorAt(pyerr.IndentationError, t.lineno, 0, "too many levels of indentation")
	case eLineCont:
		return t.errorAt(pyerr.SyntaxError, t.lineno, t.cur-t.buf-1, "unexpected character after line continuation character")
	}
	return &pyerr.Error{Type: pyerr.SyntaxError, Msg: "unknown parsing error", Filename: t.opts.Filename}
}

// unclosedError is raise_unclosed_parentheses_error: the innermost bracket
// still open was never closed.
func (t *Tokenizer) unclosedError() *pyerr.Error {
	l := t.level - 1
	return t.errorAt(pyerr.SyntaxError, t.parenLine[l], t.parenCol[l], fmt.Sprintf("'%c' was never closed", t.parenstack[l]))
}

// errorLine is the text the parser quotes for an error on line lineno:
// the tokenizer's buffer when it holds that line, else the line itself,
// taken from the source as it was before decoding (CPython's tok->str).
func (t *Tokenizer) errorLine(lineno int) string {
	if t.opts.FileLines {
		if line, ok := t.fileLine(lineno); ok {
			return line
		}
	}
	if t.lineno <= lineno && t.inp > t.buf {
		return pyerr.DecodeReplace(t.src[t.buf:t.inp])
	}
	if t.rawSrc != "" {
		return pyerr.DecodeReplace(nthLine(t.rawSrc, lineno))
	}
	return pyerr.DecodeReplace(t.LineText(lineno))
}

// fileLine is line lineno as CPython's parser reads it back from the
// source file for an error (pyerr.FileLine), decoded with the source's
// encoding, undecodable bytes replaced. It reports false when the file
// has no such line.
func (t *Tokenizer) fileLine(lineno int) (string, bool) {
	raw := t.rawSrc
	if raw == "" {
		raw = t.src
	}
	if t.hadBOM {
		raw = bom + raw // the file's first line still has it
	}
	line, ok := pyerr.FileLine([]byte(raw), lineno)
	if !ok {
		return "", false
	}
	if t.rawSrc != "" {
		if c := codecFor(t.encoding); c != nil {
			text, _ := decodeWith(c, string(line), false)
			return text, true
		}
	}
	return pyerr.DecodeReplace(string(line)), true
}

// nthLine returns line n (1-based) of s without its newline.
func nthLine(s string, n int) string {
	for ; n > 1; n-- {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return ""
		}
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// errorAt is RAISE_ERROR_KNOWN_LOCATION with a 0-based byte column and no
// end column.
func (t *Tokenizer) errorAt(typ pyerr.Class, lineno, col int, msg string) *pyerr.Error {
	text := t.errorLine(lineno)
	return &pyerr.Error{
		Type: typ, Msg: msg, Filename: t.opts.Filename,
		Line: lineno, EndLine: lineno, Offset: byteToCharOffset(text, col+1), Text: text,
	}
}

// errorAtCursor is the parser's RAISE_*_ERROR on the error token, which has
// no position: the column is the cursor's, and the end is unknown (-1).
func (t *Tokenizer) errorAtCursor(typ pyerr.Class, msg string) *pyerr.Error {
	col := 0
	if t.cur != t.buf {
		col = t.cur - t.lineStart
	}
	text := t.errorLine(t.lineno)
	return &pyerr.Error{
		Type: typ, Msg: msg, Filename: t.opts.Filename,
		Line: t.lineno, EndLine: t.lineno, Offset: byteToCharOffset(text, col), EndOffset: -1, Text: text,
	}
}

// byteToCharOffset is _PyPegen_byte_offset_to_character_offset: the
// characters in the first col bytes of line, where col may reach one past
// the end (the terminating NUL counts as a character).
func byteToCharOffset(line string, col int) int {
	if col > len(line)+1 {
		col = len(line) + 1
	}
	if col < 0 {
		col = 0
	}
	if col == len(line)+1 {
		return pyCharCount(line) + 1
	}
	return pyCharCount(line[:col])
}

// tokenizeModuleError is the error the tokenize module raises for a
// completion code: lineno and an offset counted over the whole buffer.
func (t *Tokenizer) tokenizeModuleError() *pyerr.Error {
	e := &pyerr.Error{Type: pyerr.SyntaxError, Filename: t.opts.Filename, Line: t.lineno}
	switch t.done {
	case eEOF:
		e.Msg = "unexpected EOF in multi-line statement"
		e.Offset = t.inp - t.buf
		e.EndLine = t.lineno
		return e
	case eDedent:
		e.Type, e.Msg = pyerr.IndentationError, "unindent does not match any outer indentation level"
	case eTabSpace:
		e.Type, e.Msg = pyerr.TabError, "inconsistent use of tabs and spaces in indentation"
	case eTooDeep:
		e.Type, e.Msg = pyerr.IndentationError, "too many levels of indentation"
	case eLineCont:
		e.Msg = "unexpected character after line continuation character"
	default:
		e.Msg = "unknown tokenization error"
	}
	line := t.src[t.buf:t.inp]
	if strings.HasSuffix(line, "\n") {
		line = line[:len(line)-1]
	}
	e.Text = line
	e.Offset = byteToCharOffset(line, t.inp-t.buf)
	return e
}

// verifyIdentifier checks a name holding non-ASCII characters against
// PEP 3131, as the parser's tokenizer does (the tokenize module does not).
func (t *Tokenizer) verifyIdentifier() bool {
	if t.extra {
		return true
	}
	s := t.src[t.start:t.cur]
	if !utf8.ValidString(s) {
		pos, n, reason := utf8Error(s)
		t.setError(t.errorAtCursor(pyerr.SyntaxError, "(unicode error) "+decodeErrorMsg("utf-8", s, pos, n, reason)))
		return false
	}
	for i, r := range s {
		if i == 0 && (isXIDStart(r) || r == '_') || i > 0 && isXIDContinue(r) {
			continue
		}
		t.cur = t.start + i + utf8.RuneLen(r)
		if ast.IsPrintable(r) {
			t.syntaxError(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
		} else {
			t.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", r))
		}
		return false
	}
	return true
}

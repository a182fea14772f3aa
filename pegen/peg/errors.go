package peg

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a Python-level error found while reading source: SyntaxError and
// its subclasses IndentationError and TabError, and the MemoryError CPython
// raises when source nests too deeply for its parser. The fields mirror the
// attributes of Python's SyntaxError, so comparing with the oracle is
// comparing fields.
type Error struct {
	// Type is the Python exception class: "SyntaxError", "IndentationError",
	// "TabError" or "MemoryError".
	Type     string
	Msg      string
	Filename string
	// Line and EndLine are 1-based; 0 means unknown.
	Line, EndLine int
	// Offset and EndOffset are 1-based columns counted in characters, as
	// Python's SyntaxError.offset; 0 means unknown.
	Offset, EndOffset int
	// Text is the source line the error points into, without its line
	// ending, as Python's SyntaxError.text shows it.
	Text string
}

// Error returns the text of str(exc) in Python: the message, then the file
// and line in parentheses.
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	name := e.Filename
	if name == "" {
		name = "<unknown>"
	}
	return fmt.Sprintf("%s (%s, line %d)", e.Msg, name, e.Line)
}

// Format renders the error the way CPython's traceback module prints an
// uncaught SyntaxError: the file and line, the stripped source line, a caret
// range under the offending columns, and "Type: message".
func (e *Error) Format() string {
	var b strings.Builder
	if !e.isSyntaxError() {
		fmt.Fprintf(&b, "%s: %s\n", e.Type, e.Msg)
		return b.String()
	}
	name := e.Filename
	if name == "" {
		name = "<string>"
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", name, e.Line)
	if e.Text != "" {
		writeCaretLines(&b, e)
	}
	msg := e.Msg
	if msg == "" {
		msg = "<no detail available>"
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Type, msg)
	return b.String()
}

// isSyntaxError reports whether the error is a SyntaxError or one of its
// subclasses: those always have a line number (0 when the error is not in
// any line, like a bad encoding declaration), which traceback prints.
func (e *Error) isSyntaxError() bool {
	switch e.Type {
	case "SyntaxError", "IndentationError", "TabError":
		return true
	}
	return false
}

// writeCaretLines follows traceback.TracebackException._format_syntax_error:
// leading spaces and form feeds are stripped, columns shift with them, and a
// range that is empty or runs past the line shrinks to one caret.
func writeCaretLines(b *strings.Builder, e *Error) {
	rtext := strings.TrimRight(e.Text, "\n")
	ltext := strings.TrimLeft(rtext, " \n\f")
	spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
	if e.Offset == 0 {
		fmt.Fprintf(b, "    %s\n", ltext)
		return
	}
	textLen := utf8.RuneCountInString(e.Text)
	rlen := utf8.RuneCountInString(rtext)
	offset := e.Offset
	endOffset := offset
	if e.Line == e.EndLine {
		if e.EndOffset != 0 {
			endOffset = e.EndOffset
		}
	} else {
		endOffset = rlen + 1
	}
	if offset > textLen {
		offset = rlen + 1
	}
	if endOffset > textLen {
		endOffset = rlen + 1
	}
	if offset >= endOffset || endOffset < 0 {
		endOffset = offset + 1
	}
	col := offset - 1 - spaces
	endCol := endOffset - 1 - spaces
	fmt.Fprintf(b, "    %s\n", ltext)
	if col < 0 {
		return
	}
	b.WriteString("    ")
	i := 0
	for _, r := range ltext {
		if i >= col {
			break
		}
		if r == '\t' || r == '\v' || r == '\f' || r == '\r' {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
		i++
	}
	for ; i < col; i++ {
		b.WriteByte(' ')
	}
	b.WriteString(strings.Repeat("^", max(endCol-col, 0)))
	b.WriteByte('\n')
}

// CharOffset converts a 0-based UTF-8 byte column in line into Python's
// 1-based character offset. Columns past the end of the line count one
// character per byte beyond it, as CPython does for positions at line end.
func CharOffset(line string, byteCol int) int {
	if byteCol <= 0 {
		return byteCol + 1
	}
	if byteCol > len(line) {
		return utf8.RuneCountInString(line) + (byteCol - len(line)) + 1
	}
	return utf8.RuneCountInString(line[:byteCol]) + 1
}

// DecodeReplace is Python's bytes.decode("utf-8", "replace") of s: each
// maximal invalid sequence (as CPython's decoder delimits them) becomes
// one U+FFFD. Valid UTF-8 is returned as it is.
func DecodeReplace(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		if n, _ := BadUTF8(s, i); n > 0 {
			b.WriteRune(utf8.RuneError)
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// BadUTF8 reports whether s[i:] starts with an invalid UTF-8 sequence:
// how many bytes CPython's decoder reports as one error there (a bad lead
// byte alone, or a lead byte with the continuation bytes that were valid
// before the sequence broke off), 0 if there is none, and the decoder's
// reason.
func BadUTF8(s string, i int) (n int, reason string) {
	c := s[i]
	if c < utf8.RuneSelf {
		return 0, ""
	}
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(s) {
			return k, "unexpected end of data"
		}
		b := s[i+k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return 0, ""
}

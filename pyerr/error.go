package pyerr

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a Python-level error a stage raises: SyntaxError and its
// subclasses IndentationError and TabError, the MemoryError and
// RecursionError CPython raises when source nests too deeply, the
// ValueError and UnicodeDecodeError of unreadable source, and so on. The
// fields mirror the attributes of Python's SyntaxError, so comparing with
// the oracle is comparing fields.
type Error struct {
	// Type is the Python exception class.
	Type     Class
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
	if !e.Type.IsSyntaxError() {
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

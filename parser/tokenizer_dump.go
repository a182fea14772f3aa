package parser

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// DumpOptions says how DumpTokens reads its input and prints tokens.
type DumpOptions struct {
	// Filename is the name errors show, as given to `python -m tokenize`
	// ("<stdin>" for standard input).
	Filename string
	// Exact prints operators by their exact type (tokenize -e).
	Exact bool
	// Stdin reads src the way tokenize reads standard input: as text,
	// with no encoding detection and no ENCODING token; tokens are printed
	// up to an error instead of not at all.
	Stdin bool
	// Extensions are the enabled extensions.
	Extensions []string
	// Operators are operators added at run time (see
	// TokenizerOptions.Operators).
	Operators []OperatorDef
}

// DumpTokens writes exactly what `python3.13 -m tokenize [-e] FILE` (or,
// with Stdin, `python3.13 -m tokenize < FILE`) writes for src: tokens on
// stdout; warnings and the error, in tokenize's own form, on stderr. It
// returns the exit status, 1 after an error.
//
// One difference remains: where CPython dies with a traceback (bytes that
// are not UTF-8 on standard input), only the first line of its report,
// "unexpected error: ...", is printed.
func DumpTokens(stdout, stderr io.Writer, src []byte, opts DumpOptions) int {
	t := NewTokenizer(src, TokenizerOptions{
		Filename: opts.Filename, Extra: true, Text: opts.Stdin, Extensions: opts.Extensions,
		Operators: opts.Operators,
	})
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	var toks []peg.Token
	var err error
	nwarn := 0
	flushWarnings := func() {
		for ; nwarn < len(t.warnings); nwarn++ {
			w := t.warnings[nwarn]
			fmt.Fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", w.Filename, w.Line, w.Msg)
		}
	}
	var line []byte
	for {
		var tok peg.Token
		tok, err = t.Next()
		flushWarnings()
		if err != nil {
			break
		}
		if opts.Stdin {
			line = t.appendDumpLine(line[:0], &tok, opts.Exact)
			out.Write(line)
		} else {
			toks = append(toks, tok)
		}
		if tok.Kind == ENDMARKER {
			break
		}
	}
	if err != nil {
		out.Flush()
		fmt.Fprintln(stderr, tokenizeErrorText(err.(*pyerr.Error), opts.Filename))
		return 1
	}
	for i := range toks {
		line = t.appendDumpLine(line[:0], &toks[i], opts.Exact)
		out.Write(line)
	}
	return 0
}

// tokenizeErrorText is how tokenize's main reports an error.
func tokenizeErrorText(e *pyerr.Error, filename string) string {
	switch e.Type {
	case pyerr.UnicodeEncodeError, pyerr.UnicodeDecodeError, pyerr.SystemError:
		return "unexpected error: " + e.Msg
	case pyerr.IndentationError, pyerr.TabError:
		return fmt.Sprintf("%s:%d:%d: error: %s", filename, e.Line, e.Offset, e.Msg)
	}
	if e.Line == 0 {
		// A SyntaxError from detect_encoding, not from the tokenizer.
		return fmt.Sprintf("%s: error: %s", filename, e.Msg)
	}
	msg := e.Msg
	if strings.Contains(msg, "unterminated triple-quoted string literal") {
		msg = "EOF in multi-line string"
	}
	return fmt.Sprintf("%s:%d:%d: error: %s", filename, e.Line, e.Offset, msg)
}

// appendDumpLine formats one token as tokenize's main does:
// "%-20s%-15s%-15r" of its range, type name and string, columns counted in
// characters.
func (t *Tokenizer) appendDumpLine(b []byte, tok *peg.Token, exact bool) []byte {
	kind := tok.Kind
	if isOperatorKind(kind) {
		// tokenize shows OP; with -e, the type its string has in
		// token.EXACT_TOKEN_TYPES (so "<>" or "\r+" stay OP).
		kind = OP
		if exact {
			if op := t.exactOperator(tok.Text); op != nil {
				kind = op.Kind
			}
		}
	}
	n := len(b)
	b = fmt.Appendf(b, "%d,%d-%d,%d:", tok.Start.Line, t.charCol(tok.Start), tok.End.Line, t.charCol(tok.End))
	b = pad(b, n, 20)
	n = len(b)
	b = append(b, t.kindName(kind)...)
	b = pad(b, n, 15)
	n = len(b)
	b = ast.AppendReprString(b, tok.Text)
	b = pad(b, n, 15)
	return append(b, '\n')
}

// kindName is the name of a token kind, including the kinds of operators
// added at run time (TokenizerOptions.Operators).
func (t *Tokenizer) kindName(kind int32) string {
	if kind >= 0 && int(kind) < len(TokenNames) {
		return TokenNames[kind]
	}
	for _, op := range t.opts.Operators {
		if op.Kind == kind && op.Name != "" {
			return op.Name
		}
	}
	return fmt.Sprintf("KIND%d", kind)
}

// isOperatorKind reports the kinds tokenize shows as OP.
func isOperatorKind(kind int32) bool {
	return kind >= LPAR && kind <= OP || kind >= NumPythonTokens
}

// exactOperator returns the operator whose text is s and that
// token.EXACT_TOKEN_TYPES (or an enabled extension) lists, or nil.
func (t *Tokenizer) exactOperator(s string) *OperatorDef {
	if s == "" || s[0] >= 128 {
		return nil
	}
	for i := range t.ops.byFirst[s[0]] {
		op := &t.ops.byFirst[s[0]][i]
		if op.Text == s && op.Exact {
			return op
		}
	}
	return nil
}

// pad extends the field that starts at b[from:] to width characters.
func pad(b []byte, from, width int) []byte {
	for n := utf8.RuneCount(b[from:]); n < width; n++ {
		b = append(b, ' ')
	}
	return b
}

// charCol converts a position's byte column into characters.
func (t *Tokenizer) charCol(p peg.Pos) int {
	if p.Col <= 0 {
		return int(p.Col)
	}
	line := t.LineText(int(p.Line))
	col := int(p.Col)
	if col > len(line) {
		return pyCharCount(line) + col - len(line)
	}
	return pyCharCount(line[:col])
}

package parser

import (
	"fmt"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
)

// This file is the regular mode of the scanner: CPython's
// tok_get_normal_mode, with its structure kept so that every position and
// error comes out where CPython puts it. The f-string mode is in
// tokenizer_fstring.go, reading and errors in tokenizer_read.go and
// tokenizer_errors.go.

const eof = -1

// fstringMode is one entry of the tokenizer's mode stack. Entry 0 is the
// regular mode; each f-string being scanned pushes one, which flips to
// regular while a replacement field's expression is scanned.
type fstringMode struct {
	regular        bool
	quote          byte
	quoteSize      int
	raw            bool
	start          int // offset of the f-string's prefix
	multiLineStart int // start of the line it starts on
	lineno         int // and that line's number
	curlyDepth     int // brackets open inside the current replacement field
	exprStartDepth int // nesting of replacement fields (format specs nest them)
	inFormatSpec   bool
	debug          bool // the field has an = (f"{x=}")

	// CPython copies the text of a debug field's expression (f"{x=}")
	// from its line buffer; the tokenize module's reader can make that
	// length negative, which fails with a SystemError. The lengths are
	// kept to reproduce it (CPython's last_expr_size and last_expr_end).
	exprBuf  bool
	exprSize int
	exprEnd  int
}

func (m *fstringMode) insideExpr() bool { return m.exprStartDepth >= 0 }

// noteFStringExpr follows CPython's _PyLexer_update_fstring_expr: at a
// field's '{' it measures the buffer from there to its end; at the field's
// first '!', ':' or '}' it measures from that character to the end.
func (t *Tokenizer) noteFStringExpr(m *fstringMode, c int) {
	switch c {
	case '{':
		m.exprBuf, m.exprSize, m.exprEnd = true, t.inp-t.cur, -1
	default:
		if m.exprEnd == -1 {
			m.exprEnd = t.inp - t.start
		}
	}
}

func (t *Tokenizer) insideFString() bool { return len(t.modes) > 1 }

// get scans one token in the current mode: its kind and the offsets of its
// text (-1 when it has none), or tokError.
func (t *Tokenizer) get() (int32, int, int) {
	mi := len(t.modes) - 1
	if t.modes[mi].regular {
		return t.scanNormal(mi)
	}
	return t.scanFString(mi)
}

func isPotentialIdentifierStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isPotentialIdentifierChar(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// scanNormal is tok_get_normal_mode; mi indexes the current mode.
func (t *Tokenizer) scanNormal(mi int) (int32, int, int) {
	var c int
nextline:
	t.start, t.startCol = -1, -1
	t.blankline = false

	if t.atbol {
		if kind, ok := t.indentation(); !ok {
			return kind, -1, -1
		}
	}
	t.start = t.cur
	t.startCol = t.cur - t.lineStart

	// Pending indents and dedents come first.
	if t.pendin != 0 {
		if t.pendin < 0 {
			t.pendin++
			if t.extra {
				return DEDENT, t.cur, t.cur
			}
			return DEDENT, -1, -1
		}
		t.pendin--
		if t.extra {
			return INDENT, t.buf, t.cur
		}
		return INDENT, -1, -1
	}

	// Peek, which reads the next line if needed (line numbers move here).
	c = t.nextc()
	t.backup(c)

again:
	t.start = -1
	for {
		c = t.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	t.start = t.cur - 1
	t.startCol = t.start - t.lineStart

	if c == '#' {
		for c != eof && c != '\n' && c != '\r' {
			c = t.nextc()
		}
		if t.extra {
			p := t.start
			t.backup(c) // the newline (or EOF) is not part of the comment
			t.commentNewline = t.blankline
			return COMMENT, p, t.cur
		}
	}

	if c == eof {
		if t.level > 0 || t.done != eEOF {
			return tokError, -1, -1
		}
		return ENDMARKER, -1, -1
	}

	// Identifiers, and the prefixes of strings.
	if isPotentialIdentifierStart(c) {
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			switch {
			case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
				sawB = true
			case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
				sawU = true
			case !(sawR || sawU) && (c == 'r' || c == 'R'):
				sawR = true
			case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
				sawF = true
			default:
				goto name
			}
			c = t.nextc()
			if c == '"' || c == '\'' {
				if sawF {
					return t.fstringStart(c)
				}
				return t.scanString(c)
			}
		}
	name:
		nonascii := false
		for isPotentialIdentifierChar(c) {
			if c >= 128 {
				nonascii = true
			}
			c = t.nextc()
		}
		t.backup(c)
		if nonascii && !t.verifyIdentifier() {
			return tokError, -1, -1
		}
		return NAME, t.start, t.cur
	}

	if c == '\r' {
		c = t.nextc()
	}

	if c == '\n' {
		t.atbol = true
		if t.blankline || t.level > 0 {
			if t.extra {
				t.commentNewline = false
				return NL, t.start, t.cur
			}
			goto nextline
		}
		if t.commentNewline && t.extra {
			t.commentNewline = false
			return NL, t.start, t.cur
		}
		return NEWLINE, t.start, t.cur - 1 // the text leaves the '\n' out
	}

	if c == '.' {
		c = t.nextc()
		if isDigit(c) {
			return t.scanNumber(c, true)
		}
		if c == '.' {
			c = t.nextc()
			if c == '.' {
				return ELLIPSIS, t.start, t.cur
			}
			t.backup(c)
			t.backup('.')
		} else {
			t.backup(c)
		}
		return DOT, t.start, t.cur
	}

	if isDigit(c) {
		return t.scanNumber(c, false)
	}

	if c == '"' || c == '\'' {
		return t.scanString(c)
	}

	if c == '\\' {
		if c = t.continuationLine(); c == eof {
			return tokError, -1, -1
		}
		goto again
	}

	// Inside a replacement field, ':' may start the format spec.
	m := &t.modes[mi]
	if (c == ':' || c == '}' || c == '!' || c == '{') && t.insideFString() && m.insideExpr() {
		cursor := m.curlyDepth
		if c != '{' {
			cursor--
		}
		if t.readline && (cursor == 0 || cursor == 1 && (m.debug || m.inFormatSpec)) {
			t.noteFStringExpr(m, c)
			if c != '{' && m.debug && m.exprSize-m.exprEnd < 0 {
				t.setError(&pyerr.Error{Type: pyerr.SystemError, Msg: "Negative size passed to PyUnicode_New"})
				return tokError, -1, -1
			}
		}
		if c == ':' && cursor == m.exprStartDepth {
			m.regular = false
			m.inFormatSpec = true
			return t.ops.one[':'], t.start, t.cur
		}
	}

	if kind, ok := t.operator(c); ok {
		return kind, t.start, t.cur
	}

	switch c {
	case '(', '[', '{':
		if t.level >= maxLevel {
			return t.syntaxError("too many nested parentheses")
		}
		t.parenstack[t.level] = byte(c)
		t.parenLine[t.level] = t.lineno
		t.parenCol[t.level] = t.start - t.lineStart
		t.level++
		if t.insideFString() {
			m.curlyDepth++
		}
	case ')', ']', '}':
		if t.insideFString() && m.curlyDepth == 0 && c == '}' {
			return t.syntaxError("f-string: single '}' is not allowed")
		}
		if !t.extra && t.level == 0 {
			return t.syntaxError(fmt.Sprintf("unmatched '%c'", c))
		}
		if t.level > 0 {
			t.level--
			opening := int(t.parenstack[t.level])
			if !t.extra && !(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}') {
				// A bracket that closes the replacement field itself,
				// as in f"{)}", is reported as unmatched.
				if t.insideFString() && opening == '{' && m.curlyDepth-1 == m.exprStartDepth {
					return t.syntaxError(fmt.Sprintf("f-string: unmatched '%c'", c))
				}
				if t.parenLine[t.level] != t.lineno {
					return t.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, opening, t.parenLine[t.level]))
				}
				return t.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening))
			}
		}
		if t.insideFString() {
			m.curlyDepth--
			if m.curlyDepth < 0 {
				return t.syntaxError(fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			if c == '}' && m.curlyDepth == m.exprStartDepth {
				m.exprStartDepth--
				m.regular = false
				m.inFormatSpec = false
				m.debug = false
			}
		}
	}

	if !ast.IsPrintable(rune(c)) {
		return t.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", c))
	}
	if c == '=' && m.insideExpr() {
		m.debug = true
	}
	if c < 128 {
		return t.ops.one[c], t.start, t.cur
	}
	return OP, t.start, t.cur
}

// operator scans a two- or three-character operator starting with c, as
// CPython's _PyToken_TwoChars and _PyToken_ThreeChars do: a three-character
// operator is tried only after a two-character one matched. An extension
// operator of three characters whose first two are not an operator is
// tried on its own.
func (t *Tokenizer) operator(c int) (int32, bool) {
	if c >= 128 || c < 0 {
		return 0, false
	}
	cands := t.ops.byFirst[c]
	if len(cands) == 0 || len(cands[0].Text) == 1 {
		return 0, false
	}
	rest := t.src[t.cur:t.inp]
	kind2, kind3 := int32(-1), int32(-1)
	for i := range cands {
		op := &cands[i]
		if len(op.Text) == 1 || !strings.HasPrefix(rest, op.Text[1:]) {
			continue
		}
		if len(op.Text) == 3 && kind3 < 0 {
			kind3 = op.Kind
		} else if len(op.Text) == 2 && kind2 < 0 {
			kind2 = op.Kind
		}
	}
	switch {
	case kind3 >= 0:
		t.cur += 2
		return kind3, true
	case kind2 >= 0:
		t.cur++
		return kind2, true
	}
	return 0, false
}

// indentation measures the indentation of a new line and queues INDENT and
// DEDENT tokens; ok is false when it fails (the kind is then tokError).
func (t *Tokenizer) indentation() (int32, bool) {
	col, altcol, contLineCol := 0, 0, 0
	t.atbol = false
	var c int
	for {
		c = t.nextc()
		switch c {
		case ' ':
			col++
			altcol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++ // the alternate tab size is 1
			continue
		case '\f':
			col, altcol = 0, 0 // for Emacs users, says CPython
			continue
		case '\\':
			// Indentation cannot be split with backslashes: the first
			// one found fixes the indentation of what follows.
			if contLineCol == 0 {
				contLineCol = col
			}
			if c = t.continuationLine(); c == eof {
				return tokError, false
			}
			continue
		}
		break
	}
	t.backup(c)
	if c == '#' || c == '\n' || c == '\r' {
		// Lines holding only blanks and comments do not count.
		t.blankline = true
	}
	if t.blankline || t.level != 0 {
		return 0, true
	}
	if contLineCol != 0 {
		col, altcol = contLineCol, contLineCol
	}
	switch {
	case col == t.indstack[t.indent]:
		if altcol != t.altindstack[t.indent] {
			return t.indentError(), false
		}
	case col > t.indstack[t.indent]:
		if t.indent+1 >= maxIndent {
			t.done = eTooDeep
			t.cur = t.inp
			return tokError, false
		}
		if altcol <= t.altindstack[t.indent] {
			return t.indentError(), false
		}
		t.pendin++
		t.indent++
		t.indstack[t.indent] = col
		t.altindstack[t.indent] = altcol
	default:
		for t.indent > 0 && col < t.indstack[t.indent] {
			t.pendin--
			t.indent--
		}
		if col != t.indstack[t.indent] {
			t.done = eDedent
			t.cur = t.inp
			return tokError, false
		}
		if altcol != t.altindstack[t.indent] {
			return t.indentError(), false
		}
	}
	return 0, true
}

// indentError reports tabs and spaces that make indentation depend on the
// tab size: it compares columns with tabs of 8 and of 1.
func (t *Tokenizer) indentError() int32 {
	t.done = eTabSpace
	t.cur = t.inp
	return tokError
}

// continuationLine consumes the newline after a backslash and peeks at
// the next line; it returns eof (with t.done set) when that fails.
func (t *Tokenizer) continuationLine() int {
	c := t.nextc()
	if c == '\r' {
		c = t.nextc()
	}
	if c != '\n' {
		t.done = eLineCont
		return eof
	}
	c = t.nextc()
	if c == eof {
		t.done = eEOF
		t.cur = t.inp
		return eof
	}
	t.backup(c)
	return c
}

// scanString scans a string literal whose opening quote c was just read;
// its prefix, if any, starts at t.start.
func (t *Tokenizer) scanString(quote int) (int32, int, int) {
	quoteSize, endQuoteSize := 1, 0
	hasEscapedQuote := false
	t.firstLineno = t.lineno
	t.multiLineStart = t.lineStart

	c := t.nextc()
	if c == quote {
		c = t.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // the empty string
		}
	}
	if c != quote {
		t.backup(c)
	}
	for endQuoteSize != quoteSize {
		c = t.nextc()
		if t.done == eError {
			return tokError, -1, -1
		}
		if c == eof || quoteSize == 1 && c == '\n' {
			// Report from the opening quote.
			t.cur = t.start + 1
			t.lineStart = t.multiLineStart
			detected := t.lineno
			t.lineno = t.firstLineno
			if t.insideFString() {
				// An f-string's own quote here means a '}' is missing.
				m := &t.modes[len(t.modes)-1]
				if int(m.quote) == quote && m.quoteSize == quoteSize {
					return t.syntaxError("f-string: expecting '}'")
				}
			}
			switch {
			case quoteSize == 3:
				return t.syntaxError(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected))
			case hasEscapedQuote:
				return t.syntaxError(fmt.Sprintf("unterminated string literal (detected at line %d); perhaps you escaped the end quote?", detected))
			}
			return t.syntaxError(fmt.Sprintf("unterminated string literal (detected at line %d)", detected))
		}
		if c == quote {
			endQuoteSize++
			continue
		}
		endQuoteSize = 0
		if c == '\\' {
			c = t.nextc() // the escaped character
			if c == quote {
				hasEscapedQuote = true
			}
			if c == '\r' {
				c = t.nextc()
			}
		}
	}
	return STRING, t.start, t.cur
}

// scanNumber scans a number whose first digit c was just read; afterDot
// says c follows a '.' that starts the number.
func (t *Tokenizer) scanNumber(c int, afterDot bool) (int32, int, int) {
	const (
		integer = iota
		fraction
		exponent
		imaginary
	)
	phase := integer
	var ok bool
	switch {
	case afterDot:
		phase = fraction
	case c == '0':
		c = t.nextc()
		switch c {
		case 'x', 'X':
			return t.scanRadix(16, "hexadecimal")
		case 'o', 'O':
			return t.scanRadix(8, "octal")
		case 'b', 'B':
			return t.scanRadix(2, "binary")
		}
		// Zeros, maybe an old-style octal that is now an error.
		nonzero := false
		for {
			if c == '_' {
				c = t.nextc()
				if !isDigit(c) {
					t.backup(c)
					return t.syntaxError("invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = t.nextc()
		}
		zerosEnd := t.cur
		if isDigit(c) {
			nonzero = true
			if c, ok = t.decimalTail(); !ok {
				return tokError, -1, -1
			}
		}
		switch {
		case c == '.':
			c = t.nextc()
			phase = fraction
		case c == 'e' || c == 'E':
			phase = exponent
		case c == 'j' || c == 'J':
			phase = imaginary
		case nonzero && !t.extra:
			t.backup(c)
			return t.syntaxErrorRange(t.start+1-t.lineStart, zerosEnd-t.lineStart,
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		default:
			if !t.verifyEndOfNumber(c, "decimal") {
				return tokError, -1, -1
			}
			t.backup(c)
			return NUMBER, t.start, t.cur
		}
	default:
		if c, ok = t.decimalTail(); !ok {
			return tokError, -1, -1
		}
		if c == '.' {
			c = t.nextc()
			phase = fraction
		}
	}
	if phase == fraction {
		if isDigit(c) {
			if c, ok = t.decimalTail(); !ok {
				return tokError, -1, -1
			}
		}
		phase = integer
	}
	if phase == integer && (c == 'e' || c == 'E') {
		phase = exponent
	}
	if phase == exponent {
		e := c
		c = t.nextc()
		if c == '+' || c == '-' {
			c = t.nextc()
			if !isDigit(c) {
				t.backup(c)
				return t.syntaxError("invalid decimal literal")
			}
		} else if !isDigit(c) {
			// Not an exponent after all: the number ends before the e.
			t.backup(c)
			if !t.verifyEndOfNumber(e, "decimal") {
				return tokError, -1, -1
			}
			t.backup(e)
			return NUMBER, t.start, t.cur
		}
		if c, ok = t.decimalTail(); !ok {
			return tokError, -1, -1
		}
		phase = integer
	}
	if phase == imaginary || c == 'j' || c == 'J' {
		c = t.nextc()
		if !t.verifyEndOfNumber(c, "imaginary") {
			return tokError, -1, -1
		}
	} else if !t.verifyEndOfNumber(c, "decimal") {
		return tokError, -1, -1
	}
	t.backup(c)
	return NUMBER, t.start, t.cur
}

// scanRadix scans the digits of a hexadecimal, octal or binary literal
// after its 0x, 0o or 0b.
func (t *Tokenizer) scanRadix(radix int, name string) (int32, int, int) {
	inRadix := func(c int) bool {
		switch radix {
		case 16:
			return isXDigit(c)
		case 8:
			return c >= '0' && c < '8'
		}
		return c == '0' || c == '1'
	}
	c := t.nextc()
	for {
		if c == '_' {
			c = t.nextc()
		}
		if !inRadix(c) {
			if radix != 16 && isDigit(c) {
				return t.syntaxError(fmt.Sprintf("invalid digit '%c' in %s literal", c, name))
			}
			t.backup(c)
			return t.syntaxError("invalid " + name + " literal")
		}
		for {
			c = t.nextc()
			if !inRadix(c) {
				break
			}
		}
		if c != '_' {
			break
		}
	}
	if radix != 16 && isDigit(c) {
		return t.syntaxError(fmt.Sprintf("invalid digit '%c' in %s literal", c, name))
	}
	if !t.verifyEndOfNumber(c, name) {
		return tokError, -1, -1
	}
	t.backup(c)
	return NUMBER, t.start, t.cur
}

// decimalTail reads digits with single underscores between them and
// returns the character after them.
func (t *Tokenizer) decimalTail() (int, bool) {
	for {
		c := t.nextc()
		for isDigit(c) {
			c = t.nextc()
		}
		if c != '_' {
			return c, true
		}
		c = t.nextc()
		if !isDigit(c) {
			t.backup(c)
			t.syntaxError("invalid decimal literal")
			return 0, false
		}
	}
}

// verifyEndOfNumber checks what follows a number (c, already read). A
// keyword that may follow a number in valid code (1if x else y) only gets a
// warning; other letters are an error. The tokenize module does neither.
func (t *Tokenizer) verifyEndOfNumber(c int, kind string) bool {
	if t.extra {
		return true
	}
	r := false
	switch c {
	case 'a':
		r = t.lookahead("nd")
	case 'e':
		r = t.lookahead("lse")
	case 'f':
		r = t.lookahead("or")
	case 'i':
		c2 := t.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		t.backup(c2)
	case 'o':
		r = t.lookahead("r")
	case 'n':
		r = t.lookahead("ot")
	}
	if r {
		t.backup(c)
		t.warn("invalid " + kind + " literal")
		t.nextc()
		return true
	}
	if c >= 0 && c < 128 && isPotentialIdentifierChar(c) {
		t.backup(c)
		t.syntaxError("invalid " + kind + " literal")
		return false
	}
	return true
}

// lookahead reports whether the text after the cursor is test followed by
// a character that cannot continue an identifier. It consumes nothing.
func (t *Tokenizer) lookahead(test string) bool {
	n := 0
	res := false
	for {
		c := t.nextc()
		if n == len(test) {
			res = !isPotentialIdentifierChar(c)
		} else if c == int(test[n]) {
			n++
			continue
		}
		t.backup(c)
		for ; n > 0; n-- {
			t.backup(int(test[n-1]))
		}
		return res
	}
}

// warn is _PyTokenizer_parser_warn: under -W error the warning becomes a
// SyntaxError at the cursor.
func (t *Tokenizer) warn(msg string) {
	t.warnings = append(t.warnings, Warning{Category: pyerr.SyntaxWarning, Filename: t.opts.Filename,
		Line: t.lineno, Msg: msg, Err: t.newSyntaxError(msg, -1, -1), InFString: len(t.modes) > 1})
}

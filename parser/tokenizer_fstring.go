package parser

import (
	"fmt"

	"github.com/peglab/peglab/pyerr"
)

// This file scans f-strings (PEP 701). An f-string is FSTRING_START, then
// FSTRING_MIDDLE for literal text and ordinary tokens for each replacement
// field ({expr!r:spec}), then FSTRING_END. The mode stack records, per open
// f-string, whether the scanner is in its literal text (f-string mode) or in
// a replacement field (regular mode); a format spec is literal text again,
// and may hold nested fields.

// fstringStart scans the quotes of an f-string whose prefix starts at
// t.start, and pushes its mode.
func (t *Tokenizer) fstringStart(quote int) (int32, int, int) {
	quoteSize := 1
	t.firstLineno = t.lineno
	t.multiLineStart = t.lineStart
	after := t.nextc()
	if after == quote {
		afterAfter := t.nextc()
		if afterAfter == quote {
			quoteSize = 3
		} else {
			t.backup(afterAfter)
			t.backup(after)
		}
	}
	if after != quote {
		t.backup(after)
	}
	if len(t.modes) >= maxFStringLevel {
		return t.syntaxError("too many nested f-strings")
	}
	raw := true
	if p := t.src[t.start]; p == 'f' || p == 'F' {
		raw = t.src[t.start+1] == 'r' || t.src[t.start+1] == 'R'
	}
	t.modes = append(t.modes, fstringMode{
		quote:          byte(quote),
		quoteSize:      quoteSize,
		raw:            raw,
		start:          t.start,
		multiLineStart: t.lineStart,
		lineno:         t.lineno,
		exprStartDepth: -1,
		exprEnd:        -1,
	})
	return FSTRING_START, t.start, t.cur
}

// scanFString is tok_get_fstring_mode: literal text up to a replacement
// field or the closing quotes, or the closing quotes themselves.
func (t *Tokenizer) scanFString(mi int) (int32, int, int) {
	m := &t.modes[mi]
	t.start = t.cur
	t.firstLineno = t.lineno
	t.startCol = t.cur - t.lineStart

	// A replacement field right here: nothing literal to return first.
	startChar := t.nextc()
	if startChar == '{' {
		peek := t.nextc()
		t.backup(peek)
		t.backup(startChar)
		if peek != '{' {
			m.exprStartDepth++
			if m.exprStartDepth >= maxExprNesting {
				return t.syntaxError("f-string: expressions nested too deeply")
			}
			m.regular = true
			return t.scanNormal(mi)
		}
	} else {
		t.backup(startChar)
	}

	// The closing quotes?
	closed := true
	for i := 0; i < m.quoteSize; i++ {
		q := t.nextc()
		if q != int(m.quote) {
			t.backup(q)
			closed = false
			break
		}
	}
	if closed {
		t.modes = t.modes[:mi]
		return FSTRING_END, t.start, t.cur
	}

	t.multiLineStart = t.lineStart
	endQuoteSize := 0
	unicodeEscape := false
	for endQuoteSize != m.quoteSize {
		c := t.nextc()
		if t.done == eError {
			return tokError, -1, -1
		}
		inFormatSpec := m.inFormatSpec && m.insideExpr()
		if c == eof || m.quoteSize == 1 && c == '\n' {
			// A newline ends a format spec (the field goes on).
			if inFormatSpec && c == '\n' {
				t.backup(c)
				m.regular = true
				m.inFormatSpec = false
				return FSTRING_MIDDLE, t.start, t.cur
			}
			// Report from the start of the f-string.
			t.cur = m.start + 1
			t.lineStart = m.multiLineStart
			detected := t.lineno
			t.lineno = m.lineno
			if m.quoteSize == 3 {
				return t.syntaxError(fmt.Sprintf("unterminated triple-quoted f-string literal (detected at line %d)", detected))
			}
			return t.syntaxError(fmt.Sprintf("unterminated f-string literal (detected at line %d)", detected))
		}
		if c == int(m.quote) {
			endQuoteSize++
			continue
		}
		endQuoteSize = 0

		switch c {
		case '{':
			if t.readline {
				t.noteFStringExpr(m, c)
			}
			peek := t.nextc()
			if peek != '{' || inFormatSpec {
				// A replacement field starts: return the text before it.
				t.backup(peek)
				t.backup(c)
				m.exprStartDepth++
				if m.exprStartDepth >= maxExprNesting {
					return t.syntaxError("f-string: expressions nested too deeply")
				}
				m.regular = true
				m.inFormatSpec = false
				return FSTRING_MIDDLE, t.start, t.cur
			}
			// {{ is a literal {: the text ends with one of them.
			return FSTRING_MIDDLE, t.start, t.cur - 1
		case '}':
			if unicodeEscape {
				return FSTRING_MIDDLE, t.start, t.cur
			}
			peek := t.nextc()
			if peek == '}' && !inFormatSpec && m.curlyDepth == 0 {
				return FSTRING_MIDDLE, t.start, t.cur - 1
			}
			// The end of a format spec, or a single } (an error the
			// regular mode reports).
			t.backup(peek)
			t.backup(c)
			m.regular = true
			m.inFormatSpec = false
			return FSTRING_MIDDLE, t.start, t.cur
		case '\\':
			peek := t.nextc()
			if peek == '\r' {
				peek = t.nextc()
			}
			if peek == '{' || peek == '}' {
				// \{ is not an escape: the brace keeps its meaning.
				if !m.raw {
					msg := fmt.Sprintf("invalid escape sequence '\\%c'", peek)
					t.warnings = append(t.warnings, Warning{Category: pyerr.SyntaxWarning, Filename: t.warnFilename(),
						Line: t.lineno, Msg: msg, Err: t.newSyntaxError(msg, -1, -1), InFString: true})
				}
				t.backup(peek)
				continue
			}
			if !m.raw && peek == 'N' {
				// \N{NAME}: its braces are not a replacement field.
				peek = t.nextc()
				if peek == '{' {
					unicodeEscape = true
				} else {
					t.backup(peek)
				}
			}
		}
	}

	// Leave the closing quotes for FSTRING_END.
	for i := 0; i < m.quoteSize; i++ {
		t.backup(int(m.quote))
	}
	return FSTRING_MIDDLE, t.start, t.cur
}

// warnFilename is the file name warnings carry: the tokenize module's
// tokenizer is always named "<string>".
func (t *Tokenizer) warnFilename() string {
	if t.extra {
		return "<string>"
	}
	return t.opts.Filename
}

package parser

import (
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// The finishing of a failed parse, CPython's _Pypegen_set_syntax_error and
// _PyPegen_tokenize_full_source_to_check_for_errors (Parser/pegen_errors.c).
//
// A parse fails in one of two ways. Either something raised: a tokenizer
// error, an action (in the first pass), an invalid_ rule (in the second).
// Or both passes failed without raising, and the error is a generic one at
// the furthest token the first pass read: "invalid syntax", or an
// IndentationError when that token is an INDENT or DEDENT. In both cases,
// unless the tokenizer itself failed, the rest of the source is tokenized:
// a tokenizer error further on (an unterminated string, a bad number)
// wins over the parser's error, except inside an f-string, and a bracket
// left open wins when it was opened on an earlier line than the last
// token read.

// failure returns the error for a parse that did not succeed.
func (st *state) failure(p *peg.Parser, out peg.Outcome) *pyerr.Error {
	if e := out.Err; e != nil {
		if !isSyntaxError(e) || !st.tok.ok() {
			// A MemoryError from the nesting limit, or the tokenizer's
			// own error: reported as it is.
			return e
		}
		return st.checkRestOfSource(p, e)
	}
	last := out.LastToken
	if p.Fill() == 0 || last == nil {
		return st.errorAtToken(p, pyerr.SyntaxError, "error at start before reading any input", false)
	}
	switch last.Kind {
	case INDENT:
		return st.errorAtToken(p, pyerr.IndentationError, "unexpected indent", false)
	case DEDENT:
		return st.errorAtToken(p, pyerr.IndentationError, "unexpected unindent", false)
	}
	// The first pass's furthest token, not the second's: the invalid_
	// rules may have read further without finding anything.
	e := st.errorKnown(pyerr.SyntaxError, int(last.Start.Line), int(last.Start.Col), int(last.End.Line), int(last.End.Col), "invalid syntax")
	return st.checkRestOfSource(p, e)
}

// checkRestOfSource tokenizes the source after the last token read, and
// returns the tokenizer error it meets if that error takes precedence
// over e, else e.
func (st *state) checkRestOfSource(p *peg.Parser, e *pyerr.Error) *pyerr.Error {
	t := st.tok
	errLine := int(p.Tok(p.Fill() - 1).Start.Line)
	for {
		tk, err := t.Next()
		if err == nil {
			if tk.Kind == ENDMARKER {
				return e
			}
			continue
		}
		te, ok := err.(*pyerr.Error)
		if !ok {
			return e
		}
		switch t.done {
		case eEOF, eDedent, eTabSpace, eTooDeep, eLineCont:
			// Errors the tokenizer leaves to the parser to raise: none
			// is raised here, but a bracket still open counts if it was
			// opened before the line of the last token read.
			if t.level == 0 || errLine <= t.parenLine[t.level-1] {
				return e
			}
			te = t.unclosedError()
		}
		if len(t.modes) > 1 {
			// Inside an f-string, the parser's error about the
			// expression stays.
			return e
		}
		return te
	}
}

// ok reports whether the tokenizer is still reading without error
// (CPython's E_OK): only then is the rest of the source checked.
func (t *Tokenizer) ok() bool {
	return t.err == nil && t.pending == nil && t.done == eOK
}

func isSyntaxError(e *pyerr.Error) bool {
	switch e.Type {
	case pyerr.SyntaxError, pyerr.IndentationError, pyerr.TabError:
		return true
	}
	return false
}

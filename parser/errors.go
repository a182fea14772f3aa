package parser

import (
	"reflect"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// Parser errors, located as CPython 3.13 locates them (Parser/pegen_errors.c
// and the RAISE_* macros of Parser/pegen.h). Every SyntaxError the parser
// raises goes through raiseKnown, CPython's _PyPegen_raise_error_known_location:
// the columns it is given are byte columns, which it turns into character
// offsets counted in the line CPython quotes (the tokenizer's buffer when
// the error is on the line being read, else the line itself; see
// Tokenizer.errorLine). The error helpers of actions_errors.go, the
// generic errors of a failed parse (finish.go) and the driver use it.

// currentPos stands for CPython's CURRENT_POS: the tokenizer's cursor, used
// as the end of errors that run "from a token onwards".
const currentPos = -5

// raiseKnown is RAISE_ERROR_KNOWN_LOCATION: col and endCol are 0-based byte
// columns (or currentPos); CPython adds one to each before converting, but
// not to the cursor's column, so an error ending at the cursor ends one
// column short of where a token ending there would.
func (st *state) errorKnown(typ pyerr.Class, line, col, endLine, endCol int, msg string) *pyerr.Error {
	if col != currentPos {
		col++
	}
	if endCol != currentPos {
		endCol++
	}
	return st.errorLocated(typ, line, col, endLine, endCol, msg)
}

// errorLocated is _PyPegen_raise_error_known_location itself: col and
// endCol are 1-based byte columns, or currentPos.
func (st *state) errorLocated(typ pyerr.Class, line, col, endLine, endCol int, msg string) *pyerr.Error {
	t := st.tok
	if endLine == currentPos {
		endLine = t.lineno
	}
	if endCol == currentPos {
		endCol = t.cur - t.lineStart
	}
	text := t.errorLine(line)
	e := &pyerr.Error{Type: typ, Msg: msg, Filename: t.opts.Filename, Line: line, EndLine: endLine, Text: text}
	e.Offset = byteToCharOffset(text, max(col, 0))
	e.EndOffset = endCol
	if endCol > 0 {
		e.EndOffset = byteToCharOffset(text, endCol)
	}
	return e
}

// errorAtToken is _PyPegen_raise_error: the error is on the furthest token
// read (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR), or with useMark on
// the token at the parser's position, read if need be
// (RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN). A token without columns (INDENT,
// DEDENT, ENDMARKER) takes the tokenizer's cursor.
func (st *state) errorAtToken(p *peg.Parser, typ pyerr.Class, msg string, useMark bool) *pyerr.Error {
	if p.Fill() == 0 {
		return st.errorLocated(typ, 0, 0, 0, -1, msg)
	}
	i := p.Fill() - 1
	if useMark {
		i = p.Pos
	}
	tk := p.Tok(i)
	col := int(tk.Start.Col) + 1
	if tk.Start.Col == -1 {
		col = 0
		if t := st.tok; t.cur != t.buf {
			col = t.cur - t.lineStart
		}
	}
	endCol := -1
	if tk.End.Col != -1 {
		endCol = int(tk.End.Col) + 1
	}
	return st.errorLocated(typ, int(tk.Start.Line), col, int(tk.End.Line), endCol, msg)
}

// tokenLevel is the bracket nesting after token i, as CPython's tokenizer
// records it on each token (the '{' and '}' of f-string replacement fields
// count): the levels of the tokens read so far are counted once and kept.
func (st *state) tokenLevel(p *peg.Parser, i int) int {
	for n := len(st.levels); n <= i; n++ {
		level := int32(0)
		if n > 0 {
			level = st.levels[n-1]
		}
		switch p.Tok(n).Kind {
		case LPAR, LSQB, LBRACE:
			level++
		case RPAR, RSQB, RBRACE:
			level--
		}
		st.levels = append(st.levels, level)
	}
	return int(st.levels[i])
}

// span is the extent of an action value that CPython's macros take a
// location from: a token, or a node with a position.
func span(v any) (start, end peg.Pos, ok bool) {
	switch x := v.(type) {
	case *peg.Token:
		if x != nil {
			return x.Start, x.End, true
		}
	case ast.Positioned:
		if x != nil && !reflect.ValueOf(x).IsNil() {
			pos := x.Position()
			return peg.Pos{Line: int32(pos.Lineno), Col: int32(pos.ColOffset)},
				peg.Pos{Line: int32(pos.EndLineno), Col: int32(pos.EndColOffset)}, true
		}
	}
	return peg.Pos{}, peg.Pos{}, false
}

// errorState is the parse's state when the driver runs it; a parser run
// without the driver (peglab parse) has none, and its errors are located
// from the tokens alone.
func errorState(p *peg.Parser) *state {
	if st, ok := p.Data.(*state); ok && st.tok != nil {
		return st
	}
	return nil
}

// MakeError builds the errors the parser runtime raises itself (a forced
// token or group that did not match, "expected ':'"): CPython raises them
// with RAISE_SYNTAX_ERROR_KNOWN_LOCATION on the token, so they quote the
// line as every other located error does.
func (st *state) MakeError(typ pyerr.Class, start, end peg.Pos, msg string) *pyerr.Error {
	return st.errorKnown(typ, int(start.Line), int(start.Col), int(end.Line), int(end.Col), msg)
}

// errorKnown is RAISE_ERROR_KNOWN_LOCATION for the helpers.
func errorKnown(p *peg.Parser, typ pyerr.Class, line, col, endLine, endCol int, msg string) *pyerr.Error {
	if st := errorState(p); st != nil {
		return st.errorKnown(typ, line, col, endLine, endCol, msg)
	}
	if endLine == currentPos || endCol == currentPos {
		t := p.Tok(max(p.Fill()-1, 0))
		endLine, endCol = int(t.End.Line), int(t.End.Col)
	}
	return p.NewError(typ, peg.Pos{Line: int32(line), Col: int32(col)}, peg.Pos{Line: int32(endLine), Col: int32(endCol)}, msg)
}

// errorAtToken is _PyPegen_raise_error for the helpers.
func errorAtToken(p *peg.Parser, typ pyerr.Class, msg string, useMark bool) *pyerr.Error {
	if st := errorState(p); st != nil {
		return st.errorAtToken(p, typ, msg, useMark)
	}
	t := p.Tok(max(p.Fill()-1, 0))
	if useMark {
		t = p.Tok(p.Pos)
	}
	return p.NewError(typ, t.Start, t.End, msg)
}

// tokenLevel is state.tokenLevel, counted afresh without a state.
func tokenLevel(p *peg.Parser, i int) int {
	st := errorState(p)
	if st == nil {
		st = &state{}
	}
	return st.tokenLevel(p, i)
}

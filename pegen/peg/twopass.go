package peg

import "github.com/peglab/peglab/pyerr"

// Outcome is the result of a two-pass parse.
type Outcome struct {
	// Value is the start rule's value when the parse succeeded.
	Value any
	OK    bool
	// Err is the error raised in either pass (by an action, a forced item
	// or the tokenizer). It is nil when the parse failed without raising:
	// the caller then reports a generic error at LastToken.
	Err *pyerr.Error
	// LastToken is the furthest token the first pass read: where a generic
	// "invalid syntax" points.
	LastToken *Token
}

// TwoPass runs an entry rule the way pegen does. The first pass runs
// without the error-pass alternatives. If it fails without raising, the
// parser rewinds and runs again with CallInvalidRules set, so that invalid_
// rules can raise a precise error. An error raised in the first pass ends
// the parse at once.
func (p *Parser) TwoPass(entry func() (any, bool)) Outcome {
	var out Outcome
	if err := p.Run(func() { out.Value, out.OK = entry() }); err != nil {
		out.Err = err
		out.LastToken = p.lastToken()
		return out
	}
	if out.OK {
		return out
	}
	out.LastToken = p.lastToken()
	p.Rewind()
	p.CallInvalidRules = true
	out.Err = p.Run(func() { entry() })
	p.CallInvalidRules = false
	return out
}

func (p *Parser) lastToken() *Token {
	if len(p.toks) == 0 {
		return nil
	}
	return &p.toks[len(p.toks)-1].tok
}

// InvalidSyntax is the generic error for a parse that failed without a
// specific message: "invalid syntax" at the given token.
func (p *Parser) InvalidSyntax(t *Token) *pyerr.Error {
	if t == nil {
		return &pyerr.Error{Type: pyerr.SyntaxError, Msg: "invalid syntax", Filename: p.Filename}
	}
	return p.NewError(pyerr.SyntaxError, t.Start, t.End, "invalid syntax")
}

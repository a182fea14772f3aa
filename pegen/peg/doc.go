// Package peg is the runtime that generated parsers and the grammar
// interpreter share.
//
// It sits between a token source (for Python, the tokenizer in package
// parser) and the rules of a grammar. It owns the token buffer, which is
// filled lazily so that a tokenizer error surfaces only when the parser
// reaches it, as in CPython; the memo table, indexed by token position; the
// nesting limit; and the raising and recovery of errors, which are
// pyerr.Error values (the leaf package of Python's exceptions).
//
// A rule function (generated or interpreted) works on a Parser like this:
//
//	mark := p.Pos                 // remember where the alternative starts
//	if t := p.Expect(kind); t ... // consume tokens, call other rules
//	p.Pos = mark                  // backtrack when the alternative fails
//
// Errors raised by actions or by the tokenizer unwind the whole parse with a
// panic carrying *pyerr.Error; Parse recovers it. Nothing on the success path
// pays for error checks.
package peg

package testparsers

import (
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// Run parses with a generated test parser, with the named extensions on,
// and returns the outcome and the runtime state (which locates generic
// errors).
type Run func(src peg.TokenSource, filename string, exts ...string) (peg.Outcome, *peg.Parser)

type generated interface {
	Parse(entry string) peg.Outcome
	Runtime() *peg.Parser
}

func wrap[P generated](newParser func(peg.TokenSource, ...string) (P, error)) Run {
	return func(src peg.TokenSource, filename string, exts ...string) (peg.Outcome, *peg.Parser) {
		p, err := newParser(src, exts...)
		if err != nil {
			return peg.Outcome{Err: &pyerr.Error{Type: pyerr.ValueError, Msg: err.Error()}}, nil
		}
		p.Runtime().Filename = filename
		return p.Parse(""), p.Runtime()
	}
}

// Parsers maps each test grammar (by file name without .gram) to its
// generated parser.
var Parsers = map[string]Run{
	"calc":       wrap(NewCalcParser),
	"cut":        wrap(NewCutParser),
	"exts":       wrap(NewExtsParser),
	"extra":      wrap(NewExtraParser),
	"forced":     wrap(NewForcedParser),
	"gather":     wrap(NewGatherParser),
	"indirect":   wrap(NewIndirectParser),
	"invalid":    wrap(NewInvalidParser),
	"leftrec":    wrap(NewLeftrecParser),
	"lookahead":  wrap(NewLookaheadParser),
	"memo":       wrap(NewMemoParser),
	"noinvalid":  wrap(NewNoinvalidParser),
	"nullprefix": wrap(NewNullprefixParser),
	"reject":     wrap(NewRejectParser),
	"soft":       wrap(NewSoftParser),
}

package testparsers

import "github.com/peglab/peglab/pegen/peg"

// Run parses with a generated test parser and returns the outcome and the
// parser (whose state locates generic errors).
type Run func(src peg.TokenSource, filename string) (peg.Outcome, *peg.Parser)

func run[P interface{ Parse(string) peg.Outcome }](p P, base *peg.Parser, filename string) (peg.Outcome, *peg.Parser) {
	base.Filename = filename
	return p.Parse(""), base
}

// Parsers maps each test grammar (by file name without .gram) to its
// generated parser.
var Parsers = map[string]Run{
	"cut": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewCutParser(s)
		return run(p, &p.Parser, f)
	},
	"extra": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewExtraParser(s)
		return run(p, &p.Parser, f)
	},
	"forced": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewForcedParser(s)
		return run(p, &p.Parser, f)
	},
	"gather": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewGatherParser(s)
		return run(p, &p.Parser, f)
	},
	"indirect": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewIndirectParser(s)
		return run(p, &p.Parser, f)
	},
	"invalid": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewInvalidParser(s)
		return run(p, &p.Parser, f)
	},
	"leftrec": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewLeftrecParser(s)
		return run(p, &p.Parser, f)
	},
	"lookahead": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewLookaheadParser(s)
		return run(p, &p.Parser, f)
	},
	"memo": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewMemoParser(s)
		return run(p, &p.Parser, f)
	},
	"soft": func(s peg.TokenSource, f string) (peg.Outcome, *peg.Parser) {
		p, _ := NewSoftParser(s)
		return run(p, &p.Parser, f)
	},
}

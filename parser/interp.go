package parser

import (
	"fmt"
	"strings"
	"sync"

	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
)

// NewInterpreter prepares a Python grammar (grammar/python.gram, or an
// edited copy of it, with extension fragments merged in) for
// ParseInterpreted: it is checked and lowered with the tokenizer's token
// kinds, and its actions call the helpers compiled into this package
// (Helpers). The diagnostics hold the grammar's warnings, or its errors.
func NewInterpreter(g *gram.Grammar, frags []pegen.Fragment) (*pegen.Interpreter, pegen.Diagnostics, error) {
	prog, diags, err := pegen.Build(g, pegen.BuildOptions{
		Tokens: TokenTable(), Helpers: pegen.CatalogFromTable(Helpers), Fragments: frags})
	if err != nil {
		return nil, diags, err
	}
	in, err := pegen.NewInterpreter(prog, Helpers)
	return in, diags, err
}

// Grammar is the grammar compiled into peglab (grammar.Python), parsed
// afresh for each caller (merging fragments into it edits it).
func Grammar() (*gram.Grammar, error) {
	return pegen.ParseGrammar("grammar/python.gram", []byte(grammar.Python))
}

// DefaultInterpreter is the interpreter of the grammar compiled into
// peglab (grammar.Python), built once.
var DefaultInterpreter = sync.OnceValues(func() (*pegen.Interpreter, error) {
	g, err := Grammar()
	if err != nil {
		return nil, err
	}
	in, _, err := NewInterpreter(g, nil)
	return in, err
})

// TokenTable is the token table of the tokenizer (tokens_gen.go: Python's
// kinds, then the extensions'), in the form pegen checks grammars with, so
// that an interpreted grammar expects the kinds the tokenizer produces.
var TokenTable = sync.OnceValue(func() *pegen.TokenTable {
	ops := map[int32]OperatorDef{}
	for _, op := range Operators {
		if _, seen := ops[op.Kind]; !seen && op.Exact {
			ops[op.Kind] = op
		}
	}
	line := func(k int32) string {
		if op, ok := ops[k]; ok {
			return fmt.Sprintf("%s '%s'\n", TokenNames[k], op.Text)
		}
		return TokenNames[k] + "\n"
	}
	var base strings.Builder
	for k := int32(0); k < NumPythonTokens; k++ {
		base.WriteString(line(k))
	}
	t, err := pegen.ParseTokens(nil, "parser/tokens_gen.go", base.String(), "")
	if err != nil {
		panic(err) // the generated table is tested
	}
	for k := int32(NumPythonTokens); k < NumTokens; k++ {
		if t, err = pegen.ParseTokens(t, "parser/tokens_gen.go", line(k), ops[k].Extension); err != nil {
			panic(err)
		}
	}
	return t
})

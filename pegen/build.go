package pegen

import (
	"fmt"

	"github.com/peglab/peglab/pegen/gram"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// BuildOptions configure Build.
type BuildOptions struct {
	Tokens    *TokenTable
	Helpers   *Catalog
	Fragments []Fragment
}

// Build merges the fragments into g, checks the result and lowers it: the
// front half that gen, check and parse share. Diagnostics holds warnings
// and notes even on success; on failure it holds the errors.
func Build(g *gram.Grammar, opts BuildOptions) (*Program, Diagnostics, error) {
	merged := g
	var diags Diagnostics
	if len(opts.Fragments) > 0 {
		merged, diags = Merge(g, opts.Fragments)
		if diags.HasErrors() {
			return nil, diags, diags.Errors()
		}
	}
	a, cdiags := Check(merged, CheckOptions{Tokens: opts.Tokens, Helpers: opts.Helpers})
	diags = append(diags, cdiags...)
	if a == nil {
		return nil, diags, diags.Errors()
	}
	prog, err := Lower(a)
	if err != nil {
		return nil, diags, err
	}
	return prog, diags, nil
}

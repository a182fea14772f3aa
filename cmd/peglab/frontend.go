package main

import (
	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen/peg"
)

// frontendFlags are the parsing flags every front-end command shares:
// --ext to enable language extensions, --grammar to interpret a grammar
// file instead of running the generated parser.
type frontendFlags struct {
	exts        []string
	grammarPath string
}

func (f *frontendFlags) register(c *cobra.Command) {
	c.Flags().StringSliceVar(&f.exts, "ext", nil, "enable language extensions `NAME,...`")
	c.Flags().StringVarP(&f.grammarPath, "grammar", "g", "", "interpret the grammar `FILE` instead of the generated parser")
}

// parse parses src in the given mode. A usage problem (a malformed
// grammar) comes back as err; the Python-level SyntaxError as perr.
func (f *frontendFlags) parse(c *cobra.Command, src *source, mode parser.Mode) (tree ast.Mod, perr *peg.Error, err error) {
	opts := parser.Options{Filename: src.name, Mode: mode, Extensions: f.exts}
	if f.grammarPath == "" {
		tree, perr = parser.Parse(src.data, opts)
		return tree, perr, nil
	}
	interp, err := loadPythonGrammar(c, f.grammarPath)
	if err != nil {
		return nil, nil, err
	}
	tree, perr = parser.ParseInterpreted(interp, src.data, opts)
	return tree, perr, nil
}

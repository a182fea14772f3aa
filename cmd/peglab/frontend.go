package main

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen/peg"
)

// The commands after the parser (symtable, and later dis and run) parse
// with peglab's own parser; its SyntaxErrors are CPython's.
func init() {
	parseModule = func(name string, src []byte) (ast.Mod, *peg.Error) {
		return parser.Parse(src, parser.Options{Filename: name})
	}
}

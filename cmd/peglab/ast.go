package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
)

func newASTCmd() *cobra.Command {
	var in sourceFlags
	var attributes bool
	var indent int
	var mode string
	var fe frontendFlags
	c := &cobra.Command{
		Use:   "ast [--attributes] [--indent N] [--mode M] [--ext NAME,...] [--grammar FILE] [--ext-dir DIR] FILE | - | -c CODE",
		Short: "Print the AST of Python source, as ast.dump(ast.parse(...)) does",
		Long: `ast parses Python source and prints its abstract syntax tree in the exact
format of CPython 3.13's

    ast.dump(ast.parse(source, filename, mode), include_attributes=..., indent=...)

FILE is read as bytes, as a file is compiled: a UTF-8 BOM or a PEP 263
coding declaration selects the encoding. --mode is compile()'s mode: exec (a
module, the default), eval (an expression), single (one interactive
statement) or func_type (a signature type comment, "(int, str) -> bool").

--grammar FILE runs that grammar (grammar/python.gram or an edited copy)
through the grammar interpreter instead of the parser generated from
grammar/python.gram: no rebuild, same output. --ext enables language
extensions (default: $PEGLAB_EXT); --ext-dir DIR loads an extension folder
that was never compiled in, and enables it (this runs the interpreter).

A SyntaxError is printed as CPython prints it and the exit status is 1.`,
		Example: `  peglab ast script.py
  peglab ast --attributes --indent 2 -c 'x = f(1)'
  peglab ast --mode eval -c 'a if b else c'
  peglab ast --grammar grammar/python.gram -c 'print("hi")'
  peglab ast --ext almosteq,arrow -c 'a ~= b -> c'
  peglab ast --ext-dir extensions/mine -c 'a <~> b'`,
		RunE: func(c *cobra.Command, args []string) error {
			m := parser.Mode(mode)
			switch m {
			case parser.ModeExec, parser.ModeEval, parser.ModeSingle, parser.ModeFuncType:
			default:
				return usageError(c, fmt.Errorf("unknown mode %q (exec, eval, single or func_type)", mode))
			}
			src, err := in.read(c, args)
			if err != nil {
				return err
			}
			front, err := fe.resolve(c, false)
			if err != nil {
				return err
			}
			var warnings []pyerr.Warning
			r, perr := front.Compile(*src, pipeline.Options{Mode: m, Stop: pipeline.AST, Warnings: &warnings})
			emitWarnings(c.ErrOrStderr(), warnings, warnDefault)
			if perr != nil {
				return &pythonError{text: perr.Format()}
			}
			dopts := ast.DumpOptions{Attributes: attributes}
			if c.Flags().Changed("indent") {
				dopts.Indented = true
				dopts.Indent = strings.Repeat(" ", max(indent, 0))
			}
			fmt.Fprintln(c.OutOrStdout(), ast.Dump(r.AST, dopts))
			return nil
		},
	}
	in.register(c)
	c.Flags().BoolVar(&attributes, "attributes", false, "include positions (include_attributes=True)")
	c.Flags().IntVar(&indent, "indent", 0, "indent nested nodes by `N` spaces, one per line (indent=N)")
	c.Flags().StringVar(&mode, "mode", "exec", "compile() mode: `exec`, eval, single or func_type")
	fe.register(c)
	return c
}

// astStageWith is `peglab ast --attributes FILE` for the corpus runner; the
// oracle's ast stage prints ast.dump(ast.parse(...), include_attributes=True).
func astStageWith(fe *pipeline.Frontend) corpus.Stage {
	return &corpus.StageFunc{
		StageName: "ast",
		Args:      []string{"--attributes"},
		Func: func(path string, src []byte) corpus.Result {
			r, err := compileFile(fe, path, src, pipeline.AST)
			if err != nil {
				return astResult(nil, err)
			}
			return astResult(r.AST, nil)
		},
	}
}

func astResult(tree ast.Mod, err *pyerr.Error) corpus.Result {
	if err != nil {
		return corpus.Result{Err: err.Format(), Status: 1}
	}
	return corpus.Result{Out: ast.Dump(tree, ast.DumpOptions{Attributes: true}) + "\n"}
}

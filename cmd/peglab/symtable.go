package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/scripts"
	"github.com/peglab/peglab/symtable"
)

func newSymtableCmd() *cobra.Command {
	var in sourceFlags
	var fe frontendFlags
	var python string
	c := &cobra.Command{
		Use:   "symtable [--ext NAME,...] [--ext-dir DIR] [--grammar FILE] [--oracle PYTHON] FILE | - | -c CODE",
		Short: "Print the symbol tables of Python source, as CPython 3.13's symtable module sees them",
		Long: `symtable prints every block of a module (the module, classes, functions,
lambdas, comprehensions, and PEP 695's annotation scopes), depth first, each
with its symbols sorted by name: the scope CPython 3.13 gives the name
(LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) and every flag its
symbol table records (DEF_LOCAL, USE, DEF_PARAM, DEF_GLOBAL, DEF_NONLOCAL,
DEF_IMPORT, DEF_ANNOT, DEF_FREE_CLASS, DEF_COMP_ITER, DEF_TYPE_PARAM,
DEF_COMP_CELL). scripts/oracle.py's symtable stage prints the same text from
Python's symtable module; the format is described in symtable/doc.go.

A SyntaxError (from the parser or from the symbol table, such as "no binding
for nonlocal 'x' found") is printed as CPython prints it, and the exit
status is 1.

The source is parsed by peglab's parser (or, with --grammar, by the grammar
interpreter running that grammar). --oracle PYTHON parses with CPython 3.13
instead (the oracle's astjson stage), to separate parser problems from
symbol-table ones; the symbol table is always peglab's.`,
		Example: `  peglab symtable script.py
  peglab symtable -c 'def f(x): return lambda: x'
  echo 'global x' | peglab symtable -
  peglab symtable --ext arrow -c 'def f(x): return x -> y'`,
		RunE: func(c *cobra.Command, args []string) error {
			src, err := in.read(c, args)
			if err != nil {
				return err
			}
			mod, text, err := parseForSymtable(c, python, &fe, src)
			if err != nil {
				return err
			}
			if mod == nil {
				return &pythonError{text: text}
			}
			r, serr := pipeline.CompileAST(mod, *src, pipeline.Options{Stop: pipeline.Symtable})
			if serr != nil {
				return &pythonError{text: serr.Format()}
			}
			_, err = c.OutOrStdout().Write(symtable.AppendDump(nil, r.Symtable.Top))
			return err
		},
	}
	in.register(c)
	fe.register(c)
	c.Flags().StringVar(&python, "oracle", "", "parse with CPython 3.13 run as `PYTHON` instead of peglab's parser")
	return c
}

// parseForSymtable returns the module's tree, or the text of the
// SyntaxError the parser raised.
func parseForSymtable(c *cobra.Command, python string, fe *frontendFlags, src *pipeline.Input) (ast.Mod, string, error) {
	if python == "" {
		front, err := fe.resolve(c, false)
		if err != nil {
			return nil, "", err
		}
		// symtable.symtable() parses as ast.parse does, warnings and all
		var ws []pyerr.Warning
		r, perr := front.Compile(*src, pipeline.Options{Mode: parser.ModeExec, Stop: pipeline.AST, Warnings: &ws})
		emitWarnings(c.ErrOrStderr(), ws, warnDefault)
		if perr != nil {
			return nil, perr.Format(), nil
		}
		return r.AST, "", nil
	}
	if fe.grammarPath != "" || len(fe.ext.dirs) > 0 || c.Flags().Changed("ext") {
		return nil, "", usageError(c, errOracleExt)
	}
	tree, text, err := oracleParse(python, src)
	if err != nil {
		return nil, "", err
	}
	if tree == nil {
		return nil, text, nil
	}
	n, err := astjson.Decode(tree)
	if err != nil {
		return nil, "", fmt.Errorf("reading the oracle's tree: %w", err)
	}
	mod, ok := n.(ast.Mod)
	if !ok {
		return nil, "", fmt.Errorf("the oracle's tree is a %s, not a module", n.Class().Name)
	}
	return mod, "", nil
}

// oracleParse parses src with CPython through oracle.py's astjson stage
// and returns the tree, or the SyntaxError's text.
func oracleParse(python string, src *pipeline.Input) (json.RawMessage, string, error) {
	path := src.Name
	var stdin io.Reader
	if !src.FromFile {
		path, stdin = "-", bytes.NewReader(src.Data)
	}
	cmd := exec.Command(python, "-c", string(scripts.Oracle), "astjson", path)
	cmd.Stdin = stdin
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		var r astjson.Result
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			return nil, "", fmt.Errorf("reading the oracle's tree: %w", err)
		}
		return r.Tree, "", nil
	case errors.As(err, &exit) && exit.ExitCode() == 1 && strings.Contains(errOut.String(), "Error"):
		// A Python error, printed by traceback ("SyntaxError: ...").
		text := errOut.String()
		if src.Name == "<string>" {
			// The oracle names standard input <stdin>; -c is <string>.
			text = strings.Replace(text, `File "<stdin>"`, `File "<string>"`, 1)
		}
		return nil, text, nil
	}
	return nil, "", fmt.Errorf("running the oracle (%s): %v\n%s", python, err, errOut.String())
}

// symtableStageWith is `peglab symtable FILE` for the corpus runner; the
// oracle runs `oracle.py symtable FILE`.
func symtableStageWith(fe *pipeline.Frontend) corpus.Stage {
	return &corpus.StageFunc{
		StageName: "symtable",
		Func: func(path string, src []byte) corpus.Result {
			r, err := compileFile(fe, path, src, pipeline.Symtable)
			if err != nil {
				return corpus.Result{Err: err.Format(), Status: 1}
			}
			return corpus.Result{Out: string(symtable.AppendDump(nil, r.Symtable.Top))}
		},
	}
}

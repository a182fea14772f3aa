package main

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/internal/extload"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pyerr"
)

// frontendFlags are the parsing flags every front-end command shares:
// --ext to enable language extensions (default $PEGLAB_EXT), --grammar to
// interpret a grammar file instead of running the generated parser, and
// --ext-dir to load an extension folder that was never compiled in (which
// only the grammar interpreter can follow).
type frontendFlags struct {
	ext         extFlags
	grammarPath string
}

func (f *frontendFlags) register(c *cobra.Command) {
	f.ext.register(c, true)
	c.Flags().StringVarP(&f.grammarPath, "grammar", "g", "", "interpret the grammar `FILE` instead of the generated parser")
}

// parse parses src in the given mode. A usage problem (an unknown
// extension, a malformed grammar or extension folder) comes back as err;
// the Python-level SyntaxError as perr.
func (f *frontendFlags) parse(c *cobra.Command, src *source, mode parser.Mode) (tree ast.Mod, perr *pyerr.Error, err error) {
	fe, err := f.resolve(c)
	if err != nil {
		return nil, nil, err
	}
	tree, perr = fe.parse(src, mode)
	return tree, perr, nil
}

// frontEnd is the parser the flags chose, ready to run.
type frontEnd struct {
	exts   []*extensions.Extension // enabled compiled-in extensions
	loaded *extload.Set            // folders loaded at run time, or nil
	interp *pegen.Interpreter      // nil: the generated parser
}

// resolve reads the flags: unknown extensions, unreadable folders and bad
// grammars are wrong use (exit 2).
func (f *frontendFlags) resolve(c *cobra.Command) (*frontEnd, error) {
	exts, err := f.ext.enabled(c)
	if err != nil {
		return nil, err
	}
	fe := &frontEnd{exts: exts}
	if len(f.ext.dirs) > 0 {
		if fe.loaded, err = extload.Load(f.ext.dirs...); err != nil {
			return nil, usageError(c, err)
		}
	}
	if f.grammarPath == "" && fe.loaded == nil {
		return fe, nil
	}
	base, err := f.baseGrammar()
	if err != nil {
		return nil, grammarError(c, err)
	}
	in, diags, err := extload.Interpreter(base, fe.loaded)
	if rerr := reportDiagnostics(c, diags.Errors(), false); rerr != nil {
		return nil, rerr
	}
	if err != nil {
		return nil, grammarError(c, err)
	}
	fe.interp = in
	return fe, nil
}

// baseGrammar is --grammar FILE, or the grammar compiled into peglab.
func (f *frontendFlags) baseGrammar() (*gram.Grammar, error) {
	if f.grammarPath != "" {
		return loadGrammar(f.grammarPath)
	}
	return pegen.ParseGrammar("grammar/python.gram", []byte(grammar.Python))
}

// custom reports whether the parser is not plain Python 3.13's generated
// one: extensions are on, or a grammar is interpreted.
func (fe *frontEnd) custom() bool {
	return fe.interp != nil || len(fe.exts) > 0 || fe.loaded != nil
}

// names are the extensions to enable: the compiled-in ones asked for and
// the loaded folders.
func (fe *frontEnd) names() []string {
	out := names(fe.exts)
	for _, n := range fe.loaded.Names() {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// operators are the loaded folders' operators, for the tokenizer.
func (fe *frontEnd) operators() []parser.OperatorDef { return fe.loaded.TokenizerOperators() }

// parse parses a source with the resolved parser.
func (fe *frontEnd) parse(src *source, mode parser.Mode) (ast.Mod, *pyerr.Error) {
	data := src.data
	opts := parser.Options{Filename: src.name, FromFile: src.file, Mode: mode, Extensions: fe.names(), Operators: fe.operators()}
	if fe.interp != nil {
		return parser.ParseInterpreted(fe.interp, data, opts)
	}
	return parser.Parse(data, opts)
}

// without is the same parser with no extension enabled: pure Python 3.13,
// from the same grammar.
func (fe *frontEnd) without() *frontEnd {
	return &frontEnd{interp: fe.interp}
}

// errOracleExt is the wrong use of asking CPython to parse extended syntax.
var errOracleExt = fmt.Errorf("--oracle parses Python 3.13 only; it cannot follow --ext, --ext-dir or --grammar")

package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pipeline"
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
func (f *frontendFlags) parse(c *cobra.Command, src *pipeline.Input, mode parser.Mode) (tree ast.Mod, perr *pyerr.Error, err error) {
	fe, err := f.resolve(c, false)
	if err != nil {
		return nil, nil, err
	}
	tree, perr = fe.Parse(*src, mode)
	return tree, perr, nil
}

// resolve reads the flags into the front end to run: unknown extensions,
// unreadable folders and bad grammars are wrong use (exit 2). interpret
// asks for the grammar interpreter even with nothing to interpret but the
// compiled-in grammar.
func (f *frontendFlags) resolve(c *cobra.Command, interpret bool) (*pipeline.Frontend, error) {
	exts, err := f.ext.enabled(c)
	if err != nil {
		return nil, err
	}
	cfg := pipeline.Config{Extensions: exts, ExtDirs: f.ext.dirs, Interpret: interpret}
	if f.grammarPath != "" {
		if cfg.Grammar, err = loadGrammar(f.grammarPath); err != nil {
			return nil, grammarError(c, err)
		}
	}
	fe, diags, err := pipeline.New(cfg)
	var ferr *pipeline.FolderError
	if errors.As(err, &ferr) {
		return nil, usageError(c, ferr.Err)
	}
	if rerr := reportDiagnostics(c, diags.Errors(), false); rerr != nil {
		return nil, rerr
	}
	if err != nil {
		return nil, grammarError(c, err)
	}
	return fe, nil
}

// baseGrammar is --grammar FILE, or the grammar compiled into peglab.
func (f *frontendFlags) baseGrammar() (*gram.Grammar, error) {
	if f.grammarPath != "" {
		return loadGrammar(f.grammarPath)
	}
	return parser.Grammar()
}

// errOracleExt is the wrong use of asking CPython to parse extended syntax.
var errOracleExt = fmt.Errorf("--oracle parses Python 3.13 only; it cannot follow --ext, --ext-dir or --grammar")

package main

import (
	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/support/extops"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/runtime"
)

// resolveCode is resolve for the commands that compile or run code: the
// extensions' operators get their bytecode and semantics too (and a
// loaded folder's ext.py runs). A broken ext.py is wrong use of the
// folder: its traceback and exit status 2.
func (f *frontendFlags) resolveCode(c *cobra.Command, interpret bool) (*pipeline.Frontend, error) {
	fe, err := f.resolve(c, interpret)
	if err != nil {
		return nil, err
	}
	if err := extops.Install(fe, runtime.Config{Stdin: c.InOrStdin(), Stdout: c.OutOrStdout(), Stderr: c.ErrOrStderr()}); err != nil {
		return nil, usageError(c, err)
	}
	if fe.Custom() {
		runtime.SetSourceParser(func(src []byte) (ast.Mod, *pyerr.Error) {
			return fe.Parse(pipeline.Input{Name: "<traceback>", Data: src}, parser.ModeExec)
		})
	}
	return fe, nil
}

// codeStageText is the dis or run stage of peglab diff: the bytecode of
// src, or what running it prints (a SyntaxError is either one's text).
func codeStageText(src *pipeline.Input, fe *pipeline.Frontend, stage string) string {
	r, err := extops.Run(fe, src.Name, src.Data)
	if err != nil {
		return err.Error() + "\n"
	}
	if stage == "dis" {
		return r.Dis
	}
	return r.Out
}

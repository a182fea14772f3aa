package main

import (
	"github.com/spf13/cobra"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/compiler/dis"
	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
)

// compileSource compiles a command's input, as `python -m dis` compiles
// its file (error lines are quoted only from a real file).
func compileSource(c *cobra.Command, fe *frontendFlags, src *pipeline.Input) (*bytecode.Code, error) {
	front, err := fe.resolveCode(c, false)
	if err != nil {
		return nil, err
	}
	var warnings []pyerr.Warning
	res, perr := front.Compile(*src, pipeline.Options{Stop: pipeline.Code, Warnings: &warnings})
	emitWarnings(c.ErrOrStderr(), warnings, warnDefault) // compile() in dis.main, under the default filters
	if perr != nil {
		return nil, &pythonError{text: perr.Format()}
	}
	return res.Code, nil
}

func newDisCmd() *cobra.Command {
	var in sourceFlags
	var fe frontendFlags
	var opts dis.Options
	c := &cobra.Command{
		Use:   "dis [--show-caches] [--show-offsets] [--ext NAME,...] [--grammar FILE] FILE | - | -c CODE",
		Short: "Disassemble Python source, exactly as python3.13 -m dis prints it",
		Long: `dis compiles the source with peglab's compiler (parser, symbol table, code
generator, CFG optimizer and assembler, each after CPython 3.13's) and
prints its bytecode as ` + "`python3.13 -m dis FILE`" + ` does: the module's code,
then every nested code object ("Disassembly of <code object ...>:"), with
line numbers, jump labels, resolved arguments and the exception table.
The one difference is the address in a code object's repr, printed as
0x0 (comparisons mask CPython's). -C shows the inline cache entries, -O
the offset of every instruction, as dis's own flags.

A SyntaxError is printed as CPython prints it and the exit status is 1.`,
		Example: `  peglab dis script.py
  peglab dis -c 'print(1 + 2)'
  peglab dis -C -O -c 'x.y(1)'
  peglab dis --ext almosteq -c 'a ~= b'`,
		RunE: func(c *cobra.Command, args []string) error {
			src, err := in.read(c, args)
			if err != nil {
				return err
			}
			code, err := compileSource(c, &fe, src)
			if err != nil {
				return err
			}
			_, err = c.OutOrStdout().Write(dis.AppendDis(nil, code, opts))
			return err
		},
	}
	in.register(c)
	fe.register(c)
	c.Flags().BoolVarP(&opts.ShowCaches, "show-caches", "C", false, "show the inline cache entries")
	c.Flags().BoolVarP(&opts.ShowOffsets, "show-offsets", "O", false, "show the offset of each instruction")
	return c
}

func newCodeCmd() *cobra.Command {
	var in sourceFlags
	var fe frontendFlags
	c := &cobra.Command{
		Use:   "code [--ext NAME,...] [--grammar FILE] FILE | - | -c CODE",
		Short: "Print every field of the code objects of Python source",
		Long: `code compiles the source as dis does and prints every co_* field of the
module's code object and, after it, of each nested one, depth first:
names, counts, flags, stack size, the bytecode, constants, names and
localsplus kinds, line and exception tables in hex, and their decoded forms
(co_lines(), co_positions(), the exception table's entries).
scripts/oracle.py's code stage prints the same text from CPython's
compile(); the format is described at bytecode.Dump.`,
		Example: `  peglab code script.py
  peglab code -c 'def f(x): return x'`,
		RunE: func(c *cobra.Command, args []string) error {
			src, err := in.read(c, args)
			if err != nil {
				return err
			}
			code, err := compileSource(c, &fe, src)
			if err != nil {
				return err
			}
			_, err = c.OutOrStdout().Write(bytecode.AppendDump(nil, code))
			return err
		},
	}
	in.register(c)
	fe.register(c)
	return c
}

// disStageWith is the corpus stage "dis": `python -m dis FILE`'s text, or
// the SyntaxError (oracle.py dis FILE on the oracle's side).
func disStageWith(fe *pipeline.Frontend) corpus.Stage {
	return &corpus.StageFunc{
		StageName: "dis",
		Func: func(path string, src []byte) corpus.Result {
			res, err := compileFile(fe, path, src, pipeline.Code)
			if err != nil {
				return corpus.Result{Err: err.Format(), Status: 1}
			}
			return corpus.Result{Out: dis.Dis(res.Code, dis.Options{})}
		},
	}
}

// codeStageWith is the corpus stage "code": every field of every code
// object (oracle.py code FILE on the oracle's side).
func codeStageWith(fe *pipeline.Frontend) corpus.Stage {
	return &corpus.StageFunc{
		StageName: "code",
		Func: func(path string, src []byte) corpus.Result {
			res, err := compileFile(fe, path, src, pipeline.Code)
			if err != nil {
				return corpus.Result{Err: err.Format(), Status: 1}
			}
			return corpus.Result{Out: bytecode.Dump(res.Code)}
		},
	}
}

package main

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/scripts"
)

// corpusStage is a stage peglab corpus can run, by name: build makes it
// for a front end.
type corpusStage struct {
	name  string
	build func(*pipeline.Frontend) corpus.Stage
}

func newCorpusCmd(stages []corpusStage) *cobra.Command {
	var names []string
	for _, s := range stages {
		names = append(names, s.name)
	}
	sort.Strings(names)
	var (
		python  string
		stage   string
		interp  bool
		jobs    int
		exclude []string
		front   frontendFlags
	)
	c := &cobra.Command{
		Use:   "corpus [--oracle PYTHON] [--stage NAME] [--interpreted] [--ext NAME,...] [--grammar FILE] [-j N] PATH...",
		Short: "Run a stage over every .py file of a tree, and compare with CPython",
		Long: `corpus runs one stage of the pipeline over every .py file under the given
paths, on all cores, and prints a summary: files, lines, megabytes, time,
and the files that failed.

With --oracle PYTHON (a CPython 3.13 interpreter) it also runs the oracle,
scripts/oracle.py (built into peglab), in its batch mode, and compares each
file's output with CPython's: every differing file is listed with its first
differing line, and the parity is the share of identical files. Without it,
only peglab runs, and the failures are the files peglab rejects.

--interpreted runs the stage with the grammar interpreter (the grammar
compiled into peglab, not the parser generated from it). --grammar FILE
interprets an edited grammar instead, with no rebuild: run without --oracle,
corpus then lists the files the edited grammar rejects. --ext and --ext-dir
enable language extensions; with --oracle, the parity then says whether the
extension changed anything in code that does not use it (CPython parses
plain Python 3.13).

The exit status is 0 when every file passes, 1 when some differ (or are
rejected), 2 on wrong use.`,
		Example: `  peglab corpus --oracle "$(scripts/find-oracle.sh)" --exclude site-packages \
      /root/.pyenv/versions/3.13.0/lib/python3.13
  peglab corpus --stage tokens ./myproject
  peglab corpus --stage ast --interpreted ./myproject
  peglab corpus --stage ast --grammar my-python.gram ./myproject
  peglab corpus --stage compile --ext arrow --oracle "$(scripts/find-oracle.sh)" ./myproject`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(c, fmt.Errorf("give at least one PATH"))
			}
			if err := nonNegative(c, "-j", jobs, 1); err != nil {
				return err
			}
			i := slices.IndexFunc(stages, func(s corpusStage) bool { return s.name == stage })
			if i < 0 {
				return usageError(c, fmt.Errorf("unknown stage %q (stages: %s)", stage, strings.Join(names, ", ")))
			}
			// With --interpreted alone: the compiled-in grammar with
			// every compiled-in extension's alternatives, gated, as the
			// generated parser holds them.
			fe, err := front.resolveCode(c, interp)
			if err != nil {
				return err
			}
			st := stages[i].build(fe)
			for _, p := range args {
				if _, err := os.Stat(p); err != nil {
					return usageError(c, err)
				}
			}
			rep, err := corpus.Run(c.Context(), corpus.Options{
				Stage: st, Paths: args, Exclude: exclude, Python: python,
				OracleScript: scripts.Oracle, Jobs: jobs,
				Progress: c.ErrOrStderr(), Bar: isTerminal(c.ErrOrStderr()),
			})
			if err != nil {
				return err
			}
			rep.Write(c.OutOrStdout())
			if len(rep.Failures) > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	c.Flags().StringVar(&python, "oracle", "", "compare with CPython 3.13 run as `PYTHON`")
	c.Flags().StringVar(&stage, "stage", "tokens", "the stage to run: "+strings.Join(names, ", "))
	c.Flags().IntVarP(&jobs, "jobs", "j", runtime.NumCPU(), "files handled at once")
	c.Flags().StringSliceVar(&exclude, "exclude", nil, "skip directories named `NAME,...`")
	c.Flags().BoolVar(&interp, "interpreted", false, "parse with the grammar interpreter instead of the generated parser")
	front.register(c)
	return c
}

// compileFile runs a corpus file through compile() up to stop: a module,
// read from the file it names.
func compileFile(fe *pipeline.Frontend, path string, src []byte, stop pipeline.Stage) (*pipeline.Result, *pyerr.Error) {
	return fe.Compile(pipeline.Input{Name: path, Data: src, FromFile: true}, pipeline.Options{Stop: stop})
}

// isTerminal reports whether w is a terminal that can redraw a progress
// bar (not in CI).
func isTerminal(w any) bool {
	if os.Getenv("CI") == "true" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// Command peglab is the command-line face of the lab: generate and check
// grammars, and follow Python source through tokens, AST, symbol table,
// bytecode and execution.
//
// Exit status: 0 on success, 1 for a Python-level error (a SyntaxError in
// the input, an uncaught exception in a program), 2 for wrong use of the
// command (bad flags, unreadable files, a malformed grammar).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
)

func main() {
	// PEGLAB_CPUPROFILE=FILE writes a pprof CPU profile of the whole command
	// (how the VM's hot paths are found, and how cmd/peglab/default.pgo is made)
	if path := os.Getenv("PEGLAB_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			st := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(st)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one peglab command line and returns its exit status. Tests
// call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var pyErr *pythonError
	if errors.As(err, &pyErr) {
		if !pyErr.printed {
			fmt.Fprint(stderr, pyErr.text)
		}
		return 1
	}
	var exit *exitError
	if errors.As(err, &exit) {
		return exit.code
	}
	fmt.Fprintf(stderr, "peglab: %v\n", err)
	return 2
}

// pythonError is a failure of the Python program or source being examined:
// it is shown the way CPython shows it and exits with status 1.
type pythonError struct {
	text    string // what CPython would print on stderr
	printed bool
}

func (e *pythonError) Error() string { return e.text }

// exitError ends the command with a given status after its own output.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "peglab",
		Short: "A grammar-extension lab for Python",
		Long: `peglab is a lab for changing Python's grammar. It reads Python 3.13's PEG
grammar (pegen syntax), generates or interprets a parser from it, and follows
source through tokens, AST, symbol table, bytecode and execution, with
language extensions such as ~= and -> switched on at run time.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError(c, flagError(err))
	})
	root.RunE = groupRun
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Help about any command",
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 || len(args) > 0 && cmd == c.Root() {
				return usageError(c, fmt.Errorf("unknown help topic %q", strings.Join(args, " ")))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	})
	// The commands, built here and nowhere else; the corpus runner gets
	// its stages the same way.
	root.AddCommand(
		newTokensCmd(),
		newASTCmd(),
		newSymtableCmd(),
		newCheckCmd(),
		newGenCmd(),
		newParseCmd(),
		newDiffCmd(),
		newDisCmd(),
		newCodeCmd(),
		newRunCmd(),
		newReplCmd(),
		newCorpusCmd(corpusStages()),
		newExtCmd(),
		newServeCmd(),
		newRailroadCmd(),
	)
	// cobra's completion command is a group too: "peglab completion bogus"
	// is wrong use, not its help with status 0.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Args = cobra.ArbitraryArgs
			c.RunE = groupRun
		}
	}
	return root
}

// corpusStages are the stages peglab corpus runs: each is built for the
// front end the flags chose (pipeline.Python by default).
func corpusStages() []corpusStage {
	return []corpusStage{
		{"tokens", tokensStageWith},
		{"ast", astStageWith},
		{"symtable", symtableStageWith},
		{"compile", compileStageWith},
		{"dis", disStageWith},
		{"code", codeStageWith},
	}
}

// groupRun is the Run of a command that only groups others (peglab, peglab
// ext): with no subcommand, or an unknown one, it is wrong use.
func groupRun(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError(c, fmt.Errorf("unknown command %q for %q", args[0], c.CommandPath()))
	}
	c.SetOut(c.ErrOrStderr())
	c.Usage()
	return &exitError{code: 2}
}

// flagError words a flag's parse error for the user: a number that is not
// one is said so, not as Go's strconv error.
func flagError(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, ": strconv.Parse"); i >= 0 {
		return fmt.Errorf("%s: not a number", msg[:i])
	}
	return err
}

// nonNegative is wrong use when a count flag is negative.
func nonNegative(c *cobra.Command, flag string, n, least int) error {
	if n < least {
		return usageError(c, fmt.Errorf("%s must be at least %d, not %d", flag, least, n))
	}
	return nil
}

// usageError reports wrong use of a command: the message, a pointer to
// --help, and exit status 2.
func usageError(c *cobra.Command, err error) error {
	fmt.Fprintf(c.ErrOrStderr(), "%s: %v\nRun '%s --help' for usage.\n", c.CommandPath(), err, c.CommandPath())
	return &exitError{code: 2}
}

// exactArgs requires n positional arguments, reporting wrong use the
// peglab way (exit status 2, a pointer to --help).
func exactArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError(c, fmt.Errorf("expected %d argument(s), got %d", n, len(args)))
		}
		return nil
	}
}

// maxArgs allows at most n positional arguments.
func maxArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > n {
			return usageError(c, fmt.Errorf("too many arguments: %q", args[n:]))
		}
		return nil
	}
}

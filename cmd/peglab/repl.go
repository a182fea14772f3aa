package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/runtime"
)

func newReplCmd() *cobra.Command {
	var fe frontendFlags
	var quiet bool
	c := &cobra.Command{
		Use:   "repl [--ext NAME,...] [--ext-dir DIR]",
		Short: "Python's interactive mode, with the extensions of --ext",
		Long: `repl is python3.13's interactive mode on peglab's front end, compiler and VM:
each input is compiled in mode 'single' (compile(src, '<python-input-N>',
'single')), so an expression statement's value is echoed with repr() and
kept in _. A compound statement (a line ending in ':' or a decorator)
continues with '... ' prompts until an empty line; an unclosed bracket,
string or backslash continues until the statement is complete. An error
prints its traceback (with the input's line, as the 3.13 REPL shows it)
and the session goes on; Ctrl-D (end of input), exit() or raise
SystemExit end it.

With --ext (or --ext-dir), the extensions' syntax and operators work at
the prompt: peglab repl --ext almosteq, then >>> 1 ~= 1.01 prints True.
The prompts go to standard output, the banner (-q drops it) to standard
error.`,
		Example: `  peglab repl --ext almosteq,arrow
  echo '1 ~= 1.01' | peglab repl -q --ext almosteq`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			front, err := fe.resolveCode(c, false)
			if err != nil {
				return err
			}
			if !quiet {
				banner := "Python 3.13 on peglab's VM"
				if names := front.Names(); len(names) > 0 {
					banner += ", with " + strings.Join(names, ", ")
				}
				fmt.Fprintln(c.ErrOrStderr(), banner+"\nType Ctrl-D or exit() to leave.")
			}
			status := repl(front, c.InOrStdin(), c.OutOrStdout(), c.ErrOrStderr())
			if status != 0 {
				return &exitError{code: status}
			}
			return nil
		},
	}
	fe.register(c)
	c.Flags().BoolVarP(&quiet, "quiet", "q", false, "do not print the banner")
	return c
}

// repl reads, compiles and runs inputs until the end of in or a
// SystemExit, and returns the exit status.
func repl(fe *pipeline.Frontend, in io.Reader, stdout, stderr io.Writer) int {
	r := bufio.NewReader(in)
	sess := runtime.NewSession(runtime.Config{Stdin: r, Stdout: stdout, Stderr: stderr})
	for n := 0; ; n++ {
		src, eof := readInput(r, stdout, fe)
		if src == "" {
			if eof {
				fmt.Fprintln(stdout)
				return 0
			}
			n--
			continue
		}
		name := "<python-input-" + strconv.Itoa(n) + ">"
		runtime.RegisterSource(name, []byte(src))
		var ws []pyerr.Warning
		res, perr := fe.Compile(pipeline.Input{Name: name, Data: []byte(src), FromFile: true},
			pipeline.Options{Mode: parser.ModeSingle, Stop: pipeline.Code, Warnings: &ws})
		if len(ws) > 0 {
			sess.Flush()
			replWarnings(stderr, ws, src)
		}
		if perr != nil {
			sess.Flush()
			io.WriteString(stderr, perr.Format())
		} else if exited, status := sess.Exec(res.Code); exited {
			return status
		}
		if eof {
			fmt.Fprintln(stdout)
			return 0
		}
	}
}

// readInput reads one interactive input: a line, and the lines that
// continue it, with the prompts. eof reports the end of the input.
func readInput(r *bufio.Reader, out io.Writer, fe *pipeline.Frontend) (src string, eof bool) {
	var lines []string
	block := false
	for {
		prompt := ">>> "
		if len(lines) > 0 {
			prompt = "... "
		}
		io.WriteString(out, prompt)
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			return strings.Join(lines, ""), true
		}
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		blank := strings.TrimSpace(line) == ""
		if len(lines) == 0 {
			if blank {
				return "", false
			}
			head := strings.TrimSpace(stripComment(line))
			block = strings.HasSuffix(head, ":") || strings.HasPrefix(head, "@")
		}
		lines = append(lines, line)
		if block {
			if blank {
				return strings.Join(lines, ""), false
			}
			continue
		}
		src := strings.Join(lines, "")
		if _, perr := fe.Parse(pipeline.Input{Name: "<stdin>", Data: []byte(src)}, parser.ModeSingle); perr == nil || !incomplete(perr) {
			return src, false
		}
	}
}

// incomplete reports whether a SyntaxError only says the input stopped
// too early (codeop's test): more lines may complete it.
func incomplete(e *pyerr.Error) bool {
	for _, s := range []string{"was never closed", "unterminated triple-quoted string", "unexpected EOF while parsing", "expected an indented block"} {
		if strings.Contains(e.Msg, s) {
			return true
		}
	}
	return false
}

// stripComment drops a trailing # comment (not one inside a string: a
// rough test, enough to see whether a line opens a block).
func stripComment(line string) string {
	if i := strings.Index(line, "#"); i >= 0 && !strings.ContainsAny(line[:i], `"'`) {
		return line[:i]
	}
	return line
}

// replWarnings prints an input's SyntaxWarnings as python3.13's REPL
// does: the front end's under the name <unknown> with no line (pyrepl
// parses the input with ast.parse first, under that name), the compiler's
// under the input's name with its line, which linecache knows.
func replWarnings(w io.Writer, ws []pyerr.Warning, src string) {
	for _, x := range ws {
		if x.Stage != pyerr.CompilerWarning {
			fmt.Fprintf(w, "<unknown>:%d: %s: %s\n", x.Line, x.Category, x.Msg)
			continue
		}
		fmt.Fprintf(w, "%s:%d: %s: %s\n", x.Filename, x.Line, x.Category, x.Msg)
		if line, ok := pyerr.FileLine([]byte(src), x.Line); ok {
			if text := strings.TrimSpace(string(line)); text != "" {
				fmt.Fprintf(w, "  %s\n", text)
			}
		}
	}
}

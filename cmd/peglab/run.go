package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/runtime"
)

func newRunCmd() *cobra.Command {
	var fe frontendFlags
	var code, module string
	var oracleBytecode bool
	var warnOpts []string
	c := &cobra.Command{
		Use:   "run [--ext NAME,...] FILE [ARG...] | - [ARG...] | -c CODE [ARG...] | -m MODULE [ARG...]",
		Short: "Run a Python program, as python3.13 FILE does",
		Long: `run compiles a program with peglab's front end and compiler and runs it in
peglab's VM: the same standard output as python3.13, an uncaught exception's
traceback on standard error as CPython 3.13 prints it, and exit status 1 (or
a SystemExit's code). Arguments after FILE are the program's sys.argv[1:].

The SyntaxWarnings of compiling the program and the modules it imports
(invalid escape sequence, "is" with a literal, ...) are printed to standard
error as python3.13 prints them; -W error makes them SyntaxErrors, -W
ignore drops them (-W ACTION[:CATEGORY], as python3.13's -W; the last one
that concerns SyntaxWarning wins).

--oracle-bytecode runs CPython's own code object instead (marshal from the
oracle, scripts/find-oracle.sh), to tell compiler bugs from VM bugs.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, args []string) error {
			var src *pipeline.Input
			var argv []string
			action := warnDefault
			for _, w := range warnOpts {
				a, applies, err := parseWarnAction(w)
				if err != nil {
					return usageError(c, err)
				}
				if applies {
					action = a
				}
			}
			runtime.WarnAction = string(action)
			if action == warnOnce {
				runtime.WarnAction = string(warnDefault)
			}
			// imported modules' warnings go through the VM's warnings machinery
			compileModule := func(f *pipeline.Frontend, name string, data []byte) (*bytecode.Code, *pyerr.Error) {
				var ws []pyerr.Warning
				r, perr := f.Compile(pipeline.Input{Name: name, Data: data, FromFile: true}, pipeline.Options{Stop: pipeline.Code, Warnings: &ws})
				if werr := runtime.CompileWarnings(ws); werr != nil {
					return nil, werr
				}
				if perr != nil {
					return nil, perr
				}
				return r.Code, nil
			}
			if c.Flags().Changed("module") {
				// python -m: the module is found on sys.path and run as __main__ (runtime/import.go)
				f, err := fe.resolve(c, false)
				if err != nil {
					return err
				}
				if !f.Custom() {
					runtime.ModuleCacheTag = "python3.13" // compiled imports may be kept on disk
				}
				runtime.ModuleCompiler = func(name string, data []byte) (*bytecode.Code, *pyerr.Error) {
					return compileModule(f, name, data)
				}
				status := runtime.RunMainModule(module, "peglab", runtime.Config{Argv: append([]string{"-m"}, args...), Stdin: c.InOrStdin(), Stdout: c.OutOrStdout(), Stderr: c.ErrOrStderr()})
				if status != 0 {
					return &exitError{code: status}
				}
				return nil
			}
			switch {
			case c.Flags().Changed("code"):
				src = &pipeline.Input{Name: "<string>", Data: []byte(code)}
				argv = append([]string{"-c"}, args...)
			case len(args) == 0:
				return usageError(c, fmt.Errorf("missing input: give FILE, '-' for standard input, or -c CODE"))
			case args[0] == "-":
				data, err := io.ReadAll(c.InOrStdin())
				if err != nil {
					return fmt.Errorf("reading standard input: %w", err)
				}
				src = &pipeline.Input{Name: "<stdin>", Data: data}
				argv = append([]string{"-"}, args[1:]...)
			default:
				// CPython shows __main__'s path absolute (since 3.9)
				abs, aerr := filepath.Abs(args[0])
				if aerr != nil {
					abs = args[0]
				}
				data, err := os.ReadFile(args[0])
				if err != nil {
					// python3.13's own message and status for a script it cannot read
					fmt.Fprintf(c.ErrOrStderr(), "peglab: can't open file %s: [Errno 2] No such file or directory\n", quoteRepr(abs))
					return &exitError{code: 2}
				}
				src = &pipeline.Input{Name: abs, Data: data, FromFile: true}
				argv = append([]string{args[0]}, args[1:]...)
			}
			var co *bytecode.Code
			if oracleBytecode {
				var err error
				co, err = oracleCode(src)
				if err != nil {
					return err
				}
			} else {
				f, err := fe.resolveCode(c, false)
				if err != nil {
					return err
				}
				if nul := nullByteError(src); nul != nil {
					return &pythonError{text: nul.Format()}
				}
				var ws []pyerr.Warning
				res, perr := f.Compile(*src, pipeline.Options{Stop: pipeline.Code, Warnings: &ws})
				if werr := emitWarnings(c.ErrOrStderr(), ws, action); werr != nil {
					return &pythonError{text: werr.Format()}
				}
				if perr != nil {
					return &pythonError{text: perr.Format()}
				}
				co = res.Code
				// imported files go through the same front end (import.go)
				if !f.Custom() {
					runtime.ModuleCacheTag = "python3.13" // compiled imports may be kept on disk
				}
				runtime.ModuleCompiler = func(name string, data []byte) (*bytecode.Code, *pyerr.Error) {
					return compileModule(f, name, data)
				}
			}
			switch src.Name {
			case "<string>":
				// 3.13 shows -c programs' lines in tracebacks, not stdin's
				runtime.RegisterSource(src.Name, src.Data)
			case "<stdin>":
				runtime.RegisterSource(src.Name, nil)
			}
			status := runtime.RunModule(co, runtime.Config{Argv: argv, Stdin: c.InOrStdin(), Stdout: c.OutOrStdout(), Stderr: c.ErrOrStderr(), HandleSIGINT: true})
			if status != 0 {
				return &exitError{code: status}
			}
			return nil
		},
	}
	c.Flags().SetInterspersed(false)
	c.Flags().StringVarP(&code, "code", "c", "", "run the program `CODE`")
	c.Flags().StringVarP(&module, "module", "m", "", "run the module `MODULE` as __main__ (python -m)")
	c.Flags().BoolVar(&oracleBytecode, "oracle-bytecode", false, "run CPython 3.13's code object for the program (needs the oracle)")
	c.Flags().StringArrayVarP(&warnOpts, "warn", "W", nil, "warning control `ACTION[:CATEGORY]`, as python3.13 -W (default, error, ignore, once)")
	fe.register(c)
	return c
}

// oracleCode asks CPython for the program's code object.
func oracleCode(src *pipeline.Input) (*bytecode.Code, error) {
	name := os.Getenv("PEGLAB_PYTHON")
	if name == "" {
		name = "python3.13"
		if py, err := exec.Command("scripts/find-oracle.sh").Output(); err == nil && len(py) > 1 {
			name = string(py[:len(py)-1])
		}
	}
	cmd := exec.Command(name, "-c", "import marshal,sys; sys.stdout.buffer.write(marshal.dumps(compile(sys.stdin.buffer.read(), sys.argv[1], 'exec')))", src.Name)
	cmd.Stdin = bytesReader(src.Data)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, &exitError{code: 1}
	}
	v, err := bytecode.Unmarshal(out)
	if err != nil {
		return nil, err
	}
	co, ok := v.(*bytecode.Code)
	if !ok {
		return nil, fmt.Errorf("the oracle returned no code object")
	}
	return co, nil
}

func bytesReader(b []byte) io.Reader { return &byteReader{b} }

type byteReader struct{ b []byte }

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

func quoteRepr(s string) string { return "'" + s + "'" }

// nullByteError is the error python3.13 FILE (and python3.13 - ) gives a
// program with a null byte: its file reader refuses the line that holds
// it, quoting the line up to the null byte without a caret, where
// compile() on the same bytes says "source code string cannot contain null
// bytes" with no line. nil when the program has none or came from -c.
func nullByteError(src *pipeline.Input) *pyerr.Error {
	i := bytes.IndexByte(src.Data, 0)
	if i < 0 || src.Name == "<string>" {
		return nil
	}
	start := bytes.LastIndexByte(src.Data[:i], '\n') + 1
	text := strings.TrimRight(string(src.Data[start:i]), "\r")
	return &pyerr.Error{Type: pyerr.SyntaxError, Msg: "source code cannot contain null bytes", Filename: src.Name,
		Line: bytes.Count(src.Data[:i], []byte("\n")) + 1, Text: pyerr.DecodeReplace(text)}
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/corpus"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/scripts"
	"github.com/peglab/peglab/symtable"
)

func init() {
	commands = append(commands, newSymtableCmd)
	corpus.Register(symtableStage)
}

// parseModule is peglab's parser in exec mode. It is nil until the parser
// lands; until then `peglab symtable` parses through the oracle.
var parseModule func(name string, src []byte) (ast.Mod, *peg.Error)

func newSymtableCmd() *cobra.Command {
	var in sourceFlags
	var python string
	c := &cobra.Command{
		Use:   "symtable [--oracle PYTHON] FILE | - | -c CODE",
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

The source is parsed by peglab's parser; with --oracle PYTHON it is parsed
by CPython 3.13 instead (the oracle's astjson stage), and the symbol table
is still peglab's.`,
		Example: `  peglab symtable script.py
  peglab symtable -c 'def f(x): return lambda: x'
  echo 'global x' | peglab symtable -`,
		RunE: func(c *cobra.Command, args []string) error {
			src, err := in.read(c, args)
			if err != nil {
				return err
			}
			mod, text, err := parseForSymtable(c, python, src)
			if err != nil {
				return err
			}
			if mod == nil {
				return &pythonError{text: text}
			}
			fileSrc := src.data
			if src.name == "<stdin>" || src.name == "<string>" {
				fileSrc = nil // CPython reads error lines back from the file only
			}
			st, serr := symtable.Build(mod, src.name, &symtable.Options{Source: fileSrc})
			if serr != nil {
				return &pythonError{text: serr.Format()}
			}
			_, err = c.OutOrStdout().Write(symtable.AppendDump(nil, st.Top))
			return err
		},
	}
	in.register(c)
	c.Flags().StringVar(&python, "oracle", "", "parse with CPython 3.13 run as `PYTHON` instead of peglab's parser")
	return c
}

// parseForSymtable returns the module's tree, or the text of the
// SyntaxError the parser raised.
func parseForSymtable(c *cobra.Command, python string, src *source) (ast.Mod, string, error) {
	if parseModule != nil && python == "" {
		mod, perr := parseModule(src.name, src.data)
		if perr != nil {
			return nil, perr.Format(), nil
		}
		return mod, "", nil
	}
	if python == "" {
		python = findPython()
		if python == "" {
			return nil, "", usageError(c, errors.New("peglab's parser is not built yet, and no CPython 3.13 was found to parse with: give --oracle PYTHON or set PEGLAB_PYTHON"))
		}
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

// findPython locates CPython 3.13 as scripts/find-oracle.sh does:
// $PEGLAB_PYTHON, then pyenv's versions, then python3.13 on the PATH.
func findPython() string {
	var candidates []string
	if p := os.Getenv("PEGLAB_PYTHON"); p != "" {
		candidates = append(candidates, p)
	} else {
		roots := []string{os.Getenv("PYENV_ROOT"), filepath.Join(os.Getenv("HOME"), ".pyenv"), "/root/.pyenv"}
		for _, root := range roots {
			if root == "" {
				continue
			}
			m, _ := filepath.Glob(filepath.Join(root, "versions", "3.13*", "bin", "python3.13"))
			candidates = append(candidates, m...)
		}
		if p, err := exec.LookPath("python3.13"); err == nil {
			candidates = append(candidates, p)
		}
	}
	for _, p := range candidates {
		err := exec.Command(p, "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 13))").Run()
		if err == nil {
			return p
		}
	}
	return ""
}

// oracleParse parses src with CPython through oracle.py's astjson stage
// and returns the tree, or the SyntaxError's text.
func oracleParse(python string, src *source) (json.RawMessage, string, error) {
	path := src.name
	var stdin io.Reader
	if src.name == "<stdin>" || src.name == "<string>" {
		path, stdin = "-", bytes.NewReader(src.data)
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
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		text := errOut.String()
		if src.name == "<string>" {
			// The oracle names standard input <stdin>; -c is <string>.
			text = strings.Replace(text, `File "<stdin>"`, `File "<string>"`, 1)
		}
		return nil, text, nil
	}
	return nil, "", fmt.Errorf("running the oracle (%s): %v\n%s", python, err, errOut.String())
}

// symtableStage is `peglab symtable FILE` for the corpus runner; the
// oracle runs `oracle.py symtable FILE`. Until peglab's parser exists it
// parses through one long-running oracle process (astjson, batch mode).
var symtableStage = &corpus.StageFunc{
	StageName: "symtable",
	Func: func(path string, src []byte) corpus.Result {
		var mod ast.Mod
		if parseModule != nil {
			m, perr := parseModule(path, src)
			if perr != nil {
				return corpus.Result{Err: perr.Format(), Status: 1}
			}
			mod = m
		} else {
			m, res := stageOracle.parse(path)
			if m == nil {
				return res
			}
			mod = m
		}
		st, serr := symtable.Build(mod, path, &symtable.Options{Source: src})
		if serr != nil {
			return corpus.Result{Err: serr.Format(), Status: 1}
		}
		return corpus.Result{Out: string(symtable.AppendDump(nil, st.Top))}
	},
}

// stageOracle serves the corpus stage's parses: a single oracle.py batch
// astjson process, asked for one path at a time.
var stageOracle oracleServer

type oracleServer struct {
	mu    sync.Mutex
	cmd   *exec.Cmd
	in    io.WriteCloser
	out   *bufio.Reader
	err   error
	errBf bytes.Buffer
}

// parse returns the tree of the file at path, or the result to report
// (the parser's error, or the oracle's failure).
func (o *oracleServer) parse(path string) (ast.Mod, corpus.Result) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.cmd == nil && o.err == nil {
		o.start()
	}
	if o.err != nil {
		return nil, corpus.Result{Err: o.err.Error(), Status: 2}
	}
	fmt.Fprintln(o.in, path)
	line, err := o.out.ReadBytes('\n')
	var r struct {
		Path, Out, Err string
		Status         int
	}
	if err == nil {
		err = json.Unmarshal(line, &r)
	}
	if err != nil {
		o.err = fmt.Errorf("the oracle parsing for the symtable stage failed: %v\n%s", err, o.errBf.String())
		return nil, corpus.Result{Err: o.err.Error(), Status: 2}
	}
	if r.Status != 0 {
		return nil, corpus.Result{Err: r.Err, Status: r.Status}
	}
	var res astjson.Result
	if err := json.Unmarshal([]byte(r.Out), &res); err != nil {
		return nil, corpus.Result{Err: err.Error(), Status: 2}
	}
	n, err := astjson.Decode(res.Tree)
	if err != nil {
		return nil, corpus.Result{Err: err.Error(), Status: 2}
	}
	mod, ok := n.(ast.Mod)
	if !ok {
		return nil, corpus.Result{Err: "the oracle's tree is not a module", Status: 2}
	}
	return mod, corpus.Result{}
}

func (o *oracleServer) start() {
	python := findPython()
	if python == "" {
		o.err = errors.New("peglab's parser is not built yet, and no CPython 3.13 was found to parse with (set PEGLAB_PYTHON)")
		return
	}
	cmd := exec.Command(python, "-c", string(scripts.Oracle), "batch", "astjson")
	in, err := cmd.StdinPipe()
	if err != nil {
		o.err = err
		return
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		o.err = err
		return
	}
	cmd.Stderr = &o.errBf
	if err := cmd.Start(); err != nil {
		o.err = err
		return
	}
	o.cmd, o.in, o.out = cmd, in, bufio.NewReaderSize(out, 1<<20)
}

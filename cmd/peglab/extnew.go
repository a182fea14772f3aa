package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"text/template"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/extcases"
	"github.com/peglab/peglab/internal/support/extload"
	"github.com/peglab/peglab/internal/support/extops"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pipeline"
)

// scaffold is what `peglab ext new` fills its templates with.
type scaffold struct {
	Name      string // the extension and Go package: spaceship
	Class     string // the operator constructor: Spaceship
	Token     string // the token: SPACESHIP
	Op        string // the operator's text: <~>
	Method    string // __spaceship__
	Reflected string // __rspaceship__
}

// placeholderOps are the operators ext new offers, first free first.
var placeholderOps = []string{"<~>", "|>", "<|>", "~>", "<=>", "%%", "?"}

var extNameRE = regexp.MustCompile(`^[a-z][a-z0-9]*$`)

func newExtNewCmd() *cobra.Command {
	var root, op, class, token string
	c := &cobra.Command{
		Use:   "new NAME",
		Short: "Scaffold a new extension: a placeholder operator, tests and README, ready to edit",
		Long: `new writes extensions/NAME/, a working extension to edit: a binary operator
(by default the first free one of <~> |> <|> ~> <=>) with the precedence of
+ and -, its token (Tokens), its AST constructor (ext.asdl: operator |=
Name), its grammar alternative (ext.gram), its semantics in Python (ext.py:
__NAME__ and __rNAME__, then a fallback function), the Go package that
registers it,
a test with example programs (testdata/cases.txt) and their golden output,
and a README.

The folder works at once without a rebuild (peglab ast, dis and run
--ext-dir extensions/NAME), and after go generate ./... it is compiled in and its
test passes (go test ./extensions/NAME/). The golden files come from the
folder loaded at run time; the test checks that the generated parser agrees.

NAME is a Go package name: lower-case letters and digits.`,
		Example: `  peglab ext new spaceship
  peglab ext new pipe --op '|>' --class Pipe`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			s := scaffold{Name: args[0], Class: class, Token: token, Op: op}
			if err := s.checkName(); err != nil {
				return usageError(c, err)
			}
			if root == "" {
				var err error
				if root, err = findRoot(); err != nil {
					return usageError(c, err)
				}
			}
			dir := filepath.Join(root, "extensions", s.Name)
			if _, err := os.Stat(dir); err == nil {
				return usageError(c, fmt.Errorf("%s already exists", dir))
			}
			if err := s.fill(root); err != nil {
				return usageError(c, err)
			}
			files, err := s.files(dir)
			if err != nil {
				return err
			}
			out := c.OutOrStdout()
			fmt.Fprintf(out, "created %s: the operator %s (token %s, operator %s)\n", shortPath(dir), s.Op, s.Token, s.Class)
			for _, f := range files {
				fmt.Fprintf(out, "  %s\n", f)
			}
			rel := shortPath(dir)
			fmt.Fprintf(out, `next:
  peglab ast --ext-dir %[1]s -c 'a %[2]s b'   # try it now, no rebuild
  peglab run --ext-dir %[1]s -c 'print(1 %[2]s 2)'
  go generate ./... && go test ./%[1]s/     # compile it in
  peglab ast --ext %[3]s -c 'a %[2]s b'
`, rel, s.Op, s.Name)
			return nil
		},
	}
	c.Flags().StringVar(&root, "root", "", "the peglab repository `DIR` (default: found from the current directory)")
	c.Flags().StringVar(&op, "op", "", "the operator's `TEXT` (default: the first free placeholder)")
	c.Flags().StringVar(&class, "class", "", "the AST constructor's `NAME` (default: NAME capitalised)")
	c.Flags().StringVar(&token, "token", "", "the token's `NAME` (default: NAME in capitals)")
	return c
}

// checkName checks the extension's name: a Go package name that no
// compiled-in extension has.
func (s *scaffold) checkName() error {
	if !extNameRE.MatchString(s.Name) || s.Name == "all" {
		return fmt.Errorf("bad extension name %q: use lower-case letters and digits, starting with a letter (a Go package name), not 'all'", s.Name)
	}
	if _, taken := extensions.Lookup(s.Name); taken {
		return fmt.Errorf("there is already an extension %s", s.Name)
	}
	return nil
}

// fill completes and checks the scaffold's other names against
// everything peglab already has, and the operators of the folders under
// root/extensions that are not compiled in yet.
func (s *scaffold) fill(root string) error {
	if s.Class == "" {
		s.Class = strings.ToUpper(s.Name[:1]) + s.Name[1:]
	}
	if s.Token == "" {
		s.Token = strings.ToUpper(s.Name)
	}
	s.Method, s.Reflected = "__"+s.Name+"__", "__r"+s.Name+"__"
	if !regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`).MatchString(s.Class) {
		return fmt.Errorf("bad constructor name %q: use a capitalised identifier", s.Class)
	}
	if ast.LookupCompiledClass(s.Class) != nil {
		return fmt.Errorf("the AST already has a class %s: choose another with --class", s.Class)
	}
	if _, taken := parser.Helpers[s.Class]; taken {
		return fmt.Errorf("the parser already has a helper %s: choose another constructor name with --class", s.Class)
	}
	tokens, err := uncompiledTokens(root)
	if err != nil {
		return err
	}
	if _, taken := tokens.Kind(s.Token); taken || !regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`).MatchString(s.Token) {
		return fmt.Errorf("bad or taken token name %q: choose another with --token", s.Token)
	}
	if s.Op == "" {
		for _, op := range placeholderOps {
			if _, taken := tokens.OpKind(op); !taken {
				s.Op = op
				break
			}
		}
		if s.Op == "" {
			return fmt.Errorf("every placeholder operator is taken: choose one with --op")
		}
	}
	if err := extload.CheckOperator(s.Op); err != nil {
		return fmt.Errorf("operator %q: %v", s.Op, err)
	}
	if kind, taken := tokens.OpKind(s.Op); taken {
		by := ""
		if ext := tokens.Exts[kind]; ext != "" {
			by = " of extension " + ext
		}
		return fmt.Errorf("operator %q is already token %s%s: choose another with --op", s.Op, tokens.Names[kind], by)
	}
	return nil
}

// uncompiledTokens is the tokenizer's table with the tokens of every
// folder under root/extensions that is not compiled in (yet) added, so
// that a new extension takes none of theirs.
func uncompiledTokens(root string) (*pegen.TokenTable, error) {
	paths, err := filepath.Glob(filepath.Join(root, "extensions", "*", "Tokens"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	base := parser.TokenTable()
	var folders []*extensions.Extension
	for _, p := range paths {
		dir := filepath.Dir(p)
		// Compiled in: its tokens are in the tokenizer's table already
		// (the registry may hide it, as the tests' does).
		if slices.Contains(base.Exts, filepath.Base(dir)) {
			continue
		}
		if _, compiled := extensions.Lookup(filepath.Base(dir)); compiled {
			continue
		}
		e, err := extensions.LoadDir(dir)
		if err != nil {
			return nil, err
		}
		folders = append(folders, e)
	}
	return extensions.Tokens(base, folders)
}

// shortPath is path relative to the current directory when it lies
// below it, else path itself.
func shortPath(path string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return path
}

// findRoot finds the peglab repository from the current directory up.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module github.com/peglab/peglab\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside the peglab repository (no go.mod of github.com/peglab/peglab above the current directory): give --root DIR")
		}
		dir = parent
	}
}

// files writes the folder and returns the paths written, relative to it.
func (s *scaffold) files(dir string) ([]string, error) {
	if err := os.MkdirAll(filepath.Join(dir, "testdata", "run"), 0o755); err != nil {
		return nil, err
	}
	var written []string
	for _, f := range scaffoldFiles {
		var b bytes.Buffer
		var err error
		if err = template.Must(template.New(f.name).Parse(f.text)).Execute(&b, s); err != nil {
			return nil, err
		}
		name := strings.ReplaceAll(f.name, "NAME", s.Name)
		data := b.Bytes()
		if strings.HasSuffix(name, ".go") {
			if data, err = format.Source(data); err != nil {
				return nil, fmt.Errorf("formatting %s: %v", name, err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return nil, err
		}
		written = append(written, name)
	}
	// The golden files come from the folder loaded at run time, which is
	// what the generated parser must agree with once it is compiled in.
	golden, err := s.golden(dir)
	if err != nil {
		return nil, fmt.Errorf("running the new extension: %v", err)
	}
	if err := extcases.Write(filepath.Join(dir, "testdata"), golden); err != nil {
		return nil, err
	}
	for _, name := range extcases.Files {
		written = append(written, filepath.Join("testdata", name))
	}
	runGolden, err := s.runGolden(dir)
	if err != nil {
		return nil, fmt.Errorf("running the new extension's demo program: %v", err)
	}
	for _, name := range []string{"demo.dis", "demo.out"} {
		if err := os.WriteFile(filepath.Join(dir, "testdata", "run", name), []byte(runGolden[name]), 0o644); err != nil {
			return nil, err
		}
		written = append(written, filepath.Join("testdata", "run", name))
	}
	return written, nil
}

// runGolden compiles and runs testdata/run/demo.py with the folder
// loaded at run time, as its TestRun does.
func (s *scaffold) runGolden(dir string) (map[string]string, error) {
	src, err := os.ReadFile(filepath.Join(dir, "testdata", "run", "demo.py"))
	if err != nil {
		return nil, err
	}
	fe, diags, err := pipeline.New(pipeline.Config{ExtDirs: []string{dir}})
	if err != nil {
		return nil, fmt.Errorf("%v %v", err, diags.Errors())
	}
	r, err := extops.Run(fe, "testdata/run/demo.py", src)
	if err != nil {
		return nil, err
	}
	return map[string]string{"demo.dis": r.Dis, "demo.out": r.Out}, nil
}

func (s *scaffold) golden(dir string) (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "testdata", "cases.txt"))
	if err != nil {
		return nil, err
	}
	cases, err := extcases.ParseCases(string(data))
	if err != nil {
		return nil, err
	}
	in, diags, err := pipeline.New(pipeline.Config{ExtDirs: []string{dir}})
	if err != nil {
		return nil, fmt.Errorf("%v %v", err, diags.Errors())
	}
	return extcases.Render(cases, in, in.Without()), nil
}

// scaffoldFiles are the templates of ext new; NAME in a file name is the
// extension's name.
var scaffoldFiles = []struct{ name, text string }{
	{"NAME.go", `// Package {{.Name}} is the ` + "`{{.Op}}`" + ` extension: a binary operator with the
// precedence of + and -, which peglab ext new made as a starting point.
// ` + "`a {{.Op}} b`" + ` parses as BinOp(op={{.Class}}()), compiles to BINARY_OP with
// the first free oparg, and at run time calls type(a).{{.Method}}(a, b),
// then the reflected type(b).{{.Reflected}}(b, a), then the fallback
// function of ext.py, where the operator's meaning is written in Python.
//
// The folder holds the token (Tokens), the AST constructor (ext.asdl), the
// grammar alternative (ext.gram), the semantics (ext.py), example
// programs with their golden output (testdata/) and a README. Edit them, then run go generate ./...
// and go test ./extensions/{{.Name}}/ -update, and review the golden diff.
package {{.Name}}

import (
	"embed"

	"github.com/peglab/peglab/extensions"
)

//go:embed Tokens ext.asdl ext.gram README.md
var files embed.FS

func init() {
	extensions.Register(&extensions.Extension{
		Name:      "{{.Name}}",
		Summary:   "the {{.Op}} operator (token {{.Token}}, operator {{.Class}}): a placeholder made by peglab ext new",
		Files:     files,
		Operators: []extensions.Operator{ {Class: "{{.Class}}", Symbol: "{{.Op}}", Method: "{{.Method}}", Reflected: "{{.Reflected}}"} },
	})
}
`},
	{"NAME_test.go", `package {{.Name}}_test

import (
	"flag"
	"testing"

	_ "github.com/peglab/peglab/extensions/{{.Name}}"
	"github.com/peglab/peglab/internal/testsupport/extgolden"
	"github.com/peglab/peglab/internal/testsupport/extrun"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the generated parser")

// TestGolden runs testdata/cases.txt through the tokenizer, the parser
// (generated, interpreted, and with this folder loaded at run time) and
// the symbol table, and compares the results with the golden files.
func TestGolden(t *testing.T) { extgolden.Check(t, "{{.Name}}", *update) }

// TestRun compiles and runs testdata/run/*.py with this folder loaded at
// run time (its semantics from ext.py), against their bytecode (NAME.dis)
// and output (NAME.out).
func TestRun(t *testing.T) { extrun.Check(t, ".", nil, []string{"."}, *update) }
`},
	{"ext.py", `# The run-time semantics of the {{.Op}} operator, in Python: peglab runs this
# file when the folder is loaded (--ext-dir), so no rebuild is needed.
#
# a {{.Op}} b calls type(a).{{.Method}}(a, b), then the reflected
# type(b).{{.Reflected}}(b, a), as a + b calls __add__ and __radd__. When
# neither operand's type defines them (or both return NotImplemented), the
# function below runs; write your operator's meaning there, or drop it from
# OPERATORS to make such operands a TypeError.


# The placeholder meaning: a three-way comparison, -1, 0 or 1.
def {{.Name}}(a, b):
    return (a > b) - (a < b)


# The operators of this folder: AST constructor -> (text, dunder, reflected
# dunder[, function]) for a binary operator, (text, function) for a cmpop.
OPERATORS = {
    "{{.Class}}": ("{{.Op}}", "{{.Method}}", "{{.Reflected}}", {{.Name}}),
}
`},
	{"Tokens", `# The token of the {{.Name}} extension: one line per token, NAME 'text'.
# Without the extension, {{.Op}} scans as Python 3.13 scans it.
{{.Token}} '{{.Op}}'
`},
	{"ext.asdl", `-- The AST constructor of the {{.Name}} extension: a new binary operator,
-- so a {{.Op}} b is BinOp(left, {{.Class}}(), right).
operator |= {{.Class}}
`},
	{"ext.gram", `# The grammar of the {{.Name}} extension.
#
# a {{.Op}} b has the precedence of + and -, and is left-associative: sum is
# left-recursive. The alternative is prepended: an alternative after the
# last one of a left-recursive rule would never be reached while its result
# grows. To give the operator another precedence, add the alternative to
# another rule (see grammar/python.gram, and extensions/arrow/ext.gram for
# a level of its own).
sum (prepend): a=sum '{{.Op}}' b=term { BinOp(a, {{.Class}}(), b, EXTRA) }
`},
	{"README.md", `# {{.Name}}: the ` + "`{{.Op}}`" + ` operator

A binary operator made by ` + "`peglab ext new {{.Name}}`" + `, to edit into whatever you
are prototyping. ` + "`a {{.Op}} b`" + ` has the precedence of ` + "`+`" + ` and ` + "`-`" + ` and parses as
` + "`BinOp(op={{.Class}}())`" + `.

| file | what it adds |
|------|--------------|
| ` + "`Tokens`" + ` | the token ` + "`{{.Token}} '{{.Op}}'`" + ` |
| ` + "`ext.asdl`" + ` | the constructor ` + "`operator |= {{.Class}}`" + ` |
| ` + "`ext.gram`" + ` | the alternative of ` + "`sum`" + ` that parses it |
| ` + "`ext.py`" + ` | what it does when it runs, in Python |
| ` + "`{{.Name}}.go`" + ` | the package that registers the extension |
| ` + "`{{.Name}}_test.go`" + `, ` + "`testdata/`" + ` | example programs and their golden output |

Try it without rebuilding, then compile it in:

` + "```" + `sh
peglab ast --ext-dir extensions/{{.Name}} -c 'a {{.Op}} b'
peglab dis --ext-dir extensions/{{.Name}} -c 'a {{.Op}} b'
peglab run --ext-dir extensions/{{.Name}} extensions/{{.Name}}/testdata/run/demo.py
go generate ./... && go test ./extensions/{{.Name}}/
peglab ast --ext {{.Name}} -c 'a {{.Op}} b'
peglab diff --ext {{.Name}} --stage grammar
` + "```" + `

After an edit: add programs to ` + "`testdata/cases.txt`" + `, run
` + "`go generate ./... && go test ./extensions/{{.Name}}/ -update`" + ` and review the
diff of ` + "`testdata/`" + `. See extensions/README.md for the whole tutorial.
`},
	{"testdata/cases.txt", `# Programs for the {{.Name}} extension. Each "== NAME" line starts a case;
# the golden files beside this one hold what every stage makes of them.
== simple
a {{.Op}} b
== left-associative
a {{.Op}} b {{.Op}} c
== precedence of + and -
a + b {{.Op}} c * d
== in a function
def f(x):
    return x {{.Op}} y
== missing right operand
a {{.Op}}
`},
	{"testdata/run/demo.py", `# A program for the {{.Name}} extension, which peglab ext new wrote: the
# golden files beside it hold its bytecode (demo.dis) and what it prints
# (demo.out), with the folder loaded at run time.
print(1 {{.Op}} 2, 2 {{.Op}} 2, 3 {{.Op}} 2)
print("a" {{.Op}} "b", [1, 2] {{.Op}} [1, 2])


class Box:
    def __init__(self, v):
        self.v = v

    def {{.Method}}(self, other):
        return f"Box({self.v}).{{.Method}}({other!r})"

    def {{.Reflected}}(self, other):
        return f"Box({self.v}).{{.Reflected}}({other!r})"


print(Box(1) {{.Op}} 2)
print(2 {{.Op}} Box(1))
try:
    None {{.Op}} 1
except TypeError as e:
    print("TypeError:", e)
`},
}

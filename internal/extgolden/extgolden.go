// Package extgolden runs an extension's example programs through the
// front end and keeps the results as golden files: the tests of every
// extension check them (Check), and `peglab ext new` writes them for a new
// extension (Render). It sits after the parser and the symbol table, and
// uses only their public APIs.
//
// An extension's testdata/cases.txt holds the programs:
//
//	# Lines before the first case are comments.
//	== chain
//	a < b ~= c
//	== missing operand
//	a ~=
//
// A line "== NAME" starts a case, and the lines up to the next one are its
// source (trailing blank lines dropped). "== NAME mode=eval" parses the
// case in another compile() mode. The golden files, one section per case:
//
//	tokens.golden          the tokens, as `peglab tokens -e` prints them
//	ast.golden             the AST, as `peglab ast --indent 2`, or the error
//	ast-attributes.golden  the AST with positions, one line a case
//	symtable.golden        the symbol tables, as `peglab symtable`
//	diff.golden            the diff of ast.golden's text without and with
//	                       the extension, as `peglab diff` prints it
package extgolden

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/textdiff"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// Case is one program of cases.txt.
type Case struct {
	Name string
	Mode parser.Mode
	Src  string
}

// ParseCases reads the cases format (see the package comment).
func ParseCases(text string) ([]Case, error) {
	var out []Case
	seen := map[string]bool{}
	for i, line := range strings.SplitAfter(text, "\n") {
		if !strings.HasPrefix(line, "== ") {
			if len(out) > 0 {
				out[len(out)-1].Src += line
			}
			continue
		}
		fields := strings.Fields(line[3:])
		c := Case{Mode: parser.ModeExec}
		for j, f := range fields {
			if m, ok := strings.CutPrefix(f, "mode="); ok && j == len(fields)-1 {
				c.Mode = parser.Mode(m)
				fields = fields[:j]
			}
		}
		c.Name = strings.Join(fields, " ")
		if c.Name == "" {
			return nil, fmt.Errorf("line %d: a case needs a name", i+1)
		}
		if seen[c.Name] {
			return nil, fmt.Errorf("line %d: case %q is defined twice", i+1, c.Name)
		}
		seen[c.Name] = true
		out = append(out, c)
	}
	for i := range out {
		out[i].Src = strings.TrimRight(out[i].Src, "\n") + "\n"
	}
	return out, nil
}

// Parser is one way to run the front end: the generated parser, or a
// grammar interpreter, with extensions on.
type Parser struct {
	// Extensions are the extensions to enable.
	Extensions []string
	// Operators are operators of folders loaded at run time.
	Operators []parser.OperatorDef
	// Interp is the grammar interpreter to run; nil runs the generated
	// parser.
	Interp *pegen.Interpreter
}

func (p Parser) parse(c Case) (ast.Mod, *pyerr.Error) {
	opts := parser.Options{Filename: "<string>", Mode: c.Mode, Extensions: p.Extensions, Operators: p.Operators}
	if p.Interp != nil {
		return parser.ParseInterpreted(p.Interp, []byte(c.Src), opts)
	}
	return parser.Parse([]byte(c.Src), opts)
}

// Files lists the golden files Render produces, in order.
var Files = []string{"tokens.golden", "ast.golden", "ast-attributes.golden", "symtable.golden", "diff.golden"}

// Render runs the cases through with (the extension on) and without (pure
// Python) and returns the golden files by name.
func Render(cases []Case, with, without Parser) map[string]string {
	var b [5]strings.Builder
	for _, c := range cases {
		head := "== " + c.Name
		if c.Mode != parser.ModeExec {
			head += " mode=" + string(c.Mode)
		}
		head += "\n"
		for i := range b {
			b[i].WriteString(head)
		}
		b[0].WriteString(tokens(c, with))
		tree, perr := with.parse(c)
		after := dump(tree, perr, ast.DumpOptions{Indented: true, Indent: "  "})
		b[1].WriteString(after)
		b[2].WriteString(dump(tree, perr, ast.DumpOptions{Attributes: true}))
		b[3].WriteString(symbols(tree, perr))
		before := dump(without.parse(c))
		if d := textdiff.Unified(before, after, textdiff.Options{From: "ast: Python 3.13", To: "ast: with " + strings.Join(with.Extensions, ", "), Context: 3}); d != "" {
			b[4].WriteString(d)
		} else {
			b[4].WriteString("(no difference)\n")
		}
	}
	out := map[string]string{}
	for i, name := range Files {
		out[name] = b[i].String()
	}
	return out
}

func tokens(c Case, p Parser) string {
	var out, errs bytes.Buffer
	parser.DumpTokens(&out, &errs, []byte(c.Src), parser.DumpOptions{
		Filename: "<string>", Exact: true, Stdin: true, Extensions: p.Extensions, Operators: p.Operators})
	return out.String() + errs.String()
}

// dump is the AST's text, or the error's, ending in a newline.
func dump(tree ast.Mod, perr *pyerr.Error, opts ...ast.DumpOptions) string {
	if perr != nil {
		return perr.Format()
	}
	o := ast.DumpOptions{Indented: true, Indent: "  "}
	if len(opts) > 0 {
		o = opts[0]
	}
	return ast.Dump(tree, o) + "\n"
}

func symbols(tree ast.Mod, perr *pyerr.Error) string {
	if perr != nil {
		return perr.Format()
	}
	if _, ok := tree.(*ast.Module); !ok {
		return "(not a module)\n"
	}
	st, serr := symtable.Build(tree, "<string>", nil)
	if serr != nil {
		return serr.Format()
	}
	return string(symtable.AppendDump(nil, st.Top))
}

// Write writes the golden files into dir.
func Write(dir string, files map[string]string) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(files[name]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

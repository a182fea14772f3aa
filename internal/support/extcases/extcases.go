// Package extcases runs an extension's example programs through the
// front end and renders the results as golden files: `peglab ext new`
// writes them for a new extension (Render, Write), and the tests of every
// extension check them (internal/testsupport/extgolden, which keeps the
// package that imports testing out of the peglab binary). It sits after
// the pipeline, and uses only its public API.
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
package extcases

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
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

// Parse runs a case through the front end fe: the generated parser, or a
// grammar interpreter, with extensions on.
func Parse(fe *pipeline.Frontend, c Case) (ast.Mod, *pyerr.Error) {
	return fe.Parse(pipeline.Input{Name: "<string>", Data: []byte(c.Src)}, c.Mode)
}

// Files lists the golden files Render produces, in order.
var Files = []string{"tokens.golden", "ast.golden", "ast-attributes.golden", "symtable.golden", "diff.golden"}

// Render runs the cases through with (the extension on) and without (pure
// Python) and returns the golden files by name.
func Render(cases []Case, with, without *pipeline.Frontend) map[string]string {
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
		tree, perr := Parse(with, c)
		after := dump(tree, perr, ast.DumpOptions{Indented: true, Indent: "  "})
		b[1].WriteString(after)
		b[2].WriteString(dump(tree, perr, ast.DumpOptions{Attributes: true}))
		b[3].WriteString(symbols(with, c, perr))
		before := dump(Parse(without, c))
		if d := textdiff.Unified(before, after, textdiff.Options{From: "ast: Python 3.13", To: "ast: with " + strings.Join(with.Names(), ", "), Context: 3}); d != "" {
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

func tokens(c Case, fe *pipeline.Frontend) string {
	var out, errs bytes.Buffer
	parser.DumpTokens(&out, &errs, []byte(c.Src), parser.DumpOptions{
		Filename: "<string>", Exact: true, Stdin: true, Extensions: fe.Names(), Operators: fe.Operators()})
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

func symbols(fe *pipeline.Frontend, c Case, perr *pyerr.Error) string {
	if perr != nil {
		return perr.Format()
	}
	if c.Mode != parser.ModeExec {
		return "(not a module)\n"
	}
	r, serr := fe.Compile(pipeline.Input{Name: "<string>", Data: []byte(c.Src)}, pipeline.Options{Stop: pipeline.Symtable})
	if serr != nil {
		return serr.Format()
	}
	return string(symtable.AppendDump(nil, r.Symtable.Top))
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

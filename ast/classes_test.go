package ast_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/internal/build/asdl"
)

// cpythonClass is one entry of testdata/classes.json, which
// scripts/ast-golden.sh writes from CPython 3.13's _ast module.
type cpythonClass struct {
	Name       string  `json:"name"`
	Base       *string `json:"base"`
	Doc        string  `json:"doc"`
	Fields     [][3]any
	Attributes [][2]any
	Subclasses []string
}

func loadCPythonClasses(t *testing.T) map[string]cpythonClass {
	t.Helper()
	data, err := os.ReadFile("testdata/classes.json")
	if err != nil {
		t.Fatal(err)
	}
	var list []cpythonClass
	if err := json.Unmarshal(data, &list); err != nil {
		t.Fatal(err)
	}
	m := map[string]cpythonClass{}
	for _, c := range list {
		m[c.Name] = c
	}
	return m
}

func parseASDL(t *testing.T) *asdl.Module {
	t.Helper()
	m, err := asdl.Parse("grammar/Python.asdl", grammar.ASDL)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// pyType is how CPython 3.13 shows a field's type in _field_types.
func pyType(f *asdl.Field) string {
	base := "ast." + f.Type
	switch f.Type {
	case "identifier", "string":
		base = "str"
	case "int":
		base = "int"
	case "constant":
		base = "object"
	}
	switch {
	case f.Seq:
		return "list[" + base + "]"
	case f.Opt:
		return base + " | None"
	}
	return "<class '" + base + "'>"
}

func signature(name string, fs []*asdl.Field) string {
	if len(fs) == 0 {
		return name
	}
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.String())
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

func describeFields(fs []*asdl.Field) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("[%q %q %v]", f.Name, pyType(f), f.Opt))
	}
	return strings.Join(parts, " ")
}

func describeCPythonFields(fs [][3]any) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("[%q %q %v]", f[0], f[1], f[2]))
	}
	return strings.Join(parts, " ")
}

func describeAttrs(fs []*asdl.Field) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("[%q %v]", f.Name, f.Opt))
	}
	return strings.Join(parts, " ")
}

func describeCPythonAttrs(fs [][2]any) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("[%q %v]", f[0], f[1]))
	}
	return strings.Join(parts, " ")
}

// TestASDLMatchesCPython checks grammar/Python.asdl against CPython 3.13's
// ast module: the same classes, each with the same base, docstring (the
// ASDL signature), _fields, _field_types, optional markers (class default
// None, ast.dump's test) and _attributes.
func TestASDLMatchesCPython(t *testing.T) {
	py := loadCPythonClasses(t)
	m := parseASDL(t)
	seen := map[string]bool{}
	check := func(name, base, doc string, fields, attrs []*asdl.Field, subclasses []string) {
		seen[name] = true
		c, ok := py[name]
		if !ok {
			t.Errorf("%s is in Python.asdl but not in CPython 3.13", name)
			return
		}
		gotBase := "<none>"
		if c.Base != nil {
			gotBase = *c.Base
		}
		if gotBase != base {
			t.Errorf("%s: base %s, CPython says %s", name, base, gotBase)
		}
		if doc != c.Doc {
			t.Errorf("%s: docstring\n%s\nCPython's:\n%s", name, doc, c.Doc)
		}
		if got, want := describeFields(fields), describeCPythonFields(c.Fields); got != want {
			t.Errorf("%s: fields\n%s\nCPython's:\n%s", name, got, want)
		}
		if got, want := describeAttrs(attrs), describeCPythonAttrs(c.Attributes); got != want {
			t.Errorf("%s: attributes %s, CPython's %s", name, got, want)
		}
		if strings.Join(subclasses, " ") != strings.Join(c.Subclasses, " ") {
			t.Errorf("%s: constructors %v, CPython's %v", name, subclasses, c.Subclasses)
		}
	}
	for _, ty := range m.Types {
		if ty.Product {
			check(ty.Name, "<none>", signature(ty.Name, ty.Fields), ty.Fields, ty.Attributes, nil)
			continue
		}
		var names, sigs []string
		for _, c := range ty.Ctors {
			names = append(names, c.Name)
			sigs = append(sigs, signature(c.Name, c.Fields))
		}
		sep := "\n" + strings.Repeat(" ", len(ty.Name)+1) + "| "
		if ty.Simple() {
			sep = " | "
		}
		check(ty.Name, "<none>", ty.Name+" = "+strings.Join(sigs, sep), nil, ty.Attributes, names)
		for _, c := range ty.Ctors {
			check(c.Name, ty.Name, signature(c.Name, c.Fields), c.Fields, ty.Attributes, nil)
		}
	}
	for name := range py {
		if !seen[name] {
			t.Errorf("CPython 3.13 has class %s; Python.asdl does not", name)
		}
	}
}

// TestGeneratedClasses checks the generated class table against the ASDL,
// so a stale generation fails here too (go generate would also show a
// diff).
func TestGeneratedClasses(t *testing.T) {
	m := parseASDL(t)
	var want []string
	descr := func(name, typ string, product, enum bool, fs, attrs []*asdl.Field) string {
		s := fmt.Sprintf("%s type=%s product=%v enum=%v", name, typ, product, enum)
		for _, f := range fs {
			s += fmt.Sprintf(" %s/%s/%v/%v", f.Name, f.Type, f.Seq, f.Opt)
		}
		s += " attrs"
		for _, f := range attrs {
			s += fmt.Sprintf(" %s/%s/%v/%v", f.Name, f.Type, f.Seq, f.Opt)
		}
		return s
	}
	for _, ty := range m.Types {
		if ty.Product {
			want = append(want, descr(ty.Name, ty.Name, true, false, ty.Fields, ty.Attributes))
			continue
		}
		for _, c := range ty.Ctors {
			want = append(want, descr(c.Name, ty.Name, false, ty.Simple(), c.Fields, ty.Attributes))
		}
	}
	var got []string
	conv := func(fs []ast.Field) []*asdl.Field {
		var out []*asdl.Field
		for _, f := range fs {
			out = append(out, &asdl.Field{Name: f.Name, Type: f.Type, Seq: f.Seq, Opt: f.Opt})
		}
		return out
	}
	for _, c := range ast.Classes() {
		if c.Ext != "" {
			continue
		}
		got = append(got, descr(c.Name, c.Type, c.Product, c.Enum, conv(c.Fields), conv(c.Attributes)))
		if ast.LookupClass(c.Name) != c {
			t.Errorf("LookupClass(%q) is not the class", c.Name)
		}
		x := c.New()
		if n, ok := x.(ast.Node); ok != !c.Enum || ok && n.Class() != c {
			t.Errorf("%s.New() gives %T", c.Name, x)
		}
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("generated classes differ from the ASDL; run go generate ./...\ngot:\n%s\nwant:\n%s", g, w)
	}
	if ast.LookupClass("expr") != nil || ast.LookupClass("NoSuchClass") != nil {
		t.Error("LookupClass finds a class that does not exist")
	}
}

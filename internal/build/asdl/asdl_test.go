package asdl

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/grammar"
)

func TestParsePython(t *testing.T) {
	m, err := Parse("Python.asdl", grammar.ASDL)
	if err != nil {
		t.Fatal(err)
	}
	if m.Name != "Python" {
		t.Errorf("module name %q", m.Name)
	}
	want := map[string]string{
		"mod": "sum", "stmt": "sum", "expr": "sum", "expr_context": "simple", "boolop": "simple",
		"operator": "simple", "unaryop": "simple", "cmpop": "simple", "comprehension": "product",
		"excepthandler": "sum", "arguments": "product", "arg": "product", "keyword": "product",
		"alias": "product", "withitem": "product", "match_case": "product", "pattern": "sum",
		"type_ignore": "sum", "type_param": "sum",
	}
	if len(m.Types) != len(want) {
		t.Errorf("%d types, want %d", len(m.Types), len(want))
	}
	for _, ty := range m.Types {
		kind := "sum"
		if ty.Product {
			kind = "product"
		} else if ty.Simple() {
			kind = "simple"
		}
		if want[ty.Name] != kind {
			t.Errorf("%s is a %s, want %q", ty.Name, kind, want[ty.Name])
		}
	}
	c := m.Constructor("ImportFrom")
	if c == nil || c.Type.Name != "stmt" || len(c.Fields) != 3 || c.Fields[2].String() != "int? level" {
		t.Errorf("ImportFrom: %+v", c)
	}
	if a := m.Lookup("pattern").Attributes; len(a) != 4 || a[3].String() != "int end_col_offset" {
		t.Errorf("pattern attributes: %v", a)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, err string }{
		{"", "m.asdl:1:1: expected 'module', found end of file"},
		{"module M {", "m.asdl:1:11: expected '}' closing module M"},
		{"module M { x = A } y", `m.asdl:1:20: unexpected "y" after the end of module M`},
		{"module M {\n  x = a\n}", `m.asdl:2:7: expected a constructor (a name starting with an upper-case letter), found "a"`},
		{"module M {\n  X = A\n}", "m.asdl:2:3: type name X must start with a lower-case letter"},
		{"module M { x = A(int) }", `m.asdl:1:21: expected a field name after int, found ')'`},
		{"module M { x = A(int a b) }", `m.asdl:1:24: expected ',' or ')' after field a, found "b"`},
		{"module M { x = A(int a", "m.asdl:1:17: unclosed '('"},
		{"module M { x = A() }", "m.asdl:1:18: empty field list: leave out the parentheses"},
		{"module M { x = A(Int a) }", "m.asdl:1:18: field type Int must be a type name (lower-case), not a constructor"},
		{"module M { x = A(int*? a) }", "m.asdl:1:22: a field takes one of * and ?, not both"},
		{"module M { x = A(y a) }", "m.asdl:1:18: undefined type y"},
		{"module M { x = A | A }", "m.asdl:1:20: constructor A is already defined at m.asdl:1:16"},
		{"module M { x = A\n x = B }", "m.asdl:2:2: type x is already defined at m.asdl:1:12"},
		{"module M { x = A(int a, string a) }", "m.asdl:1:25: duplicate field a"},
		{"module M { x = A(int lineno) attributes (int lineno) }", "m.asdl:1:18: field lineno has the name of an attribute of x"},
		{"module M { x = A attributes (int* n) }", "m.asdl:1:30: attribute n cannot be a sequence"},
		{"module M { x |= A }", "m.asdl:1:12: '|=' extends a type and belongs in an extension's fragment, not in a module"},
		{"module M { x : A }", "m.asdl:1:14: unexpected character ':'"},
		{"module M { x = A # }", "m.asdl:1:18: unexpected character '#'"},
		{"module M { x = Ä }", "m.asdl:1:16: non-ASCII character in ASDL"},
	}
	for _, tt := range tests {
		_, err := Parse("m.asdl", tt.src)
		if err == nil || err.Error() != tt.err {
			t.Errorf("Parse(%q):\n got %v\nwant %s", tt.src, err, tt.err)
		}
	}
}

func base(t *testing.T) *Module {
	t.Helper()
	m, err := Parse("base.asdl", `module B {
  expr = Name(identifier id) | Num(int n)
         attributes (int lineno)
  cmpop = Eq | Lt
  alias = (identifier name)
}`)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMerge(t *testing.T) {
	m := base(t)
	a, err := ParseFragment("a/ext.asdl", "a", "cmpop |= AlmostEq\nexpr |= Pipe(expr left, expr right) | Meta(thing t)")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseFragment("b/ext.asdl", "b", "thing = Thing(int x) | Other\nthing |= More -- b extends its own type\n")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Merge(m, []*Fragment{a, b})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, ty := range got.Types {
		sb.WriteString(ty.Name + "[" + ty.Ext + "]:")
		for _, c := range ty.Ctors {
			sb.WriteString(" " + c.Name + "[" + c.Ext + "]")
			if c.Type != ty {
				t.Errorf("%s.Type is not its sum", c.Name)
			}
		}
		sb.WriteString("\n")
	}
	want := "expr[]: Name[] Num[] Pipe[a] Meta[a]\ncmpop[]: Eq[] Lt[] AlmostEq[a]\nalias[]:\nthing[b]: Thing[b] Other[b] More[b]\n"
	if sb.String() != want {
		t.Errorf("merged:\n%s\nwant:\n%s", sb.String(), want)
	}
	if len(m.Lookup("cmpop").Ctors) != 2 {
		t.Error("Merge modified its base")
	}
}

func TestMergeErrors(t *testing.T) {
	tests := []struct {
		frags []string // alternately name, source
		err   string
	}{
		{[]string{"a", "nope |= X"}, "a/ext.asdl:1:1: cannot extend unknown type nope"},
		{[]string{"a", "alias |= X"}, "a/ext.asdl:1:1: cannot extend alias: it is a product type, and only sums take constructors"},
		{[]string{"a", "cmpop |= Eq"}, "a/ext.asdl:1:10: constructor Eq already exists in cmpop (defined by the base module at base.asdl:4:11)"},
		{[]string{"a", "expr |= Eq"}, "a/ext.asdl:1:9: constructor Eq already exists in cmpop (defined by the base module at base.asdl:4:11)"},
		{[]string{"a", "cmpop |= X | X"}, "a/ext.asdl:1:14: constructor X already exists in cmpop (defined by extension a at a/ext.asdl:1:10)"},
		{[]string{"a", "cmpop |= X", "b", "cmpop |= X"}, "b/ext.asdl:1:10: constructor X is added by both extensions a and b"},
		{[]string{"a", "cmpop |= X", "b", "expr |= X(int y)"}, "b/ext.asdl:1:9: constructor X is added by both extensions a and b"},
		{[]string{"a", "t = X", "b", "t = Y"}, "b/ext.asdl:1:1: type t is defined by both extensions a and b"},
		{[]string{"a", "expr = X"}, "a/ext.asdl:1:1: type expr is already defined by the base module at base.asdl:2:3"},
		{[]string{"a", "cmpop |= Near(int tol)"}, "a/ext.asdl:1:10: constructor Near has fields, but cmpop is a simple sum (an enumeration); its constructors cannot have fields"},
		{[]string{"a", "expr |= P(missing m)"}, "a/ext.asdl:1:11: undefined type missing"},
		{[]string{"a", "expr |= P(int lineno)"}, "a/ext.asdl:1:11: field lineno has the name of an attribute of expr"},
		{[]string{"a", "expr |= X attributes (int z)"}, "a/ext.asdl:1:11: an addition cannot declare attributes; its constructors share those of expr"},
		{[]string{"a", "module M { }"}, "a/ext.asdl:1:8: expected '=' or '|=' after module, found \"M\""},
	}
	for _, tt := range tests {
		var frags []*Fragment
		var err error
		for i := 0; i < len(tt.frags) && err == nil; i += 2 {
			var f *Fragment
			f, err = ParseFragment(tt.frags[i]+"/ext.asdl", tt.frags[i], tt.frags[i+1])
			frags = append(frags, f)
		}
		if err == nil {
			_, err = Merge(base(t), frags)
		}
		if err == nil || err.Error() != tt.err {
			t.Errorf("%q:\n got %v\nwant %s", tt.frags, err, tt.err)
		}
	}
}

package astjson

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
)

func TestDecode(t *testing.T) {
	src := `{"_type": "Module", "body": [{"_type": "Expr", "value": {"_type": "Compare",
		"left": {"_type": "Constant", "value": {"int": "99999999999999999999"}, "kind": null, "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 20},
		"ops": [{"_type": "Lt"}], "comparators": [{"_type": "Constant", "value": {"wtf8": "eda080"}, "kind": "u", "lineno": 1, "col_offset": 23, "end_lineno": 1, "end_col_offset": 33}],
		"lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 33}, "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 33}],
		"type_ignores": []}`
	n, err := Decode([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cmp := n.(*ast.Module).Body[0].(*ast.ExprStmt).Value.(*ast.Compare)
	if b, ok := cmp.Left.(*ast.Constant).Value.(*big.Int); !ok || b.String() != "99999999999999999999" {
		t.Errorf("big int constant: %#v", cmp.Left.(*ast.Constant).Value)
	}
	if c := cmp.Comparators[0].(*ast.Constant); c.Value != "\xed\xa0\x80" || c.Kind != "u" || c.EndColOffset != 33 {
		t.Errorf("str constant: %#v", c)
	}
	if cmp.Ops[0] != ast.Lt || cmp.Lineno != 1 {
		t.Errorf("compare: %#v", cmp)
	}
}

func TestConstant(t *testing.T) {
	tests := []struct {
		raw  any
		want any
	}{
		{nil, ast.None}, {true, true}, {map[string]any{"ellipsis": true}, ast.Ellipsis},
		{map[string]any{"int": "-5"}, int64(-5)}, {map[string]any{"float": "0x1.8p+1"}, 3.0},
		{map[string]any{"float": "-inf"}, math.Inf(-1)}, {map[string]any{"complex": []any{"0x0.0p+0", "0x1.0p+1"}}, complex(0, 2)},
		{map[string]any{"str": "é"}, "é"}, {map[string]any{"bytes": "00ff"}, ast.Bytes("\x00\xff")},
	}
	for _, tt := range tests {
		got, err := Constant(tt.raw)
		if err != nil || got != tt.want {
			t.Errorf("Constant(%v) = %#v, %v; want %#v", tt.raw, got, err, tt.want)
		}
	}
	for _, raw := range []any{"x", 1.5, map[string]any{"int": "1x"}, map[string]any{"bytes": "zz"},
		map[string]any{"complex": []any{"1"}}, map[string]any{"float": "1", "int": "1"}, map[string]any{"tuple": []any{}}} {
		if _, err := Constant(raw); err == nil {
			t.Errorf("Constant(%v) succeeded", raw)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct{ src, err string }{
		{`[]`, "tree: want a node object, got []interface {}"},
		{`{"_type": "Nope"}`, `tree: unknown class "Nope"`},
		{`{"_type": "Add"}`, "tree: Add is not a node class"},
		{`{"_type": "Module", "body": []}`, "tree: Module has no field type_ignores"},
		{`{"_type": "Module", "body": {}, "type_ignores": []}`, "tree.body: want a list, got map[string]interface {}"},
		{`{"_type": "Module", "body": [{"_type": "Add"}], "type_ignores": []}`, "tree.body[0]: a ast.Operator cannot go in a field of type stmt"},
		{`{"_type": "Expression", "body": {"_type": "Pass", "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 4}}`, "tree.body: a *ast.Pass cannot go in a field of type expr"},
		{`{"_type": "Name", "id": 3, "ctx": {"_type": "Load"}}`, "tree.id: want a string, got json.Number"},
		{`{"_type": "Name", "id": "x", "ctx": {"_type": "Load"}}`, "tree: Name has no attribute lineno"},
		{`{"_type": "Name", "id": "x", "ctx": {"_type": "Load"}, "lineno": 1.5}`, "tree.lineno: strconv.Atoi"},
		{`{"_type": "Constant", "value": [], "kind": null}`, "tree.value: bad constant []"},
		{`{"_type": "Global", "names": [1]}`, "tree.names[0]: want a string"},
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("Decode(%s):\n got %v\nwant %s", tt.src, err, tt.err)
		}
	}
}

func TestDumpOptions(t *testing.T) {
	o, err := DumpOptions("a,i3")
	if err != nil || !o.Attributes || !o.Indented || o.Indent != "   " {
		t.Errorf("a,i3: %+v %v", o, err)
	}
	if o, err := DumpOptions(""); err != nil || o != (ast.DumpOptions{}) {
		t.Errorf("empty: %+v %v", o, err)
	}
	for _, bad := range []string{"x", "ix", "a,,i2", ","} {
		if _, err := DumpOptions(bad); err == nil {
			t.Errorf("DumpOptions(%q) succeeded", bad)
		}
	}
}

// FuzzDecodeDump feeds arbitrary JSON to Decode and dumps whatever it
// builds: malformed trees (None where a node is required, odd constants)
// must neither panic nor hang, in decoding or in Dump.
func FuzzDecodeDump(f *testing.F) {
	f.Add(`{"_type": "Module", "body": [{"_type": "Expr", "value": {"_type": "Constant", "value": {"float": "nan"}, "kind": null, "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 3}, "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 3}], "type_ignores": []}`)
	f.Add(`{"_type": "Dict", "keys": [null], "values": [null], "lineno": 1, "col_offset": 0, "end_lineno": null, "end_col_offset": 0}`)
	f.Add(`{"_type": "Compare", "left": null, "ops": [{"_type": "In"}], "comparators": [], "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 0}`)
	f.Add(`{"_type": "MatchSingleton", "value": null, "lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 4}`)
	f.Fuzz(func(t *testing.T, src string) {
		n, err := Decode([]byte(src))
		if err != nil {
			return
		}
		for _, o := range []ast.DumpOptions{{}, {Attributes: true, Indented: true, Indent: " "}} {
			if ast.Dump(n, o) == "" {
				t.Fatal("empty dump")
			}
		}
		for range ast.Preorder(n) {
		}
	})
}

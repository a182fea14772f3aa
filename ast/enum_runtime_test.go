package ast

import (
	"strings"
	"testing"
)

// TestAddEnumConstructor: a constructor added at run time gets the next
// value of its type, and Dump, String and LookupClass know it.
func TestAddEnumConstructor(t *testing.T) {
	v, err := AddEnumConstructor("operator", "TestSpaceship", "demo")
	if err != nil {
		t.Fatal(err)
	}
	op, ok := v.(Operator)
	if !ok {
		t.Fatalf("value %#v is not an Operator", v)
	}
	if op <= Arrow {
		t.Errorf("value %d does not follow the compiled-in operators", op)
	}
	if op.String() != "TestSpaceship" || op.Class().Ext != "demo" || !op.Class().Enum {
		t.Errorf("class of the new value: %+v", op.Class())
	}
	if LookupClass("TestSpaceship") != op.Class() {
		t.Errorf("LookupClass does not find the new class")
	}
	n := &BinOp{Left: &Name{Id: "a", Ctx: Load}, Op: op, Right: &Name{Id: "b", Ctx: Load}}
	want := "BinOp(left=Name(id='a', ctx=Load()), op=TestSpaceship(), right=Name(id='b', ctx=Load()))"
	if got := Dump(n, DumpOptions{}); got != want {
		t.Errorf("Dump:\n got %s\nwant %s", got, want)
	}
	again, err := AddEnumConstructor("operator", "TestSpaceship", "demo")
	if err != nil || again != v {
		t.Errorf("adding it again: %v, %v; want the same value", again, err)
	}
	// A compiled-in constructor of the same type is reused.
	if v, err := AddEnumConstructor("cmpop", "AlmostEq", "copy"); err != nil || v != AlmostEq {
		t.Errorf("AlmostEq: %v, %v", v, err)
	}
	c, err := AddEnumConstructor("cmpop", "TestAbout", "demo")
	if err != nil || c.(Cmpop) != AlmostEq+1 {
		t.Errorf("first cmpop added: %v, %v; want %d", c, err, AlmostEq+1)
	}
	// One past the added values is still invalid.
	if cls := (op + 1).Class(); cls != nil {
		t.Errorf("value %d has class %s", op+1, cls.Name)
	}
	for _, bad := range []struct{ typ, name, msg string }{
		{"expr", "Pipe", "not a simple sum"},
		{"cmpop", "Add", "already exists in operator"},
		{"cmpop", "BinOp", "already exists in expr"},
		{"cmpop", "TestSpaceship", "already added to operator"},
	} {
		_, err := AddEnumConstructor(bad.typ, bad.name, "demo")
		if err == nil || !strings.Contains(err.Error(), bad.msg) {
			t.Errorf("AddEnumConstructor(%s, %s): %v, want an error containing %q", bad.typ, bad.name, err, bad.msg)
		}
	}
}

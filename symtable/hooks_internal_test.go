package symtable

import (
	"testing"

	"github.com/peglab/peglab/ast"
)

var at = ast.Pos{Lineno: 1, EndLineno: 1, EndColOffset: 1}

// TestUnknownNodes: a node the pass has no case for is visited through
// its children, or through the hook registered for its class. No class of
// today's ASDL lacks a case, so the test calls the fallback directly.
func TestUnknownNodes(t *testing.T) {
	run := func(n ast.Node) string {
		b := builders.Get().(*builder)
		b.reset("x", nil)
		defer builders.Put(b)
		b.st = &SymbolTable{}
		b.enterBlock(b.in.intern("top"), ModuleBlock, blockKey{}, loc{})
		b.st.Top = b.cur
		b.visitOther(n)
		b.exitBlock()
		b.analyze(b.st.Top)
		b.finish()
		return Dump(b.st)
	}
	n := &ast.BinOp{Pos: at,
		Left:  &ast.Name{Pos: at, Id: "a", Ctx: ast.Load},
		Op:    ast.Arrow,
		Right: &ast.Lambda{Pos: at, Args: &ast.Arguments{}, Body: &ast.Name{Pos: at, Id: "b", Ctx: ast.Load}}}
	want := "module 'top' line 0\n  'a' GLOBAL_IMPLICIT USE\n  function 'lambda' line 1\n    'b' GLOBAL_IMPLICIT USE\n"
	if got := run(n); got != want {
		t.Errorf("children:\n%s\nwant:\n%s", got, want)
	}

	RegisterHook("BinOp", func(v *Visitor, n ast.Node) {
		op := n.(*ast.BinOp)
		v.Bind("bound", op)
		v.Use("used", op)
		v.Visit(op.Left)
		v.VisitChildren(op.Right)
	})
	defer func() {
		hooksMu.Lock()
		delete(hooks, "BinOp")
		hooksMu.Unlock()
	}()
	want = "module 'top' line 0\n  'a' GLOBAL_IMPLICIT USE\n  'b' GLOBAL_IMPLICIT USE\n  'bound' LOCAL DEF_LOCAL\n  'used' GLOBAL_IMPLICIT USE\n"
	if got := run(n); got != want {
		t.Errorf("hook:\n%s\nwant:\n%s", got, want)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering twice did not panic")
		}
	}()
	RegisterHook("BinOp", nil)
}

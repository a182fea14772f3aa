package ast_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
)

// jsonPreorder lists the node classes of a JSON tree, parents first,
// children in the field order of ast.Class: what Walk must visit.
func jsonPreorder(v any, out []string) []string {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			out = jsonPreorder(x, out)
		}
	case map[string]any:
		name, _ := v["_type"].(string)
		cls := ast.LookupClass(name)
		if cls == nil || cls.Enum {
			return out
		}
		out = append(out, name)
		for _, f := range cls.Fields {
			if f.Type != "constant" {
				out = jsonPreorder(v[f.Name], out)
			}
		}
	}
	return out
}

func TestWalkOrder(t *testing.T) {
	for _, c := range loadDumpCases(t) {
		n, err := astjson.Decode(c.Tree)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(c.Tree, &v); err != nil {
			t.Fatal(err)
		}
		want := jsonPreorder(v, nil)
		var got []string
		for x := range ast.Preorder(n) {
			got = append(got, x.Class().Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: Preorder visits\n%v\nwant\n%v", c.Name, got, want)
		}
	}
}

type depthVisitor struct {
	depth, max *int
	log        *[]string
}

func (v depthVisitor) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		*v.depth--
		*v.log = append(*v.log, ")")
		return nil
	}
	*v.depth++
	*v.max = max(*v.max, *v.depth)
	*v.log = append(*v.log, n.Class().Name)
	return v
}

func TestWalkAndInspect(t *testing.T) {
	x := &ast.Name{Id: "x", Ctx: ast.Load}
	tree := &ast.Module{Body: []ast.Stmt{
		&ast.ExprStmt{Value: &ast.BinOp{Left: x, Op: ast.Add, Right: &ast.Constant{Value: int64(1)}}},
		&ast.Return{},
	}}
	depth, maxDepth := 0, 0
	var log []string
	ast.Walk(depthVisitor{&depth, &maxDepth, &log}, tree)
	want := []string{"Module", "Expr", "BinOp", "Name", ")", "Constant", ")", ")", ")", "Return", ")", ")"}
	if !slices.Equal(log, want) || depth != 0 || maxDepth != 4 {
		t.Errorf("Walk: %v (depth %d, max %d), want %v", log, depth, maxDepth, want)
	}
	var names []string
	ast.Inspect(tree, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		names = append(names, n.Class().Name)
		_, isExpr := n.(ast.Expr)
		return !isExpr // do not descend into expressions
	})
	if want := []string{"Module", "Expr", "BinOp", "Return"}; !slices.Equal(names, want) {
		t.Errorf("Inspect pruning: %v, want %v", names, want)
	}
	count := 0
	for range ast.Preorder(tree) {
		if count++; count == 2 {
			break
		}
	}
	if count != 2 {
		t.Errorf("Preorder did not stop")
	}
	if p, ok := ast.Node(x).(ast.Positioned); !ok || p.Position() != &x.Pos {
		t.Error("Name's position is not reachable through Positioned")
	}
	if _, ok := ast.Node(&ast.Arguments{}).(ast.Positioned); ok {
		t.Error("arguments has no attributes but is Positioned")
	}
}

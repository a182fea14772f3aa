package ast

import (
	"encoding/json"
	"testing"
)

func TestTree(t *testing.T) {
	mod := &Module{Body: []Stmt{
		&Global{Names: []string{"a", "b"}, Pos: Pos{1, 0, 1, 11}},
		&ExprStmt{Value: &BinOp{Left: &Constant{Value: int64(1), Pos: Pos{2, 0, 2, 1}}, Op: Add, Right: &Name{Id: "x", Ctx: Load, Pos: Pos{2, 4, 2, 5}}, Pos: Pos{2, 0, 2, 5}}, Pos: Pos{2, 0, 2, 5}},
	}}
	b, err := json.Marshal(Tree(mod))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"class":"Module","fields":[{"name":"body","list":[` +
		`{"class":"Global","span":[1,0,1,11],"fields":[{"name":"names","items":["'a'","'b'"]}]},` +
		`{"class":"Expr","span":[2,0,2,5],"fields":[{"name":"value","node":{"class":"BinOp","span":[2,0,2,5],"fields":[` +
		`{"name":"left","node":{"class":"Constant","span":[2,0,2,1],"fields":[{"name":"value","value":"1"}]}},` +
		`{"name":"op","node":{"class":"Add"}},` +
		`{"name":"right","node":{"class":"Name","span":[2,4,2,5],"fields":[{"name":"id","value":"'x'"},{"name":"ctx","node":{"class":"Load"}}]}}]}}]}]}]}`
	if string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
}

package ast

// TreeNode is a syntax tree as a browser shows it: a node's class, its
// source span, and its fields in ASDL order (the same fields ast.dump
// prints, None and empty lists left out). encoding/json writes it as the
// playground's AST pane reads it.
type TreeNode struct {
	Class string `json:"class"`
	// Span is lineno, col_offset, end_lineno, end_col_offset (UTF-8 byte
	// columns, as CPython's), absent for nodes without positions.
	Span   *[4]int     `json:"span,omitempty"`
	Fields []TreeField `json:"fields,omitempty"`
}

// TreeField is one field: a scalar's repr in Value, or child nodes, in
// Nodes for a single node or List for a sequence.
type TreeField struct {
	Name  string      `json:"name"`
	Value string      `json:"value,omitempty"`
	Node  *TreeNode   `json:"node,omitempty"`
	List  []*TreeNode `json:"list,omitempty"`
	// Items are the reprs of a list of scalars (Global's names, ...).
	Items []string `json:"items,omitempty"`
}

// Tree converts n into its TreeNode form.
func Tree(n Node) *TreeNode {
	if n == nil {
		return nil
	}
	cls := n.Class()
	t := &TreeNode{Class: cls.Name}
	if hasPos(cls) {
		p := n.(Positioned).Position()
		t.Span = &[4]int{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset}
	}
	for i := range cls.Fields {
		f := &cls.Fields[i]
		v := n.field(i)
		if omitted(cls, f, v) {
			continue
		}
		tf := TreeField{Name: f.Name}
		if v.kind == vList {
			for j := range v.n {
				e := n.elem(i, j)
				if e.kind == vNode {
					tf.List = append(tf.List, Tree(e.node))
				} else if e.kind == vEnum && e.cls != nil {
					tf.List = append(tf.List, &TreeNode{Class: e.cls.Name})
				} else {
					tf.Items = append(tf.Items, scalarRepr(e))
				}
			}
		} else if v.kind == vNode {
			tf.Node = Tree(v.node)
		} else if v.kind == vEnum && v.cls != nil {
			tf.Node = &TreeNode{Class: v.cls.Name}
		} else {
			tf.Value = scalarRepr(v)
		}
		t.Fields = append(t.Fields, tf)
	}
	return t
}

func scalarRepr(v value) string {
	var d dumper
	d.value(v, 0)
	return string(d.buf)
}

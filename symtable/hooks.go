package symtable

import (
	"sync"

	"github.com/peglab/peglab/ast"
)

// A Hook tells the first pass what a node of an extension's class means
// for names. It is called instead of the default treatment, which visits
// the node's children in field order as if the node were not there (right
// for a new operator: "a -> b" reads a and b like "a + b").
type Hook func(v *Visitor, n ast.Node)

var (
	hooksMu sync.RWMutex
	hooks   map[string]Hook
)

// RegisterHook installs h for the node class named class (the Python
// class name, as in ast.Class.Name). Extensions call it from an init
// function; registering a class twice panics.
func RegisterHook(class string, h Hook) {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	if hooks == nil {
		hooks = make(map[string]Hook)
	}
	if _, dup := hooks[class]; dup {
		panic("symtable: hook for " + class + " registered twice")
	}
	hooks[class] = h
}

func lookupHook(class string) Hook {
	hooksMu.RLock()
	defer hooksMu.RUnlock()
	return hooks[class]
}

// Visitor is what a Hook gets: the first pass, positioned in the block
// where the node appears.
type Visitor struct{ b *builder }

// Visit gives n the pass's own treatment: known nodes as CPython treats
// them, other nodes by their hook or their children.
func (v *Visitor) Visit(n ast.Node) { v.b.visitNode(n) }

// VisitChildren visits n's children, in field order.
func (v *Visitor) VisitChildren(n ast.Node) { v.b.visitChildren(n) }

// Use records that name is read at n.
func (v *Visitor) Use(name string, at ast.Positioned) {
	v.b.addDef(v.b.intern(name), Use, locOf(at))
}

// Bind records that name is assigned at n.
func (v *Visitor) Bind(name string, at ast.Positioned) {
	v.b.addDef(v.b.intern(name), DefLocal, locOf(at))
}

// visitOther handles a node the pass does not know: through its hook if
// an extension registered one, else by visiting its children.
func (b *builder) visitOther(n ast.Node) {
	if n == nil {
		return
	}
	if h := lookupHook(n.Class().Name); h != nil {
		h(&Visitor{b}, n)
		return
	}
	b.visitChildren(n)
}

// visitNode dispatches any node to the visit function of its kind.
func (b *builder) visitNode(n ast.Node) {
	switch n := n.(type) {
	case ast.Stmt:
		b.visitStmt(n)
	case ast.Expr:
		b.visitExpr(n)
	case ast.Pattern:
		b.visitPattern(n)
	case ast.TypeParam:
		b.visitTypeParams([]ast.TypeParam{n})
	case *ast.Keyword:
		b.visitExpr(n.Value)
	case *ast.Withitem:
		b.visitWith([]*ast.Withitem{n}, nil)
	case ast.ExceptHandlerNode:
		b.visitTry(nil, []ast.ExceptHandlerNode{n}, nil, nil)
	case *ast.Alias:
		b.visitAlias(n)
	case *ast.Arguments:
		b.visitArguments(n)
	default:
		b.visitOther(n)
	}
}

// childVisitor sends each child of the walked node to visitNode, without
// descending itself: visitNode decides how deep to go.
type childVisitor struct {
	b    *builder
	root ast.Node
}

// Visit implements ast.Visitor.
func (c *childVisitor) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	if n == c.root {
		return c
	}
	c.b.visitNode(n)
	return nil
}

func (b *builder) visitChildren(n ast.Node) {
	ast.Walk(&childVisitor{b, n}, n)
}

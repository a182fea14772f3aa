package ast

import "iter"

// A Visitor's Visit method is called by Walk for each node. If it returns
// a non-nil w, Walk visits the node's children with w and then calls
// w.Visit(nil).
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n depth-first: v.Visit(n), then the
// children of n in field order (None fields and None list elements
// skipped), then v.Visit(nil). Values of simple sums (operators, contexts)
// are not nodes and are not visited.
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	walkChildren(v, n)
	v.Visit(nil)
}

type inspector func(Node) bool

// Visit calls f and continues into n's children if it returns true.
func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree like Walk, calling f(n) for each node and
// f(nil) after a node's children; f returns false to skip the children.
func Inspect(n Node, f func(Node) bool) { Walk(inspector(f), n) }

// Preorder returns an iterator over n and its descendants, parents before
// children, in field order.
func Preorder(n Node) iter.Seq[Node] {
	return func(yield func(Node) bool) {
		ok := true
		Inspect(n, func(n Node) bool {
			if n == nil {
				return false
			}
			ok = ok && yield(n)
			return ok
		})
	}
}

package ast

// Generic access to a node's fields, for code that must follow every
// class without a type switch (the runtime's _ast module converts trees
// to Python objects with it). It wraps the generated field and elem
// methods, so it needs no reflection.

// ValueKind classifies a FieldValue.
type ValueKind uint8

// The kinds of a FieldValue.
const (
	KindNone  ValueKind = ValueKind(vNone)  // None: a nil node, an empty optional string, a zero enum
	KindNode  ValueKind = ValueKind(vNode)  // Node
	KindList  ValueKind = ValueKind(vList)  // a sequence of Len elements, read with ElemOf
	KindStr   ValueKind = ValueKind(vStr)   // identifier or string Str
	KindInt   ValueKind = ValueKind(vInt)   // int Int
	KindEnum  ValueKind = ValueKind(vEnum)  // a simple sum's value, of class Class
	KindConst ValueKind = ValueKind(vConst) // constant Const (see Constant)
)

// FieldValue is one field or sequence element of a node.
type FieldValue struct {
	Kind  ValueKind
	Int   int // the int, or a list's length
	Str   string
	Node  Node
	Class *Class
	Const any
}

func exportValue(v value) FieldValue {
	return FieldValue{Kind: ValueKind(v.kind), Int: v.n, Str: v.s, Node: v.node, Class: v.cls, Const: v.c}
}

// FieldOf returns field i (in Class().Fields order) of n.
func FieldOf(n Node, i int) FieldValue { return exportValue(n.field(i)) }

// ElemOf returns element i of n's sequence field f.
func ElemOf(n Node, f, i int) FieldValue { return exportValue(n.elem(f, i)) }

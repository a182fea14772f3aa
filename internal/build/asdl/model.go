package asdl

import "fmt"

// Pos is a place in an ASDL file: 1-based line and byte column.
type Pos struct {
	File      string
	Line, Col int
}

// String formats p as file:line:col.
func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Error is a located problem in an ASDL file or in the merge of fragments.
type Error struct {
	Pos Pos
	Msg string
}

// Error formats the error as file:line:col: message.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

func errorf(pos Pos, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// Module is a complete abstract syntax: the base module, possibly with
// extension fragments merged into it.
type Module struct {
	Name string
	// Types are in definition order: the base module's, then each
	// fragment's new types in the order the fragments were given.
	Types []*Type
}

// Type is one ASDL definition: a sum (Ctors set) or a product (Product
// set, Fields used).
type Type struct {
	Name    string
	Product bool
	// Ctors are a sum's constructors, in order; extension additions come
	// after the type's own.
	Ctors []*Constructor
	// Fields are a product's fields.
	Fields []*Field
	// Attributes are shared by all of a sum's constructors, or belong to the
	// product: CPython uses them for source positions.
	Attributes []*Field
	// Ext names the extension that defined the type; "" for the base.
	Ext string
	Pos Pos
}

// Simple reports whether t is a sum whose constructors have no fields (an
// enumeration such as operator or expr_context).
func (t *Type) Simple() bool {
	if t.Product {
		return false
	}
	for _, c := range t.Ctors {
		if len(c.Fields) > 0 {
			return false
		}
	}
	return true
}

// Constructor is one alternative of a sum.
type Constructor struct {
	Name   string
	Fields []*Field
	// Type is the sum the constructor belongs to.
	Type *Type
	// Ext names the extension that added the constructor; "" for the
	// base module.
	Ext string
	Pos Pos
}

// Field is a field of a constructor or product, or an attribute.
type Field struct {
	// Type is the name of the field's type: a builtin or a module type.
	Type string
	Name string
	// Seq marks T* (a sequence), Opt marks T? (T or None).
	Seq, Opt bool
	Pos      Pos
}

// String renders f as ASDL writes it: "expr? returns".
func (f *Field) String() string {
	mark := ""
	switch {
	case f.Seq:
		mark = "*"
	case f.Opt:
		mark = "?"
	}
	return f.Type + mark + " " + f.Name
}

// Builtin reports whether name is one of ASDL's builtin types.
func Builtin(name string) bool {
	switch name {
	case "identifier", "string", "int", "constant":
		return true
	}
	return false
}

// Lookup returns the type named name, or nil.
func (m *Module) Lookup(name string) *Type {
	for _, t := range m.Types {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Constructor returns the constructor named name, or nil.
func (m *Module) Constructor(name string) *Constructor {
	for _, t := range m.Types {
		for _, c := range t.Ctors {
			if c.Name == name {
				return c
			}
		}
	}
	return nil
}

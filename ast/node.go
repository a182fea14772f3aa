package ast

// Node is implemented by every node: a pointer to a constructor's struct
// (*BinOp, *Module) or to a product's (*Arguments, *Alias). The values of
// simple sums (Add, Load) are not Nodes; they have a Class but no children.
//
// Generic code reaches a node's class with Class and its position through
// Positioned; everything else is best done with a type switch.
type Node interface {
	// Class describes the node's Python class: name, fields, attributes.
	Class() *Class

	// field and elem give the printer reflection-free access to field i,
	// and to element i of sequence field f (generated in classes_gen.go).
	field(i int) value
	elem(f, i int) value
}

// Pos is the source extent of a node, CPython's attributes lineno,
// col_offset, end_lineno and end_col_offset: lines are 1-based, columns
// 0-based offsets in UTF-8 bytes. Nodes whose ASDL type has attributes
// embed it.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns p itself. Through embedding, every node with attributes
// has it, which is how generic code reads and sets positions:
//
//	if pn, ok := n.(ast.Positioned); ok { line := pn.Position().Lineno }
func (p *Pos) Position() *Pos { return p }

// Positioned is a node with a source position: every stmt, expr,
// excepthandler, pattern and type_param, and the products arg, keyword and
// alias. Sum interfaces with attributes (Stmt, Expr, ...) include it.
type Positioned interface {
	Node
	Position() *Pos
}

// Class describes one Python AST class, as the generator derived it from
// the ASDL: what ast.dump prints and what decoders need.
type Class struct {
	// Name is the Python class name ("BinOp", "arguments", "Add").
	Name string
	// Type is the ASDL type the class belongs to: its sum ("expr",
	// "operator"), or for a product its own name ("arguments").
	Type string
	// Product marks a product type; Enum marks a constructor of a simple
	// sum, whose Go form is an integer constant, not a Node.
	Product, Enum bool
	// Fields are the ASDL fields in order, Python's _fields.
	Fields []Field
	// Attributes are Python's _attributes: the four positions, or none.
	Attributes []Field
	// Ext names the extension that added the class; "" for Python 3.13's.
	Ext string
	// ShowEmpty is set on Constant and MatchSingleton, the classes whose
	// None values ast.dump prints rather than omits.
	ShowEmpty bool
	// New returns a new zero node of the class (a pointer), or for an Enum
	// class its constant.
	New func() any
}

// Field describes a field or attribute of a class.
type Field struct {
	// Name is the ASDL name (type_comment); GoName the struct field's
	// (TypeComment).
	Name, GoName string
	// Type is the ASDL type: a builtin (identifier, string, int, constant)
	// or a type of the module (expr, arguments, cmpop).
	Type string
	// Seq marks T* (a slice); Opt marks T? (nil, or "" for identifier and
	// string, means None; an int? is always set).
	Seq, Opt bool
}

// Classes returns the description of every class, in ASDL order
// (extensions' additions after their type's own constructors).
func Classes() []*Class {
	cs := make([]*Class, len(classes))
	for i := range classes {
		cs[i] = &classes[i]
	}
	return cs
}

var classByName = func() map[string]*Class {
	m := make(map[string]*Class, len(classes))
	for i := range classes {
		m[classes[i].Name] = &classes[i]
	}
	return m
}()

// LookupClass returns the class with the given Python name, or nil. It
// knows the constructors added at run time (AddEnumConstructor) too.
func LookupClass(name string) *Class {
	if c := classByName[name]; c != nil {
		return c
	}
	return runtimeClass(name)
}

// LookupCompiledClass is LookupClass without the constructors added at run
// time: the classes compiled into peglab (Python 3.13's and the compiled-in
// extensions'), which a new extension's generated code must not clash
// with. A folder loaded earlier in the same process does not count.
func LookupCompiledClass(name string) *Class { return classByName[name] }

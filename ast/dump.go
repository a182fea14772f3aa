package ast

import "strconv"

// DumpOptions are the arguments of Python's ast.dump that peglab supports;
// annotate_fields is always True and show_empty always False, their
// defaults.
type DumpOptions struct {
	// Attributes is include_attributes: each node's positions follow its
	// fields.
	Attributes bool
	// Indented selects indent=Indent; when false, indent is None and the
	// dump is one line. Python's indent=N is Indent of N spaces (indent=0,
	// an empty Indent, still breaks lines).
	Indented bool
	Indent   string
}

// Dump returns exactly what CPython 3.13's
//
//	ast.dump(n, include_attributes=opts.Attributes, indent=...)
//
// returns: class names with keyword fields, fields that are None or empty
// lists left out (except a Constant's or MatchSingleton's None value), and
// with an indent, nodes and lists broken over lines unless a node has at
// most three fields, all of them simple (empty nodes, empty lists or
// constants).
func Dump(n Node, opts DumpOptions) string {
	if n == nil {
		return "None"
	}
	d := dumper{opts: opts}
	d.node(n, 0)
	return string(d.buf)
}

type dumper struct {
	opts DumpOptions
	buf  []byte
}

// valueKind classifies a field value for the printer.
type valueKind uint8

const (
	vNone  valueKind = iota // None: a nil node, or an invalid field index
	vNode                   // node
	vList                   // a sequence of n elements, read with elem
	vStr                    // identifier or string s
	vInt                    // int n
	vEnum                   // a simple sum's value, of class cls
	vConst                  // constant c
)

// value is one field or list element, as the generated field and elem
// methods return it: a small union, so that printing needs no reflection
// and no allocation.
type value struct {
	kind valueKind
	n    int
	s    string
	node Node
	cls  *Class
	c    any
}

func nodeValue(n Node) value {
	if n == nil {
		return value{}
	}
	return value{kind: vNode, node: n}
}

// omitted applies ast.dump's rules for leaving a field out: None for an
// optional field, and with show_empty=False, None or [] for any field of
// any class but Constant and MatchSingleton.
func omitted(cls *Class, f *Field, v value) bool {
	switch v.kind {
	case vNone:
		return true
	case vList:
		return v.n == 0 && !cls.ShowEmpty
	case vStr:
		return f.Opt && v.s == ""
	case vEnum:
		return v.cls == nil // an invalid (zero) enum value is None
	case vConst:
		if v.c == nil || v.c == None {
			return !cls.ShowEmpty
		}
	}
	return false
}

func hasPos(cls *Class) bool { return len(cls.Attributes) > 0 }

// layout reports whether ast.dump puts n's fields on separate lines: when
// it has more than three, or any of them is not simple (a node with fields,
// or a non-empty list).
func (d *dumper) multiline(n Node, cls *Class) bool {
	args := 0
	if d.opts.Attributes && hasPos(cls) {
		args = len(cls.Attributes)
	}
	for i := range cls.Fields {
		v := n.field(i)
		if omitted(cls, &cls.Fields[i], v) {
			continue
		}
		if args++; args > 3 {
			return true
		}
		switch v.kind {
		case vList:
			if v.n > 0 {
				return true
			}
		case vNode:
			if !d.empty(v.node) {
				return true
			}
		}
	}
	return args > 3
}

// empty reports whether n dumps as Class(), with nothing inside.
func (d *dumper) empty(n Node) bool {
	cls := n.Class()
	if d.opts.Attributes && hasPos(cls) {
		return false
	}
	for i := range cls.Fields {
		if !omitted(cls, &cls.Fields[i], n.field(i)) {
			return false
		}
	}
	return true
}

// newline writes the separator before an argument or element: nothing or
// ", " on one line, else a newline and the indent of level.
func (d *dumper) newline(first, multi bool, level int) {
	if !multi {
		if !first {
			d.buf = append(d.buf, ", "...)
		}
		return
	}
	if !first {
		d.buf = append(d.buf, ',')
	}
	d.buf = append(d.buf, '\n')
	for range level {
		d.buf = append(d.buf, d.opts.Indent...)
	}
}

// node writes n; level is its parent's nesting depth, as in ast.dump's
// _format.
func (d *dumper) node(n Node, level int) {
	cls := n.Class()
	multi := false
	if d.opts.Indented {
		level++
		multi = d.multiline(n, cls)
	}
	d.buf = append(append(d.buf, cls.Name...), '(')
	first := true
	for i := range cls.Fields {
		f := &cls.Fields[i]
		v := n.field(i)
		if omitted(cls, f, v) {
			continue
		}
		d.newline(first, multi, level)
		first = false
		d.buf = append(append(d.buf, f.Name...), '=')
		if v.kind == vList {
			d.list(n, i, v.n, level)
		} else {
			d.value(v, level)
		}
	}
	if d.opts.Attributes && hasPos(cls) {
		p := n.(Positioned).Position()
		for i, x := range [...]int{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset} {
			d.newline(first, multi, level)
			first = false
			d.buf = append(append(d.buf, cls.Attributes[i].Name...), '=')
			d.buf = strconv.AppendInt(d.buf, int64(x), 10)
		}
	}
	d.buf = append(d.buf, ')')
}

// list writes the sequence field f of n, of length len.
func (d *dumper) list(n Node, f, length, level int) {
	if length == 0 {
		d.buf = append(d.buf, "[]"...)
		return
	}
	if d.opts.Indented {
		level++
	}
	d.buf = append(d.buf, '[')
	for i := range length {
		d.newline(i == 0, d.opts.Indented, level)
		d.value(n.elem(f, i), level)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) value(v value, level int) {
	switch v.kind {
	case vNone:
		d.buf = append(d.buf, "None"...)
	case vNode:
		d.node(v.node, level)
	case vStr:
		d.buf = AppendReprString(d.buf, v.s)
	case vInt:
		d.buf = strconv.AppendInt(d.buf, int64(v.n), 10)
	case vEnum:
		if v.cls == nil {
			d.buf = append(d.buf, "None"...)
			return
		}
		d.buf = append(append(d.buf, v.cls.Name...), "()"...)
	case vConst:
		d.buf = AppendRepr(d.buf, v.c)
	case vList:
		// A list element that is itself a list does not occur in ASDL.
		d.buf = append(d.buf, "[]"...)
	}
}

package astgen

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/peglab/peglab/internal/build/asdl"
)

// reserved are the exported names the hand-written files of package ast
// declare. A constructor may not take one of them (see ctorName).
var reserved = map[string]bool{
	"Node": true, "Positioned": true, "Pos": true, "Class": true, "Field": true,
	"LookupClass": true, "Classes": true, "Dump": true, "DumpOptions": true,
	"Walk": true, "Visitor": true, "Inspect": true, "Preorder": true,
	"None": true, "NoneType": true, "Ellipsis": true, "EllipsisType": true, "Bytes": true,
	"Repr": true, "AppendRepr": true, "ReprString": true, "AppendReprString": true,
	"ReprBytes": true, "AppendReprBytes": true, "ReprFloat": true, "AppendReprFloat": true,
	"ReprComplex": true, "AppendReprComplex": true, "IsPrintable": true,
}

// methods are the method and field names every node has; a field may not
// take one of them.
var methods = map[string]bool{"Class": true, "Position": true, "Pos": true}

// posFields are the Go names of Pos's fields, promoted into every node with
// attributes.
var posFields = []string{"Lineno", "ColOffset", "EndLineno", "EndColOffset"}

// camel turns an ASDL name into a Go name: type_comment -> TypeComment.
func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// lowerCamel turns an ASDL name into a Go parameter or method name:
// type_comment -> typeComment.
func lowerCamel(s string) string {
	c := camel(s)
	if c == "" {
		return c
	}
	return strings.ToLower(c[:1]) + c[1:]
}

// predeclared are Go's predeclared identifiers and the package names the
// helpers file imports: a parameter of that name would shadow them.
var predeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "comparable": true, "complex64": true,
	"complex128": true, "error": true, "float32": true, "float64": true, "int": true,
	"int8": true, "int16": true, "int32": true, "int64": true, "rune": true,
	"string": true, "uint": true, "uint8": true, "uint16": true, "uint32": true,
	"uint64": true, "uintptr": true, "true": true, "false": true, "iota": true,
	"nil": true, "append": true, "cap": true, "clear": true, "close": true,
	"complex": true, "copy": true, "delete": true, "imag": true, "len": true,
	"make": true, "max": true, "min": true, "new": true, "panic": true,
	"print": true, "println": true, "real": true, "recover": true,
	"ast": true, "peg": true, "span": true,
}

// paramName is the helper parameter for an ASDL field: lowerCamel, with an
// underscore appended to Go keywords and names it would shadow (type_,
// func_).
func paramName(field string) string {
	p := lowerCamel(field)
	if token.IsKeyword(p) || predeclared[p] {
		p += "_"
	}
	return p
}

// names holds the Go names derived from a module.
type names struct {
	typ  map[*asdl.Type]string        // interface, struct or enum type
	ctor map[*asdl.Constructor]string // struct or enum constant
}

// newNames derives every Go name and checks that none clashes.
//
// Types: a sum with fields becomes an interface named camel(name), or the
// name of one of its constructors plus Node when the two are equal ignoring
// case (excepthandler -> ExceptHandlerNode); products and simple sums are
// camel(name). Constructors keep their ASDL name, unless that name is
// already taken by a type or by the hand-written code: then the type's Go
// name is appended (stmt's Expr -> ExprStmt, operator's Mod ->
// ModOperator).
func newNames(m *asdl.Module) (*names, error) {
	n := &names{typ: map[*asdl.Type]string{}, ctor: map[*asdl.Constructor]string{}}
	taken := map[string]string{} // Go name -> what it names
	claim := func(name, what string, pos asdl.Pos) error {
		if !token.IsIdentifier(name) || !token.IsExported(name) {
			return fmt.Errorf("%s: %s gives the Go name %q, which is not an exported identifier", pos, what, name)
		}
		if old, ok := taken[name]; ok {
			return fmt.Errorf("%s: %s and %s both want the Go name %s", pos, old, what, name)
		}
		if reserved[name] {
			return fmt.Errorf("%s: %s wants the Go name %s, which package ast declares by hand", pos, what, name)
		}
		taken[name] = what
		return nil
	}
	for _, t := range m.Types {
		name := camel(t.Name)
		if !t.Product && !t.Simple() {
			for _, c := range t.Ctors {
				if strings.EqualFold(c.Name, name) {
					name = c.Name + "Node"
				}
			}
		}
		if err := claim(name, "type "+t.Name, t.Pos); err != nil {
			return nil, err
		}
		n.typ[t] = name
	}
	for _, t := range m.Types {
		for _, c := range t.Ctors {
			name := c.Name
			if _, ok := taken[name]; ok || reserved[name] {
				name += n.typ[t]
			}
			if err := claim(name, "constructor "+c.Name, c.Pos); err != nil {
				return nil, err
			}
			n.ctor[c] = name
		}
	}
	return n, nil
}

// fieldName is the Go name of a struct field.
func fieldName(f *asdl.Field) string { return camel(f.Name) }

// checkFields rejects fields whose Go names collide with each other, with
// the methods every node has, or with Pos's promoted fields.
func checkFields(owner string, fs []*asdl.Field, hasPos bool) error {
	seen := map[string]bool{}
	for _, f := range fs {
		g := fieldName(f)
		switch {
		case !token.IsIdentifier(g):
			return fmt.Errorf("%s: field %s of %s gives the Go name %q, which is not an identifier", f.Pos, f.Name, owner, g)
		case seen[g]:
			return fmt.Errorf("%s: two fields of %s have the Go name %s", f.Pos, owner, g)
		case methods[g]:
			return fmt.Errorf("%s: field %s of %s would be named %s, which every node uses", f.Pos, f.Name, owner, g)
		case hasPos && contains(posFields, g):
			return fmt.Errorf("%s: field %s of %s would be named %s, which Pos provides", f.Pos, f.Name, owner, g)
		}
		seen[g] = true
	}
	return nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// checkAttributes accepts no attributes or exactly CPython's positions, in
// CPython's order: they are what Pos holds.
func checkAttributes(t *asdl.Type) error {
	if len(t.Attributes) == 0 {
		return nil
	}
	want := []string{"lineno", "col_offset", "end_lineno", "end_col_offset"}
	ok := len(t.Attributes) == len(want)
	for i := 0; ok && i < len(want); i++ {
		a := t.Attributes[i]
		ok = a.Name == want[i] && a.Type == "int" && !a.Seq
	}
	if !ok {
		return fmt.Errorf("%s: attributes of %s must be (int lineno, int col_offset, int end_lineno, int end_col_offset), each optionally ?: they map to ast.Pos", t.Pos, t.Name)
	}
	return nil
}

package astgen

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/peglab/peglab/internal/build/asdl"
)

// nodes writes ast/nodes_gen.go: the types.
func (g *gen) nodes(b *bytes.Buffer) {
	b.WriteString("package ast\n\n")
	for _, t := range g.m.Types {
		switch {
		case t.Product:
			fmt.Fprintf(b, "// %s is the product type %s.%s\n", g.n.typ[t], signature(t.Name, t.Fields), extNote(t.Ext))
			g.structType(b, g.n.typ[t], t.Fields, len(t.Attributes) > 0)
		case t.Simple():
			g.enumType(b, t)
		default:
			g.sumType(b, t)
		}
	}
}

func (g *gen) sumType(b *bytes.Buffer, t *asdl.Type) {
	name := g.n.typ[t]
	fmt.Fprintf(b, "// %s is the sum type %s: one of\n//\n", name, t.Name)
	for _, c := range t.Ctors {
		fmt.Fprintf(b, "//\t*%s\n", g.n.ctor[c])
	}
	if t.Ext != "" {
		fmt.Fprintf(b, "//\n// It is added by extension %s.\n", t.Ext)
	}
	fmt.Fprintf(b, "type %s interface {\n\tNode\n", name)
	if len(t.Attributes) > 0 {
		b.WriteString("\tPositioned\n")
	}
	fmt.Fprintf(b, "\t%s()\n}\n\n", markerMethod(t))
	for _, c := range t.Ctors {
		fmt.Fprintf(b, "// %s is the %s constructor %s.%s\n", g.n.ctor[c], t.Name, signature(c.Name, c.Fields), extNote(c.Ext))
		g.structType(b, g.n.ctor[c], c.Fields, len(t.Attributes) > 0)
	}
}

func (g *gen) structType(b *bytes.Buffer, name string, fs []*asdl.Field, hasPos bool) {
	fmt.Fprintf(b, "type %s struct {\n", name)
	if hasPos {
		b.WriteString("\tPos // lineno, col_offset, end_lineno, end_col_offset\n")
	}
	for _, f := range fs {
		fmt.Fprintf(b, "\t%s %s // %s\n", fieldName(f), g.goType(f, ""), f)
	}
	b.WriteString("}\n\n")
}

func (g *gen) enumType(b *bytes.Buffer, t *asdl.Type) {
	name := g.n.typ[t]
	var alts []string
	for _, c := range t.Ctors {
		alts = append(alts, c.Name)
	}
	fmt.Fprintf(b, "// %s is the simple sum %s = %s. Zero is not a valid value.%s\n", name, t.Name, strings.Join(alts, " | "), extNote(t.Ext))
	fmt.Fprintf(b, "type %s uint8\n\n", name)
	fmt.Fprintf(b, "// The constructors of %s, numbered from 1.\nconst (\n", t.Name)
	for i, c := range t.Ctors {
		comment := ""
		if c.Name != g.n.ctor[c] {
			comment = " " + c.Name
		}
		if c.Ext != "" {
			comment += " (extension " + c.Ext + ")"
		}
		if comment != "" {
			comment = " //" + comment
		}
		if i == 0 {
			fmt.Fprintf(b, "\t%s %s = iota + 1%s\n", g.n.ctor[c], name, comment)
		} else {
			fmt.Fprintf(b, "\t%s%s\n", g.n.ctor[c], comment)
		}
	}
	b.WriteString(")\n\n")
}

package astgen

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/peglab/peglab/internal/build/asdl"
)

// helpers writes parser/actions_nodes_gen.go: for each constructor and
// product, an action helper of the same name (products in CamelCase, as
// helpers must be exported) taking the fields in ASDL order and, for nodes
// with attributes, the span that sets Pos.
func (g *gen) helpers(b *bytes.Buffer) {
	b.WriteString("package parser\n\nimport (\n\t\"github.com/peglab/peglab/ast\"\n")
	for _, t := range g.m.Types {
		if len(t.Attributes) > 0 {
			b.WriteString("\t\"github.com/peglab/peglab/pegen/peg\"\n")
			break
		}
	}
	b.WriteString(")\n\n")
	for _, t := range g.m.Types {
		switch {
		case t.Product:
			fmt.Fprintf(b, "// %s builds the product %s.%s\n", g.n.typ[t], signature(t.Name, t.Fields), extNote(t.Ext))
			g.structHelper(b, g.n.typ[t], g.n.typ[t], t.Fields, len(t.Attributes) > 0)
		case t.Simple():
			for _, c := range t.Ctors {
				fmt.Fprintf(b, "// %s returns the %s %s.%s\n", c.Name, t.Name, c.Name, extNote(c.Ext))
				fmt.Fprintf(b, "func %s() ast.%s { return ast.%s }\n\n", c.Name, g.n.typ[t], g.n.ctor[c])
			}
		default:
			for _, c := range t.Ctors {
				fmt.Fprintf(b, "// %s builds the %s %s.%s\n", c.Name, t.Name, signature(c.Name, c.Fields), extNote(c.Ext))
				g.structHelper(b, c.Name, g.n.ctor[c], c.Fields, len(t.Attributes) > 0)
			}
		}
	}
}

func (g *gen) structHelper(b *bytes.Buffer, fn, goType string, fs []*asdl.Field, hasPos bool) {
	var params, inits []string
	for _, f := range fs {
		p := paramName(f.Name)
		params = append(params, p+" "+g.goType(f, "ast."))
		inits = append(inits, fieldName(f)+": "+p)
	}
	if hasPos {
		params = append(params, "span peg.Span")
		inits = append(inits, "Pos: ast.Pos{Lineno: span.Line, ColOffset: span.Col, EndLineno: span.EndLine, EndColOffset: span.EndCol}")
	}
	fmt.Fprintf(b, "func %s(%s) *ast.%s {\n\treturn &ast.%s{%s}\n}\n\n", fn, strings.Join(params, ", "), goType, goType, strings.Join(inits, ", "))
}

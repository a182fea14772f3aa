package astgen

import (
	"bytes"
	"fmt"
)

// walk writes ast/walk_gen.go: the node children of each class, in field
// order, skipping None.
func (g *gen) walk(b *bytes.Buffer) {
	b.WriteString("package ast\n\n")
	b.WriteString("// walkChildren calls Walk(v, child) for each child node of n, in field order.\n")
	b.WriteString("func walkChildren(v Visitor, n Node) {\n\tswitch n := n.(type) {\n")
	for _, c := range g.allClasses() {
		var body bytes.Buffer
		for _, f := range c.fields {
			if k := g.kindOf(f.Type); k != kSum && k != kProduct {
				continue
			}
			if f.Seq {
				fmt.Fprintf(&body, "\t\tfor _, x := range n.%s {\n\t\t\tif x != nil {\n\t\t\t\tWalk(v, x)\n\t\t\t}\n\t\t}\n", fieldName(f))
			} else {
				fmt.Fprintf(&body, "\t\tif n.%[1]s != nil {\n\t\t\tWalk(v, n.%[1]s)\n\t\t}\n", fieldName(f))
			}
		}
		if body.Len() > 0 {
			fmt.Fprintf(b, "\tcase *%s:\n", c.goName)
			b.Write(body.Bytes())
		}
	}
	b.WriteString("\t}\n}\n")
}

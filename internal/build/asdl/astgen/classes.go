package astgen

import (
	"bytes"
	"fmt"

	"github.com/peglab/peglab/internal/build/asdl"
)

// classes writes ast/classes_gen.go: the class table, and the methods that
// give generic code (Dump, Walk, decoders) each node's class and fields.
func (g *gen) classes(b *bytes.Buffer) {
	b.WriteString("package ast\n\nimport \"strconv\"\n\n")
	cs := g.allClasses()

	b.WriteString("// The index of each class in classes.\nconst (\n")
	for i, c := range cs {
		if i == 0 {
			fmt.Fprintf(b, "\tclass%s = iota\n", c.goName)
		} else {
			fmt.Fprintf(b, "\tclass%s\n", c.goName)
		}
	}
	b.WriteString(")\n\n")

	for _, t := range g.m.Types {
		if len(t.Attributes) > 0 {
			fmt.Fprintf(b, "// %s are the attributes of %s.\nvar %s = []Field{\n", attrVar(t), t.Name, attrVar(t))
			for _, a := range t.Attributes {
				g.fieldLit(b, a)
			}
			b.WriteString("}\n\n")
		}
	}

	b.WriteString("// classes describes every class, in the order of the ASDL.\nvar classes = [...]Class{\n")
	for _, c := range cs {
		fmt.Fprintf(b, "\tclass%s: {\n\t\tName: %q,\n\t\tType: %q,\n", c.goName, c.name, c.t.Name)
		switch {
		case c.t.Product:
			b.WriteString("\t\tProduct: true,\n")
		case c.t.Simple():
			b.WriteString("\t\tEnum: true,\n")
		}
		if c.ext != "" {
			fmt.Fprintf(b, "\t\tExt: %q,\n", c.ext)
		}
		if c.ext == "" && (c.name == "Constant" || c.name == "MatchSingleton") {
			// ast.dump's special case: isinstance(node, (Constant, MatchSingleton)).
			b.WriteString("\t\tShowEmpty: true,\n")
		}
		if len(c.fields) > 0 {
			b.WriteString("\t\tFields: []Field{\n")
			for _, f := range c.fields {
				g.fieldLit(b, f)
			}
			b.WriteString("\t\t},\n")
		}
		if len(c.t.Attributes) > 0 {
			fmt.Fprintf(b, "\t\tAttributes: %s,\n", attrVar(c.t))
		}
		if c.t.Simple() {
			fmt.Fprintf(b, "\t\tNew: func() any { return %s },\n", c.goName)
		} else {
			fmt.Fprintf(b, "\t\tNew: func() any { return &%s{} },\n", c.goName)
		}
		b.WriteString("\t},\n")
	}
	b.WriteString("}\n\n")

	b.WriteString("// simpleSums describes each simple sum for the constructors extensions add\n// at run time (AddEnumConstructor): how many it has compiled in, and how\n// to make a value of its Go type.\nvar simpleSums = map[string]simpleSum{\n")
	for _, t := range g.m.Types {
		if t.Simple() {
			fmt.Fprintf(b, "\t%q: {builtin: %d, value: func(v int) any { return %s(v) }},\n", t.Name, len(t.Ctors), g.n.typ[t])
		}
	}
	b.WriteString("}\n\n")

	for _, t := range g.m.Types {
		if t.Simple() {
			g.enumMethods(b, t)
			continue
		}
		if t.Product {
			g.nodeMethods(b, class{t.Name, g.n.typ[t], t, nil, t.Fields, t.Ext})
			continue
		}
		for _, c := range t.Ctors {
			fmt.Fprintf(b, "func (*%s) %s() {}\n", g.n.ctor[c], markerMethod(t))
		}
		b.WriteString("\n")
		for _, c := range t.Ctors {
			g.nodeMethods(b, class{c.Name, g.n.ctor[c], t, c, c.Fields, c.Ext})
		}
	}
}

func attrVar(t *asdl.Type) string { return lowerCamel(t.Name) + "Attributes" }

func (g *gen) fieldLit(b *bytes.Buffer, f *asdl.Field) {
	fmt.Fprintf(b, "\t\t{Name: %q, GoName: %q, Type: %q", f.Name, fieldName(f), f.Type)
	if f.Seq {
		b.WriteString(", Seq: true")
	}
	if f.Opt {
		b.WriteString(", Opt: true")
	}
	b.WriteString("},\n")
}

func (g *gen) enumMethods(b *bytes.Buffer, t *asdl.Type) {
	name := g.n.typ[t]
	first := "class" + g.n.ctor[t.Ctors[0]]
	fmt.Fprintf(b, `// Class returns the class of x, or nil if x is not a valid %[1]s.
// Values past the compiled-in constructors are those added at run time.
func (x %[1]s) Class() *Class {
	if x < 1 {
		return nil
	}
	if int(x) > %[2]d {
		return runtimeEnumClass(%[5]q, int(x))
	}
	return &classes[%[3]s+int(x)-1]
}

// String returns the Python class name of x ("%[4]s").
func (x %[1]s) String() string {
	if c := x.Class(); c != nil {
		return c.Name
	}
	return "%[1]s(" + strconv.Itoa(int(x)) + ")"
}

`, name, len(t.Ctors), first, t.Ctors[0].Name, t.Name)
}

func (g *gen) nodeMethods(b *bytes.Buffer, c class) {
	fmt.Fprintf(b, "// Class returns the class %s.\nfunc (*%s) Class() *Class { return &classes[class%s] }\n\n", c.name, c.goName, c.goName)

	fmt.Fprintf(b, "func (n *%s) field(i int) value {\n", c.goName)
	if len(c.fields) > 0 {
		b.WriteString("\tswitch i {\n")
		for i, f := range c.fields {
			fmt.Fprintf(b, "\tcase %d:\n", i)
			if f.Seq {
				fmt.Fprintf(b, "\t\treturn value{kind: vList, n: len(n.%s)}\n", fieldName(f))
				continue
			}
			g.valueOf(b, f.Type, "n."+fieldName(f))
		}
		b.WriteString("\t}\n")
	}
	b.WriteString("\treturn value{}\n}\n\n")

	fmt.Fprintf(b, "func (n *%s) elem(f, i int) value {\n", c.goName)
	seqs := false
	for _, f := range c.fields {
		seqs = seqs || f.Seq
	}
	if seqs {
		b.WriteString("\tswitch f {\n")
		for i, f := range c.fields {
			if f.Seq {
				fmt.Fprintf(b, "\tcase %d:\n", i)
				g.valueOf(b, f.Type, "n."+fieldName(f)+"[i]")
			}
		}
		b.WriteString("\t}\n")
	}
	b.WriteString("\treturn value{}\n}\n\n")
}

// valueOf writes the statements that return expr, of ASDL type typ, as a
// value.
func (g *gen) valueOf(b *bytes.Buffer, typ, expr string) {
	switch g.kindOf(typ) {
	case kString:
		fmt.Fprintf(b, "\t\treturn value{kind: vStr, s: %s}\n", expr)
	case kInt:
		fmt.Fprintf(b, "\t\treturn value{kind: vInt, n: %s}\n", expr)
	case kConstant:
		fmt.Fprintf(b, "\t\treturn value{kind: vConst, c: %s}\n", expr)
	case kEnum:
		fmt.Fprintf(b, "\t\treturn value{kind: vEnum, cls: %s.Class()}\n", expr)
	case kSum:
		fmt.Fprintf(b, "\t\treturn nodeValue(%s)\n", expr)
	case kProduct:
		fmt.Fprintf(b, "\t\tif x := %s; x != nil {\n\t\t\treturn value{kind: vNode, node: x}\n\t\t}\n", expr)
	}
}

package asdl

// Fragment is an extension's ASDL: new types and additions to existing
// sums, not yet merged.
type Fragment struct {
	// Ext is the extension's name, recorded on everything it adds.
	Ext       string
	Types     []*Type
	Additions []*Addition
}

// Addition is one "name |= Ctor | ..." line of a fragment.
type Addition struct {
	Target string
	Ctors  []*Constructor
	Pos    Pos
}

// Parse reads a complete ASDL module ("module Name { ... }") and checks
// it: every field type is defined, and no name is defined twice.
func Parse(file, src string) (*Module, error) {
	p, err := newParser(file, src)
	if err != nil {
		return nil, err
	}
	m, err := p.module()
	if err != nil {
		return nil, err
	}
	if err := check(m); err != nil {
		return nil, err
	}
	return m, nil
}

// ParseFragment reads the ASDL fragment of extension ext: definitions
// without a module wrapper, and "type |= Ctor | ..." additions. References
// to other types are resolved only by Merge.
func ParseFragment(file, ext, src string) (*Fragment, error) {
	p, err := newParser(file, src)
	if err != nil {
		return nil, err
	}
	f := &Fragment{Ext: ext}
	for p.tok().kind != tEOF {
		t, add, err := p.definition(true)
		if err != nil {
			return nil, err
		}
		if add != nil {
			f.Additions = append(f.Additions, add)
			continue
		}
		f.Types = append(f.Types, t)
	}
	for _, t := range f.Types {
		t.Ext = ext
		for _, c := range t.Ctors {
			c.Ext = ext
		}
	}
	for _, a := range f.Additions {
		for _, c := range a.Ctors {
			c.Ext = ext
		}
	}
	return f, nil
}

type parser struct {
	toks []token
	i    int
}

func newParser(file, src string) (*parser, error) {
	toks, err := lex(file, src)
	if err != nil {
		return nil, err
	}
	return &parser{toks: toks}, nil
}

func (p *parser) tok() token { return p.toks[p.i] }

func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *parser) expect(k tokKind, what string) (token, error) {
	t := p.next()
	if t.kind != k {
		return t, errorf(t.pos, "expected %s, found %s", what, t)
	}
	return t, nil
}

func (p *parser) module() (*Module, error) {
	t, err := p.expect(tName, "'module'")
	if err != nil || t.text != "module" {
		return nil, errorf(t.pos, "expected 'module', found %s", t)
	}
	name, err := p.expect(tName, "the module's name")
	if err != nil {
		return nil, err
	}
	if _, err := p.expect(tLBrace, "'{'"); err != nil {
		return nil, err
	}
	m := &Module{Name: name.text}
	for p.tok().kind != tRBrace {
		if p.tok().kind == tEOF {
			return nil, errorf(p.tok().pos, "expected '}' closing module %s", m.Name)
		}
		t, add, err := p.definition(false)
		if err != nil {
			return nil, err
		}
		if add != nil {
			return nil, errorf(add.Pos, "'|=' extends a type and belongs in an extension's fragment, not in a module")
		}
		m.Types = append(m.Types, t)
	}
	p.next()
	if t := p.tok(); t.kind != tEOF {
		return nil, errorf(t.pos, "unexpected %s after the end of module %s", t, m.Name)
	}
	return m, nil
}

// definition reads "name = ..." or, when additions are allowed,
// "name |= ...".
func (p *parser) definition(additions bool) (*Type, *Addition, error) {
	name, err := p.expect(tName, "a type definition")
	if err != nil {
		return nil, nil, err
	}
	if isUpper(name.text) {
		return nil, nil, errorf(name.pos, "type name %s must start with a lower-case letter", name.text)
	}
	op := p.next()
	switch op.kind {
	case tEq:
	case tOrEq:
		ctors, err := p.constructors()
		if err != nil {
			return nil, nil, err
		}
		if t := p.tok(); t.kind == tName && t.text == "attributes" && p.toks[p.i+1].kind == tLParen {
			return nil, nil, errorf(t.pos, "an addition cannot declare attributes; its constructors share those of %s", name.text)
		}
		return nil, &Addition{Target: name.text, Ctors: ctors, Pos: name.pos}, nil
	default:
		if additions {
			return nil, nil, errorf(op.pos, "expected '=' or '|=' after %s, found %s", name.text, op)
		}
		return nil, nil, errorf(op.pos, "expected '=' after %s, found %s", name.text, op)
	}
	t := &Type{Name: name.text, Pos: name.pos}
	if p.tok().kind == tLParen {
		t.Product = true
		if t.Fields, err = p.fields(); err != nil {
			return nil, nil, err
		}
	} else {
		if t.Ctors, err = p.constructors(); err != nil {
			return nil, nil, err
		}
		for _, c := range t.Ctors {
			c.Type = t
		}
	}
	if tk := p.tok(); tk.kind == tName && tk.text == "attributes" && p.toks[p.i+1].kind == tLParen {
		p.next()
		if t.Attributes, err = p.fields(); err != nil {
			return nil, nil, err
		}
	}
	return t, nil, nil
}

func (p *parser) constructors() ([]*Constructor, error) {
	var ctors []*Constructor
	for {
		name := p.next()
		if name.kind != tName || !isUpper(name.text) {
			return nil, errorf(name.pos, "expected a constructor (a name starting with an upper-case letter), found %s", name)
		}
		c := &Constructor{Name: name.text, Pos: name.pos}
		if p.tok().kind == tLParen {
			var err error
			if c.Fields, err = p.fields(); err != nil {
				return nil, err
			}
		}
		ctors = append(ctors, c)
		if p.tok().kind != tBar {
			return ctors, nil
		}
		p.next()
	}
}

// fields reads "(type name, type* name, type? name)".
func (p *parser) fields() ([]*Field, error) {
	open := p.next()
	var fs []*Field
	for {
		typ := p.next()
		if typ.kind == tRParen && len(fs) == 0 {
			return nil, errorf(typ.pos, "empty field list: leave out the parentheses")
		}
		if typ.kind != tName {
			return nil, errorf(typ.pos, "expected a field type, found %s", typ)
		}
		if isUpper(typ.text) {
			return nil, errorf(typ.pos, "field type %s must be a type name (lower-case), not a constructor", typ.text)
		}
		f := &Field{Type: typ.text, Pos: typ.pos}
		switch p.tok().kind {
		case tStar:
			f.Seq = true
			p.next()
		case tQuest:
			f.Opt = true
			p.next()
		}
		if k := p.tok().kind; k == tStar || k == tQuest {
			return nil, errorf(p.tok().pos, "a field takes one of * and ?, not both")
		}
		name := p.next()
		if name.kind != tName {
			return nil, errorf(name.pos, "expected a field name after %s, found %s", typ.text, name)
		}
		f.Name = name.text
		fs = append(fs, f)
		switch t := p.next(); t.kind {
		case tComma:
		case tRParen:
			return fs, nil
		case tEOF:
			return nil, errorf(open.pos, "unclosed '('")
		default:
			return nil, errorf(t.pos, "expected ',' or ')' after field %s, found %s", f.Name, t)
		}
	}
}

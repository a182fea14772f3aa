package asdl

// Merge returns base with the fragments applied: first every fragment's
// new types, then every addition, each in the order given (the generator
// sorts fragments by extension name). base itself is not modified. The
// result is checked as Parse checks a module.
func Merge(base *Module, frags []*Fragment) (*Module, error) {
	m := clone(base)
	owner := func(ext string) string {
		if ext == "" {
			return "the base module"
		}
		return "extension " + ext
	}
	for _, f := range frags {
		for _, t := range f.Types {
			if old := m.Lookup(t.Name); old != nil {
				if old.Ext != "" && old.Ext != f.Ext {
					return nil, errorf(t.Pos, "type %s is defined by both extensions %s and %s", t.Name, old.Ext, f.Ext)
				}
				return nil, errorf(t.Pos, "type %s is already defined by %s at %s", t.Name, owner(old.Ext), old.Pos)
			}
			for _, c := range t.Ctors {
				if err := newCtor(m, c, f.Ext, owner); err != nil {
					return nil, err
				}
			}
			m.Types = append(m.Types, cloneType(t))
		}
	}
	for _, f := range frags {
		for _, a := range f.Additions {
			t := m.Lookup(a.Target)
			switch {
			case t == nil:
				return nil, errorf(a.Pos, "cannot extend unknown type %s", a.Target)
			case t.Product:
				return nil, errorf(a.Pos, "cannot extend %s: it is a product type, and only sums take constructors", a.Target)
			}
			simple := t.Simple()
			for _, c := range a.Ctors {
				if err := newCtor(m, c, f.Ext, owner); err != nil {
					return nil, err
				}
				if simple && len(c.Fields) > 0 {
					return nil, errorf(c.Pos, "constructor %s has fields, but %s is a simple sum (an enumeration); its constructors cannot have fields", c.Name, t.Name)
				}
				nc := *c
				nc.Type = t
				t.Ctors = append(t.Ctors, &nc)
			}
		}
	}
	if err := check(m); err != nil {
		return nil, err
	}
	return m, nil
}

// newCtor reports an error if the name of c, which ext adds, is taken.
func newCtor(m *Module, c *Constructor, ext string, owner func(string) string) error {
	old := m.Constructor(c.Name)
	if old == nil {
		return nil
	}
	if old.Ext != "" && old.Ext != ext {
		return errorf(c.Pos, "constructor %s is added by both extensions %s and %s", c.Name, old.Ext, ext)
	}
	return errorf(c.Pos, "constructor %s already exists in %s (defined by %s at %s)", c.Name, old.Type.Name, owner(old.Ext), old.Pos)
}

func clone(m *Module) *Module {
	n := &Module{Name: m.Name, Types: make([]*Type, len(m.Types))}
	for i, t := range m.Types {
		n.Types[i] = cloneType(t)
	}
	return n
}

// cloneType copies t and its constructors, so that additions to the copy
// leave the original alone. Fields are immutable and shared.
func cloneType(t *Type) *Type {
	n := *t
	n.Ctors = make([]*Constructor, len(t.Ctors))
	for i, c := range t.Ctors {
		nc := *c
		nc.Type = &n
		n.Ctors[i] = &nc
	}
	if t.Ctors == nil {
		n.Ctors = nil
	}
	return &n
}

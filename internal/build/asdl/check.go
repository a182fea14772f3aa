package asdl

// check validates a module: type and constructor names are unique, every
// field type exists, field names are unique within their node (attributes
// included), and attributes are not sequences.
func check(m *Module) error {
	types := map[string]*Type{}
	ctors := map[string]*Constructor{}
	for _, t := range m.Types {
		if old := types[t.Name]; old != nil {
			return errorf(t.Pos, "type %s is already defined at %s", t.Name, old.Pos)
		}
		types[t.Name] = t
		for _, c := range t.Ctors {
			if old := ctors[c.Name]; old != nil {
				return errorf(c.Pos, "constructor %s is already defined at %s", c.Name, old.Pos)
			}
			ctors[c.Name] = c
		}
	}
	known := func(f *Field) error {
		if !Builtin(f.Type) && types[f.Type] == nil {
			return errorf(f.Pos, "undefined type %s", f.Type)
		}
		return nil
	}
	for _, t := range m.Types {
		for _, a := range t.Attributes {
			if err := known(a); err != nil {
				return err
			}
			if a.Seq {
				return errorf(a.Pos, "attribute %s cannot be a sequence", a.Name)
			}
		}
		lists := [][]*Field{t.Fields}
		if !t.Product {
			lists = lists[:0]
			for _, c := range t.Ctors {
				lists = append(lists, c.Fields)
			}
		}
		for _, fs := range lists {
			seen := map[string]bool{}
			for _, a := range t.Attributes {
				seen[a.Name] = true
			}
			for i, f := range fs {
				if err := known(f); err != nil {
					return err
				}
				if seen[f.Name] {
					for _, prev := range fs[:i] {
						if prev.Name == f.Name {
							return errorf(f.Pos, "duplicate field %s", f.Name)
						}
					}
					return errorf(f.Pos, "field %s has the name of an attribute of %s", f.Name, t.Name)
				}
				seen[f.Name] = true
			}
		}
	}
	return nil
}

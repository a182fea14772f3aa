package runtime

import (
	"sort"
	"strings"
)

// Pieces of the object model the builtin types expose as attributes:
// type.mro and type.__call__ (so a metaclass's super().__call__ and mro
// overrides work), property's fdel/__doc__/__isabstractmethod__.

func initObjectModel() {
	initComplex() // complexnum.go
	TypeType.def("mro", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 1 || !a[0].Type().IsSubtype(TypeType) {
			return Null, newErr(TypeError, "descriptor 'mro' of 'type' object needs an argument")
		}
		t := a[0].typ()
		if !t.heap {
			items := make([]Value, len(t.MRO))
			for i, m := range t.MRO {
				items[i] = obj(m)
			}
			return obj(newList(items)), nil
		}
		mro, err := c3(t, t.Bases)
		if err != nil {
			return Null, err
		}
		items := make([]Value, len(mro))
		for i, m := range mro {
			items[i] = obj(m)
		}
		return obj(newList(items)), nil
	})
	for _, t := range allTypes {
		if t.heap || t.call == nil || t.Dict.indexOf(intern("__call__")) >= 0 {
			continue
		}
		f := t.call
		t.def("__call__", func(a []Value, kw *Tuple) (Value, *Exception) {
			return f(a[0], a[1:], kw)
		})
	}
	MethodType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "method() takes no keyword arguments")
		}
		if len(a) != 2 {
			return Null, newErr(TypeError, "method expected 2 arguments, got %d", len(a))
		}
		if a[0].Type().call == nil {
			return Null, newErr(TypeError, "first argument must be callable")
		}
		if a[1].isNone() {
			return Null, newErr(TypeError, "instance must not be None")
		}
		return obj(&Method{Header{MethodType}, a[0], a[1]}), nil
	}
	p := PropertyType
	p.defAttr("fdel", obj(&GetSet{Header{GetSetType}, "fdel", func(v Value) (Value, *Exception) { return (*Property)(v.p).del, nil }, nil}))
	p.defAttr("__doc__", obj(&GetSet{Header{GetSetType}, "__doc__", func(v Value) (Value, *Exception) {
		pr := (*Property)(v.p)
		if !pr.doc.isNone() && pr.doc.p != nil {
			return pr.doc, nil
		}
		if !pr.get.isNone() && pr.get.p != nil {
			d, err := GetAttr(pr.get, intern("__doc__"))
			if err != nil {
				return None, nil
			}
			return d, nil
		}
		return None, nil
	}, func(v, x Value) *Exception {
		(*Property)(v.p).doc = x
		return nil
	}}))
	p.defAttr("__isabstractmethod__", obj(&GetSet{Header{GetSetType}, "__isabstractmethod__", func(v Value) (Value, *Exception) {
		pr := (*Property)(v.p)
		for _, f := range []Value{pr.get, pr.set, pr.del} {
			if f.p == nil || f.isNone() {
				continue
			}
			if r, err := GetAttr(f, intern("__isabstractmethod__")); err == nil {
				if b, _ := Truth(r); b {
					return True, nil
				}
			}
		}
		return False, nil
	}, nil}))
}

// customMRO is the metaclass's own mro() (a class statement's override),
// called as type_new's mro_internal does; ok false when it has none.
func customMRO(meta *Type, t *Type) ([]*Type, bool, *Exception) {
	m, heap := meta.definedInHeap("mro")
	if !heap || m.p == nil {
		return nil, false, nil
	}
	r, err := callMethod(m, obj(t))
	if err != nil {
		return nil, true, err
	}
	items, err := iterToSlice(r)
	if err != nil {
		return nil, true, err
	}
	out := make([]*Type, 0, len(items))
	for _, it := range items {
		if !it.Type().IsSubtype(TypeType) {
			return nil, true, newErr(TypeError, "mro() returned a non-class ('%s')", typeName(it))
		}
		out = append(out, it.typ())
	}
	return out, true, nil
}

// abstractCheck is object_new's refusal of a class whose
// __abstractmethods__ (set by ABCMeta) is not empty.
func abstractCheck(t *Type) *Exception {
	v, ok := t.Dict.GetS("__abstractmethods__")
	if !ok {
		return nil
	}
	items, err := iterToSlice(v)
	if err != nil || len(items) == 0 {
		return err
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		s, err := Str_(it)
		if err != nil {
			return err
		}
		names = append(names, s)
	}
	sort.Strings(names)
	if len(names) == 1 {
		return newErr(TypeError, "Can't instantiate abstract class %s without an implementation for abstract method '%s'", t.Name, names[0])
	}
	return newErr(TypeError, "Can't instantiate abstract class %s without an implementation for abstract methods '%s'", t.Name, strings.Join(names, "', '"))
}

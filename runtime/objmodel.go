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
	initMappingProxy()
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

// mappingProxy is types.MappingProxyType: a read-only view of a mapping,
// what a class's __dict__ gives.
type mappingProxy struct {
	Header
	m Value
}

var MappingProxyType *Type

func newMappingProxy(m Value) Value { return obj(&mappingProxy{Header{MappingProxyType}, m}) }

func initMappingProxy() {
	t := newBuiltinType("mappingproxy", ObjectType)
	MappingProxyType = t
	t.final = true
	pm := func(v Value) Value { return (*mappingProxy)(v.p).m }
	t.newf = func(_ *Type, a []Value, kw *Tuple) (Value, *Exception) {
		pos, _ := splitKw(a, kw)
		if len(pos) != 1 || kwCount(kw) > 0 {
			return Null, newErr(TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)")
		}
		m := pos[0]
		if m.Type().getitem == nil || m.Type().IsSubtype(ListType) || m.Type().IsSubtype(TupleType) {
			return Null, newErr(TypeError, "mappingproxy() argument must be a mapping, not %s", typeName(m))
		}
		return newMappingProxy(m), nil
	}
	t.repr = func(v Value) (Value, *Exception) {
		r, err := Repr(pm(v))
		if err != nil {
			return Null, err
		}
		return NewStr("mappingproxy(" + r.str().s + ")"), nil
	}
	t.str = func(v Value) (Value, *Exception) { return StrOf(pm(v)) }
	t.getitem = func(o, k Value) (Value, *Exception) { return GetItem(pm(o), k) }
	t.contains = func(o, k Value) (bool, *Exception) { return Contains(pm(o), k) }
	t.length = func(v Value) (int, *Exception) { return Len(pm(v)) }
	t.iter = func(v Value) (Value, *Exception) { return GetIter(pm(v)) }
	t.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if b.Type() == MappingProxyType {
			b = pm(b)
		}
		return RichCompare(pm(a), b, op)
	}
	for _, n := range []string{"keys", "values", "items", "get", "copy"} {
		n := intern(n)
		t.def(n.s, func(a []Value, kw *Tuple) (Value, *Exception) {
			m, err := GetAttr(pm(a[0]), n)
			if err != nil {
				return Null, err
			}
			return Call(m, a[1:], kw)
		})
	}
	t.def("__reversed__", func(a []Value, kw *Tuple) (Value, *Exception) {
		m, err := GetAttr(pm(a[0]), intern("__reversed__"))
		if err != nil {
			return Null, err
		}
		return Call(m, nil, nil)
	})
	t.def("__or__", func(a []Value, kw *Tuple) (Value, *Exception) {
		x := a[1]
		if x.Type() == MappingProxyType {
			x = pm(x)
		}
		return BinaryOp(pm(a[0]), x, nbOr)
	})
}

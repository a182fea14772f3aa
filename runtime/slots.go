package runtime

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// __slots__ (typeobject.c's type_new_slots): each slot name becomes a
// member_descriptor on the class, and instances of a class whose MRO has
// slots are slotInst: the plain Instance (its dict nil unless "__dict__"
// is a slot or a base has one) followed by the slot values, indexed by
// the descriptor. Instances of builtin subclasses (list, dict, ...) keep
// their slot values in the hidden dict of their layout instead, which the
// class does not expose when it has no __dict__.

func init() {
	for _, t := range allTypes {
		addBinopWrappers(t)
	}
}

type slotInst struct {
	Instance
	slots []Value
}

// memberDescr is a member_descriptor: slot idx of owner's instances.
type memberDescr struct {
	Header
	name  *Str
	idx   int
	owner *Type
}

// attrDescr is the "__dict__" or "__weakref__" getset_descriptor a class
// that introduces them holds.
type attrDescr struct {
	Header
	name  string
	owner *Type
}

var MemberDescrType, attrDescrType *Type

func initSlots() {
	m := newBuiltinType("member_descriptor", ObjectType)
	MemberDescrType = m
	m.final = true
	m.repr = func(v Value) (Value, *Exception) {
		d := (*memberDescr)(v.p)
		return NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", d.name.s, d.owner.Name)), nil
	}
	m.descrGet = func(dv, o Value, t *Type) (Value, *Exception) {
		if o.p == nil || o.isNone() {
			return dv, nil
		}
		d := (*memberDescr)(dv.p)
		if err := d.check(o); err != nil {
			return Null, err
		}
		v := d.load(o)
		if v.p == nil {
			e := newErr(AttributeError, "'%s' object has no attribute '%s'", typeName(o), d.name.s)
			e.name, e.obj = obj(d.name), o
			return Null, e
		}
		return v, nil
	}
	m.descrSet = func(dv, o, v Value) *Exception {
		d := (*memberDescr)(dv.p)
		if err := d.check(o); err != nil {
			return err
		}
		if v.p == nil && d.load(o).p == nil {
			// 3.13's wording for deleting an unset slot is the bare name
			return newErr(AttributeError, "%s", d.name.s)
		}
		d.store(o, v)
		return nil
	}
	m.getattr = func(o Value, name *Str) (Value, *Exception) {
		d := (*memberDescr)(o.p)
		switch name.s {
		case "__name__", "__qualname__":
			if name.s == "__qualname__" {
				return NewStr(d.owner.Qualname + "." + d.name.s), nil
			}
			return obj(d.name), nil
		case "__objclass__":
			return obj(d.owner), nil
		case "__doc__":
			return None, nil
		}
		return genericGetattr(o, name)
	}
	addDescrDunders(m)

	a := newBuiltinType("getset_descriptor", ObjectType)
	attrDescrType = a
	a.final = true
	a.repr = func(v Value) (Value, *Exception) {
		d := (*attrDescr)(v.p)
		return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.name, d.owner.Name)), nil
	}
	a.descrGet = func(dv, o Value, t *Type) (Value, *Exception) {
		if o.p == nil || o.isNone() {
			return dv, nil
		}
		d := (*attrDescr)(dv.p)
		if d.name == "__weakref__" {
			return None, nil
		}
		if x := instDictOf(o); x != nil {
			return obj(x), nil
		}
		return Null, newErr(AttributeError, "'%s' object has no attribute '__dict__'", typeName(o))
	}
	a.descrSet = func(dv, o, v Value) *Exception {
		d := (*attrDescr)(dv.p)
		if d.name == "__weakref__" {
			return newErr(AttributeError, "attribute '__weakref__' of '%s' objects is not writable", d.owner.Name)
		}
		x := instDictOf(o)
		if x == nil {
			return newErr(AttributeError, "'%s' object has no attribute '__dict__'", typeName(o))
		}
		if v.p == nil {
			return newErr(TypeError, "cannot delete __dict__")
		}
		if v.Type() != DictType && !v.Type().IsSubtype(DictType) {
			return newErr(TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
		}
		if i, ok := instanceOf(o); ok {
			i.dict = v.dict()
			return nil
		}
		return newErr(TypeError, "__dict__ assignment is not supported for '%s' objects", typeName(o))
	}
	a.getattr = func(o Value, name *Str) (Value, *Exception) {
		d := (*attrDescr)(o.p)
		switch name.s {
		case "__name__":
			return NewStr(d.name), nil
		case "__qualname__":
			return NewStr(d.owner.Qualname + "." + d.name), nil
		case "__objclass__":
			return obj(d.owner), nil
		case "__doc__":
			if d.name == "__dict__" {
				return NewStr("dictionary for instance variables"), nil
			}
			return NewStr("list of weak references to the object"), nil
		}
		return genericGetattr(o, name)
	}
	addDescrDunders(a)
	// object has no __dict__: the classes that introduce one hold it
	BaseExceptionType.defAttr("__dict__", obj(&attrDescr{Header{a}, "__dict__", BaseExceptionType}))
}

// addDescrDunders gives a descriptor type explicit __get__/__set__/__delete__.
func addDescrDunders(t *Type) {
	t.def("__get__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 2 || len(a) > 3 {
			return Null, newErr(TypeError, "expected 1 or 2 arguments, got %d", len(a)-1)
		}
		var owner *Type
		if len(a) == 3 && a[2].Type().IsSubtype(TypeType) {
			owner = a[2].typ()
		}
		o := a[1]
		if o.isNone() {
			o = Null
		}
		return t.descrGet(a[0], o, owner)
	})
	t.def("__set__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 3 {
			return Null, newErr(TypeError, "expected 2 arguments, got %d", len(a)-1)
		}
		return None, t.descrSet(a[0], a[1], a[2])
	})
	t.def("__delete__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
		}
		return None, t.descrSet(a[0], a[1], Null)
	})
}

func (d *memberDescr) check(o Value) *Exception {
	if !o.Type().IsSubtype(d.owner) {
		return newErr(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name.s, d.owner.Name, typeName(o))
	}
	return nil
}

func (d *memberDescr) load(o Value) Value {
	if o.hdr().typ.layout == layoutInstance {
		s := (*slotInst)(o.p)
		if d.idx < len(s.slots) {
			return s.slots[d.idx]
		}
		return Null
	}
	if x := rawSubDict(o); x != nil {
		v, _ := x.getStr(d.name)
		return v
	}
	return Null
}

func (d *memberDescr) store(o, v Value) {
	if o.hdr().typ.layout == layoutInstance {
		s := (*slotInst)(o.p)
		if d.idx < len(s.slots) {
			s.slots[d.idx] = v
		}
		return
	}
	if x := rawSubDict(o); x != nil {
		if v.p == nil {
			x.Delete(obj(d.name))
		} else {
			x.setStr(d.name, v)
		}
	}
}

// rawSubDict is a builtin subclass instance's dict even when its class
// hides it (slots without __dict__).
func rawSubDict(o Value) *Dict {
	t := o.hdr().typ
	saved := t.instDict
	t.instDict = true
	d := subDict(o)
	t.instDict = saved
	return d
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return true
}

// mangleName is the compiler's private-name mangling for class cls.
func mangleName(cls, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(cls, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// typeSlots reads a class namespace's __slots__ before the type is built:
// the member names (mangled, sorted) and whether __dict__/__weakref__
// are slots. ok false: the class has no __slots__.
func typeSlots(name string, ns *Dict, bases []*Type) (names []string, addDict, addWeak, ok bool, err *Exception) {
	sv, has := ns.GetS("__slots__")
	if !has {
		return nil, false, false, false, nil
	}
	var items []Value
	if sv.Type().IsSubtype(StrType) {
		items = []Value{sv}
	} else {
		it, err := GetIter(sv)
		if err != nil {
			return nil, false, false, false, err
		}
		for {
			v, more, err := Next(it)
			if err != nil {
				return nil, false, false, false, err
			}
			if !more {
				break
			}
			items = append(items, v)
		}
	}
	baseDict, baseWeak := false, false
	for _, b := range bases {
		if b.instDict {
			baseDict = true
		}
		if b.weakSlot {
			baseWeak = true
		}
	}
	seen := map[string]bool{}
	for _, it := range items {
		if !it.Type().IsSubtype(StrType) {
			return nil, false, false, false, newErr(TypeError, "__slots__ items must be strings, not '%s'", typeName(it))
		}
		s := it.str().s
		if !isIdent(s) {
			return nil, false, false, false, newErr(TypeError, "__slots__ must be identifiers")
		}
		switch s {
		case "__dict__":
			if baseDict || addDict {
				return nil, false, false, false, newErr(TypeError, "__dict__ slot disallowed: we already got one")
			}
			addDict = true
			continue
		case "__weakref__":
			if baseWeak || addWeak {
				return nil, false, false, false, newErr(TypeError, "__weakref__ slot disallowed: we already got one")
			}
			addWeak = true
			continue
		}
		m := mangleName(name, s)
		if seen[m] {
			continue
		}
		seen[m] = true
		if _, clash := ns.GetS(m); clash {
			return nil, false, false, false, newErr(ValueError, "'%s' in __slots__ conflicts with class variable", m)
		}
		names = append(names, m)
	}
	sort.Strings(names)
	return names, addDict, addWeak, true, nil
}

// slotBase is the base contributing instance slots (the one whose slot
// count is largest); two bases each adding slots conflict.
func slotBase(bases []*Type) (int, *Exception) {
	n := 0
	var owner *Type
	for _, b := range bases {
		if b.nslots == 0 {
			continue
		}
		if owner != nil && !b.IsSubtype(owner) && !owner.IsSubtype(b) {
			return 0, newErr(TypeError, "multiple bases have instance lay-out conflict")
		}
		if b.nslots > n {
			n, owner = b.nslots, b
		}
	}
	return n, nil
}

func allocSlotted(t *Type) Value {
	s := &slotInst{Instance{Header{t}, nil}, make([]Value, t.nslots)}
	if t.instDict {
		s.dict = NewDict()
	}
	return obj(s)
}

func anyWeak(bases []*Type) bool {
	for _, b := range bases {
		if b.weakSlot {
			return true
		}
	}
	return false
}

package runtime

import (
	"fmt"
	"reflect"
)

// typeNew is type(name, bases, dict) (type_new): a heap type with a C3
// MRO, the solid base's layout, and slot functions for the dunders its
// dict defines.
func typeNew(meta *Type, args []Value, kw *Tuple) (Value, *Exception) {
	if len(args)-kwCount(kw) != 3 {
		return Null, newErr(TypeError, "type() takes 1 or 3 arguments")
	}
	if args[0].Type() != StrType {
		return Null, newErr(TypeError, "type.__new__() argument 1 must be str, not %s", typeName(args[0]))
	}
	if args[1].Type() != TupleType {
		return Null, newErr(TypeError, "type.__new__() argument 2 must be tuple, not %s", typeName(args[1]))
	}
	if args[2].Type() != DictType {
		return Null, newErr(TypeError, "type.__new__() argument 3 must be dict, not %s", typeName(args[2]))
	}
	name := args[0].str().s
	var bases []*Type
	for _, b := range args[1].tuple().items {
		if b.Type() != TypeType && !b.Type().IsSubtype(TypeType) {
			return Null, newErr(TypeError, "bases must be types")
		}
		bt := b.typ()
		if bt.final {
			return Null, newErr(TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		bases = append(bases, bt)
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	// type_new: the most derived metaclass of the bases wins, and its own
	// __new__ runs (type('E', (Enum,), ns) is EnumType's) (import work)
	winner := meta
	for _, b := range bases {
		bm := obj(b).Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if !bm.IsSubtype(winner) {
			return Null, newErr(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		winner = bm
	}
	if winner != meta {
		if fnPtr(winner.newf) != fnPtr(typeNew) {
			return winner.newf(winner, args, kw)
		}
		meta = winner
	}
	slotNames, addDict, addWeak, hasSlots, err := typeSlots(name, args[2].dict(), bases) // slots.go
	if err != nil {
		return Null, err
	}
	baseSlots, err := slotBase(bases)
	if err != nil {
		return Null, err
	}
	baseExc := false
	for _, b := range bases {
		baseExc = baseExc || b.isExc
	}
	if baseExc {
		hasSlots = false // exceptions keep a dict: their slots live in it
	}
	t := &Type{Header: Header{meta}, Name: name, Qualname: name, Bases: bases, heap: true, instDict: !hasSlots || addDict}
	t.weakSlot = !hasSlots || addWeak
	for _, b := range bases {
		t.weakSlot = t.weakSlot || b.weakSlot
	}
	mro, err := c3(t, bases)
	if err != nil {
		return Null, err
	}
	t.MRO = mro
	// the solid base: the first base whose layout is not a plain instance
	t.Base = bases[0]
	ns := args[2].dict().copy()
	t.Dict = ns
	if v, ok := ns.GetS("__qualname__"); ok && v.Type() == StrType {
		t.Qualname = v.str().s
		ns.Delete(NewStr("__qualname__"))
	}
	if v, ok := ns.GetS("__module__"); ok && v.Type() == StrType {
		t.Module = v.str().s
	}
	baseDict := false
	for _, m := range mro[1:] {
		baseDict = baseDict || m.instDict
		t.inherit(m)
	}
	solid := t.solidBase()
	t.nslots = baseSlots
	if hasSlots && len(slotNames) > 0 {
		switch solid {
		case IntType, TupleType, StrType, BytesType, ComplexType, FloatType:
			return Null, newErr(TypeError, "nonempty __slots__ not supported for subtype of '%s'", solid.Name)
		}
		for i, n := range slotNames {
			ns.SetS(n, obj(&memberDescr{Header{MemberDescrType}, intern(n), baseSlots + i, t}))
		}
		t.nslots = baseSlots + len(slotNames)
	}
	if t.instDict && !baseDict {
		ns.SetS("__dict__", obj(&attrDescr{Header{attrDescrType}, "__dict__", t}))
	}
	if t.weakSlot && !anyWeak(bases) {
		ns.SetS("__weakref__", obj(&attrDescr{Header{attrDescrType}, "__weakref__", t}))
	}
	if _, ok := ns.GetS("__doc__"); !ok {
		ns.SetS("__doc__", None)
	}
	// a plain base after a builtin one (class E(str, Mixin)) leaves layoutInstance: the solid base decides
	if (t.layout == layoutOther || t.layout == layoutInstance) && !t.isExc {
		if solid == ObjectType {
			t.layout = layoutInstance
		} else if l, ok := subLayout(solid); ok {
			t.layout = l
		} else {
			return Null, newErr(TypeError, "subclassing '%s' is not supported yet", solid.Name)
		}
	}
	if t.layout == layoutInstance {
		t.alloc = newObject
		if t.nslots > 0 || !t.instDict {
			t.alloc = allocSlotted // slots.go
		}
	}
	// __eq__ without __hash__ makes instances unhashable
	if _, ok := ns.GetS("__eq__"); ok {
		if _, ok := ns.GetS("__hash__"); !ok {
			ns.SetS("__hash__", None)
		}
	}
	// __new__, __init_subclass__, __class_getitem__ are implicitly static/class methods
	if v, ok := ns.GetS("__new__"); ok && v.Type() == FunctionType {
		ns.SetS("__new__", obj(&StaticMethod{Header: Header{StaticMethodType}, fn: v}))
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := ns.GetS(n); ok && v.Type() == FunctionType {
			ns.SetS(n, obj(&ClassMethod{Header: Header{ClassMethodType}, fn: v}))
		}
	}
	typeVersion++
	allTypes = append(allTypes, t)
	t.fixSlots()
	if t.layout >= layoutListSub {
		if _, own := t.definedInHeap("__new__"); !own {
			t.newf = makeSubNew(solid)
		}
	}
	tv := obj(t)
	if cell, ok := ns.GetS("__classcell__"); ok {
		if cell.Type() == CellType {
			cell.cell().v = tv
		}
		ns.Delete(NewStr("__classcell__"))
	}
	// __set_name__
	var setNames [][2]Value
	ns.each(func(k, v Value) bool {
		setNames = append(setNames, [2]Value{k, v})
		return true
	})
	for _, kv := range setNames {
		if m := kv[1].Type().lookupS("__set_name__"); m.p != nil {
			if _, err := callMethod(m, kv[1], tv, kv[0]); err != nil {
				return Null, err
			}
		}
	}
	// __init_subclass__ of the parent
	sup := &Super{Header{SuperType}, t, tv, t}
	if isub, err := superGetattr(obj(sup), intern("__init_subclass__")); err == nil {
		n := kwCount(kw)
		if _, err := Call(isub, args[len(args)-n:], kw); err != nil {
			return Null, err
		}
	} else {
		return Null, err
	}
	return tv, nil
}

func (t *Type) solidBase() *Type {
	for _, m := range t.MRO {
		if !m.heap {
			return m
		}
	}
	return ObjectType
}

// c3 is the C3 linearization (mro_implementation).
func c3(t *Type, bases []*Type) ([]*Type, *Exception) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				if len(s2) == 0 {
					continue
				}
				for _, x := range s2[1:] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := ""
			seen := map[*Type]bool{}
			for _, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 && !seen[s[0]] {
					if names != "" {
						names += ", "
					}
					names += s[0].Name
					seen[s[0]] = true
				}
			}
			return nil, newErr(TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s", names)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// definedInHeap reports whether name resolves, along t's MRO, to an entry
// of a class statement's dict (so the slot must call the dunder).
func (t *Type) definedInHeap(name string) (Value, bool) {
	k := intern(name)
	for _, m := range t.MRO {
		if v, ok := m.Dict.getStr(k); ok {
			return v, m.heap
		}
	}
	return Null, false
}

// fixSlots installs the dunder-calling slots of a heap type (fixup_slot_dispatchers).
func (t *Type) fixSlots() {
	if !t.heap {
		return
	}
	base := t.MRO[1]
	has := func(n string) bool { _, h := t.definedInHeap(n); return h }
	pick := func(n string) bool { return has(n) }
	if pick("__repr__") {
		t.repr = func(v Value) (Value, *Exception) { return callDunder0(v, "__repr__") }
	} else {
		t.repr = base.repr
	}
	if pick("__str__") {
		t.str = func(v Value) (Value, *Exception) { return callDunder0(v, "__str__") }
	} else {
		t.str = base.str
	}
	if v, h := t.definedInHeap("__hash__"); h {
		if v.isNone() {
			t.hash = nil
		} else {
			t.hash = slotHash
		}
	} else {
		t.hash = base.hash
	}
	if has("__eq__") || has("__ne__") || has("__lt__") || has("__le__") || has("__gt__") || has("__ge__") {
		t.richcmp = slotRichcmp
	} else {
		t.richcmp = base.richcmp
	}
	if has("__getattribute__") || has("__getattr__") {
		t.getattr = slotGetattr
	} else {
		t.getattr = base.getattr
	}
	if has("__setattr__") || has("__delattr__") {
		t.setattr = slotSetattr
	} else {
		t.setattr = base.setattr
	}
	set1 := func(n string, dst *func(Value) (Value, *Exception), inh func(Value) (Value, *Exception)) {
		if has(n) {
			*dst = func(v Value) (Value, *Exception) { return callDunder0(v, n) }
		} else {
			*dst = inh
		}
	}
	set1("__neg__", &t.neg, base.neg)
	set1("__pos__", &t.pos, base.pos)
	set1("__invert__", &t.invert, base.invert)
	set1("__abs__", &t.abs, base.abs)
	set1("__index__", &t.index, base.index)
	set1("__int__", &t.toInt, base.toInt)
	set1("__float__", &t.toFloat, base.toFloat)
	set1("__iter__", &t.iter, base.iter)
	if has("__call__") {
		t.call = func(f Value, args []Value, kw *Tuple) (Value, *Exception) {
			m := f.Type().lookupS("__call__")
			return callBound(m, f, args, kw)
		}
	} else {
		t.call = base.call
	}
	if has("__next__") {
		t.next = func(v Value) (Value, bool, *Exception) {
			r, err := callDunder0(v, "__next__")
			if err != nil {
				if err.typ.IsSubtype(StopIteration) {
					return Null, false, nil
				}
				return Null, false, err
			}
			return r, true, nil
		}
	} else {
		t.next = base.next
	}
	if has("__len__") {
		t.length = slotLen
	} else {
		t.length = base.length
	}
	if has("__getitem__") {
		t.getitem = func(o, k Value) (Value, *Exception) { return callDunder(o, "__getitem__", k) }
	} else {
		t.getitem = base.getitem
	}
	if has("__setitem__") || has("__delitem__") {
		t.setitem = func(o, k, v Value) *Exception {
			var err *Exception
			if v.p == nil {
				_, err = callDunder(o, "__delitem__", k)
			} else {
				_, err = callDunder(o, "__setitem__", k, v)
			}
			return err
		}
	} else {
		t.setitem = base.setitem
	}
	if has("__contains__") {
		t.contains = func(o, k Value) (bool, *Exception) {
			r, err := callDunder(o, "__contains__", k)
			if err != nil {
				return false, err
			}
			return Truth(r)
		}
	} else {
		t.contains = base.contains
	}
	if has("__bool__") {
		t.boolf = func(v Value) (bool, *Exception) {
			r, err := callDunder0(v, "__bool__")
			if err != nil {
				return false, err
			}
			if r.Type() != BoolType {
				return false, newErr(TypeError, "__bool__ should return bool, returned %s", typeName(r))
			}
			return r.Is(True), nil
		}
	} else {
		t.boolf = base.boolf
	}
	if has("__get__") {
		t.descrGet = func(d, o Value, ty *Type) (Value, *Exception) {
			ov := o
			if ov.p == nil {
				ov = None
			}
			tv := None
			if ty != nil {
				tv = obj(ty)
			}
			return callDunder(d, "__get__", ov, tv)
		}
	} else {
		t.descrGet = base.descrGet
	}
	if has("__set__") || has("__delete__") {
		t.descrSet = func(d, o, v Value) *Exception {
			var err *Exception
			if v.p == nil {
				_, err = callDunder(d, "__delete__", o)
			} else {
				_, err = callDunder(d, "__set__", o, v)
			}
			return err
		}
	} else {
		t.descrSet = base.descrSet
	}
	for op := range binOps {
		info := &binOps[op]
		if info.slot == nil {
			continue
		}
		if has(info.dunder) || (info.rdunder != "" && has(info.rdunder)) {
			t.num[op] = info.slot
		} else {
			t.num[op] = base.num[op]
		}
	}
	t.customInit, t.customNew = has("__init__"), has("__new__")
	if has("__init__") {
		t.init = func(self Value, args []Value, kw *Tuple) *Exception {
			m := self.Type().lookup(strInit)
			r, err := callBound(m, self, args, kw)
			if err != nil {
				return err
			}
			if !r.isNone() {
				return newErr(TypeError, "__init__() should return None, not '%s'", typeName(r))
			}
			return nil
		}
	} else {
		t.init = base.init
	}
	if has("__new__") {
		t.newf = func(ty *Type, args []Value, kw *Tuple) (Value, *Exception) {
			m := ty.lookupS("__new__")
			if m.Type() == StaticMethodType {
				m = (*StaticMethod)(m.p).fn
			}
			buf := make([]Value, 0, len(args)+1)
			buf = append(buf, obj(ty))
			buf = append(buf, args...)
			return Call(m, buf, kw)
		}
	} else {
		t.newf = base.newf
	}
	typeVersion++
}

// callBound calls attribute m (found on a type) with self and args.
func callBound(m, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	mt := m.Type()
	if mt == FunctionType {
		return curThread.callFunctionSelf(m.fn(), self, args, kw)
	}
	if mt == MethodDescrType {
		buf := make([]Value, 0, len(args)+1)
		buf = append(buf, self)
		buf = append(buf, args...)
		return Call(m, buf, kw)
	}
	if mt.descrGet != nil {
		b, err := mt.descrGet(m, self, self.Type())
		if err != nil {
			return Null, err
		}
		return Call(b, args, kw)
	}
	return Call(m, args, kw)
}

func callDunder0(v Value, name string) (Value, *Exception) {
	m := v.Type().lookupS(name)
	if m.p == nil {
		return Null, attrError(v, intern(name))
	}
	return callMethod(m, v)
}

func callDunder(v Value, name string, args ...Value) (Value, *Exception) {
	m := v.Type().lookupS(name)
	if m.p == nil {
		return Null, attrError(v, intern(name))
	}
	return callMethod(m, v, args...)
}

func slotHash(v Value) (int64, *Exception) {
	r, err := callDunder0(v, "__hash__")
	if err != nil {
		return 0, err
	}
	if !isIntLike(r) {
		return 0, newErr(TypeError, "__hash__ method should return an integer")
	}
	if i, ok := smallInt(r); ok {
		return intHash(i), nil
	}
	return bigHash(&r.bigint().b), nil
}

func slotRichcmp(a, b Value, op int) (Value, *Exception) {
	m := a.Type().lookup(cmpOps[op].dunder)
	if m.p == nil {
		return NotImplemented, nil
	}
	return callMethod(m, a, b)
}

func slotLen(v Value) (int, *Exception) {
	r, err := callDunder0(v, "__len__")
	if err != nil {
		return 0, err
	}
	if !isIntLike(r) {
		return 0, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
	}
	n, ok := smallInt(r)
	if !ok {
		return 0, newErr(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, newErr(ValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

func slotGetattr(o Value, name *Str) (Value, *Exception) {
	t := o.Type()
	var r Value
	var err *Exception
	if ga, h := t.definedInHeap("__getattribute__"); h {
		r, err = callMethod(ga, o, obj(name))
	} else {
		r, err = genericGetattr(o, name)
	}
	if err != nil && err.typ.IsSubtype(AttributeError) {
		if g := t.lookupS("__getattr__"); g.p != nil {
			return callMethod(g, o, obj(name))
		}
	}
	return r, err
}

func slotSetattr(o Value, name *Str, v Value) *Exception {
	var err *Exception
	if v.p == nil {
		_, err = callDunder(o, "__delattr__", obj(name))
	} else {
		_, err = callDunder(o, "__setattr__", obj(name), v)
	}
	return err
}

func fnPtr(f any) uintptr {
	if f == nil {
		return 0
	}
	v := reflect.ValueOf(f)
	if v.IsNil() {
		return 0
	}
	return v.Pointer()
}

// initObjectMethods gives object (and builtin types) the dunder methods a
// program can call explicitly: object.__init__, super().__repr__(), ...
func initObjectMethods() {
	o := ObjectType
	o.def("__init__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return None, objectInit(a[0], a[1:len(a)-kwCount(kw)], kw)
	})
	o.defAttr("__new__", obj(&Builtin{Header{BuiltinType}, "__new__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) == 0 || a[0].Type() != TypeType && !a[0].Type().IsSubtype(TypeType) {
			return Null, newErr(TypeError, "object.__new__(X): X is not a type object")
		}
		t := a[0].typ()
		if t.alloc == nil {
			return Null, newErr(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t.Name, t.Name)
		}
		return t.alloc(t), nil
	}, Null, nil}))
	o.def("__repr__", func(a []Value, kw *Tuple) (Value, *Exception) { return objectRepr(a[0]) })
	o.def("__str__", func(a []Value, kw *Tuple) (Value, *Exception) {
		t := a[0].Type()
		if t.repr == nil {
			return objectRepr(a[0])
		}
		return Repr(a[0])
	})
	o.def("__hash__", func(a []Value, kw *Tuple) (Value, *Exception) {
		h, _ := idHash(a[0])
		return MakeInt(h), nil
	})
	o.def("__format__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "__format__() argument must be str")
		}
		if a[1].str().s != "" {
			return Null, newErr(TypeError, "unsupported format string passed to %s.__format__", typeName(a[0]))
		}
		return StrOf(a[0])
	})
	for op := cmpLT; op <= cmpGE; op++ {
		op := op
		o.def(cmpOps[op].dunder.s, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 2 {
				return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
			}
			return objectRichcmp(a[0], a[1], op)
		})
	}
	o.def("__getattribute__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string")
		}
		return genericGetattr(a[0], a[1].str())
	})
	o.def("__setattr__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 3 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string")
		}
		return None, genericSetattr(a[0], intern(a[1].str().s), a[2])
	})
	o.def("__delattr__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string")
		}
		return None, genericSetattr(a[0], intern(a[1].str().s), Null)
	})
	o.defAttr("__init_subclass__", obj(&ClassMethod{Header: Header{ClassMethodType}, fn: obj(&Builtin{Header{BuiltinType}, "__init_subclass__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) > 1 {
			return Null, newErr(TypeError, "%s.__init_subclass__() takes no keyword arguments", a[0].typ().Name)
		}
		return None, nil
	}, Null, nil})}))
	o.def("__dir__", func(a []Value, kw *Tuple) (Value, *Exception) { return builtinDir(a[0]) })
	o.def("__getstate__", func(a []Value, kw *Tuple) (Value, *Exception) {
		// object_getstate_default: the instance dict (None when empty or absent)
		if d := instDictOf(a[0]); d != nil && d.used > 0 {
			return obj(d.copy()), nil
		}
		return None, nil
	})
	o.def("__sizeof__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return MakeInt(16), nil // object's tp_basicsize
	})
	o.defAttr("__class__", obj(&GetSet{Header{GetSetType}, "__class__", func(v Value) (Value, *Exception) { return obj(v.Type()), nil }, nil}))
}

// GetSet is a data descriptor of a builtin type implemented in Go.
type GetSet struct {
	Header
	name string
	get  func(v Value) (Value, *Exception)
	set  func(v, x Value) *Exception
}

var GetSetType *Type

// addSlotWrappers gives builtin types __init__, __eq__, __add__, ... as
// methods calling their own slots, so explicit calls work.
func addSlotWrappers(t *Type) {
	b := t.Base
	if t.init != nil && (b == nil || fnPtr(t.init) != fnPtr(b.init)) {
		f := t.init
		t.def("__init__", func(a []Value, kw *Tuple) (Value, *Exception) {
			return None, f(a[0], a[1:], kw)
		})
	}
	if t.repr != nil && (b == nil || fnPtr(t.repr) != fnPtr(b.repr)) {
		f := t.repr
		t.def("__repr__", func(a []Value, kw *Tuple) (Value, *Exception) { return f(a[0]) })
	}
	if t.str != nil && (b == nil || fnPtr(t.str) != fnPtr(b.str)) {
		f := t.str
		t.def("__str__", func(a []Value, kw *Tuple) (Value, *Exception) { return f(a[0]) })
	}
	if t.richcmp != nil && (b == nil || fnPtr(t.richcmp) != fnPtr(b.richcmp)) {
		f := t.richcmp
		for op := cmpLT; op <= cmpGE; op++ {
			op := op
			t.def(cmpOps[op].dunder.s, func(a []Value, kw *Tuple) (Value, *Exception) {
				if len(a) != 2 {
					return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
				}
				return f(a[0], a[1], op)
			})
		}
	}
	if t.hash != nil && (b == nil || fnPtr(t.hash) != fnPtr(b.hash)) {
		f := t.hash
		t.def("__hash__", func(a []Value, kw *Tuple) (Value, *Exception) {
			h, err := f(a[0])
			return MakeInt(h), err
		})
	}
	if t.length != nil && (b == nil || fnPtr(t.length) != fnPtr(b.length)) {
		f := t.length
		t.def("__len__", func(a []Value, kw *Tuple) (Value, *Exception) {
			n, err := f(a[0])
			return MakeInt(int64(n)), err
		})
	}
	if t.getitem != nil && (b == nil || fnPtr(t.getitem) != fnPtr(b.getitem)) {
		f := t.getitem
		t.def("__getitem__", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 2 {
				return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
			}
			return f(a[0], a[1])
		})
	}
	if t.setitem != nil && (b == nil || fnPtr(t.setitem) != fnPtr(b.setitem)) {
		f := t.setitem
		t.def("__setitem__", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 3 {
				return Null, newErr(TypeError, "expected 2 arguments, got %d", len(a)-1)
			}
			return None, f(a[0], a[1], a[2])
		})
		t.def("__delitem__", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 2 {
				return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
			}
			return None, f(a[0], a[1], Null)
		})
	}
	if t.contains != nil && (b == nil || fnPtr(t.contains) != fnPtr(b.contains)) {
		f := t.contains
		t.def("__contains__", func(a []Value, kw *Tuple) (Value, *Exception) {
			r, err := f(a[0], a[1])
			return MakeBool(r), err
		})
	}
	if t.iter != nil && (b == nil || fnPtr(t.iter) != fnPtr(b.iter)) {
		f := t.iter
		t.def("__iter__", func(a []Value, kw *Tuple) (Value, *Exception) { return f(a[0]) })
	}
	if t.next != nil && (b == nil || fnPtr(t.next) != fnPtr(b.next)) {
		f := t.next
		t.def("__next__", func(a []Value, kw *Tuple) (Value, *Exception) {
			r, ok, err := f(a[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, newExcArgs(StopIteration)
			}
			return r, nil
		})
	}
	addBinopWrappers(t)
	if t.newf != nil && t != ObjectType && (b == nil || fnPtr(t.newf) != fnPtr(b.newf)) {
		f := t.newf
		t.defAttr("__new__", obj(&Builtin{Header{BuiltinType}, "__new__", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) == 0 || !a[0].Type().IsSubtype(TypeType) {
				return Null, newErr(TypeError, "%s.__new__(X): X is not a type object", t.Name)
			}
			cls := a[0].typ()
			r, err := f(cls, a[1:], kw)
			if err != nil || cls == t {
				return r, err
			}
			return rewrap(r, cls), nil
		}, Null, nil}))
	}
	_ = fmt.Sprint
}

// addBinopWrappers gives a builtin type __add__, __radd__, ... calling
// its operator slots. It runs again once the operator table is complete
// (init in slots.go): the types are made before ops.go registers the rows.
func addBinopWrappers(t *Type) {
	if t.heap {
		return
	}
	b := t.Base
	for op := range binOps {
		info := &binOps[op]
		s := t.num[op]
		if s == nil || info.slot == nil || (b != nil && b.num[op] == s) || t.Dict.indexOf(info.dn) >= 0 {
			continue
		}
		f := s.f
		t.def(info.dunder, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 2 {
				return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
			}
			return f(a[0], a[1])
		})
		if info.rdunder != "" {
			t.def(info.rdunder, func(a []Value, kw *Tuple) (Value, *Exception) {
				if len(a) != 2 {
					return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
				}
				return f(a[1], a[0])
			})
		}
	}
}

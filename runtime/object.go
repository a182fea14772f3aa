package runtime

import (
	"fmt"
	"strings"
)

// Instance is an instance of a class statement's type whose solid base is
// object: its attributes live in a dict.
type Instance struct {
	Header
	dict *Dict
}

func instanceOf(o Value) (*Instance, bool) {
	if o.p == intTag || o.p == floatTag || o.p == nil {
		return nil, false
	}
	t := o.hdr().typ
	if t.layout == layoutInstance {
		return o.inst(), true
	}
	return nil, false
}

const (
	layoutOther = iota
	layoutInstance
)

// Builtin is a function written in Go: a builtin function, or (with
// objclass set and the MethodDescr type) a method of a builtin type that
// gets self as args[0]; bound to self it is a builtin method.
type Builtin struct {
	Header
	name     string
	fn       func(args []Value, kwnames *Tuple) (Value, *Exception)
	self     Value
	objclass *Type
}

// Method is a function bound to an instance.
type Method struct {
	Header
	fn   Value
	self Value
}

// Module is a module object.
type Module struct {
	Header
	name string
	dict *Dict
}

func (v Value) mod() *Module { return (*Module)(v.p) }

// Property, ClassMethod, StaticMethod are the descriptor types.
type Property struct {
	Header
	get, set, del, doc Value
	name               Value
}
type ClassMethod struct {
	Header
	fn   Value
	dict *Dict
}
type StaticMethod struct {
	Header
	fn   Value
	dict *Dict
}
type Super struct {
	Header
	typ     *Type
	obj     Value
	objType *Type
}

var (
	TypeType, ObjectType, NoneType, NotImplType, EllipsisType, BoolType, IntType, FloatType,
	StrType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
	BytesType, ByteArrayType, FunctionType, MethodType, BuiltinType, MethodDescrType, CellType,
	CodeType, ModuleType, PropertyType, ClassMethodType, StaticMethodType, SuperType,
	TracebackType, FrameType, SeqIterType, ComplexType *Type
)

var builtinsDict = NewDict()

// An instance, its dict and (for a class whose instances have had few
// attributes) the dict's index and entries are one allocation: a plain
// object costs one malloc, not four.
type instanceAlloc struct {
	inst Instance
	d    Dict
}

type instanceAlloc5 struct {
	inst Instance
	d    Dict
	idx  [8]int32
	ents [5]dictEntry
}

type instanceAlloc10 struct {
	inst Instance
	d    Dict
	idx  [16]int32
	ents [10]dictEntry
}

func newObject(t *Type) Value {
	switch n := t.attrHint; {
	case n <= 5:
		a := &instanceAlloc5{}
		initInlineDict(&a.d, a.idx[:], a.ents[:0])
		a.inst = Instance{Header{t}, &a.d}
		return obj(&a.inst)
	case n <= 10:
		a := &instanceAlloc10{}
		initInlineDict(&a.d, a.idx[:], a.ents[:0])
		a.inst = Instance{Header{t}, &a.d}
		return obj(&a.inst)
	default:
		a := &instanceAlloc{}
		a.d.typ = DictType
		a.d.entries = make([]dictEntry, 0, n)
		a.inst = Instance{Header{t}, &a.d}
		return obj(&a.inst)
	}
}

func init() {
	// type and object by hand: each is the other's premise
	TypeType = &Type{Name: "type", Qualname: "type", Module: "builtins", Dict: &Dict{}}
	TypeType.typ = TypeType
	TypeType.Dict.typ = nil
	ObjectType = &Type{Header: Header{TypeType}, Name: "object", Qualname: "object", Module: "builtins", Dict: &Dict{}}
	ObjectType.MRO = []*Type{ObjectType}
	TypeType.Base = ObjectType
	TypeType.Bases = []*Type{ObjectType}
	TypeType.MRO = []*Type{TypeType, ObjectType}
	allTypes = append(allTypes, TypeType, ObjectType)
	initCoreTypes()
	// the dicts made before DictType existed
	for _, t := range allTypes {
		t.Dict.typ = DictType
	}
	builtinsDict.typ = DictType
	initExceptions()
	initSlots() // slots.go
	initObjectMethods()
	initNumbers()
	initStr()

	initFuncs()
	initBuiltins()
}

func initCoreTypes() {
	o := ObjectType
	o.alloc = newObject
	o.repr = objectRepr
	o.str = nil
	o.hash = idHash
	o.richcmp = objectRichcmp
	o.getattr = genericGetattr
	o.setattr = genericSetattr
	o.newf = objectNew
	o.init = objectInit
	TypeType.inherit(ObjectType)
	TypeType.call = typeCall
	TypeType.getattr = typeGetattr
	TypeType.setattr = typeSetattr
	TypeType.repr = typeRepr
	TypeType.newf = typeNew
	TypeType.init = func(Value, []Value, *Tuple) *Exception { return nil }
	TypeType.num[nbOr] = &binSlot{func(a, b Value) (Value, *Exception) { return NotImplemented, nil }}
	DictType = newBuiltinType("dict", ObjectType)
	FunctionType = newBuiltinType("function", ObjectType)
	MethodType = newBuiltinType("method", ObjectType)
	BuiltinType = newBuiltinType("builtin_function_or_method", ObjectType)
	MethodDescrType = newBuiltinType("method_descriptor", ObjectType)
	GetSetType = newBuiltinType("getset_descriptor", ObjectType)
	PropertyType = newBuiltinType("property", ObjectType)
	ClassMethodType = newBuiltinType("classmethod", ObjectType)
	StaticMethodType = newBuiltinType("staticmethod", ObjectType)
	NoneType = newBuiltinType("NoneType", ObjectType)
	NoneType.repr = func(Value) (Value, *Exception) { return NewStr("None"), nil }
	NoneType.boolf = func(Value) (bool, *Exception) { return false, nil }
	noneObj.typ = NoneType
	NotImplType = newBuiltinType("NotImplementedType", ObjectType)
	NotImplType.repr = func(Value) (Value, *Exception) { return NewStr("NotImplemented"), nil }
	notImplObj.typ = NotImplType
	EllipsisType = newBuiltinType("ellipsis", ObjectType)
	EllipsisType.repr = func(Value) (Value, *Exception) { return NewStr("Ellipsis"), nil }
	ellipsisObj.typ = EllipsisType
	CellType = newBuiltinType("cell", ObjectType)
	CodeType = newBuiltinType("code", ObjectType)
	ModuleType = newBuiltinType("module", ObjectType)
	ModuleType.getattr = moduleGetattr
	ModuleType.setattr = func(o Value, name *Str, v Value) *Exception {
		if v.p == nil {
			if ok, _ := o.mod().dict.Delete(obj(name)); !ok {
				return attrError(o, name)
			}
			return nil
		}
		o.mod().dict.setStr(name, v)
		return nil
	}
	ModuleType.repr = func(v Value) (Value, *Exception) {
		m := v.mod()
		if m.name == "builtins" || m.name == "sys" {
			return NewStr(fmt.Sprintf("<module '%s' (built-in)>", m.name)), nil
		}
		return NewStr(fmt.Sprintf("<module '%s'>", m.name)), nil
	}
	TracebackType = newBuiltinType("traceback", ObjectType)
	FrameType = newBuiltinType("frame", ObjectType)
	SeqIterType = newBuiltinType("iterator", ObjectType)
	SeqIterType.iter = selfIter
	SeqIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*seqIter)(v.p)
		if it.seq.p == nil {
			return Null, false, nil
		}
		r, err := GetItem(it.seq, MakeInt(int64(it.i)))
		if err != nil {
			if err.typ.IsSubtype(IndexError) || err.typ.IsSubtype(StopIteration) {
				it.seq = Null
				return Null, false, nil
			}
			return Null, false, err
		}
		it.i++
		return r, true, nil
	}
}

type seqIter struct {
	Header
	seq Value
	i   int
}

func selfIter(v Value) (Value, *Exception) { return v, nil }

func objectRepr(v Value) (Value, *Exception) {
	t := v.Type()
	mod := t.Module
	if mod == "builtins" || mod == "" {
		return NewStr(fmt.Sprintf("<%s object at %#x>", t.Qualname, uintptr(v.p))), nil
	}
	return NewStr(fmt.Sprintf("<%s.%s object at %#x>", mod, t.Qualname, uintptr(v.p))), nil
}

func objectRichcmp(a, b Value, op int) (Value, *Exception) {
	switch op {
	case cmpEQ:
		if a.Is(b) {
			return True, nil
		}
		return NotImplemented, nil
	case cmpNE:
		// __ne__ inverts __eq__ unless that is NotImplemented
		t := a.Type()
		var r Value
		var err *Exception
		if t.richcmp != nil {
			r, err = t.richcmp(a, b, cmpEQ)
		} else {
			r, err = objectRichcmp(a, b, cmpEQ)
		}
		if err != nil || r.isNotImpl() {
			return r, err
		}
		tr, err := Truth(r)
		if err != nil {
			return Null, err
		}
		return MakeBool(!tr), nil
	}
	return NotImplemented, nil
}

func kwCount(kw *Tuple) int {
	if kw == nil {
		return 0
	}
	return len(kw.items)
}

func objectNew(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	if len(args) > 0 && !t.customInit && !(t.heap && t.lookup(strInit).Type() == FunctionType) {
		// excess arguments are an error when __init__ is object's
		return Null, newErr(TypeError, "%s() takes no arguments", t.Name)
	}
	if t.alloc == nil {
		return Null, newErr(TypeError, "cannot create '%s' instances", t.Name)
	}
	return t.alloc(t), nil
}

func objectInit(self Value, args []Value, kw *Tuple) *Exception {
	if len(args) > 0 {
		t := self.Type()
		if !t.heap {
			return nil // a builtin type's __new__ took the arguments
		}
		if !t.lookupS("__init__").Is(ObjectType.lookupS("__init__")) {
			return newErr(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if t.lookupS("__new__").Is(ObjectType.lookupS("__new__")) {
			return newErr(TypeError, "%s() takes no arguments", t.Name)
		}
	}
	return nil
}

// typeCall is type.__call__: __new__ then __init__ (type_call).
func typeCall(f Value, args []Value, kw *Tuple) (Value, *Exception) {
	t := f.typ()
	if len(args) == 1 && kw == nil {
		// the commonest conversions, without __new__/__init__ dispatch
		switch t {
		case TypeType:
			return obj(args[0].Type()), nil
		case StrType:
			return StrOf(args[0])
		case IntType:
			if args[0].p == intTag {
				return args[0], nil
			}
		case FloatType:
			if args[0].p == floatTag {
				return args[0], nil
			}
		}
	}
	if t.newf == nil {
		return Null, newErr(TypeError, "cannot create '%s' instances", t.Name)
	}
	v, err := t.newf(t, args, kw)
	if err != nil {
		return Null, err
	}
	if !v.Type().IsSubtype(t) {
		return v, nil
	}
	if init := v.Type().init; init != nil {
		if err := init(v, args, kw); err != nil {
			return Null, err
		}
	}
	return v, nil
}

func typeRepr(v Value) (Value, *Exception) {
	t := v.typ()
	if t.Module == "builtins" || t.Module == "" {
		return NewStr("<class '" + t.Qualname + "'>"), nil
	}
	return NewStr("<class '" + t.Module + "." + t.Qualname + "'>"), nil
}

// typeGetattr is type_getattro: the metatype's data descriptors, then the
// MRO (binding descriptors with obj None), then the metatype's others.
func typeGetattr(o Value, name *Str) (Value, *Exception) {
	t := o.typ()
	switch name.s {
	case "__dict__", "__name__", "__qualname__", "__mro__", "__bases__", "__base__":
		return typeSpecial(t, name.s), nil
	}
	meta := o.Type()
	mattr := meta.lookup(name)
	if mattr.p != nil {
		mt := mattr.Type()
		if mt.descrGet != nil && mt.descrSet != nil {
			return mt.descrGet(mattr, o, meta)
		}
	}
	if v := t.lookup(name); v.p != nil {
		if dg := v.Type().descrGet; dg != nil {
			return dg(v, Null, t)
		}
		return v, nil
	}
	switch name.s {
	case "__module__":
		return NewStr(t.Module), nil
	case "__doc__":
		return None, nil
	}
	if mattr.p != nil {
		if dg := mattr.Type().descrGet; dg != nil {
			return dg(mattr, o, meta)
		}
		return mattr, nil
	}
	e := newErr(AttributeError, "type object '%s' has no attribute '%s'", t.Name, name.s)
	e.name = obj(name)
	e.obj = o
	return Null, e
}

func typeSpecial(t *Type, name string) Value {
	switch name {
	case "__name__":
		return NewStr(t.Name)
	case "__qualname__":
		return NewStr(t.Qualname)
	case "__mro__":
		items := make([]Value, len(t.MRO))
		for i, m := range t.MRO {
			items[i] = obj(m)
		}
		return obj(newTuple(items))
	case "__bases__":
		items := make([]Value, len(t.Bases))
		for i, m := range t.Bases {
			items[i] = obj(m)
		}
		return obj(newTuple(items))
	case "__base__":
		if t.Base == nil {
			return None
		}
		return obj(t.Base)
	}
	return obj(t.Dict) // a mappingproxy in CPython
}

func typeSetattr(o Value, name *Str, v Value) *Exception {
	t := o.typ()
	if !t.heap {
		return newErr(TypeError, "cannot set '%s' attribute of immutable type '%s'", name.s, t.Name)
	}
	switch name.s {
	case "__name__":
		if v.Type() == StrType {
			t.Name = v.str().s
			return nil
		}
	case "__qualname__":
		if v.Type() == StrType {
			t.Qualname = v.str().s
			return nil
		}
	}
	typeVersion++
	if v.p == nil {
		ok, err := t.Dict.Delete(obj(name))
		if err != nil {
			return err
		}
		if !ok {
			return newErr(AttributeError, "type object '%s' has no attribute '%s'", t.Name, name.s)
		}
	} else {
		t.Dict.setStr(name, v)
	}
	if strings.HasPrefix(name.s, "__") {
		for _, sub := range allTypes {
			if sub.heap && sub.IsSubtype(t) {
				sub.fixSlots()
			}
		}
	}
	return nil
}

func moduleGetattr(o Value, name *Str) (Value, *Exception) {
	m := o.mod()
	if v, ok := m.dict.getStr(name); ok {
		return v, nil
	}
	if name.s == "__dict__" {
		return obj(m.dict), nil
	}
	if v := o.Type().lookup(name); v.p != nil {
		return v, nil
	}
	if g, ok := m.dict.GetS("__getattr__"); ok {
		return Call(g, []Value{obj(name)}, nil)
	}
	return Null, attrError(o, name)
}

func NewModule(name string) *Module {
	m := &Module{Header{ModuleType}, name, NewDict()}
	m.dict.SetS("__name__", NewStr(name))
	return m
}

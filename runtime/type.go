package runtime

// Type is a Python type object: its name, bases, MRO and dict, and the Go
// slot functions the VM calls without looking up dunders (typeobject.c's
// tp_* and nb_* slots). A class statement's type gets slot functions that
// call its Python dunders (slotdefs in typeobject.c); builtin types get Go
// functions. A nil slot means the operation is not supported.
type Type struct {
	Header
	Name     string
	Qualname string
	Module   string
	Base     *Type
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	Doc      string

	heap      bool // made by a class statement (or type(name, bases, dict))
	layout    int  // the Go struct of instances (layoutInstance for plain classes)
	final     bool // not an acceptable base type
	isExc     bool // a BaseException subclass
	instDict  bool // instances carry a __dict__
	weakSlot  bool // instances have __weakref__ (a heap class without __slots__, or with it among them)
	nslots    int  // instance slots (__slots__ along the MRO; slots.go)
	alloc     func(t *Type) Value
	cache     map[*Str]Value
	cacheVers uint64
	gaKnown   uint64
	gaGeneric bool
	// customInit, customNew: a class dict along the MRO defines them
	customInit, customNew bool
	// attrHint: the most attributes an instance dict of this class has
	// held, so newObject sizes the next one at once
	attrHint int
	initFn   *Function // pyInit's answer, valid while initVer == typeVersion
	initVer  uint64

	repr     func(v Value) (Value, *Exception)
	str      func(v Value) (Value, *Exception)
	hash     func(v Value) (int64, *Exception)
	richcmp  func(a, b Value, op int) (Value, *Exception)
	getattr  func(o Value, name *Str) (Value, *Exception)
	setattr  func(o Value, name *Str, v Value) *Exception // v Null deletes
	call     func(f Value, args []Value, kwnames *Tuple) (Value, *Exception)
	iter     func(v Value) (Value, *Exception)
	next     func(v Value) (Value, bool, *Exception) // false: exhausted
	length   func(v Value) (int, *Exception)
	getitem  func(o, k Value) (Value, *Exception)
	setitem  func(o, k, v Value) *Exception // v Null deletes
	contains func(o, k Value) (bool, *Exception)
	boolf    func(v Value) (bool, *Exception)
	descrGet func(d, o Value, t *Type) (Value, *Exception)
	descrSet func(d, o, v Value) *Exception
	num      [maxBinOps]*binSlot
	neg      func(v Value) (Value, *Exception)
	pos      func(v Value) (Value, *Exception)
	invert   func(v Value) (Value, *Exception)
	abs      func(v Value) (Value, *Exception)
	index    func(v Value) (Value, *Exception)
	toInt    func(v Value) (Value, *Exception)
	toFloat  func(v Value) (Value, *Exception)
	newf     func(t *Type, args []Value, kwnames *Tuple) (Value, *Exception)
	init     func(self Value, args []Value, kwnames *Tuple) *Exception
}

// binFunc is a numeric slot: it gets both operands (either may be of its
// type, as nb_* slots do) and returns NotImplemented when it cannot.
type binFunc func(a, b Value) (Value, *Exception)

// typeVersion is bumped by every change to a type's dict, which empties
// every type's attribute cache.
var typeVersion uint64 = 1

func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Header: Header{TypeType}, Name: name, Qualname: name, Module: "builtins", Base: base, Dict: NewDict()}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.inherit(base)
	} else {
		t.MRO = []*Type{t}
	}
	allTypes = append(allTypes, t)
	return t
}

var allTypes []*Type

// inherit copies the slots of base that t does not set (inherit_slots).
func (t *Type) inherit(b *Type) {
	if t.alloc == nil {
		t.alloc = b.alloc
	}
	if t.layout == layoutOther {
		t.layout = b.layout
	}
	t.instDict = t.instDict || b.instDict
	t.isExc = t.isExc || b.isExc
	if t.repr == nil {
		t.repr = b.repr
	}
	if t.str == nil {
		t.str = b.str
	}
	if t.hash == nil {
		t.hash = b.hash
	}
	if t.richcmp == nil {
		t.richcmp = b.richcmp
	}
	if t.getattr == nil {
		t.getattr = b.getattr
	}
	if t.setattr == nil {
		t.setattr = b.setattr
	}
	if t.call == nil {
		t.call = b.call
	}
	if t.iter == nil {
		t.iter = b.iter
	}
	if t.next == nil {
		t.next = b.next
	}
	if t.length == nil {
		t.length = b.length
	}
	if t.getitem == nil {
		t.getitem = b.getitem
	}
	if t.setitem == nil {
		t.setitem = b.setitem
	}
	if t.contains == nil {
		t.contains = b.contains
	}
	if t.boolf == nil {
		t.boolf = b.boolf
	}
	if t.descrGet == nil {
		t.descrGet = b.descrGet
	}
	if t.descrSet == nil {
		t.descrSet = b.descrSet
	}
	for i := range t.num {
		if t.num[i] == nil {
			t.num[i] = b.num[i]
		}
	}
	if t.neg == nil {
		t.neg = b.neg
	}
	if t.pos == nil {
		t.pos = b.pos
	}
	if t.invert == nil {
		t.invert = b.invert
	}
	if t.abs == nil {
		t.abs = b.abs
	}
	if t.index == nil {
		t.index = b.index
	}
	if t.toInt == nil {
		t.toInt = b.toInt
	}
	if t.toFloat == nil {
		t.toFloat = b.toFloat
	}
	if t.newf == nil {
		t.newf = b.newf
	}
	if t.init == nil {
		t.init = b.init
	}
}

// IsSubtype reports whether t is b or derives from it.
func (t *Type) IsSubtype(b *Type) bool {
	if t == b {
		return true
	}
	for _, m := range t.MRO {
		if m == b {
			return true
		}
	}
	return false
}

// lookup finds name along t's MRO (_PyType_Lookup), with a per-type cache.
func (t *Type) lookup(name *Str) Value {
	if t.cacheVers != typeVersion || t.cache == nil {
		t.cache = make(map[*Str]Value, 8)
		t.cacheVers = typeVersion
	} else if v, ok := t.cache[name]; ok {
		return v
	}
	var res Value
	for _, m := range t.MRO {
		if v, ok := m.Dict.getStr(name); ok {
			res = v
			break
		}
	}
	t.cache[name] = res
	return res
}

func (t *Type) lookupS(name string) Value { return t.lookup(intern(name)) }

// def adds a builtin method to a builtin type's dict.
func (t *Type) def(name string, fn func(args []Value, kwnames *Tuple) (Value, *Exception)) {
	t.Dict.setStr(intern(name), obj(&Builtin{Header{MethodDescrType}, name, fn, Null, t}))
}

// defAttr adds any value to a builtin type's dict.
func (t *Type) defAttr(name string, v Value) { t.Dict.setStr(intern(name), v) }

// typeName is the name CPython's messages use for v's type.
func typeName(v Value) string { return v.Type().Name }

package runtime

import "strings"

// Descriptor objects for attributes the VM computes in a type's getattr
// slot, so that the type itself has them (types.py takes
// type(FunctionType.__code__) as GetSetDescriptorType).

var GetSetDescriptorType, MemberDescriptorType *Type

type slotDescr struct {
	Header
	name  *Str
	owner *Type
}

func initDescrTypes() {
	mk := func(name string) *Type {
		t := newBuiltinType(name, ObjectType)
		t.descrGet = func(d, o Value, _ *Type) (Value, *Exception) {
			if o.p == nil || o.isNone() {
				return d, nil
			}
			sd := (*slotDescr)(d.p)
			return sd.owner.getattr(o, sd.name)
		}
		t.repr = func(v Value) (Value, *Exception) {
			sd := (*slotDescr)(v.p)
			return NewStr("<attribute '" + sd.name.s + "' of '" + sd.owner.Name + "' objects>"), nil
		}
		return t
	}
	GetSetDescriptorType = mk("getset_descriptor")
	MemberDescriptorType = mk("member_descriptor")
	add := func(t, owner *Type, names ...string) {
		for _, n := range names {
			owner.defAttr(n, obj(&slotDescr{Header{t}, intern(n), owner}))
		}
	}
	add(GetSetDescriptorType, FunctionType, "__code__", "__defaults__", "__kwdefaults__") // only names funcGetattr answers itself
	add(MemberDescriptorType, FunctionType, "__globals__")
}

// genericSrc is types.GenericAlias and types.UnionType (genericaliasobject.c
// and unionobject.c) in Python.
const genericSrc = `
def _type_repr(obj):
    if obj is type(None):
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is type(None):
        return 'None'
    if isinstance(obj, (tuple, list)) and not isinstance(obj, GenericAlias):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)

def _params(args):
    out = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, '__typing_subst__'):
            if a not in out:
                out.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in out:
                    out.append(p)
    return tuple(out)

class GenericAlias:
    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__unpacked__ = False
        return self

    @property
    def __parameters__(self):
        return _params(self.__args__)

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        r = self.__origin__(*args, **kwargs)
        try:
            r.__orig_class__ = self
        except Exception:
            pass
        return r

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        params = self.__parameters__
        if len(params) != len(item):
            raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for {self!r}; actual {len(item)}, expected {len(params)}")
        subst = dict(zip(params, item))
        def sub(a):
            if a in subst:
                return subst[a]
            ps = getattr(a, '__parameters__', ())
            if ps and hasattr(a, '__getitem__'):
                return a[tuple(subst.get(p, p) for p in ps)]
            return a
        return GenericAlias(self.__origin__, tuple(sub(a) for a in self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {'__origin__', '__args__', '__parameters__'})

GenericAlias.__module__ = 'types'

def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType)) or hasattr(x, '__typing_subst__') or type(x).__module__ == 'typing'

def _union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        xs = x.__args__ if isinstance(x, UnionType) else (x,)
        for y in xs:
            if y is None:
                y = type(None)
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(args)
    return u

class UnionType:
    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)
    def __or__(self, other):
        return _union(self, other)
    def __ror__(self, other):
        return _union(other, self)
    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    @property
    def __parameters__(self):
        return _params(self.__args__)
    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)
    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

UnionType.__module__ = 'types'

def _reduce_ex(self, proto):
    import copyreg
    cls = type(self)
    if cls.__reduce__ is not object.__reduce__:
        return self.__reduce__()
    if proto >= 2:
        state = self.__getstate__()  # the dict and the bound __slots__, as reduce_newobj takes them
        return copyreg.__newobj__, (cls,), state, None, None
    return copyreg._reduce_ex(self, proto)

class longrange_iterator:
    def __init__(self, cur, step, n):
        self._cur, self._step, self._n = cur, step, n
    def __iter__(self):
        return self
    def __next__(self):
        if self._n <= 0:
            raise StopIteration
        self._n -= 1
        r = self._cur
        self._cur += self._step
        return r

class _longrange:
    # a range whose bounds do not fit in 64 bits (the VM's range is int64)
    def __init__(self, *a):
        if len(a) == 1:
            a = (0, a[0], 1)
        elif len(a) == 2:
            a = (a[0], a[1], 1)
        self.start, self.stop, self.step = (x.__index__() for x in a)
        if self.step == 0:
            raise ValueError('range() arg 3 must not be zero')
    def _n(self):
        s, e, st = self.start, self.stop, self.step
        if st > 0:
            return max(0, (e - s + st - 1) // st)
        return max(0, (s - e - st - 1) // -st)
    def __len__(self):
        return self._n()
    def __iter__(self):
        return longrange_iterator(self.start, self.step, self._n())
    def __repr__(self):
        if self.step == 1:
            return f'range({self.start}, {self.stop})'
        return f'range({self.start}, {self.stop}, {self.step})'

def _reduce(self):
    import copyreg
    return copyreg._reduce_ex(self, 0)
`

func genericModule() (*Module, *Exception) {
	m, err := findAndLoad("_peglab_types")
	if err != nil {
		return nil, err
	}
	if e, ok := m.mod().dict.GetS("__peglab_error__"); ok {
		return nil, newErr(SystemError, "%s", e.str().s)
	}
	return m.mod(), nil
}

func initGenerics() {
	pyModules["_peglab_types"] = genericSrc
	cg := goFunc("__class_getitem__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "__class_getitem__ expected 2 arguments, got %d", len(a))
		}
		m, err := genericModule()
		if err != nil {
			return Null, err
		}
		ga, _ := m.dict.GetS("GenericAlias")
		return Call(ga, a, nil)
	})
	for _, n := range []string{"__reduce_ex__", "__reduce__"} {
		fn := "_" + strings.Trim(n, "_")
		ObjectType.defAttr(n, obj(&Builtin{Header{MethodDescrType}, n, func(a []Value, kw *Tuple) (Value, *Exception) {
			m, err := genericModule()
			if err != nil {
				return Null, err
			}
			f, _ := m.dict.GetS(fn)
			return Call(f, a, nil)
		}, Null, ObjectType}))
	}
	initBytearray()
	rangeNew := RangeType.newf
	RangeType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		r, err := rangeNew(t, a, kw)
		if err != nil && err.typ == OverflowError {
			m, merr := genericModule()
			if merr != nil {
				return Null, merr
			}
			lr, _ := m.dict.GetS("_longrange")
			return Call(lr, a, kw)
		}
		return r, err
	}
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		t.defAttr("__class_getitem__", cg)
	}
	SetBinaryOp(TypeType, nbOr, func(a, b Value) (Value, *Exception) {
		m, err := genericModule()
		if err != nil {
			return Null, err
		}
		u, _ := m.dict.GetS("_union")
		return Call(u, []Value{a, b}, nil)
	})
}

// propSub is an instance of a subclass of property.
type propSub struct {
	Property
	dict *Dict
}

func newPropSub(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	r, err := PropertyType.newf(t, args, kw)
	if err != nil {
		return Null, err
	}
	return obj(&propSub{*(*Property)(r.p), NewDict()}), nil
}

// initTypeDunders gives type its own __setattr__, __delattr__ and
// __getattribute__, so super() calls in a metaclass reach type's slots.
func initTypeDunders() {
	def := func(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) {
		TypeType.defAttr(name, obj(&Builtin{Header{MethodDescrType}, name, fn, Null, TypeType}))
	}
	def("__setattr__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 3 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string")
		}
		return None, typeSetattr(a[0], intern(a[1].str().s), a[2])
	})
	def("__delattr__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string")
		}
		return None, typeSetattr(a[0], intern(a[1].str().s), Null)
	})
	if _, ok := ObjectType.Dict.GetS("__subclasshook__"); !ok {
		ObjectType.defAttr("__subclasshook__", obj(&ClassMethod{Header: Header{ClassMethodType}, fn: goFunc("__subclasshook__", func(a []Value, kw *Tuple) (Value, *Exception) {
			return NotImplemented, nil
		})}))
	}
	// allTypes holds every class made, so the direct subclasses are a scan
	// (_py_abc caches what it learns)
	def("__subclasses__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 1 || !a[0].Type().IsSubtype(TypeType) {
			return Null, newErr(TypeError, "__subclasses__() takes no arguments")
		}
		t := a[0].typ()
		var r []Value
		for _, s := range allTypes {
			for _, b := range s.Bases {
				if b == t {
					r = append(r, obj(s))
					break
				}
			}
		}
		return obj(newList(r)), nil
	})
	def("__getattribute__", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string")
		}
		return typeGetattr(a[0], intern(a[1].str().s))
	})
}

// initDescrDunders gives the builtin descriptor types __get__, __set__ and
// __delete__ (enum tells members from methods by hasattr(x, '__get__')).
func initDescrDunders() {
	for _, t := range allTypes {
		if t.descrGet != nil {
			if _, ok := t.Dict.GetS("__get__"); !ok {
				get := t.descrGet
				t.defAttr("__get__", obj(&Builtin{Header{MethodDescrType}, "__get__", func(a []Value, kw *Tuple) (Value, *Exception) {
					if len(a) < 2 || len(a) > 3 {
						return Null, newErr(TypeError, "expected 1 or 2 arguments, got %d", len(a)-1)
					}
					o := a[1]
					if o.isNone() {
						o = Null
					}
					var ot *Type
					if len(a) == 3 && !a[2].isNone() && a[2].Type().IsSubtype(TypeType) {
						ot = a[2].typ()
					} else if o.p != nil {
						ot = o.Type()
					}
					if o.p == nil && ot == nil {
						return Null, newErr(TypeError, "__get__(None, None) is invalid")
					}
					return get(a[0], o, ot)
				}, Null, t}))
			}
		}
		if t.descrSet != nil {
			set := t.descrSet
			if _, ok := t.Dict.GetS("__set__"); !ok {
				t.defAttr("__set__", obj(&Builtin{Header{MethodDescrType}, "__set__", func(a []Value, kw *Tuple) (Value, *Exception) {
					if len(a) != 3 {
						return Null, newErr(TypeError, "expected 2 arguments, got %d", len(a)-1)
					}
					return None, set(a[0], a[1], a[2])
				}, Null, t}))
			}
			if _, ok := t.Dict.GetS("__delete__"); !ok {
				t.defAttr("__delete__", obj(&Builtin{Header{MethodDescrType}, "__delete__", func(a []Value, kw *Tuple) (Value, *Exception) {
					if len(a) != 2 {
						return Null, newErr(TypeError, "expected 1 argument, got %d", len(a)-1)
					}
					return None, set(a[0], a[1], Null)
				}, Null, t}))
			}
		}
	}
}

// byteArray is bytearray: the basics (construction, len, iteration,
// indexing, append/extend, comparison, decode); the rest of its methods
// are not built yet.
type byteArray struct {
	Header
	b []byte
}

func initBytearray() {
	if _, ok := builtinsDict.GetS("bytearray"); ok && ByteArrayType != nil {
		return
	}
	t := newBuiltinType("bytearray", ObjectType)
	ByteArrayType = t
	it := newBuiltinType("bytearray_iterator", ObjectType)
	it.iter = selfIter
	it.next = goIterNext
	t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		r := &byteArray{Header: Header{t}}
		if len(a) == 0 {
			return obj(r), nil
		}
		src := a[0]
		switch {
		case src.Type() == BytesType:
			r.b = append([]byte(nil), (*Bytes)(src.p).b...)
		case src.Type().IsSubtype(ByteArrayType):
			r.b = append([]byte(nil), (*byteArray)(src.p).b...)
		case src.Type() == StrType:
			if len(a) < 2 {
				return Null, newErr(TypeError, "string argument without an encoding")
			}
			r.b = []byte(src.str().s)
		case isIntLike(src):
			n, err := IndexInt(src)
			if err != nil {
				return Null, err
			}
			if n < 0 {
				return Null, newErr(ValueError, "negative count")
			}
			if err := checkAlloc(int64(n)); err != nil {
				return Null, err
			}
			r.b = make([]byte, n)
		default:
			items, err := iterToSlice(src)
			if err != nil {
				return Null, newErr(TypeError, "cannot convert '%s' object to bytearray", typeName(src))
			}
			for _, x := range items {
				n, err := IndexInt(x)
				if err != nil {
					return Null, err
				}
				if n < 0 || n > 255 {
					return Null, newErr(ValueError, "byte must be in range(0, 256)")
				}
				r.b = append(r.b, byte(n))
			}
		}
		return obj(r), nil
	}
	t.init = func(Value, []Value, *Tuple) *Exception { return nil }
	t.length = func(v Value) (int, *Exception) { return len((*byteArray)(v.p).b), nil }
	t.iter = func(v Value) (Value, *Exception) {
		ba := (*byteArray)(v.p)
		i := 0
		return obj(&goIter{Header{it}, func() (Value, bool, *Exception) {
			if i >= len(ba.b) {
				return Null, false, nil
			}
			i++
			return MakeInt(int64(ba.b[i-1])), true, nil
		}}), nil
	}
	t.repr = func(v Value) (Value, *Exception) {
		return NewStr("bytearray(" + bytesRepr((*byteArray)(v.p).b) + ")"), nil
	}
	toBA := func(r Value) Value {
		if r.p != nil && r.Type() == BytesType {
			return obj(&byteArray{Header{t}, append([]byte(nil), (*Bytes)(r.p).b...)})
		}
		return r
	}
	asBytes := func(v Value) Value { return obj(&Bytes{Header{BytesType}, (*byteArray)(v.p).b}) }
	otherBytes := func(v Value) ([]byte, bool) {
		switch {
		case v.Type() == BytesType:
			return (*Bytes)(v.p).b, true
		case v.Type().IsSubtype(ByteArrayType):
			return (*byteArray)(v.p).b, true
		}
		return nil, false
	}
	add := func(a, b Value) (Value, *Exception) {
		x, ok1 := otherBytes(a)
		y, ok2 := otherBytes(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return obj(&byteArray{Header{t}, append(append([]byte(nil), x...), y...)}), nil
	}
	SetBinaryOp(t, nbAdd, add)
	SetBinaryOp(t, nbAdd+nbNumBase, func(a, b Value) (Value, *Exception) {
		y, ok := otherBytes(b)
		if !ok {
			return NotImplemented, nil
		}
		ba := (*byteArray)(a.p)
		ba.b = append(ba.b, y...)
		return a, nil
	})
	t.setitem = func(v, k, x Value) *Exception {
		ba := (*byteArray)(v.p)
		n, err := IndexInt(k)
		if err != nil {
			return err
		}
		if n < 0 {
			n += len(ba.b)
		}
		if n < 0 || n >= len(ba.b) {
			return newErr(IndexError, "bytearray index out of range")
		}
		if x.p == nil {
			ba.b = append(ba.b[:n], ba.b[n+1:]...)
			return nil
		}
		c, err := IndexInt(x)
		if err != nil {
			return err
		}
		if c < 0 || c > 255 {
			return newErr(ValueError, "byte must be in range(0, 256)")
		}
		ba.b[n] = byte(c)
		return nil
	}
	// the read-only methods are bytes' own, on a view of the buffer
	for _, name := range []string{"find", "rfind", "index", "rindex", "count", "translate", "startswith", "endswith", "hex", "split", "strip", "lstrip", "rstrip", "upper", "lower", "replace", "isdigit", "isalpha", "isspace", "join"} {
		m := BytesType.lookupS(name)
		if m.p == nil {
			continue
		}
		t.defAttr(name, obj(&Builtin{Header{MethodDescrType}, name, func(a []Value, kw *Tuple) (Value, *Exception) {
			r, err := Call(m, append([]Value{asBytes(a[0])}, a[1:]...), kw)
			if err != nil {
				return Null, err
			}
			return toBA(r), nil
		}, Null, t}))
	}
	if _, ok := t.Dict.GetS("find"); !ok {
		t.defAttr("find", obj(&Builtin{Header{MethodDescrType}, "find", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) < 2 || len(a) > 4 {
				return Null, newErr(TypeError, "find expected at least 1 argument, got %d", len(a)-1)
			}
			b := (*byteArray)(a[0].p).b
			var sub []byte
			if x, ok := otherBytes(a[1]); ok {
				sub = x
			} else {
				c, err := IndexInt(a[1])
				if err != nil {
					return Null, err
				}
				if c < 0 || c > 255 {
					return Null, newErr(ValueError, "byte must be in range(0, 256)")
				}
				sub = []byte{byte(c)}
			}
			lo, hi := 0, len(b)
			bound := func(v Value, d int) (int, *Exception) {
				if v.isNone() {
					return d, nil
				}
				n, err := IndexInt(v)
				if err != nil {
					return 0, err
				}
				if n < 0 {
					n = max(n+len(b), 0)
				}
				return min(n, len(b)), nil
			}
			var err *Exception
			if len(a) > 2 {
				if lo, err = bound(a[2], 0); err != nil {
					return Null, err
				}
			}
			if len(a) > 3 {
				if hi, err = bound(a[3], len(b)); err != nil {
					return Null, err
				}
			}
			if lo > hi {
				return MakeInt(-1), nil
			}
			i := strings.Index(string(b[lo:hi]), string(sub))
			if i < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(int64(lo + i)), nil
		}, Null, t}))
	}
	if _, ok := t.Dict.GetS("translate"); !ok {
		t.defAttr("translate", obj(&Builtin{Header{MethodDescrType}, "translate", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 2 {
				return Null, newErr(TypeError, "translate expected 1 argument, got %d", len(a)-1)
			}
			b := (*byteArray)(a[0].p).b
			r := append([]byte(nil), b...)
			if !a[1].isNone() {
				tab, ok := otherBytes(a[1])
				if !ok || len(tab) != 256 {
					return Null, newErr(ValueError, "translation table must be 256 characters long")
				}
				for i, c := range r {
					r[i] = tab[c]
				}
			}
			return obj(&byteArray{Header{t}, r}), nil
		}, Null, t}))
	}
	if BytesType.num[nbMul] == nil {
		SetBinaryOp(BytesType, nbMul, func(a, b Value) (Value, *Exception) {
			if a.Type() != BytesType {
				a, b = b, a
			}
			if a.Type() != BytesType || !isIntLike(b) {
				return NotImplemented, nil
			}
			n, err := IndexInt(b)
			if err != nil {
				return Null, err
			}
			if err := checkItems(int64(max(n, 0)), int64(len((*Bytes)(a.p).b))); err != nil {
				return Null, err
			}
			return obj(&Bytes{Header{BytesType}, []byte(strings.Repeat(string((*Bytes)(a.p).b), max(n, 0)))}), nil
		})
	}
	// int(b'101', 2): bytes and bytearray parse as their ASCII text
	intNew := IntType.newf
	IntType.newf = func(it *Type, a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) >= 1 {
			if x, ok := otherBytes(a[0]); ok {
				a = append([]Value{NewStr(string(x))}, a[1:]...)
			}
		}
		return intNew(it, a, kw)
	}
	t.getitem = func(v, k Value) (Value, *Exception) {
		ba := (*byteArray)(v.p)
		if k.Type() == SliceType {
			r, err := GetItem(asBytes(v), k)
			if err != nil {
				return Null, err
			}
			return toBA(r), nil
		}
		n, err := IndexInt(k)
		if err != nil {
			return Null, err
		}
		if n < 0 {
			n += len(ba.b)
		}
		if n < 0 || n >= len(ba.b) {
			return Null, newErr(IndexError, "bytearray index out of range")
		}
		return MakeInt(int64(ba.b[n])), nil
	}
	def := func(name string, fn func(ba *byteArray, a []Value) (Value, *Exception)) {
		t.defAttr(name, obj(&Builtin{Header{MethodDescrType}, name, func(a []Value, kw *Tuple) (Value, *Exception) {
			return fn((*byteArray)(a[0].p), a[1:])
		}, Null, t}))
	}
	def("append", func(ba *byteArray, a []Value) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "bytearray.append() takes exactly one argument (%d given)", len(a))
		}
		n, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		if n < 0 || n > 255 {
			return Null, newErr(ValueError, "byte must be in range(0, 256)")
		}
		ba.b = append(ba.b, byte(n))
		return None, nil
	})
	def("extend", func(ba *byteArray, a []Value) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "bytearray.extend() takes exactly one argument (%d given)", len(a))
		}
		o, err := t.newf(t, a, nil)
		if err != nil {
			return Null, err
		}
		ba.b = append(ba.b, (*byteArray)(o.p).b...)
		return None, nil
	})
	def("copy", func(ba *byteArray, a []Value) (Value, *Exception) {
		return obj(&byteArray{Header{t}, append([]byte(nil), ba.b...)}), nil
	})
	def("clear", func(ba *byteArray, a []Value) (Value, *Exception) {
		ba.b = ba.b[:0]
		return None, nil
	})
	def("decode", func(ba *byteArray, a []Value) (Value, *Exception) {
		return callMethod(BytesType.lookupS("decode"), obj(&Bytes{Header{BytesType}, ba.b}), a...)
	})
	t.richcmp = func(a, b Value, op int) (Value, *Exception) {
		var x []byte
		switch {
		case b.Type() == BytesType:
			x = (*Bytes)(b.p).b
		case b.Type().IsSubtype(ByteArrayType):
			x = (*byteArray)(b.p).b
		default:
			return NotImplemented, nil
		}
		c := strings.Compare(string((*byteArray)(a.p).b), string(x))
		switch op {
		case cmpEQ:
			return MakeBool(c == 0), nil
		case cmpNE:
			return MakeBool(c != 0), nil
		case cmpLT:
			return MakeBool(c < 0), nil
		case cmpLE:
			return MakeBool(c <= 0), nil
		case cmpGT:
			return MakeBool(c > 0), nil
		}
		return MakeBool(c >= 0), nil
	}
	t.hash = nil
	builtinsDict.SetS("bytearray", obj(t))
	if _, ok := builtinsDict.GetS("memoryview"); !ok {
		// a placeholder, so that modules registering it (_collections_abc) import
		mv := newBuiltinType("memoryview", ObjectType)
		mv.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
			return Null, newErr(NotImplementedError, "peglab has no memoryview yet")
		}
		builtinsDict.SetS("memoryview", obj(mv))
	}
}

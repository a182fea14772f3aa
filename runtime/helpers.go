package runtime

import (
	"strings"
	"unsafe"

	bc "github.com/peglab/peglab/compiler/bytecode"
)

func unboundLocal(c *Code, i int) *Exception {
	e := newErr(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", c.lpNames[i].s)
	e.name = obj(c.lpNames[i])
	return e
}

func unboundDeref(c *Code, i int) *Exception {
	if c.kinds[i]&bc.FastFree != 0 {
		e := newErr(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", c.lpNames[i].s)
		e.name = obj(c.lpNames[i])
		return e
	}
	return unboundLocal(c, i)
}

func nameError(name *Str) *Exception {
	e := newErr(NameError, "name '%s' is not defined", name.s)
	e.name = obj(name)
	return e
}

func strConcat(a, b *Str) Value {
	if a.n == 0 {
		return obj(b)
	}
	if b.n == 0 {
		return obj(a)
	}
	n := len(a.s) + len(b.s)
	if n <= 32 && a.buf == nil {
		return obj(strJoin2(a, b, n))
	}
	s := &Str{Header: Header{StrType}, n: a.n + b.n, ascii: a.ascii && b.ascii, hash: -1}
	// s += t in a loop: a is the newest string over a growable buffer,
	// so appending to the buffer never changes bytes another str shows
	if buf := a.buf; buf != nil && len(*buf) == len(a.s) && unsafe.StringData(a.s) == unsafe.SliceData(*buf) {
		*buf = append(*buf, b.s...)
		s.s = unsafe.String(unsafe.SliceData(*buf), n)
		s.buf = buf
		return obj(s)
	}
	if n >= 256 {
		nb := make([]byte, 0, 2*n)
		nb = append(append(nb, a.s...), b.s...)
		s.s = unsafe.String(unsafe.SliceData(nb), n)
		s.buf = &nb
		return obj(s)
	}
	s.s = a.s + b.s
	return obj(s)
}

// Short concatenations put the text in the str's own allocation: one
// allocation where a Go string concatenation makes two.
type str16 struct {
	Str
	b [16]byte
}
type str32 struct {
	Str
	b [32]byte
}

func strJoin2(a, b *Str, n int) *Str {
	var s *Str
	var buf []byte
	if n <= 16 {
		x := &str16{}
		s, buf = &x.Str, x.b[:0]
	} else {
		x := &str32{}
		s, buf = &x.Str, x.b[:0]
	}
	buf = append(append(buf, a.s...), b.s...)
	*s = Str{Header: Header{StrType}, s: unsafe.String(unsafe.SliceData(buf), n), n: a.n + b.n, ascii: a.ascii && b.ascii, hash: -1}
	return s
}

// unaryOp: 0 negative, 1 positive, 2 invert, 3 abs.
func unaryOp(v Value, which int) (Value, *Exception) {
	t := v.Type()
	var f func(Value) (Value, *Exception)
	sym := ""
	switch which {
	case 0:
		f, sym = t.neg, "unary -"
	case 1:
		f, sym = t.pos, "unary +"
	case 2:
		f, sym = t.invert, "unary ~"
	case 3:
		f, sym = t.abs, "abs()"
	}
	if f == nil {
		return Null, newErr(TypeError, "bad operand type for %s: '%s'", sym, t.Name)
	}
	return f(v)
}

func mappingGet(m Value, name *Str) (Value, bool, *Exception) {
	if m.p == nil {
		return Null, false, nil
	}
	if m.Type() == DictType {
		v, ok := m.dict().getStr(name)
		return v, ok, nil
	}
	v, err := GetItem(m, obj(name))
	if err != nil {
		if err.typ.IsSubtype(KeyError) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, true, nil
}

// loadMethod is LOAD_ATTR's method form: (function, self) when the
// attribute is a plain method found on the type, else (attr, NULL).
func loadMethod(o Value, name *Str) (Value, Value, *Exception) {
	t := o.Type()
	if t.genericGA() {
		descr := t.lookup(name)
		if descr.p != nil {
			dt := descr.Type()
			if dt == FunctionType || dt == MethodDescrType {
				if d := instDictOf(o); d != nil {
					if v, ok := d.getStr(name); ok {
						return v, Null, nil
					}
				}
				return descr, o, nil
			}
		}
	}
	r, err := GetAttr(o, name)
	return r, Null, err
}

var genericGetattrPtr = fnPtr(genericGetattr)

// genericGA reports whether t's getattr is PyObject_GenericGetAttr (so a
// method can be loaded unbound), remembered per type.
func (t *Type) genericGA() bool {
	if t.gaKnown != typeVersion {
		t.gaGeneric = t.getattr == nil || fnPtr(t.getattr) == genericGetattrPtr
		t.gaKnown = typeVersion
	}
	return t.gaGeneric
}

func bindMethod(m, self Value) (Value, *Exception) {
	if dg := m.Type().descrGet; dg != nil {
		return dg(m, self, self.Type())
	}
	return m, nil
}

func funcDesc(f Value) string {
	switch f.Type() {
	case FunctionType:
		return f.fn().qualS() + "()"
	case BuiltinType:
		return f.builtin().name + "()"
	case MethodType:
		return funcDesc((*Method)(f.p).fn)
	case TypeType:
		return f.typ().Name + "()"
	}
	return typeName(f) + " object"
}

func dictMerge(d *Dict, src, fn Value) *Exception {
	if src.Type() != DictType && src.Type().lookupS("keys").p == nil {
		return newErr(TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(fn), typeName(src))
	}
	tmp := NewDict()
	if err := dictUpdate(tmp, src); err != nil {
		return err
	}
	var err *Exception
	tmp.each(func(k, v Value) bool {
		if _, ok, _ := d.Get(k); ok {
			ks := "?"
			if k.Type() == StrType {
				ks = k.str().s
			}
			err = newErr(TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(fn), ks)
			return false
		}
		err = d.Set(k, v)
		return err == nil
	})
	return err
}

// unpackIter collects up to n+1 items (n+1 shows "too many"); rest>=0 takes all.
func unpackIter(v Value, n int, rest int) ([]Value, *Exception) {
	if items, ok := seqItems(v); ok {
		return items, nil
	}
	t := v.Type()
	if t.iter == nil && t.getitem == nil {
		return nil, newErr(TypeError, "cannot unpack non-iterable %s object", t.Name)
	}
	it, err := GetIter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for rest >= 0 || len(out) <= n {
		x, ok, err := Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		out = append(out, x)
	}
	return out, nil
}

// makeRaise is RAISE_VARARGS's argument handling (do_raise).
func makeRaise(v, cause Value, hasCause bool) *Exception {
	var e *Exception
	if v.Type().IsSubtype(TypeType) && v.typ().IsSubtype(BaseExceptionType) {
		r, err := Call(v, nil, nil)
		if err != nil {
			return err
		}
		if !r.Type().IsSubtype(BaseExceptionType) {
			return newErr(TypeError, "calling %s should have returned an instance of BaseException, not %s", typeName(v), typeName(r))
		}
		e = r.exc()
	} else if v.Type().IsSubtype(BaseExceptionType) {
		e = v.exc()
	} else {
		return newErr(TypeError, "exceptions must derive from BaseException")
	}
	if hasCause {
		switch {
		case cause.isNone():
			e.cause = Null
		case cause.Type().IsSubtype(TypeType) && cause.typ().IsSubtype(BaseExceptionType):
			c, err := Call(cause, nil, nil)
			if err != nil {
				return err
			}
			e.cause = c
		case cause.Type().IsSubtype(BaseExceptionType):
			e.cause = cause
		default:
			return newErr(TypeError, "exception causes must derive from BaseException")
		}
		e.suppressContext = true
	}
	return e
}

func excMatches(exc, match Value) (bool, *Exception) {
	check := func(m Value) *Exception {
		if !(m.Type().IsSubtype(TypeType) && m.typ().IsSubtype(BaseExceptionType)) {
			return newErr(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return nil
	}
	et := exc.Type()
	if match.Type() == TupleType {
		for _, m := range match.tuple().items {
			if err := check(m); err != nil {
				return false, err
			}
		}
		for _, m := range match.tuple().items {
			if et.IsSubtype(m.typ()) {
				return true, nil
			}
		}
		return false, nil
	}
	if err := check(match); err != nil {
		return false, err
	}
	return et.IsSubtype(match.typ()), nil
}

// Ascii is ascii(v).
func Ascii(v Value) (Value, *Exception) {
	r, err := ReprS(v)
	if err != nil {
		return Null, err
	}
	var b strings.Builder
	for i := 0; i < len(r); {
		c := r[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		ru, sz := decodeWTF8(r[i:])
		writeEscape(&b, ru)
		i += sz
	}
	return NewStr(b.String()), nil
}

func importStar(f *Frame, m Value) *Exception {
	if m.Type() != ModuleType || f.locals.Type() != DictType {
		return newErr(SystemError, "import * is not supported here")
	}
	var all []Value
	if a, ok := m.mod().dict.GetS("__all__"); ok {
		items, err := iterToSlice(a)
		if err != nil {
			return err
		}
		all = items
	}
	if all != nil {
		for _, k := range all {
			v, err := GetAttr(m, intern(k.str().s))
			if err != nil {
				return err
			}
			f.locals.dict().Set(k, v)
		}
		return nil
	}
	m.mod().dict.each(func(k, v Value) bool {
		if k.Type() == StrType && !strings.HasPrefix(k.str().s, "_") {
			f.locals.dict().Set(k, v)
		}
		return true
	})
	return nil
}

func matchKind(v Value, seq bool) bool {
	t := v.Type()
	if seq {
		switch t {
		case ListType, TupleType, RangeType:
			return true
		case StrType, BytesType, DictType:
			return false
		}
		return t.IsSubtype(ListType) || t.IsSubtype(TupleType)
	}
	return t == DictType || t.IsSubtype(DictType)
}

func matchKeys(subj, keys Value) (Value, *Exception) {
	ks := keys.tuple().items
	vals := make([]Value, 0, len(ks))
	for _, k := range ks {
		var v Value
		var ok bool
		var err *Exception
		if subj.Type() == DictType {
			v, ok, err = subj.dict().Get(k)
		} else {
			v, err = GetItem(subj, k)
			ok = err == nil
			if err != nil && err.typ.IsSubtype(KeyError) {
				err = nil
			}
		}
		if err != nil {
			return Null, err
		}
		if !ok {
			return None, nil
		}
		vals = append(vals, v)
	}
	return obj(newTuple(vals)), nil
}

func matchClass(subj, cls, names Value, npos int) (Value, *Exception) {
	if !cls.Type().IsSubtype(TypeType) {
		return Null, newErr(TypeError, "called match pattern must be a class")
	}
	t := cls.typ()
	if !subj.Type().IsSubtype(t) {
		return None, nil
	}
	var out []Value
	if npos > 0 {
		ma, err := GetAttr(cls, intern("__match_args__"))
		if err != nil && !err.typ.IsSubtype(AttributeError) {
			return Null, err
		}
		if err != nil {
			// _Py_TPFLAGS_MATCH_SELF: the builtins (and their subclasses) match themselves
			self := false
			for _, m := range t.MRO {
				switch m {
				case IntType, FloatType, StrType, BoolType, ListType, TupleType, DictType, SetType, FrozenSetType, BytesType, ByteArrayType:
					self = true
				}
			}
			allowed := 0
			if self {
				allowed = 1
			}
			if npos > allowed {
				return Null, newErr(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, allowed, plural(allowed), npos)
			}
			out = append(out, subj)
		} else {
			if ma.Type() != TupleType {
				return Null, newErr(TypeError, "%s.__match_args__ must be a tuple (got %s)", t.Name, typeName(ma))
			}
			items := ma.tuple().items
			if npos > len(items) {
				return Null, newErr(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, len(items), plural(len(items)), npos)
			}
			for _, n := range items[:npos] {
				v, err := GetAttr(subj, intern(n.str().s))
				if err != nil {
					if err.typ.IsSubtype(AttributeError) {
						return None, nil
					}
					return Null, err
				}
				out = append(out, v)
			}
		}
	}
	for _, n := range names.tuple().items {
		v, err := GetAttr(subj, intern(n.str().s))
		if err != nil {
			if err.typ.IsSubtype(AttributeError) {
				return None, nil
			}
			return Null, err
		}
		out = append(out, v)
	}
	return obj(newTuple(out)), nil
}

// Complex numbers: a minimal complex type.
type Complex struct {
	Header
	v complex128
}

func newComplex(c complex128) Value { return obj(&Complex{Header{ComplexType}, c}) }

func powComplex(x, y float64) (Value, *Exception) {
	return newComplex(cmplxPow(complex(x, 0), complex(y, 0))), nil
}

// captureNames keeps the names a NameError's "Did you mean" chooses from:
// the frame's locals, globals and builtins, in that order
// (_compute_suggestion_error), and whether self has the attribute.
func captureNames(f *Frame, e *Exception) {
	names := []string{}
	var self Value
	if f.locals.p != nil && f.locals.Type() == DictType {
		f.locals.dict().each(func(k, v Value) bool {
			if k.Type() == StrType {
				names = append(names, k.str().s)
			}
			return true
		})
	} else {
		for i, n := range f.code.lpNames {
			v := f.lp[i]
			if v.p != nil && f.code.kinds[i]&(bc.FastCell|bc.FastFree) != 0 && v.Type() == CellType {
				v = v.cell().v
			}
			if v.p != nil {
				names = append(names, n.s)
				if n.s == "self" {
					self = v
				}
			}
		}
	}
	if f.locals.p == nil || f.locals.Type() != DictType || f.locals.dict() != f.globals {
		f.globals.each(func(k, v Value) bool {
			if k.Type() == StrType {
				names = append(names, k.str().s)
			}
			return true
		})
	} else {
		f.globals.each(func(k, v Value) bool {
			if k.Type() == StrType {
				names = append(names, k.str().s)
			}
			return true
		})
	}
	f.builtins.each(func(k, v Value) bool {
		if k.Type() == StrType {
			names = append(names, k.str().s)
		}
		return true
	})
	e.suggest = names
	if self.p != nil && e.name.Type() == StrType {
		if _, err := GetAttr(self, intern(e.name.str().s)); err == nil {
			e.selfHas = true
		}
	}
}

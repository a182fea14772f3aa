package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"sort"
	"strings"
	"syscall"
)

func defBuiltin(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) {
	builtinsDict.SetS(name, obj(&Builtin{Header{BuiltinType}, name, fn, Null, nil}))
}

// noKw rejects keyword arguments as METH_VARARGS builtins do.
func noKw(name string, kw *Tuple) *Exception {
	if kwCount(kw) > 0 {
		return newErr(TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

func exactArgs(name string, a []Value, kw *Tuple, n int) *Exception {
	if err := noKw(name, kw); err != nil {
		return err
	}
	if len(a) != n {
		if n == 1 {
			return newErr(TypeError, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		return newErr(TypeError, "%s expected %d arguments, got %d", name, n, len(a))
	}
	return nil
}

func rangeArgs(name string, a []Value, kw *Tuple, min, max int) *Exception {
	if err := noKw(name, kw); err != nil {
		return err
	}
	if len(a) < min {
		return newErr(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(a))
	}
	if len(a) > max {
		return newErr(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(a))
	}
	return nil
}

// TextFile is a text stream (sys.stdout, sys.stderr, sys.stdin).
type TextFile struct {
	Header
	w    *bufio.Writer
	r    *bufio.Reader
	name string
	line bool      // line buffered (a terminal), as CPython's stdout on a tty
	dst  io.Writer // what w writes to
}

var TextFileType *Type

func (f *TextFile) write(s string) *Exception {
	if f.w != nil {
		f.w.WriteString(s)
		if f.name == "<stderr>" || f.line && strings.IndexByte(s, '\n') >= 0 {
			f.w.Flush()
		}
		return f.ioErr()
	}
	return nil
}

// ioErr is the OSError of a failed write or flush (BrokenPipeError when
// the reader of a pipe has gone, as in `peglab run x.py | head -1`).
// Like CPython's buffered writer, what the failed write held is dropped,
// so the error is raised once and the next write tries afresh.
func (f *TextFile) ioErr() *Exception {
	_, err := f.w.Write(nil) // bufio keeps its first error
	if err == nil {
		return nil
	}
	f.w.Reset(f.dst)
	var en syscall.Errno
	if errors.As(err, &en) {
		t := OSError
		if en == syscall.EPIPE {
			if bp, ok := builtinsDict.GetS("BrokenPipeError"); ok {
				t = bp.typ()
			}
		}
		s := en.Error()
		if s != "" {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		return newExcArgs(t, MakeInt(int64(en)), NewStr(s))
	}
	return newErr(OSError, "%s", err.Error())
}

// flush writes out the buffer, returning the error ioErr makes.
func (f *TextFile) flush() *Exception {
	if f.w == nil {
		return nil
	}
	f.w.Flush()
	return f.ioErr()
}

var sysStdout, sysStderr, sysStdin *TextFile

func writeOut(s string) {
	v, _ := sysModule.dict.GetS("stdout")
	writeTo(v, s)
}

func writeTo(file Value, s string) *Exception {
	if file.Type() == TextFileType {
		return (*TextFile)(file.p).write(s)
	}
	w, err := GetAttr(file, intern("write"))
	if err != nil {
		return err
	}
	_, err = Call(w, []Value{NewStr(s)}, nil)
	return err
}

type enumerateObj struct {
	Header
	it Value
	n  Value
}
type zipObj struct {
	Header
	its    []Value
	strict bool
}
type mapObj struct {
	Header
	fn  Value
	its []Value
}
type filterObj struct {
	Header
	fn Value
	it Value
}
type reversedObj struct {
	Header
	seq Value
	i   int
}

var EnumerateType, ZipType, MapType, FilterType, ReversedType *Type

func initBuiltins() {
	initSeqTypes()
	initDictType()
	initSetTypes()
	initRange()
	initGenerators()
	ComplexType = newBuiltinType("complex", ObjectType)
	ComplexType.repr = func(v Value) (Value, *Exception) {
		c := (*Complex)(v.p).v
		if real(c) == 0 && !math.Signbit(real(c)) {
			return NewStr(floatReprC(imag(c)) + "j"), nil
		}
		sign := "+"
		im := imag(c)
		if im < 0 || (im == 0 && math.Signbit(im)) {
			sign = "-"
			im = -im
		}
		return NewStr("(" + floatReprC(real(c)) + sign + floatReprC(im) + "j)"), nil
	}
	for name, t := range map[string]*Type{"object": ObjectType, "type": TypeType, "int": IntType, "bool": BoolType,
		"float": FloatType, "str": StrType, "list": ListType, "tuple": TupleType, "dict": DictType, "set": SetType,
		"frozenset": FrozenSetType, "range": RangeType, "slice": SliceType, "bytes": BytesType, "property": PropertyType,
		"classmethod": ClassMethodType, "staticmethod": StaticMethodType, "super": SuperType, "complex": ComplexType} {
		builtinsDict.SetS(name, obj(t))
	}
	builtinsDict.SetS("None", None)
	builtinsDict.SetS("True", True)
	builtinsDict.SetS("False", False)
	builtinsDict.SetS("Ellipsis", Ellipsis)
	builtinsDict.SetS("NotImplemented", NotImplemented)
	builtinsDict.SetS("__debug__", True)
	builtinsDict.SetS("__name__", NewStr("builtins"))

	TextFileType = newBuiltinType("_io.TextIOWrapper", ObjectType)
	TextFileType.Name = "TextIOWrapper"
	TextFileType.def("write", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || a[1].Type() != StrType {
			if len(a) == 2 {
				return Null, newErr(TypeError, "write() argument must be str, not %s", typeName(a[1]))
			}
			return Null, newErr(TypeError, "write() takes exactly one argument (%d given)", len(a)-1)
		}
		if err := (*TextFile)(a[0].p).write(a[1].str().s); err != nil {
			return Null, err
		}
		return MakeInt(int64(a[1].str().n)), nil
	})
	TextFileType.def("flush", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := (*TextFile)(a[0].p).flush(); err != nil {
			return Null, err
		}
		return None, nil
	})
	TextFileType.def("readline", func(a []Value, kw *Tuple) (Value, *Exception) {
		f := (*TextFile)(a[0].p)
		if f.r == nil {
			return obj(emptyStr), nil
		}
		line, _ := f.r.ReadString('\n')
		return NewStr(line), nil
	})
	TextFileType.repr = func(v Value) (Value, *Exception) {
		f := (*TextFile)(v.p)
		mode := "w"
		if f.r != nil {
			mode = "r"
		}
		return NewStr(fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", f.name, mode)), nil
	}

	defBuiltin("print", builtinPrint)
	defBuiltin("len", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("len", a, kw, 1); err != nil {
			return Null, err
		}
		n, err := Len(a[0])
		return MakeInt(int64(n)), err
	})
	defBuiltin("repr", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("repr", a, kw, 1); err != nil {
			return Null, err
		}
		return Repr(a[0])
	})
	defBuiltin("ascii", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("ascii", a, kw, 1); err != nil {
			return Null, err
		}
		return Ascii(a[0])
	})
	defBuiltin("format", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := rangeArgs("format", a, kw, 1, 2); err != nil {
			return Null, err
		}
		spec := ""
		if len(a) == 2 {
			if a[1].Type() != StrType {
				return Null, newErr(TypeError, "format() argument 2 must be str, not %s", typeName(a[1]))
			}
			spec = a[1].str().s
		}
		return Format(a[0], spec)
	})
	defBuiltin("abs", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("abs", a, kw, 1); err != nil {
			return Null, err
		}
		return unaryOp(a[0], 3)
	})
	defBuiltin("hash", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("hash", a, kw, 1); err != nil {
			return Null, err
		}
		h, err := Hash(a[0])
		return MakeInt(h), err
	})
	defBuiltin("id", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("id", a, kw, 1); err != nil {
			return Null, err
		}
		if a[0].p == intTag || a[0].p == floatTag {
			return MakeInt(int64(a[0].n>>1) | 1<<40), nil
		}
		return MakeInt(int64(uintptr(a[0].p))), nil
	})
	defBuiltin("callable", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("callable", a, kw, 1); err != nil {
			return Null, err
		}
		return MakeBool(a[0].Type().call != nil), nil
	})
	defBuiltin("isinstance", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("isinstance", a, kw, 2); err != nil {
			return Null, newErr(TypeError, "isinstance expected 2 arguments, got %d", len(a))
		}
		r, err := isInstance(a[0], a[1])
		return MakeBool(r), err
	})
	defBuiltin("issubclass", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "issubclass expected 2 arguments, got %d", len(a))
		}
		if !a[0].Type().IsSubtype(TypeType) {
			return Null, newErr(TypeError, "issubclass() arg 1 must be a class")
		}
		r, err := isSubclass(a[0].typ(), a[1])
		return MakeBool(r), err
	})
	defBuiltin("iter", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := rangeArgs("iter", a, kw, 1, 2); err != nil {
			return Null, err
		}
		if len(a) == 2 {
			return obj(&callIter{Header{CallIterType}, a[0], a[1]}), nil
		}
		return GetIter(a[0])
	})
	defBuiltin("next", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := rangeArgs("next", a, kw, 1, 2); err != nil {
			return Null, err
		}
		if a[0].Type().next == nil {
			return Null, newErr(TypeError, "'%s' object is not an iterator", typeName(a[0]))
		}
		if a[0].Type() == GeneratorType {
			r, done, err := a[0].gen().send(None)
			if err != nil {
				return Null, err
			}
			if done {
				if len(a) == 2 {
					return a[1], nil
				}
				return Null, stopIteration(r)
			}
			return r, nil
		}
		v, ok, err := Next(a[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(a) == 2 {
				return a[1], nil
			}
			if a[0].Type() == GeneratorType {
				return Null, newExcArgs(StopIteration)
			}
			return Null, newExcArgs(StopIteration)
		}
		return v, nil
	})
	defBuiltin("ord", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("ord", a, kw, 1); err != nil {
			return Null, err
		}
		switch a[0].Type() {
		case StrType:
			s := a[0].str()
			if s.n != 1 {
				return Null, newErr(TypeError, "ord() expected a character, but string of length %d found", s.n)
			}
			r, _ := decodeWTF8(s.s)
			return MakeInt(int64(r)), nil
		case BytesType:
			b := a[0].bytes().b
			if len(b) != 1 {
				return Null, newErr(TypeError, "ord() expected a character, but string of length %d found", len(b))
			}
			return MakeInt(int64(b[0])), nil
		}
		return Null, newErr(TypeError, "ord() expected string of length 1, but %s found", typeName(a[0]))
	})
	defBuiltin("chr", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("chr", a, kw, 1); err != nil {
			return Null, err
		}
		i, err := IndexInt(a[0])
		if err != nil {
			if err.typ == IndexError {
				return Null, newErr(OverflowError, "Python int too large to convert to C int")
			}
			return Null, err
		}
		if i < 0 || i > 0x10ffff {
			return Null, newErr(ValueError, "chr() arg not in range(0x110000)")
		}
		return NewStr(string(encodeWTF8(nil, rune(i)))), nil
	})
	for _, p := range []struct {
		name, prefix string
		base         int
	}{{"bin", "0b", 2}, {"oct", "0o", 8}, {"hex", "0x", 16}} {
		p := p
		defBuiltin(p.name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := exactArgs(p.name, a, kw, 1); err != nil {
				return Null, err
			}
			iv, err := Index(a[0])
			if err != nil {
				return Null, err
			}
			b := toBig(iv)
			s := new(big.Int).Abs(b).Text(p.base)
			if b.Sign() < 0 {
				return NewStr("-" + p.prefix + s), nil
			}
			return NewStr(p.prefix + s), nil
		})
	}
	defBuiltin("divmod", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("divmod", a, kw, 2); err != nil {
			return Null, err
		}
		if isIntLike(a[0]) && isIntLike(a[1]) || a[0].p == floatTag || a[1].p == floatTag {
			if (a[0].p == floatTag || a[1].p == floatTag) && isNumber(a[0]) && isNumber(a[1]) {
				x, _, _ := toFloat(a[0])
				y, _, _ := toFloat(a[1])
				if y == 0 {
					return Null, newErr(ZeroDivisionError, "float divmod()")
				}
				q, m := floatDivmod(x, y)
				return NewTuple(MakeFloat(q), MakeFloat(m)), nil
			}
		}
		if m := a[0].Type().lookupS("__divmod__"); m.p != nil {
			r, err := callMethod(m, a[0], a[1])
			if err != nil || !r.isNotImpl() {
				return r, err
			}
		}
		if isIntLike(a[0]) && isIntLike(a[1]) {
			q, err := BinaryOp(a[0], a[1], nbFloorDiv)
			if err != nil {
				return Null, err
			}
			m, err := BinaryOp(a[0], a[1], nbRem)
			if err != nil {
				return Null, err
			}
			return NewTuple(q, m), nil
		}
		if m := a[1].Type().lookupS("__rdivmod__"); m.p != nil {
			r, err := callMethod(m, a[1], a[0])
			if err != nil || !r.isNotImpl() {
				return r, err
			}
		}
		return Null, newErr(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a[0]), typeName(a[1]))
	})
	defBuiltin("pow", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		args := append([]Value(nil), pos...)
		for i, k := range kwItems(kw) {
			switch k {
			case "base":
				args = append([]Value{kwv[i]}, args...)
			case "exp":
				args = append(args, kwv[i])
			case "mod":
				for len(args) < 2 {
					args = append(args, None)
				}
				args = append(args, kwv[i])
			}
		}
		if len(args) < 2 || len(args) > 3 {
			return Null, newErr(TypeError, "pow expected at least 2 arguments, got %d", len(args))
		}
		if len(args) == 3 && !args[2].isNone() {
			if m, heap := args[0].Type().definedInHeap("__pow__"); heap {
				return callMethod(m, args[0], args[1], args[2]) // ternary_op: only the left's __pow__
			}
			if !isIntLike(args[0]) || !isIntLike(args[1]) || !isIntLike(args[2]) {
				return Null, newErr(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			m := toBig(args[2])
			if m.Sign() == 0 {
				return Null, newErr(ValueError, "pow() 3rd argument cannot be 0")
			}
			e := toBig(args[1])
			b := new(big.Int).Set(toBig(args[0]))
			if e.Sign() < 0 {
				inv := new(big.Int).ModInverse(b, new(big.Int).Abs(m))
				if inv == nil {
					return Null, newErr(ValueError, "base is not invertible for the given modulus")
				}
				b = inv
				e = new(big.Int).Neg(e)
			}
			r := new(big.Int).Exp(b, e, new(big.Int).Abs(m))
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return newBig(r), nil
		}
		return BinaryOp(args[0], args[1], nbPow)
	})
	defBuiltin("round", builtinRound)
	defBuiltin("sum", builtinSum)
	defBuiltin("min", func(a []Value, kw *Tuple) (Value, *Exception) { return minmax("min", a, kw, cmpLT) })
	defBuiltin("max", func(a []Value, kw *Tuple) (Value, *Exception) { return minmax("max", a, kw, cmpGT) })
	defBuiltin("any", func(a []Value, kw *Tuple) (Value, *Exception) { return anyAll("any", a, kw, true) })
	defBuiltin("all", func(a []Value, kw *Tuple) (Value, *Exception) { return anyAll("all", a, kw, false) })
	defBuiltin("sorted", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, _ := splitKw(a, kw)
		if len(pos) != 1 {
			return Null, newErr(TypeError, "sorted expected 1 argument, got %d", len(pos))
		}
		items, err := iterToSlice(pos[0])
		if err != nil {
			return Null, err
		}
		l := obj(newList(items))
		sortm := ListType.lookupS("sort")
		args := append([]Value{l}, a[1:]...)
		if _, err := Call(sortm, args, kw); err != nil {
			return Null, err
		}
		return l, nil
	})
	defBuiltin("getattr", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := rangeArgs("getattr", a, kw, 2, 3); err != nil {
			return Null, err
		}
		if a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string, not '%s'", typeName(a[1]))
		}
		v, err := GetAttr(a[0], intern(a[1].str().s))
		if err != nil && len(a) == 3 && err.typ.IsSubtype(AttributeError) {
			return a[2], nil
		}
		return v, err
	})
	defBuiltin("setattr", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("setattr", a, kw, 3); err != nil {
			return Null, err
		}
		if a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string, not '%s'", typeName(a[1]))
		}
		return None, SetAttr(a[0], intern(a[1].str().s), a[2])
	})
	defBuiltin("delattr", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("delattr", a, kw, 2); err != nil {
			return Null, err
		}
		if a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string, not '%s'", typeName(a[1]))
		}
		return None, SetAttr(a[0], intern(a[1].str().s), Null)
	})
	defBuiltin("hasattr", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("hasattr", a, kw, 2); err != nil {
			return Null, err
		}
		if a[1].Type() != StrType {
			return Null, newErr(TypeError, "attribute name must be string, not '%s'", typeName(a[1]))
		}
		_, err := GetAttr(a[0], intern(a[1].str().s))
		if err != nil {
			if err.typ.IsSubtype(AttributeError) {
				return False, nil
			}
			return Null, err
		}
		return True, nil
	})
	defBuiltin("input", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) > 0 {
			s, err := Str_(a[0])
			if err != nil {
				return Null, err
			}
			writeOut(s)
		}
		flushStd()
		if sysStdin.r == nil {
			return Null, newErr(EOFError, "EOF when reading a line")
		}
		line, err := sysStdin.r.ReadString('\n')
		if err != nil && line == "" {
			return Null, newErr(EOFError, "EOF when reading a line")
		}
		return NewStr(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")), nil
	})
	exit := func(a []Value, kw *Tuple) (Value, *Exception) {
		e := newExcObj(SystemExit, newTuple(append([]Value(nil), a...)))
		SystemExit.init(obj(e), a, nil)
		return Null, e
	}
	defBuiltin("exit", exit)
	defBuiltin("quit", exit)
	defBuiltin("__build_class__", buildClass)
	defBuiltin("dir", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) == 0 {
			f := curThread.frame
			var names []Value
			if f != nil && f.locals.Type() == DictType {
				f.locals.dict().each(func(k, _ Value) bool { names = append(names, k); return true })
			}
			l := newList(names)
			return obj(l), sortValues(l.items, None, false)
		}
		return builtinDir(a[0])
	})
	defBuiltin("vars", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) == 0 {
			l, _ := builtinsDict.getStr(intern("locals"))
			return Call(l, nil, nil)
		}
		d, err := GetAttr(a[0], intern("__dict__"))
		if err != nil {
			return Null, newErr(TypeError, "vars() argument must have __dict__ attribute")
		}
		return d, nil
	})
	defBuiltin("globals", func(a []Value, kw *Tuple) (Value, *Exception) { return obj(curThread.frame.globals), nil })
	defBuiltin("locals", func(a []Value, kw *Tuple) (Value, *Exception) {
		f := curThread.frame
		if f.locals.p != nil {
			return f.locals, nil
		}
		d := NewDict()
		for i, n := range f.code.lpNames {
			v := f.lp[i]
			if f.code.kinds[i]&(0x40|0x80) != 0 && v.p != nil && v.Type() == CellType {
				v = v.cell().v
			}
			if v.p != nil {
				d.setStr(n, v)
			}
		}
		return obj(d), nil
	})

	EnumerateType = newBuiltinType("enumerate", ObjectType)
	EnumerateType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		start := MakeInt(0)
		for i, k := range kwItems(kw) {
			if k != "start" {
				return Null, newErr(TypeError, "'%s' is an invalid keyword argument for enumerate()", k)
			}
			start = kwv[i]
		}
		if len(pos) == 2 {
			start = pos[1]
		}
		if len(pos) == 0 || len(pos) > 2 {
			return Null, newErr(TypeError, "enumerate() missing required argument 'iterable'")
		}
		if !isIntLike(start) {
			return Null, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(start))
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return Null, err
		}
		return obj(&enumerateObj{Header{EnumerateType}, it, start}), nil
	}
	EnumerateType.iter = selfIter
	EnumerateType.next = func(v Value) (Value, bool, *Exception) {
		e := (*enumerateObj)(v.p)
		x, ok, err := Next(e.it)
		if !ok || err != nil {
			return Null, false, err
		}
		i := e.n
		if e.n.p == intTag && e.n.Int() < 1<<62 {
			e.n = MakeInt(e.n.Int() + 1)
		} else {
			e.n, _ = BinaryOp(e.n, MakeInt(1), nbAdd)
		}
		return pair(i, x), true, nil
	}
	ZipType = newBuiltinType("zip", ObjectType)
	ZipType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		z := &zipObj{Header: Header{ZipType}}
		for i, k := range kwItems(kw) {
			if k != "strict" {
				return Null, newErr(TypeError, "zip() got an unexpected keyword argument '%s'", k)
			}
			z.strict, _ = Truth(kwv[i])
		}
		for i, x := range pos {
			it, err := GetIter(x)
			if err != nil {
				if err.typ == TypeError {
					return Null, newErr(TypeError, "zip argument #%d must support iteration", i+1)
				}
				return Null, err
			}
			z.its = append(z.its, it)
		}
		return obj(z), nil
	}
	ZipType.iter = selfIter
	ZipType.next = func(v Value) (Value, bool, *Exception) {
		z := (*zipObj)(v.p)
		if len(z.its) == 0 {
			return Null, false, nil
		}
		items := make([]Value, len(z.its))
		for i, it := range z.its {
			x, ok, err := Next(it)
			if err != nil {
				return Null, false, err
			}
			if !ok {
				if z.strict {
					if i > 0 {
						return Null, false, newErr(ValueError, "zip() argument %d is shorter than argument%s%s", i+1, pluralS(i), argList(i))
					}
					for j := 1; j < len(z.its); j++ {
						if _, ok, _ := Next(z.its[j]); ok {
							return Null, false, newErr(ValueError, "zip() argument %d is longer than argument%s%s", j+1, pluralS(j), argList(j))
						}
					}
				}
				return Null, false, nil
			}
			items[i] = x
		}
		return obj(newTuple(items)), true, nil
	}
	MapType = newBuiltinType("map", ObjectType)
	MapType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		if err := noKw("map", kw); err != nil {
			return Null, err
		}
		if len(a) < 2 {
			return Null, newErr(TypeError, "map() must have at least two arguments.")
		}
		m := &mapObj{Header: Header{MapType}, fn: a[0]}
		for _, x := range a[1:] {
			it, err := GetIter(x)
			if err != nil {
				return Null, err
			}
			m.its = append(m.its, it)
		}
		return obj(m), nil
	}
	MapType.iter = selfIter
	MapType.next = func(v Value) (Value, bool, *Exception) {
		m := (*mapObj)(v.p)
		args := make([]Value, len(m.its))
		for i, it := range m.its {
			x, ok, err := Next(it)
			if !ok || err != nil {
				return Null, false, err
			}
			args[i] = x
		}
		r, err := Call(m.fn, args, nil)
		return r, err == nil, err
	}
	FilterType = newBuiltinType("filter", ObjectType)
	FilterType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		if err := noKw("filter", kw); err != nil {
			return Null, err
		}
		if len(a) != 2 {
			return Null, newErr(TypeError, "filter expected 2 arguments, got %d", len(a))
		}
		it, err := GetIter(a[1])
		if err != nil {
			return Null, err
		}
		return obj(&filterObj{Header{FilterType}, a[0], it}), nil
	}
	FilterType.iter = selfIter
	FilterType.next = func(v Value) (Value, bool, *Exception) {
		fo := (*filterObj)(v.p)
		for {
			x, ok, err := Next(fo.it)
			if !ok || err != nil {
				return Null, false, err
			}
			keep := x
			if !fo.fn.isNone() {
				keep, err = Call(fo.fn, []Value{x}, nil)
				if err != nil {
					return Null, false, err
				}
			}
			b, err := Truth(keep)
			if err != nil {
				return Null, false, err
			}
			if b {
				return x, true, nil
			}
		}
	}
	ReversedType = newBuiltinType("reversed", ObjectType)
	ReversedType.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		if err := noKw("reversed", kw); err != nil {
			return Null, err
		}
		if len(a) != 1 {
			return Null, newErr(TypeError, "reversed expected 1 argument, got %d", len(a))
		}
		x := a[0]
		if m := x.Type().lookupS("__reversed__"); m.p != nil {
			return callMethod(m, x)
		}
		if x.Type() == ListType {
			return obj(&listIter{Header{ListRevIterType}, x.list(), len(x.list().items) - 1}), nil
		}
		if x.Type() == DictType {
			keys := []Value{}
			x.dict().each(func(k, _ Value) bool { keys = append(keys, k); return true })
			x = obj(newList(keys))
		}
		if x.Type().getitem == nil || x.Type().length == nil || x.Type() == DictType || isSetType(x) {
			return Null, newErr(TypeError, "'%s' object is not reversible", typeName(x))
		}
		n, err := Len(x)
		if err != nil {
			return Null, err
		}
		return obj(&reversedObj{Header{ReversedType}, x, n - 1}), nil
	}
	ReversedType.iter = selfIter
	ReversedType.next = func(v Value) (Value, bool, *Exception) {
		r := (*reversedObj)(v.p)
		if r.i < 0 {
			return Null, false, nil
		}
		x, err := GetItem(r.seq, MakeInt(int64(r.i)))
		r.i--
		return x, err == nil, err
	}
	CallIterType = newBuiltinType("callable_iterator", ObjectType)
	CallIterType.iter = selfIter
	CallIterType.next = func(v Value) (Value, bool, *Exception) {
		c := (*callIter)(v.p)
		if c.fn.p == nil {
			return Null, false, nil
		}
		x, err := Call(c.fn, nil, nil)
		if err != nil {
			if err.typ.IsSubtype(StopIteration) {
				c.fn = Null
				return Null, false, nil
			}
			return Null, false, err
		}
		eq, err := Equal(x, c.sentinel)
		if err != nil {
			return Null, false, err
		}
		if eq {
			c.fn = Null
			return Null, false, nil
		}
		return x, true, nil
	}
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		builtinsDict.SetS(t.Name, obj(t))
	}
	initSys()
	initImport() // import.go
	initCompileBuiltins()
	for _, t := range allTypes {
		addSlotWrappers(t)
	}
}

type callIter struct {
	Header
	fn, sentinel Value
}

var CallIterType *Type

func pluralS(i int) string {
	if i == 1 {
		return " "
	}
	return "s "
}

func argList(i int) string {
	if i == 1 {
		return "1"
	}
	s := ""
	for k := 1; k <= i; k++ {
		if k > 1 {
			if k == i {
				s += " and "
			} else {
				s += ", "
			}
		}
		s += fmt.Sprint(k)
	}
	return strings.Replace(s, ", "+fmt.Sprint(i), " and "+fmt.Sprint(i), 1)
}

func isNumber(v Value) bool { return v.p == floatTag || isIntLike(v) }

func floatReprC(f float64) string {
	s := floatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

func builtinPrint(a []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	sep, end, file := " ", "\n", Null
	flush := false
	for i, k := range kwItems(kw) {
		v := kwv[i]
		switch k {
		case "sep", "end":
			if !v.isNone() {
				if v.Type() != StrType {
					return Null, newErr(TypeError, "%s must be None or a string, not %s", k, typeName(v))
				}
				if k == "sep" {
					sep = v.str().s
				} else {
					end = v.str().s
				}
			}
		case "file":
			if !v.isNone() {
				file = v
			}
		case "flush":
			flush, _ = Truth(v)
		default:
			return Null, newErr(TypeError, "print() got an unexpected keyword argument '%s'", k)
		}
	}
	if file.p == nil {
		file, _ = sysModule.dict.GetS("stdout")
	}
	if file.Type() == TextFileType {
		tf := (*TextFile)(file.p)
		for i, v := range pos {
			if i > 0 {
				if err := tf.write(sep); err != nil {
					return Null, err
				}
			}
			var s string
			if v.Type() == StrType {
				s = v.str().s
			} else {
				var err *Exception
				s, err = Str_(v)
				if err != nil {
					return Null, err
				}
			}
			if err := tf.write(s); err != nil {
				return Null, err
			}
		}
		if err := tf.write(end); err != nil {
			return Null, err
		}
		if flush {
			if err := tf.flush(); err != nil {
				return Null, err
			}
		}
		return None, nil
	}
	var b strings.Builder
	for i, v := range pos {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := Str_(v)
		if err != nil {
			return Null, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if err := writeTo(file, b.String()); err != nil {
		return Null, err
	}
	if flush {
		if fl, err := GetAttr(file, intern("flush")); err == nil {
			Call(fl, nil, nil)
		}
	}
	return None, nil
}

func isInstance(o, cls Value) (bool, *Exception) {
	if cls.Type() == TupleType {
		for _, c := range cls.tuple().items {
			r, err := isInstance(o, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if !cls.Type().IsSubtype(TypeType) {
		return false, newErr(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	if m := cls.Type().lookupS("__instancecheck__"); m.p != nil && cls.Type() != TypeType {
		r, err := callMethod(m, cls, o)
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	return o.Type().IsSubtype(cls.typ()), nil
}

func isSubclass(t *Type, cls Value) (bool, *Exception) {
	if cls.Type() == TupleType {
		for _, c := range cls.tuple().items {
			r, err := isSubclass(t, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if mt := cls.Type(); mt != TypeType {
		// PyObject_IsSubclass: the metaclass's __subclasscheck__ (ABCMeta's)
		if m := mt.lookupS("__subclasscheck__"); m.p != nil && !m.Is(TypeType.lookupS("__subclasscheck__")) {
			r, err := callMethod(m, cls, obj(t))
			if err != nil {
				return false, err
			}
			return Truth(r)
		}
	}
	if !cls.Type().IsSubtype(TypeType) {
		return false, newErr(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	if m := cls.Type().lookupS("__subclasscheck__"); m.p != nil && cls.Type() != TypeType {
		r, err := callMethod(m, cls, obj(t))
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	return t.IsSubtype(cls.typ()), nil
}

func builtinRound(a []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	args := append([]Value(nil), pos...)
	for i, k := range kwItems(kw) {
		switch k {
		case "number":
			args = append([]Value{kwv[i]}, args...)
		case "ndigits":
			args = append(args, kwv[i])
		default:
			return Null, newErr(TypeError, "round() got an unexpected keyword argument '%s'", k)
		}
	}
	if len(args) == 0 {
		return Null, newErr(TypeError, "round() missing required argument 'number' (pos 1)")
	}
	if len(args) > 2 {
		return Null, newErr(TypeError, "round() takes at most 2 arguments (%d given)", len(args))
	}
	x := args[0]
	nd := None
	if len(args) == 2 {
		nd = args[1]
	}
	if x.p != floatTag && x.p != intTag && x.Type().IsSubtype(FloatType) && x.Type().lookupS("__round__").p == nil {
		x = MakeFloat(x.Float()) // a float subclass rounds as its float
	}
	if x.p == floatTag {
		f := x.Float()
		if nd.isNone() {
			r := math.RoundToEven(f)
			if math.IsInf(f, 0) {
				return Null, newErr(OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return Null, newErr(ValueError, "cannot convert float NaN to integer")
			}
			return floatToInt(r)
		}
		n, err := IndexInt(nd)
		if err != nil {
			return Null, err
		}
		return MakeFloat(roundFloat(f, n)), nil
	}
	if isIntLike(x) {
		if nd.isNone() {
			return Index(x)
		}
		n, err := IndexInt(nd)
		if err != nil {
			return Null, err
		}
		if n >= 0 {
			return Index(x)
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		b := toBig(x)
		q, m := bigFloorDivMod(b, p)
		twice := new(big.Int).Mul(m, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		return newBig(q.Mul(q, p)), nil
	}
	m := x.Type().lookupS("__round__")
	if m.p == nil {
		return Null, newErr(TypeError, "type %s doesn't define __round__ method", typeName(x))
	}
	if nd.isNone() && len(args) == 1 {
		return callMethod(m, x)
	}
	return callMethod(m, x, nd)
}

// roundFloat rounds to n decimal digits, half to even on the exact value.
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 308 {
		return f
	}
	if n < -308 {
		return math.Copysign(0, f)
	}
	s := fmt.Sprintf("%.*f", max(n, 0), f)
	if n >= 0 {
		// %f rounds the exact binary value half-even, as CPython's dtoa does
		var r float64
		fmt.Sscan(s, &r)
		return r
	}
	bf := new(big.Float).SetPrec(2000).SetFloat64(f)
	p := new(big.Float).SetPrec(2000).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil))
	q := new(big.Float).SetPrec(2000).Quo(bf, p)
	qi, _ := q.Int(nil)
	rem := new(big.Float).SetPrec(2000).Sub(q, new(big.Float).SetPrec(2000).SetInt(qi))
	half := big.NewFloat(0.5)
	ar := new(big.Float).Abs(rem)
	c := ar.Cmp(half)
	if c > 0 || c == 0 && qi.Bit(0) == 1 {
		if f > 0 {
			qi.Add(qi, big.NewInt(1))
		} else {
			qi.Sub(qi, big.NewInt(1))
		}
	}
	r, _ := new(big.Float).Mul(new(big.Float).SetInt(qi), p).Float64()
	return r
}

func builtinSum(a []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	start := MakeInt(0)
	for i, k := range kwItems(kw) {
		if k != "start" {
			return Null, newErr(TypeError, "sum() got an unexpected keyword argument '%s'", k)
		}
		start = kwv[i]
	}
	if len(pos) == 2 {
		start = pos[1]
	}
	if len(pos) == 0 || len(pos) > 2 {
		return Null, newErr(TypeError, "sum() takes at most 2 arguments (%d given)", len(pos))
	}
	switch start.Type() {
	case StrType:
		return Null, newErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case BytesType:
		return Null, newErr(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	it, err := GetIter(pos[0])
	if err != nil {
		return Null, err
	}
	acc := start
	// float sums use compensated summation as CPython's does
	for {
		x, ok, err := Next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			return acc, nil
		}
		if acc.p == floatTag && x.p == floatTag {
			s := acc.Float()
			c := 0.0
			v := x
			for {
				y := v.Float() - c
				t := s + y
				c = (t - s) - y
				s = t
				nx, ok, err := Next(it)
				if err != nil {
					return Null, err
				}
				if !ok {
					return MakeFloat(s), nil
				}
				if nx.p != floatTag {
					acc = MakeFloat(s)
					x = nx
					break
				}
				v = nx
			}
		}
		acc, err = BinaryOp(acc, x, nbAdd)
		if err != nil {
			return Null, err
		}
	}
}

func minmax(name string, a []Value, kw *Tuple, op int) (Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	key, def := None, Null
	for i, k := range kwItems(kw) {
		switch k {
		case "key":
			key = kwv[i]
		case "default":
			def = kwv[i]
		default:
			return Null, newErr(TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	var items []Value
	if len(pos) == 0 {
		return Null, newErr(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(pos) == 1 {
		var err *Exception
		items, err = iterToSlice(pos[0])
		if err != nil {
			return Null, err
		}
		if len(items) == 0 {
			if def.p != nil {
				return def, nil
			}
			return Null, newErr(ValueError, "%s() iterable argument is empty", name)
		}
	} else {
		if def.p != nil {
			return Null, newErr(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = pos
	}
	best := items[0]
	bestKey := best
	if !key.isNone() {
		k, err := Call(key, []Value{best}, nil)
		if err != nil {
			return Null, err
		}
		bestKey = k
	}
	for _, x := range items[1:] {
		k := x
		if !key.isNone() {
			var err *Exception
			k, err = Call(key, []Value{x}, nil)
			if err != nil {
				return Null, err
			}
		}
		r, err := RichCompare(k, bestKey, op)
		if err != nil {
			return Null, err
		}
		b, err := Truth(r)
		if err != nil {
			return Null, err
		}
		if b {
			best, bestKey = x, k
		}
	}
	return best, nil
}

func anyAll(name string, a []Value, kw *Tuple, want bool) (Value, *Exception) {
	if err := exactArgs(name, a, kw, 1); err != nil {
		return Null, err
	}
	it, err := GetIter(a[0])
	if err != nil {
		return Null, err
	}
	for {
		x, ok, err := Next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			return MakeBool(!want), nil
		}
		b, err := Truth(x)
		if err != nil {
			return Null, err
		}
		if b == want {
			return MakeBool(want), nil
		}
	}
}

// buildClass is __build_class__(func, name, *bases, metaclass=, **kw).
func buildClass(a []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	if len(pos) < 2 {
		return Null, newErr(TypeError, "__build_class__: not enough arguments")
	}
	fn, name := pos[0], pos[1]
	if fn.Type() != FunctionType {
		return Null, newErr(TypeError, "__build_class__: func must be a function")
	}
	if name.Type() != StrType {
		return Null, newErr(TypeError, "__build_class__: name is not a string")
	}
	bases := append([]Value(nil), pos[2:]...)
	var meta Value
	var kwNames []Value
	var kwVals []Value
	for i, k := range kwItems(kw) {
		if k == "metaclass" {
			meta = kwv[i]
			continue
		}
		kwNames = append(kwNames, kw.items[i])
		kwVals = append(kwVals, kwv[i])
	}
	// update_bases: a base that is not a class may stand for classes
	// through __mro_entries__ (typing's Generic[T], NamedTuple, ...)
	origBases := bases
	changed := false
	var resolved []Value
	for _, b := range origBases {
		if b.Type() != TypeType && !b.Type().IsSubtype(TypeType) {
			me, err := GetAttr(b, intern("__mro_entries__"))
			if err == nil {
				r, err := Call(me, []Value{obj(newTuple(origBases))}, nil)
				if err != nil {
					return Null, err
				}
				if r.Type() != TupleType {
					return Null, newErr(TypeError, "__mro_entries__ must return a tuple")
				}
				resolved = append(resolved, r.tuple().items...)
				changed = true
				continue
			} else if !err.typ.IsSubtype(AttributeError) {
				return Null, err
			}
		}
		resolved = append(resolved, b)
	}
	if changed {
		bases = resolved
	}
	if meta.p == nil {
		if len(bases) == 0 {
			meta = obj(TypeType)
		} else {
			meta = obj(bases[0].Type())
		}
	}
	// the most derived metaclass
	if meta.Type().IsSubtype(TypeType) {
		winner := meta.typ()
		for _, b := range bases {
			bt := b.Type()
			if winner.IsSubtype(bt) {
				continue
			}
			if bt.IsSubtype(winner) {
				winner = bt
				continue
			}
			return Null, newErr(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = obj(winner)
	}
	ns := obj(NewDict())
	if prep, err := GetAttr(meta, intern("__prepare__")); err == nil {
		r, err := Call(prep, append([]Value{name, obj(newTuple(bases))}, kwVals...), kwTuple(kwNames))
		if err != nil {
			return Null, err
		}
		if r.Type().getitem == nil {
			mname := "<metaclass>"
			if meta.Type().IsSubtype(TypeType) {
				mname = meta.typ().Name
			}
			return Null, newErr(TypeError, "%s.__prepare__() must return a mapping, not %s", mname, typeName(r))
		}
		ns = r
	}
	if changed {
		if err := SetItem(ns, obj(intern("__orig_bases__")), obj(newTuple(origBases))); err != nil {
			return Null, err
		}
	}
	f := fn.fn()
	cellv, err := curThread.runClassBody(f, ns)
	if err != nil {
		return Null, err
	}
	args := append([]Value{name, obj(newTuple(bases)), ns}, kwVals...)
	cls, err := Call(meta, args, kwTuple(kwNames))
	if err != nil {
		return Null, err
	}
	if cellv.Type() == CellType && cellv.cell().v.p == nil {
		cellv.cell().v = cls
	}
	return cls, nil
}

func kwTuple(names []Value) *Tuple {
	if len(names) == 0 {
		return nil
	}
	return newTuple(names)
}

func (t *Thread) runClassBody(fn *Function, ns Value) (Value, *Exception) {
	f, err := t.pushFrame(fn, fn.code)
	if err != nil {
		return Null, err
	}
	f.locals = ns
	f.entry = true
	return t.run(f)
}

var objectProtocolNames = []string{}

// builtinDir is dir(o): the sorted attribute names.
func builtinDir(o Value) (Value, *Exception) {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		d.each(func(k, _ Value) bool {
			if k.Type() == StrType {
				seen[k.str().s] = true
			}
			return true
		})
	}
	switch {
	case o.Type() == ModuleType:
		add(o.mod().dict)
	case o.Type().IsSubtype(TypeType):
		for _, m := range o.typ().MRO {
			add(m.Dict)
		}
	default:
		add(instDictOf(o))
		for _, m := range o.Type().MRO {
			add(m.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return obj(newList(items)), nil
}

func flushStd() {
	if sysStdout != nil && sysStdout.w != nil {
		sysStdout.w.Flush()
	}
	if sysStderr != nil && sysStderr.w != nil {
		sysStderr.w.Flush()
	}
}

// SetStdio points sys.stdin/stdout/stderr at the given streams.
func SetStdio(in io.Reader, out, errw io.Writer) {
	sysStdout = &TextFile{Header{TextFileType}, bufio.NewWriterSize(out, 1<<16), nil, "<stdout>", isTerminal(out), out}
	sysStderr = &TextFile{Header{TextFileType}, bufio.NewWriter(errw), nil, "<stderr>", true, errw}
	var r *bufio.Reader
	if in != nil {
		r = bufio.NewReader(in)
	}
	sysStdin = &TextFile{Header{TextFileType}, nil, r, "<stdin>", false, nil}
	sysModule.dict.SetS("stdout", obj(sysStdout))
	sysModule.dict.SetS("stderr", obj(sysStderr))
	sysModule.dict.SetS("stdin", obj(sysStdin))
	sysModule.dict.SetS("__stdout__", obj(sysStdout))
	sysModule.dict.SetS("__stderr__", obj(sysStderr))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

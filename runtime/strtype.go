package runtime

import (
	"github.com/peglab/peglab/runtime/internal/pyhash"
	"github.com/peglab/peglab/runtime/internal/pystr"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type strIter struct {
	Header
	s   *Str
	i   int // code point index
	off int
}

var StrIterType *Type

func (v Value) bytes() *Bytes { return (*Bytes)(v.p) }

// Bytes is a bytes object.
type Bytes struct {
	Header
	b []byte
}

func isPrintable(r rune) bool {
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	return unicode.IsPrint(r)
}

func unicodeDigit(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if unicode.IsDigit(r) {
		// decimal digits come in runs of ten starting at a zero
		for z := r; z > r-10; z-- {
			if !unicode.IsDigit(z - 1) {
				return int(r - z)
			}
		}
	}
	return -1
}

func strArg(name string, v Value) (string, *Exception) {
	if v.Type() != StrType {
		return "", newErr(TypeError, "%s arg must be None or str", name)
	}
	return v.str().s, nil
}

func initStr() {
	StrType = newBuiltinType("str", ObjectType)
	for _, s := range interned {
		s.typ = StrType
	}
	s := StrType
	s.repr = func(v Value) (Value, *Exception) { return NewStr(strRepr(v.str().s)), nil }
	s.str = func(v Value) (Value, *Exception) {
		if v.Type() == StrType {
			return v, nil
		}
		return NewStr(v.str().s), nil
	}
	s.hash = func(v Value) (int64, *Exception) { return strHash(v.str()), nil }
	s.length = func(v Value) (int, *Exception) { return v.str().n, nil }
	s.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if !b.Type().IsSubtype(StrType) {
			return NotImplemented, nil
		}
		return cmpResult(strings.Compare(a.str().s, b.str().s), op), nil
	}
	s.contains = func(o, k Value) (bool, *Exception) {
		if k.Type() != StrType {
			return false, newErr(TypeError, "'in <string>' requires string as left operand, not %s", typeName(k))
		}
		return strings.Contains(o.str().s, k.str().s), nil
	}
	s.getitem = func(o, k Value) (Value, *Exception) {
		st := o.str()
		if k.p == intTag {
			i := int(k.Int())
			if i < 0 {
				i += st.n
			}
			if uint(i) >= uint(st.n) {
				return Null, newErr(IndexError, "string index out of range")
			}
			return st.at(i), nil
		}
		if k.Type() == SliceType {
			start, stop, step, n, err := (*Slice)(k.p).indices(st.n)
			if err != nil {
				return Null, err
			}
			if step == 1 {
				if n == 0 {
					return obj(emptyStr), nil
				}
				return NewStr(st.substr(start, stop)), nil
			}
			var b strings.Builder
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				b.WriteString(st.at(j).str().s)
			}
			return NewStr(b.String()), nil
		}
		if k.Type().index == nil {
			return Null, newErr(TypeError, "string indices must be integers, not '%s'", typeName(k))
		}
		i, err := normIndex(k, st.n, "string")
		if err != nil {
			return Null, err
		}
		return st.at(i), nil
	}
	s.iter = func(v Value) (Value, *Exception) { return obj(&strIter{Header{StrIterType}, v.str(), 0, 0}), nil }
	s.num[nbAdd] = &binSlot{func(a, b Value) (Value, *Exception) {
		if !isStrV(a) || !isStrV(b) {
			return NotImplemented, nil
		}
		return NewStr(a.str().s + b.str().s), nil
	}}
	s.num[nbMul] = &binSlot{func(a, b Value) (Value, *Exception) {
		sv, n := a, b
		if !isStrV(a) {
			sv, n = b, a
		}
		if !isStrV(sv) || n.Type().index == nil {
			return NotImplemented, nil
		}
		c, err := IndexInt(n)
		if err != nil {
			return Null, newErr(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		if c <= 0 {
			return obj(emptyStr), nil
		}
		if err := checkItems(int64(c), int64(len(sv.str().s))); err != nil {
			return Null, err
		}
		if len(sv.str().s)*c > 1<<31 {
			return Null, newErr(MemoryError, "")
		}
		return NewStr(strings.Repeat(sv.str().s, c)), nil
	}}
	s.num[nbRem] = &binSlot{func(a, b Value) (Value, *Exception) {
		if !isStrV(a) {
			return NotImplemented, nil
		}
		return percentFormat(a.str().s, b)
	}}
	s.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		pos, _ := splitKw(args, kw)
		if len(pos) == 0 {
			return obj(emptyStr), nil
		}
		if len(pos) > 1 || kwCount(kw) > 0 {
			if pos[0].Type() == BytesType {
				return NewStr(string(pos[0].bytes().b)), nil
			}
			return Null, newErr(TypeError, "decoding str is not supported")
		}
		return StrOf(pos[0])
	}
	StrIterType = newBuiltinType("str_ascii_iterator", ObjectType)
	StrIterType.iter = selfIter
	StrIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*strIter)(v.p)
		if it.off >= len(it.s.s) {
			return Null, false, nil
		}
		if it.s.ascii {
			c := it.s.s[it.off]
			it.off++
			return obj(strCache[c]), true, nil
		}
		_, sz := decodeWTF8(it.s.s[it.off:])
		r := NewStr(it.s.s[it.off : it.off+sz])
		it.off += sz
		return r, true, nil
	}
	initStrMethods()

	BytesType = newBuiltinType("bytes", ObjectType)
	by := BytesType
	by.repr = func(v Value) (Value, *Exception) { return NewStr(bytesRepr(v.bytes().b)), nil }
	by.length = func(v Value) (int, *Exception) { return len(v.bytes().b), nil }
	by.hash = func(v Value) (int64, *Exception) { return pyhash.Bytes(v.bytes().b), nil }
	by.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if b.Type() != BytesType {
			return NotImplemented, nil
		}
		return cmpResult(strings.Compare(string(a.bytes().b), string(b.bytes().b)), op), nil
	}
	by.getitem = func(o, k Value) (Value, *Exception) {
		bs := o.bytes().b
		if k.Type() == SliceType {
			start, _, step, n, err := (*Slice)(k.p).indices(len(bs))
			if err != nil {
				return Null, err
			}
			out := make([]byte, 0, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out = append(out, bs[j])
			}
			return obj(&Bytes{Header{BytesType}, out}), nil
		}
		i, err := normIndex(k, len(bs), "index")
		if err != nil {
			return Null, err
		}
		return MakeInt(int64(bs[i])), nil
	}
	by.iter = func(v Value) (Value, *Exception) {
		items := make([]Value, len(v.bytes().b))
		for i, c := range v.bytes().b {
			items[i] = MakeInt(int64(c))
		}
		return obj(&listIter{Header{ListIterType}, newList(items), 0}), nil
	}
	by.num[nbAdd] = &binSlot{func(a, b Value) (Value, *Exception) {
		if a.Type() != BytesType || b.Type() != BytesType {
			return NotImplemented, nil
		}
		out := append(append([]byte(nil), a.bytes().b...), b.bytes().b...)
		return obj(&Bytes{Header{BytesType}, out}), nil
	}}
	by.contains = func(o, k Value) (bool, *Exception) {
		if i, ok := smallInt(k); ok {
			return strings.IndexByte(string(o.bytes().b), byte(i)) >= 0, nil
		}
		if k.Type() == BytesType {
			return strings.Contains(string(o.bytes().b), string(k.bytes().b)), nil
		}
		return false, newErr(TypeError, "a bytes-like object is required, not '%s'", typeName(k))
	}
	by.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) == 0 {
			return obj(&Bytes{Header{BytesType}, nil}), nil
		}
		x := args[0]
		if x.Type() == StrType {
			if len(args) < 2 {
				return Null, newErr(TypeError, "string argument without an encoding")
			}
			return obj(&Bytes{Header{BytesType}, []byte(x.str().s)}), nil
		}
		if n, ok := smallInt(x); ok && isIntLike(x) {
			if n < 0 {
				return Null, newErr(ValueError, "negative count")
			}
			if err := checkAlloc(n); err != nil {
				return Null, err
			}
			return obj(&Bytes{Header{BytesType}, make([]byte, n)}), nil
		}
		items, err := iterToSlice(x)
		if err != nil {
			return Null, newErr(TypeError, "cannot convert '%s' object to bytes", typeName(x))
		}
		out := make([]byte, len(items))
		for i, it := range items {
			n, err := IndexInt(it)
			if err != nil {
				return Null, err
			}
			if n < 0 || n > 255 {
				return Null, newErr(ValueError, "bytes must be in range(0, 256)")
			}
			out[i] = byte(n)
		}
		return obj(&Bytes{Header{BytesType}, out}), nil
	}
	by.def("decode", func(a []Value, kw *Tuple) (Value, *Exception) {
		return NewStr(strings.ToValidUTF8(string(a[0].bytes().b), "\uFFFD")), nil
	})
	by.def("hex", func(a []Value, kw *Tuple) (Value, *Exception) {
		var b strings.Builder
		for _, c := range a[0].bytes().b {
			b.WriteByte(hexdig[c>>4])
			b.WriteByte(hexdig[c&15])
		}
		return NewStr(b.String()), nil
	})
}

func bytesRepr(b []byte) string {
	s := string(b)
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var out strings.Builder
	out.WriteString("b")
	out.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out.WriteByte('\\')
			out.WriteByte(c)
		case c == '\n':
			out.WriteString(`\n`)
		case c == '\r':
			out.WriteString(`\r`)
		case c == '\t':
			out.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			out.WriteString(`\x`)
			out.WriteByte(hexdig[c>>4])
			out.WriteByte(hexdig[c&15])
		default:
			out.WriteByte(c)
		}
	}
	out.WriteByte(quote)
	return out.String()
}

func selfStr(a []Value) string { return a[0].str().s }

func initStrMethods() {
	s := StrType
	s.def("join", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("str.join", a, kw, 1, 1); err != nil {
			return Null, err
		}
		items, ok := seqItems(a[1])
		if !ok {
			var err *Exception
			items, err = iterToSlice(a[1])
			if err != nil {
				if err.typ == TypeError {
					return Null, newErr(TypeError, "can only join an iterable")
				}
				return Null, err
			}
		}
		sep := selfStr(a)
		n := 0
		for i, it := range items {
			if it.Type() != StrType {
				return Null, newErr(TypeError, "sequence item %d: expected str instance, %s found", i, typeName(it))
			}
			n += len(it.str().s) + len(sep)
		}
		var b strings.Builder
		b.Grow(n)
		for i, it := range items {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(it.str().s)
		}
		return NewStr(b.String()), nil
	})
	s.def("split", func(a []Value, kw *Tuple) (Value, *Exception) { return strSplit(a, kw, false) })
	s.def("rsplit", func(a []Value, kw *Tuple) (Value, *Exception) { return strSplit(a, kw, true) })
	strip := func(name string, f func(string, string) string, fs func(string, func(rune) bool) string) {
		s.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) > 1 && !a[1].isNone() {
				chars, err := strArg(name, a[1])
				if err != nil {
					return Null, err
				}
				return NewStr(f(selfStr(a), chars)), nil
			}
			return NewStr(fs(selfStr(a), isPySpace)), nil
		})
	}
	strip("strip", strings.Trim, strings.TrimFunc)
	strip("lstrip", strings.TrimLeft, strings.TrimLeftFunc)
	strip("rstrip", strings.TrimRight, strings.TrimRightFunc)
	s.def("upper", func(a []Value, kw *Tuple) (Value, *Exception) {
		return NewStr(strings.ReplaceAll(strings.ToUpper(selfStr(a)), "ß", "SS")), nil
	})
	s.def("replace", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("replace", a, kw, 2, 3); err != nil {
			return Null, err
		}
		if a[1].Type() != StrType || a[2].Type() != StrType {
			return Null, newErr(TypeError, "replace() argument 1 must be str, not %s", typeName(a[1]))
		}
		n := -1
		if len(a) == 4 {
			c, err := IndexInt(a[3])
			if err != nil {
				return Null, err
			}
			n = c
		}
		return NewStr(strings.Replace(selfStr(a), a[1].str().s, a[2].str().s, n)), nil
	})
	affix := func(name string, f func(string, string) bool) {
		s.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := nargs(name, a, kw, 1, 3); err != nil {
				return Null, err
			}
			x := selfStr(a)
			st := a[0].str()
			if len(a) > 2 {
				start, end := sliceBounds(a[2:], st.n)
				if start > end {
					return False, nil
				}
				x = st.substr(start, end)
			}
			if a[1].Type() == TupleType {
				for _, p := range a[1].tuple().items {
					if p.Type() != StrType {
						return Null, newErr(TypeError, "tuple for %s must only contain str, not %s", name, typeName(p))
					}
					if f(x, p.str().s) {
						return True, nil
					}
				}
				return False, nil
			}
			if a[1].Type() != StrType {
				return Null, newErr(TypeError, "%s first arg must be str or a tuple of str, not %s", name, typeName(a[1]))
			}
			return MakeBool(f(x, a[1].str().s)), nil
		})
	}
	affix("startswith", strings.HasPrefix)
	affix("endswith", strings.HasSuffix)
	find := func(name string, rev, raise bool) {
		s.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := nargs(name, a, kw, 1, 3); err != nil {
				return Null, err
			}
			st := a[0].str()
			if a[1].Type() != StrType {
				return Null, newErr(TypeError, "must be str, not %s", typeName(a[1]))
			}
			start, end := 0, st.n
			if len(a) > 2 {
				start, end = sliceBounds(a[2:], st.n)
			}
			res := -1
			if start <= end {
				sub := st.substr(start, end)
				var bi int
				if rev {
					bi = strings.LastIndex(sub, a[1].str().s)
				} else {
					bi = strings.Index(sub, a[1].str().s)
				}
				if bi >= 0 {
					res = start + utf8.RuneCountInString(sub[:bi])
				}
			}
			if res < 0 && raise {
				return Null, newErr(ValueError, "substring not found")
			}
			return MakeInt(int64(res)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	s.def("count", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("count", a, kw, 1, 3); err != nil {
			return Null, err
		}
		if a[1].Type() != StrType {
			return Null, newErr(TypeError, "must be str, not %s", typeName(a[1]))
		}
		st := a[0].str()
		x := st.s
		if len(a) > 2 {
			start, end := sliceBounds(a[2:], st.n)
			if start > end {
				return MakeInt(0), nil
			}
			x = st.substr(start, end)
		}
		sub := a[1].str().s
		if sub == "" {
			return MakeInt(int64(utf8.RuneCountInString(x) + 1)), nil
		}
		return MakeInt(int64(strings.Count(x, sub))), nil
	})
	for name, f := range map[string]func(string) string{"lower": pystr.Lower, "upper": pystr.Upper, "casefold": pystr.CaseFold,
		"swapcase": pystr.SwapCase, "title": pystr.Title, "capitalize": pystr.Capitalize} {
		f := f
		s.def(name, func(a []Value, kw *Tuple) (Value, *Exception) { return NewStr(f(selfStr(a))), nil })
	}
	for name, f := range map[string]func(string) bool{"isalpha": pystr.IsAlpha, "isdecimal": pystr.IsDecimal, "isdigit": pystr.IsDigit,
		"isnumeric": pystr.IsNumeric, "isalnum": pystr.IsAlnum, "isspace": pystr.IsSpace, "isascii": pystr.IsASCII,
		"isprintable": pystr.IsPrintable, "isidentifier": pystr.IsIdentifier, "isupper": pystr.IsUpper, "islower": pystr.IsLower, "istitle": pystr.IsTitle} {
		f := f
		s.def(name, func(a []Value, kw *Tuple) (Value, *Exception) { return MakeBool(f(selfStr(a))), nil })
	}
	// The padding methods are pystr's (CPython's margins, and MemoryError
	// for a width no string can have).
	pad := func(name string, f func(s string, width int, fill rune) (string, error)) {
		s.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := nargs(name, a, kw, 1, 2); err != nil {
				return Null, err
			}
			w, err := IndexInt(a[1])
			if err != nil {
				return Null, err
			}
			fill := ' '
			if len(a) == 3 {
				if a[2].Type() != StrType || a[2].str().n != 1 {
					return Null, newErr(TypeError, "The fill character must be exactly one character long")
				}
				fill, _ = utf8.DecodeRuneInString(a[2].str().s)
			}
			if w <= a[0].str().n {
				return a[0], nil
			}
			out, perr := f(selfStr(a), w, fill)
			if perr != nil {
				return Null, pyErr(perr)
			}
			return NewStr(out), nil
		})
	}
	pad("ljust", pystr.LJust)
	pad("rjust", pystr.RJust)
	pad("center", pystr.Center)
	s.def("zfill", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("str.zfill", a, kw, 1, 1); err != nil {
			return Null, err
		}
		w, err := IndexInt(a[1])
		if err != nil {
			return Null, err
		}
		if w <= a[0].str().n {
			return a[0], nil
		}
		out, perr := pystr.ZFill(selfStr(a), w)
		if perr != nil {
			return Null, pyErr(perr)
		}
		return NewStr(out), nil
	})
	s.def("partition", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("str.partition", a, kw, 1, 1); err != nil {
			return Null, err
		}
		if !isStrV(a[1]) {
			return Null, newErr(TypeError, "must be str, not %s", typeName(a[1]))
		}
		x, sep := selfStr(a), a[1].str().s
		if sep == "" {
			return Null, newErr(ValueError, "empty separator")
		}
		if i := strings.Index(x, sep); i >= 0 {
			self := a[0].str()
			return NewTuple(subStr(self, x[:i]), a[1], subStr(self, x[i+len(sep):])), nil
		}
		return NewTuple(a[0], obj(emptyStr), obj(emptyStr)), nil
	})
	s.def("rpartition", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("str.rpartition", a, kw, 1, 1); err != nil {
			return Null, err
		}
		if !isStrV(a[1]) {
			return Null, newErr(TypeError, "must be str, not %s", typeName(a[1]))
		}
		x, sep := selfStr(a), a[1].str().s
		if sep == "" {
			return Null, newErr(ValueError, "empty separator")
		}
		if i := strings.LastIndex(x, sep); i >= 0 {
			return NewTuple(NewStr(x[:i]), a[1], NewStr(x[i+len(sep):])), nil
		}
		return NewTuple(obj(emptyStr), obj(emptyStr), a[0]), nil
	})
	s.def("splitlines", func(a []Value, kw *Tuple) (Value, *Exception) {
		keep := false
		if len(a) > 1 {
			keep, _ = Truth(a[len(a)-1])
		}
		x := selfStr(a)
		var out []Value
		for len(x) > 0 {
			i := strings.IndexAny(x, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
			if i < 0 {
				out = append(out, NewStr(x))
				break
			}
			_, sz := utf8.DecodeRuneInString(x[i:])
			if x[i] == '\r' && i+1 < len(x) && x[i+1] == '\n' {
				sz = 2
			}
			if keep {
				out = append(out, NewStr(x[:i+sz]))
			} else {
				out = append(out, NewStr(x[:i]))
			}
			x = x[i+sz:]
		}
		return obj(newList(out)), nil
	})
	s.def("encode", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&Bytes{Header{BytesType}, []byte(selfStr(a))}), nil
	})
	s.def("format", func(a []Value, kw *Tuple) (Value, *Exception) { return strFormatMethod(a, kw) })
	s.def("__format__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return formatStr(selfStr(a), a[1].str().s)
	})
	s.def("removeprefix", func(a []Value, kw *Tuple) (Value, *Exception) {
		return NewStr(strings.TrimPrefix(selfStr(a), a[1].str().s)), nil
	})
	s.def("removesuffix", func(a []Value, kw *Tuple) (Value, *Exception) {
		return NewStr(strings.TrimSuffix(selfStr(a), a[1].str().s)), nil
	})
	s.def("expandtabs", func(a []Value, kw *Tuple) (Value, *Exception) {
		ts := 8
		if len(a) > 1 {
			ts, _ = IndexInt(a[1])
		}
		var b strings.Builder
		col := 0
		for _, r := range selfStr(a) {
			switch r {
			case '\t':
				if ts > 0 {
					n := ts - col%ts
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return NewStr(b.String()), nil
	})
	s.defAttr("maketrans", obj(&Builtin{Header{BuiltinType}, "maketrans", func(a []Value, kw *Tuple) (Value, *Exception) {
		d := NewDict()
		if len(a) >= 2 {
			x, y := []rune(a[0].str().s), []rune(a[1].str().s)
			if len(x) != len(y) {
				return Null, newErr(ValueError, "the first two maketrans arguments must have equal length")
			}
			for i := range x {
				d.Set(MakeInt(int64(x[i])), MakeInt(int64(y[i])))
			}
			if len(a) == 3 {
				for _, r := range a[2].str().s {
					d.Set(MakeInt(int64(r)), None)
				}
			}
		} else if len(a) == 1 && a[0].Type() == DictType {
			a[0].dict().each(func(k, v Value) bool {
				if k.Type() == StrType {
					r, _ := utf8.DecodeRuneInString(k.str().s)
					k = MakeInt(int64(r))
				}
				d.Set(k, v)
				return true
			})
		}
		return obj(d), nil
	}, Null, nil}))
	s.def("translate", func(a []Value, kw *Tuple) (Value, *Exception) {
		var b strings.Builder
		for _, r := range selfStr(a) {
			v, err := GetItem(a[1], MakeInt(int64(r)))
			if err != nil {
				if err.typ.IsSubtype(LookupError) {
					b.WriteRune(r)
					continue
				}
				return Null, err
			}
			switch {
			case v.isNone():
			case v.Type() == StrType:
				b.WriteString(v.str().s)
			case isIntLike(v):
				i, _ := smallInt(v)
				b.WriteRune(rune(i))
			}
		}
		return NewStr(b.String()), nil
	})
}

// sliceBounds resolves optional start/end arguments of str methods.
func sliceBounds(a []Value, n int) (int, int) {
	start, end := 0, n
	if len(a) > 0 && !a[0].isNone() {
		start, _ = IndexInt(a[0])
	}
	if len(a) > 1 && !a[1].isNone() {
		end, _ = IndexInt(a[1])
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if end > n {
		end = n
	}
	if start > n {
		start = n + 1
	}
	return start, end
}

func strSplit(a []Value, kw *Tuple, rev bool) (Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	sep, maxsplit := None, -1
	if len(pos) > 1 {
		sep = pos[1]
	}
	if len(pos) > 2 {
		m, err := IndexInt(pos[2])
		if err != nil {
			return Null, err
		}
		maxsplit = m
	}
	for i, k := range kwItems(kw) {
		switch k {
		case "sep":
			sep = kwv[i]
		case "maxsplit":
			m, err := IndexInt(kwv[i])
			if err != nil {
				return Null, err
			}
			maxsplit = m
		default:
			return Null, newErr(TypeError, "split() got an unexpected keyword argument '%s'", k)
		}
	}
	self := a[0].str()
	x := self.s
	if !rev && maxsplit < 0 {
		if sep.isNone() && self.ascii {
			return obj(newList(splitASCIISpace(self))), nil
		}
		if !sep.isNone() && sep.Type() == StrType && sep.str().s != "" {
			return obj(newList(splitSep(self, sep.str().s))), nil
		}
	}
	var parts []string
	if sep.isNone() {
		if rev {
			f := strings.FieldsFunc(x, isPySpace)
			if maxsplit >= 0 && len(f) > maxsplit+1 {
				// rejoin the head as it was
				cut := len(f) - maxsplit
				rest := x
				for i := len(f) - 1; i >= cut; i-- {
					rest = strings.TrimRightFunc(rest, isPySpace)
					rest = rest[:len(rest)-len(f[i])]
				}
				head := strings.TrimRightFunc(rest, isPySpace) // the head keeps its leading space
				parts = append([]string{head}, f[cut:]...)
			} else {
				parts = f
			}
		} else if maxsplit < 0 {
			parts = strings.FieldsFunc(x, isPySpace)
		} else {
			rest := strings.TrimLeftFunc(x, isPySpace)
			for rest != "" && (maxsplit < 0 || len(parts) < maxsplit) {
				i := strings.IndexFunc(rest, isPySpace)
				if i < 0 {
					break
				}
				parts = append(parts, rest[:i])
				rest = strings.TrimLeftFunc(rest[i:], isPySpace)
			}
			if rest != "" {
				parts = append(parts, rest)
			}
		}
	} else {
		if sep.Type() != StrType {
			return Null, newErr(TypeError, "must be str or None, not %s", typeName(sep))
		}
		sp := sep.str().s
		if sp == "" {
			return Null, newErr(ValueError, "empty separator")
		}
		if rev && maxsplit >= 0 {
			for maxsplit > 0 {
				i := strings.LastIndex(x, sp)
				if i < 0 {
					break
				}
				parts = append([]string{x[i+len(sp):]}, parts...)
				x = x[:i]
				maxsplit--
			}
			parts = append([]string{x}, parts...)
		} else {
			parts = strings.SplitN(x, sp, maxsplit+1)
			if maxsplit < 0 {
				parts = strings.Split(x, sp)
			}
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = subStr(self, p)
	}
	return obj(newList(out)), nil
}

// subStr is a str of part of parent's text: the parts of an ASCII str
// are ASCII, so they are made without a scan.
func subStr(parent *Str, s string) Value {
	if !parent.ascii || len(s) < 2 {
		return NewStr(s)
	}
	return obj(&Str{Header: Header{StrType}, s: s, n: len(s), ascii: true, hash: -1})
}

// asciiSpace marks the bytes str.split() splits an ASCII str at.
var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true, 0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true}

// splitASCIISpace is s.split() for an ASCII s, straight into Values.
func splitASCIISpace(s *Str) []Value {
	x := s.s
	n := 0
	for i := 0; i < len(x); {
		for i < len(x) && asciiSpace[x[i]] {
			i++
		}
		if i < len(x) {
			n++
		}
		for i < len(x) && !asciiSpace[x[i]] {
			i++
		}
	}
	out := make([]Value, 0, n)
	for i := 0; i < len(x); {
		for i < len(x) && asciiSpace[x[i]] {
			i++
		}
		j := i
		for i < len(x) && !asciiSpace[x[i]] {
			i++
		}
		if i > j {
			out = append(out, subStr(s, x[j:i]))
		}
	}
	return out
}

// splitSep is s.split(sep) with no maxsplit, straight into Values.
func splitSep(s *Str, sep string) []Value {
	x := s.s
	out := make([]Value, 0, strings.Count(x, sep)+1)
	for {
		i := strings.Index(x, sep)
		if i < 0 {
			break
		}
		out = append(out, subStr(s, x[:i]))
		x = x[i+len(sep):]
	}
	return append(out, subStr(s, x))
}

// Format specs (placeholder until strfmt lands): [[fill]align][sign][#][0][width][,_][.prec][type].
type fmtSpec struct {
	fill      string
	align     byte
	sign      byte
	alt, zero bool
	width     int
	group     byte
	prec      int
	typ       byte
}

func parseSpec(spec string) (fmtSpec, bool) {
	f := fmtSpec{fill: " ", prec: -1}
	s := spec
	if r, sz := utf8.DecodeRuneInString(s); len(s) > sz && strings.IndexByte("<>=^", s[sz]) >= 0 {
		f.fill, f.align, s = string(r), s[sz], s[sz+1:]
	} else if len(s) > 0 && strings.IndexByte("<>=^", s[0]) >= 0 {
		f.align, s = s[0], s[1:]
	}
	if len(s) > 0 && strings.IndexByte("+- ", s[0]) >= 0 {
		f.sign, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		f.zero, s = true, s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		f.width, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.group, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		i = 1
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 1 {
			return f, false
		}
		f.prec, _ = strconv.Atoi(s[1:i])
		s = s[i:]
	}
	if len(s) > 1 {
		return f, false
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	return f, true
}

func (f *fmtSpec) pad(body string, sign string, defAlign byte) string {
	n := utf8.RuneCountInString(body) + len(sign)
	align := f.align
	if align == 0 {
		align = defAlign
		if f.zero {
			align = '='
			if f.fill == " " {
				f.fill = "0"
			}
		}
	}
	if n >= f.width {
		return sign + body
	}
	p := f.width - n
	switch align {
	case '<':
		return sign + body + strings.Repeat(f.fill, p)
	case '^':
		l := p / 2
		return strings.Repeat(f.fill, l) + sign + body + strings.Repeat(f.fill, p-l)
	case '=':
		return sign + strings.Repeat(f.fill, p) + body
	}
	return strings.Repeat(f.fill, p) + sign + body
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func badSpec(spec, tn string) *Exception {
	return newErr(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, tn)
}

func formatStr(s, spec string) (Value, *Exception) {
	if spec == "" {
		return NewStr(s), nil
	}
	b, err := pystr.FormatStr(nil, s, spec)
	if err != nil {
		return Null, pyErr(err)
	}
	return NewStr(string(b)), nil
}

// formatInt is int.__format__ (pystr's format-spec mini-language).
func formatInt(v Value, spec string) (Value, *Exception) {
	if spec == "" {
		return StrOf(v)
	}
	tn := "int"
	if v.Type() == BoolType {
		tn = "bool"
	}
	var b []byte
	var err error
	if x, ok := smallInt(v); ok {
		b, err = pystr.FormatInt(nil, x, spec, tn)
	} else {
		b, err = pystr.FormatBigInt(nil, toBig(v), spec, tn)
	}
	if err != nil {
		return Null, pyErr(err)
	}
	return NewStr(string(b)), nil
}

// formatFloat is float.__format__.
func formatFloat(x float64, spec string) (Value, *Exception) {
	if spec == "" {
		return NewStr(floatRepr(x)), nil
	}
	b, err := pystr.FormatFloat(nil, x, spec, "float")
	if err != nil {
		return Null, pyErr(err)
	}
	return NewStr(string(b)), nil
}

// pyErr turns a pystr error into its Python exception.
func pyErr(err error) *Exception {
	if e, ok := err.(*pystr.Error); ok {
		t := ValueError
		if v, ok := builtinsDict.GetS(e.Type); ok && v.Type() == TypeType && v.typ().isExc {
			t = v.typ()
		}
		if e.Msg == "" {
			return newExcArgs(t)
		}
		return newErr(t, "%s", e.Msg)
	}
	return newErr(SystemError, "%s", err.Error())
}

// pyExp rewrites Go's exponent (e+05 already two digits) as Python's.
func pyExp(s string) string { return s }

func pyG(x float64, prec int, alt bool) string {
	if x == 0 {
		return "0"
	}
	exp := int(math.Floor(math.Log10(x)))
	e := strconv.FormatFloat(x, 'e', prec-1, 64)
	// the exponent after rounding
	ei := strings.IndexByte(e, 'e')
	exp, _ = strconv.Atoi(e[ei+1:])
	if exp >= -4 && exp < prec {
		s := strconv.FormatFloat(x, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return s
	}
	m := e[:ei]
	if !alt && strings.Contains(m, ".") {
		m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
	}
	return m + e[ei:]
}

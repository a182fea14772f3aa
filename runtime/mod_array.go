package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
)

// array (Modules/arraymodule.c): a typed array whose items live as raw
// little-endian machine values in one byte slice, so the bytes are the
// buffer struct and tobytes see, and items convert on access with the
// range checks (and OverflowError wording) of each typecode's setitem.

type arrayObj struct {
	Header
	code byte
	size int
	data []byte
}

var arrayType, arrayIterType *Type

const arrayTypecodes = "bBuwhHiIlLqQfd"

var arraySizes = map[byte]int{'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

func (a *arrayObj) n() int { return len(a.data) / a.size }

func (a *arrayObj) item(i int) Value {
	b := a.data[i*a.size:]
	switch a.code {
	case 'b':
		return MakeInt(int64(int8(b[0])))
	case 'B':
		return MakeInt(int64(b[0]))
	case 'h':
		return MakeInt(int64(int16(binary.LittleEndian.Uint16(b))))
	case 'H':
		return MakeInt(int64(binary.LittleEndian.Uint16(b)))
	case 'i':
		return MakeInt(int64(int32(binary.LittleEndian.Uint32(b))))
	case 'I':
		return MakeInt(int64(binary.LittleEndian.Uint32(b)))
	case 'l', 'q':
		return MakeInt(int64(binary.LittleEndian.Uint64(b)))
	case 'L', 'Q':
		u := binary.LittleEndian.Uint64(b)
		if u > math.MaxInt64 {
			return newBig(new(big.Int).SetUint64(u))
		}
		return MakeInt(int64(u))
	case 'f':
		return MakeFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
	case 'd':
		return MakeFloat(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	case 'u', 'w':
		var buf [4]byte
		return NewStr(string(encodeWTF8(buf[:0], rune(binary.LittleEndian.Uint32(b)))))
	}
	return None
}

func ovf(format string) *Exception { return newErr(OverflowError, "%s", format) }

// arrayLong is PyArg_Parse's "l": an int (by __index__) as a C long.
func arrayLong(v Value) (int64, *Exception) {
	if v.p == intTag {
		return v.Int(), nil
	}
	iv, err := Index(v)
	if err != nil {
		return 0, err
	}
	if i, ok := smallInt(iv); ok {
		return i, nil
	}
	return 0, ovf("Python int too large to convert to C long")
}

func rangeCheck(x, lo, hi int64, what string) *Exception {
	if x < lo {
		return ovf(what + " is less than minimum")
	}
	if x > hi {
		return ovf(what + " is greater than maximum")
	}
	return nil
}

// encode stores v as the machine value of a's typecode into b.
func (a *arrayObj) encode(b []byte, v Value) *Exception {
	switch a.code {
	case 'f', 'd':
		x, ok, err := toFloat(v)
		if err != nil {
			return err
		}
		if !ok {
			return newErr(TypeError, "must be real number, not %s", typeName(v))
		}
		if a.code == 'f' {
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(x)))
		} else {
			binary.LittleEndian.PutUint64(b, math.Float64bits(x))
		}
		return nil
	case 'u', 'w':
		if !isStrV(v) || v.str().n != 1 {
			return newErr(TypeError, "array item must be unicode character")
		}
		r, _ := decodeWTF8(v.str().s)
		binary.LittleEndian.PutUint32(b, uint32(r))
		return nil
	case 'I', 'L', 'Q':
		if v.p != intTag {
			if _, err := Index(v); err != nil {
				return err
			}
		}
		iv, err := Index(v)
		if err != nil {
			return err
		}
		bi := toBig(iv)
		if a.code == 'Q' {
			if bi.Sign() < 0 {
				return ovf("can't convert negative int to unsigned")
			}
			if bi.BitLen() > 64 {
				return ovf("int too big to convert")
			}
		} else {
			if bi.BitLen() > 64 && bi.Sign() > 0 {
				return ovf("Python int too large to convert to C unsigned long")
			}
			if bi.Sign() < 0 {
				return ovf("can't convert negative value to unsigned int")
			}
			if a.code == 'I' && bi.Uint64() > math.MaxUint32 {
				return ovf("unsigned int is greater than maximum")
			}
		}
		u := bi.Uint64()
		if a.code == 'I' {
			binary.LittleEndian.PutUint32(b, uint32(u))
		} else {
			binary.LittleEndian.PutUint64(b, u)
		}
		return nil
	case 'q':
		iv, err := Index(v)
		if err != nil {
			return err
		}
		x, ok := smallInt(iv)
		if !ok {
			return ovf("int too big to convert")
		}
		binary.LittleEndian.PutUint64(b, uint64(x))
		return nil
	}
	x, err := arrayLong(v)
	if err != nil {
		return err
	}
	switch a.code {
	case 'b':
		if err := rangeCheck(x, math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
			return err
		}
		if err := rangeCheck(x, math.MinInt8, math.MaxInt8, "signed char"); err != nil {
			return err
		}
		b[0] = byte(x)
	case 'B':
		if err := rangeCheck(x, 0, 255, "unsigned byte integer"); err != nil {
			return err
		}
		b[0] = byte(x)
	case 'h':
		if err := rangeCheck(x, math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
			return err
		}
		binary.LittleEndian.PutUint16(b, uint16(x))
	case 'H':
		if err := rangeCheck(x, math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
			return err
		}
		if err := rangeCheck(x, 0, math.MaxUint16, "unsigned short"); err != nil {
			return err
		}
		binary.LittleEndian.PutUint16(b, uint16(x))
	case 'i':
		if err := rangeCheck(x, math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
			return err
		}
		binary.LittleEndian.PutUint32(b, uint32(x))
	case 'l':
		binary.LittleEndian.PutUint64(b, uint64(x))
	}
	return nil
}

func (a *arrayObj) appendValue(v Value) *Exception {
	n := len(a.data)
	a.data = append(a.data, make([]byte, a.size)...)
	if err := a.encode(a.data[n:], v); err != nil {
		a.data = a.data[:n]
		return err
	}
	return nil
}

func (a *arrayObj) items() []Value {
	out := make([]Value, a.n())
	for i := range out {
		out[i] = a.item(i)
	}
	return out
}

func isArray(v Value) bool {
	return v.p != intTag && v.p != floatTag && v.p != nil && v.Type().IsSubtype(arrayType)
}

func (a *arrayObj) extendIter(v Value) *Exception {
	if isArray(v) {
		b := (*arrayObj)(v.p)
		if b.code != a.code {
			return newErr(TypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return nil
	}
	it, err := GetIter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := a.appendValue(x); err != nil {
			return err
		}
	}
}

func (a *arrayObj) frombytes(v Value) *Exception {
	b, _, ok := pyBuffer(v)
	if !ok {
		return bytesLikeErr(v)
	}
	if len(b)%a.size != 0 {
		return newErr(ValueError, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

func (a *arrayObj) tounicode() string {
	var sb []byte
	for i := 0; i < a.n(); i++ {
		sb = encodeWTF8(sb, rune(binary.LittleEndian.Uint32(a.data[i*4:])))
	}
	return string(sb)
}

func newArray(t *Type, code byte) *arrayObj {
	return &arrayObj{Header: Header{t}, code: code, size: arraySizes[code]}
}

func arrayNew(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
	if kwCount(kw) > 0 && t == arrayType {
		return Null, newErr(TypeError, "array.array() takes no keyword arguments")
	}
	pos, _ := splitKw(a, kw)
	if len(pos) < 1 || len(pos) > 2 {
		if len(pos) < 1 {
			return Null, newErr(TypeError, "array() takes at least 1 argument (0 given)")
		}
		return Null, newErr(TypeError, "array() takes at most 2 arguments (%d given)", len(pos))
	}
	if !isStrV(pos[0]) || pos[0].str().n != 1 {
		if isStrV(pos[0]) {
			return Null, newErr(TypeError, "array() argument 1 must be a unicode character, not str")
		}
		return Null, newErr(TypeError, "array() argument 1 must be a unicode character, not %s", typeName(pos[0]))
	}
	cs := pos[0].str().s
	if len(cs) != 1 || !strings.Contains(arrayTypecodes, cs) {
		return Null, newErr(ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	r := newArray(t, cs[0])
	// CPython warns that 'u' is deprecated (DeprecationWarning); peglab's
	// frames do not carry what warnings.warn needs yet, so it does not
	if len(pos) == 2 {
		init := pos[1]
		switch {
		case isStrV(init):
			if r.code != 'u' && r.code != 'w' {
				return Null, newErr(TypeError, "cannot use a str to initialize an array with typecode '%c'", r.code)
			}
			for _, c := range init.str().s {
				var b [4]byte
				binary.LittleEndian.PutUint32(b[:], uint32(c))
				r.data = append(r.data, b[:]...)
			}
		case init.Type() == BytesType || init.Type().IsSubtype(ByteArrayType):
			if err := r.frombytes(init); err != nil {
				return Null, err
			}
		case isArray(init) && (*arrayObj)(init.p).code != r.code:
			src := (*arrayObj)(init.p)
			if (src.code == 'u' || src.code == 'w') != (r.code == 'u' || r.code == 'w') {
				return Null, newErr(TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", r.code)
			}
			for _, x := range src.items() {
				if err := r.appendValue(x); err != nil {
					return Null, err
				}
			}
		default:
			if err := r.extendIter(init); err != nil {
				return Null, err
			}
		}
	}
	return obj(r), nil
}

func arrayRepr(v Value) (Value, *Exception) {
	a := (*arrayObj)(v.p)
	name := "array"
	if v.Type() != arrayType {
		name = v.Type().Name
	}
	if a.n() == 0 {
		return NewStr(name + "('" + string(a.code) + "')"), nil
	}
	var inner string
	if a.code == 'u' || a.code == 'w' {
		inner = strRepr(a.tounicode())
	} else {
		r, err := Repr(obj(newList(a.items())))
		if err != nil {
			return Null, err
		}
		inner = r.str().s
	}
	return NewStr(name + "('" + string(a.code) + "', " + inner + ")"), nil
}

func arrayIndex(a *arrayObj, k Value) (int, *Exception) {
	if k.p != intTag && (k.Type().index == nil && k.Type().lookupS("__index__").p == nil) {
		return 0, newErr(TypeError, "array indices must be integers")
	}
	return normIndex(k, a.n(), "array")
}

func initArray() *Module {
	m := NewModule("array")
	t := newBuiltinType("array", ObjectType)
	t.Module = "array"
	arrayType = t
	t.newf = arrayNew
	t.init = func(Value, []Value, *Tuple) *Exception { return nil }
	t.repr = arrayRepr
	t.hash = nil
	t.Dict.SetS("__hash__", None)
	t.length = func(v Value) (int, *Exception) { return (*arrayObj)(v.p).n(), nil }
	t.boolf = func(v Value) (bool, *Exception) { return len((*arrayObj)(v.p).data) > 0, nil }
	it := newBuiltinType("arrayiterator", ObjectType)
	it.Module = "array"
	it.iter = selfIter
	it.next = goIterNext
	arrayIterType = it
	t.iter = func(v Value) (Value, *Exception) {
		a := (*arrayObj)(v.p)
		i := 0
		return obj(&goIter{Header{it}, func() (Value, bool, *Exception) {
			if i >= a.n() {
				return Null, false, nil
			}
			i++
			return a.item(i - 1), true, nil
		}}), nil
	}
	t.contains = func(o, k Value) (bool, *Exception) {
		return itemsContain((*arrayObj)(o.p).items(), k)
	}
	t.getitem = func(o, k Value) (Value, *Exception) {
		a := (*arrayObj)(o.p)
		if k.p != intTag && k.Type() == SliceType {
			start, _, step, n, err := (*Slice)(k.p).indices(a.n())
			if err != nil {
				return Null, err
			}
			r := newArray(o.Type(), a.code)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				r.data = append(r.data, a.data[j*a.size:(j+1)*a.size]...)
			}
			return obj(r), nil
		}
		i, err := arrayIndex(a, k)
		if err != nil {
			return Null, err
		}
		return a.item(i), nil
	}
	t.setitem = func(o, k, v Value) *Exception {
		a := (*arrayObj)(o.p)
		if k.p != intTag && k.Type() == SliceType {
			start, stop, step, n, err := (*Slice)(k.p).indices(a.n())
			if err != nil {
				return err
			}
			if v.p == nil { // delete
				keep := make([]byte, 0, len(a.data))
				del := map[int]bool{}
				for i, j := 0, start; i < n; i, j = i+1, j+step {
					del[j] = true
				}
				for i := 0; i < a.n(); i++ {
					if !del[i] {
						keep = append(keep, a.data[i*a.size:(i+1)*a.size]...)
					}
				}
				a.data = keep
				return nil
			}
			if !isArray(v) {
				return newErr(TypeError, "can only assign array (not \"%s\") to array slice", typeName(v))
			}
			src := (*arrayObj)(v.p)
			if src.code != a.code {
				return newErr(TypeError, "bad argument type for built-in operation")
			}
			sd := append([]byte(nil), src.data...)
			if step == 1 {
				if stop < start {
					stop = start
				}
				nd := append([]byte(nil), a.data[:start*a.size]...)
				nd = append(nd, sd...)
				nd = append(nd, a.data[stop*a.size:]...)
				a.data = nd
				return nil
			}
			if src.n() != n {
				return newErr(ValueError, "attempt to assign array of size %d to extended slice of size %d", src.n(), n)
			}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				copy(a.data[j*a.size:], sd[i*a.size:(i+1)*a.size])
			}
			return nil
		}
		i, err := arrayIndex(a, k)
		if err != nil {
			return err
		}
		if v.p == nil {
			a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
			return nil
		}
		return a.encode(a.data[i*a.size:(i+1)*a.size], v)
	}
	t.richcmp = func(x, y Value, op int) (Value, *Exception) {
		if !isArray(x) || !isArray(y) {
			return NotImplemented, nil
		}
		a, b := (*arrayObj)(x.p), (*arrayObj)(y.p)
		return seqCompare(a.items(), b.items(), op)
	}
	SetBinaryOp(t, nbAdd, func(x, y Value) (Value, *Exception) {
		if !isArray(x) {
			return NotImplemented, nil
		}
		if !isArray(y) {
			return Null, newErr(TypeError, "can only append array (not \"%s\") to array", typeName(y))
		}
		a, b := (*arrayObj)(x.p), (*arrayObj)(y.p)
		if a.code != b.code {
			return Null, newErr(TypeError, "bad argument type for built-in operation")
		}
		r := newArray(arrayType, a.code)
		r.data = append(append([]byte(nil), a.data...), b.data...)
		return obj(r), nil
	})
	mul := func(x, y Value) (Value, *Exception) {
		if !isArray(x) {
			x, y = y, x
		}
		if !isArray(x) {
			return NotImplemented, nil
		}
		if !isIntLike(y) && (y.p == floatTag || y.Type().lookupS("__index__").p == nil) {
			return Null, newErr(TypeError, "can't multiply sequence by non-int of type '%s'", typeName(y))
		}
		n, err := IndexInt(y)
		if err != nil {
			return Null, err
		}
		a := (*arrayObj)(x.p)
		r := newArray(arrayType, a.code)
		if n > 0 {
			r.data = []byte(strings.Repeat(string(a.data), n))
		}
		return obj(r), nil
	}
	SetBinaryOp(t, nbMul, mul)
	SetBinaryOp(t, nbInplaceAdd, func(x, y Value) (Value, *Exception) {
		if !isArray(y) {
			return Null, newErr(TypeError, "can only extend array with array (not \"%s\")", typeName(y))
		}
		a, b := (*arrayObj)(x.p), (*arrayObj)(y.p)
		if a.code != b.code {
			return Null, newErr(TypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return x, nil
	})
	SetBinaryOp(t, nbInplaceAdd+nbMul, func(x, y Value) (Value, *Exception) {
		n, err := IndexInt(y)
		if err != nil {
			return Null, err
		}
		a := (*arrayObj)(x.p)
		if n <= 0 {
			a.data = a.data[:0]
		} else {
			a.data = []byte(strings.Repeat(string(a.data), n))
		}
		return x, nil
	})
	def := func(name string, min, max int, fn func(a *arrayObj, self Value, args []Value) (Value, *Exception)) {
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) == 0 || !isArray(a[0]) {
				return Null, newErr(TypeError, "descriptor '%s' for 'array.array' objects doesn't apply to a '%s' object", name, typeName(a[0]))
			}
			if err := nargs(name, a, kw, min, max); err != nil {
				return Null, err
			}
			return fn((*arrayObj)(a[0].p), a[0], a[1:])
		})
	}
	def("append", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) { return None, a.appendValue(args[0]) })
	def("extend", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) { return None, a.extendIter(args[0]) })
	def("tolist", 0, 0, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) { return obj(newList(a.items())), nil })
	def("tobytes", 0, 0, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		return obj(&Bytes{Header{BytesType}, append([]byte{}, a.data...)}), nil
	})
	def("frombytes", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) { return None, a.frombytes(args[0]) })
	def("fromlist", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		if !isListV(args[0]) {
			return Null, newErr(TypeError, "arg must be list")
		}
		n := len(a.data)
		for _, x := range args[0].list().items {
			if err := a.appendValue(x); err != nil {
				a.data = a.data[:n]
				return Null, err
			}
		}
		return None, nil
	})
	def("tounicode", 0, 0, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		if a.code != 'u' && a.code != 'w' {
			return Null, newErr(ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')")
		}
		return NewStr(a.tounicode()), nil
	})
	def("fromunicode", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		if a.code != 'u' && a.code != 'w' {
			return Null, newErr(ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')")
		}
		if !isStrV(args[0]) {
			return Null, newErr(TypeError, "fromunicode() argument must be str, not %s", typeName(args[0]))
		}
		for _, c := range args[0].str().s {
			var b [4]byte
			binary.LittleEndian.PutUint32(b[:], uint32(c))
			a.data = append(a.data, b[:]...)
		}
		return None, nil
	})
	def("insert", 2, 2, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		i, err := IndexInt(args[0])
		if err != nil {
			return Null, err
		}
		n := a.n()
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		b := make([]byte, a.size)
		if err := a.encode(b, args[1]); err != nil {
			return Null, err
		}
		nd := append([]byte(nil), a.data[:i*a.size]...)
		nd = append(nd, b...)
		a.data = append(nd, a.data[i*a.size:]...)
		return None, nil
	})
	def("pop", 0, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		n := a.n()
		if n == 0 {
			return Null, newErr(IndexError, "pop from empty array")
		}
		i := -1
		if len(args) == 1 {
			var err *Exception
			if i, err = IndexInt(args[0]); err != nil {
				return Null, err
			}
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, newErr(IndexError, "pop index out of range")
		}
		r := a.item(i)
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return r, nil
	})
	find := func(a *arrayObj, x Value, start, stop int) (int, *Exception) {
		for i := max(start, 0); i < min(stop, a.n()); i++ {
			eq, err := Equal(a.item(i), x)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	def("remove", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		i, err := find(a, args[0], 0, a.n())
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, newErr(ValueError, "array.remove(x): x not in array")
		}
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return None, nil
	})
	def("index", 1, 3, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		n := a.n()
		start, stop := 0, n
		for k, p := range []*int{&start, &stop} {
			if len(args) > k+1 {
				v, err := IndexInt(args[k+1])
				if err != nil {
					return Null, err
				}
				if v < 0 {
					v = max(v+n, 0)
				}
				*p = v
			}
		}
		i, err := find(a, args[0], start, stop)
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, newErr(ValueError, "array.index(x): x not in array")
		}
		return MakeInt(int64(i)), nil
	})
	def("count", 1, 1, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		return countItems(a.items(), args[0])
	})
	def("reverse", 0, 0, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		n := a.n()
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			for k := 0; k < a.size; k++ {
				a.data[i*a.size+k], a.data[j*a.size+k] = a.data[j*a.size+k], a.data[i*a.size+k]
			}
		}
		return None, nil
	})
	def("byteswap", 0, 0, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		for i := 0; i < a.n(); i++ {
			b := a.data[i*a.size : (i+1)*a.size]
			for x, y := 0, a.size-1; x < y; x, y = x+1, y-1 {
				b[x], b[y] = b[y], b[x]
			}
		}
		return None, nil
	})
	def("buffer_info", 0, 0, func(a *arrayObj, _ Value, args []Value) (Value, *Exception) {
		return NewTuple(MakeInt(0x7f0000001000), MakeInt(int64(a.n()))), nil
	})
	def("__copy__", 0, 0, func(a *arrayObj, self Value, args []Value) (Value, *Exception) {
		r := newArray(self.Type(), a.code)
		r.data = append([]byte(nil), a.data...)
		return obj(r), nil
	})
	def("__deepcopy__", 1, 1, func(a *arrayObj, self Value, args []Value) (Value, *Exception) {
		r := newArray(self.Type(), a.code)
		r.data = append([]byte(nil), a.data...)
		return obj(r), nil
	})
	def("__reduce_ex__", 1, 1, func(a *arrayObj, self Value, args []Value) (Value, *Exception) {
		return NewTuple(obj(self.Type()), NewTuple(NewStr(string(a.code)), obj(newList(a.items())))), nil
	})
	t.defAttr("typecode", obj(&GetSet{Header{GetSetType}, "typecode", func(v Value) (Value, *Exception) {
		return NewStr(string((*arrayObj)(v.p).code)), nil
	}, nil}))
	t.defAttr("itemsize", obj(&GetSet{Header{GetSetType}, "itemsize", func(v Value) (Value, *Exception) {
		return MakeInt(int64((*arrayObj)(v.p).size)), nil
	}, nil}))
	m.dict.SetS("array", obj(t))
	m.dict.SetS("ArrayType", obj(t))
	m.dict.SetS("typecodes", NewStr(arrayTypecodes))
	m.dict.SetS("_array_reconstructor", goFunc("_array_reconstructor", func(a []Value, kw *Tuple) (Value, *Exception) {
		return Null, newErr(NotImplementedError, "array._array_reconstructor")
	}))
	return m
}

func init() { RegisterModule("array", initArray) }

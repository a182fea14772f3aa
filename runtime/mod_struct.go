package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
)

// _struct (Modules/_struct.c): a format string compiles once into a list
// of codes with their offsets (Struct), which pack and unpack walk. Native
// mode ('@', the default) has x86-64 Linux's sizes and alignments;
// '=', '<', '>' and '!' have the standard sizes, no alignment, and no
// 'n', 'N' or 'P'.

type structCode struct {
	c      byte
	offset int
	size   int // of one item; for 's' and 'p' the whole field
	count  int // items (1 for 's' and 'p')
}

type structObj struct {
	Header
	format Value // the str or bytes given
	size   int
	nitems int
	little bool
	native bool
	codes  []structCode
}

var (
	structType, structErrorType, structIterType *Type
)

// native sizes (and alignments) of x86-64 Linux; standard sizes
var (
	structNative = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
		'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
	structStd = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
		'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
)

func structErr(format string, a ...any) *Exception { return newErr(structErrorType, format, a...) }

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// compileStruct is prepare_s.
func compileStruct(t *Type, fv Value) (*structObj, *Exception) {
	var f string
	switch {
	case isStrV(fv):
		f = fv.str().s
	case fv.Type() == BytesType:
		f = string(fv.bytes().b)
	default:
		return nil, newErr(TypeError, "Struct() argument 1 must be a str or bytes object, not %s", typeName(fv))
	}
	s := &structObj{Header: Header{t}, format: fv, native: true, little: true}
	i := 0
	if len(f) > 0 {
		switch f[0] {
		case '@':
			i = 1
		case '=', '<':
			s.native, i = false, 1
		case '>', '!':
			s.native, s.little, i = false, false, 1
		}
	}
	table := structNative
	if !s.native {
		table = structStd
	}
	const maxSize = math.MaxInt64
	size := 0
	for i < len(f) {
		c := f[i]
		if isSpaceByte(c) {
			i++
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = 0
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				d := int(f[i] - '0')
				if num > (maxSize-d)/10 {
					return nil, structErr("total struct size too long")
				}
				num = num*10 + d
				i++
			}
			if i >= len(f) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = f[i]
		}
		i++
		isz, ok := table[c]
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if s.native && isz > 1 {
			size = (size + isz - 1) / isz * isz
		}
		code := structCode{c: c, offset: size, size: isz, count: num}
		switch c {
		case 's', 'p':
			code.size, code.count = num, 1
			s.nitems++
		case 'x':
		default:
			s.nitems += num
		}
		if num > 0 && isz > (maxSize-size)/num {
			return nil, structErr("total struct size too long")
		}
		size += isz * num
		if c != 'x' && num > 0 || c == 's' || c == 'p' {
			s.codes = append(s.codes, code)
		}
	}
	s.size = size
	return s, nil
}

// structInt is get_pylong: an int, or an object with __index__.
func structInt(v Value) (Value, *Exception) {
	if isIntLike(v) {
		return v, nil
	}
	if v.p != floatTag && v.p != intTag && v.Type().index != nil || v.p != floatTag && v.Type().lookupS("__index__").p != nil {
		return Index(v)
	}
	return Null, structErr("required argument is not an integer")
}

func structFloat(v Value) (float64, *Exception) {
	x, ok, err := toFloat(v)
	if err != nil {
		if isIntLike(v) && err.typ == OverflowError {
			return 0, structErr("int too large to convert")
		}
		return 0, err
	}
	if !ok {
		if m := v.Type().lookupS("__float__"); m.p != nil {
			r, err := callMethod(m, v)
			if err != nil {
				return 0, err
			}
			if r.p == floatTag {
				return r.Float(), nil
			}
		}
		if m := v.Type().lookupS("__index__"); m.p != nil {
			r, err := Index(v)
			if err != nil {
				return 0, err
			}
			return structFloat(r)
		}
		return 0, structErr("required argument is not a float")
	}
	return x, nil
}

func (s *structObj) put(b []byte, size int, u uint64) {
	if s.little {
		for i := 0; i < size; i++ {
			b[i] = byte(u >> (8 * i))
		}
		return
	}
	for i := 0; i < size; i++ {
		b[size-1-i] = byte(u >> (8 * i))
	}
}

func (s *structObj) get(b []byte, size int) uint64 {
	var u uint64
	if s.little {
		for i := size - 1; i >= 0; i-- {
			u = u<<8 | uint64(b[i])
		}
		return u
	}
	for i := 0; i < size; i++ {
		u = u<<8 | uint64(b[i])
	}
	return u
}

func structSigned(c byte) bool {
	switch c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		return true
	}
	return false
}

func (s *structObj) packOne(c byte, size int, b []byte, v Value) *Exception {
	switch c {
	case '?':
		t, err := Truth(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
		return nil
	case 'c':
		if v.Type() == BytesType && len(v.bytes().b) == 1 {
			b[0] = v.bytes().b[0]
			return nil
		}
		if v.Type().IsSubtype(ByteArrayType) && len((*byteArray)(v.p).b) == 1 {
			b[0] = (*byteArray)(v.p).b[0]
			return nil
		}
		return structErr("char format requires a bytes object of length 1")
	case 'e':
		x, err := structFloat(v)
		if err != nil {
			return err
		}
		h, ok := floatToHalf(x)
		if !ok {
			if isIntLike(v) {
				return structErr("int too large to convert")
			}
			return newErr(OverflowError, "float too large to pack with e format")
		}
		s.put(b, 2, uint64(h))
		return nil
	case 'f':
		x, err := structFloat(v)
		if err != nil {
			return err
		}
		y := float32(x)
		if !s.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			if isIntLike(v) {
				return structErr("int too large to convert")
			}
			return newErr(OverflowError, "float too large to pack with f format")
		}
		s.put(b, 4, uint64(math.Float32bits(y)))
		return nil
	case 'd':
		x, err := structFloat(v)
		if err != nil {
			return err
		}
		s.put(b, 8, math.Float64bits(x))
		return nil
	}
	iv, err := structInt(v)
	if err != nil {
		return err
	}
	bi := toBig(iv)
	if c == 'P' {
		// PyLong_AsVoidPtr: any value of a C long or unsigned long
		if bi.Cmp(structMinI64) < 0 || bi.Cmp(structMaxU64) > 0 {
			return structErr("int too large to convert")
		}
		s.put(b, 8, uint64(bi.Int64())|bigU64(bi))
		return nil
	}
	bits := uint(size * 8)
	var lo, hi *big.Int
	if structSigned(c) {
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
	} else {
		lo = big.NewInt(0)
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	}
	if bi.Cmp(lo) < 0 || bi.Cmp(hi) > 0 {
		return structErr("'%c' format requires %s <= number <= %s", c, lo.String(), hi.String())
	}
	var u uint64
	if bi.Sign() < 0 {
		u = uint64(bi.Int64())
	} else {
		u = bi.Uint64()
	}
	s.put(b, size, u)
	return nil
}

var (
	structMinI64 = big.NewInt(math.MinInt64)
	structMaxU64 = new(big.Int).SetUint64(math.MaxUint64)
)

func bigU64(b *big.Int) uint64 {
	if b.Sign() >= 0 {
		return b.Uint64()
	}
	return 0
}

func (s *structObj) unpackOne(c byte, size int, b []byte) Value {
	switch c {
	case '?':
		return MakeBool(b[0] != 0)
	case 'c':
		return obj(&Bytes{Header{BytesType}, []byte{b[0]}})
	case 'e':
		return MakeFloat(halfToFloat(uint16(s.get(b, 2))))
	case 'f':
		return MakeFloat(float64(math.Float32frombits(uint32(s.get(b, 4)))))
	case 'd':
		return MakeFloat(math.Float64frombits(s.get(b, 8)))
	}
	u := s.get(b, size)
	if structSigned(c) {
		sh := uint(64 - 8*size)
		return MakeInt(int64(u<<sh) >> sh)
	}
	if u > math.MaxInt64 {
		return newBig(new(big.Int).SetUint64(u))
	}
	return MakeInt(int64(u))
}

// floatToHalf is PyFloat_Pack2's rounding (half to even); ok is false on
// overflow.
func floatToHalf(x float64) (uint16, bool) {
	var sign, e uint16
	var bits uint16
	switch {
	case x == 0:
		if math.Signbit(x) {
			sign = 1
		}
	case math.IsInf(x, 0):
		if x < 0 {
			sign = 1
		}
		e = 0x1f
	case math.IsNaN(x):
		if math.Signbit(x) {
			sign = 1
		}
		e, bits = 0x1f, 512
	default:
		if x < 0 {
			sign, x = 1, -x
		}
		f, ex := math.Frexp(x)
		f *= 2
		ex--
		switch {
		case ex >= 16:
			return 0, false
		case ex < -25:
			f, ex = 0, 0
		case ex < -14:
			f = math.Ldexp(f, 14+ex)
			ex = 0
		default:
			ex += 15
			f--
		}
		f *= 1024
		bits = uint16(f)
		r := f - float64(bits)
		if r > 0.5 || r == 0.5 && bits%2 == 1 {
			bits++
			if bits == 1024 {
				bits = 0
				ex++
				if ex == 31 {
					return 0, false
				}
			}
		}
		e = uint16(ex)
	}
	return bits | e<<10 | sign<<15, true
}

func halfToFloat(h uint16) float64 {
	sign := h >> 15
	e := int(h>>10) & 0x1f
	f := int(h & 0x3ff)
	var x float64
	switch {
	case e == 0x1f:
		if f == 0 {
			x = math.Inf(1)
		} else {
			x = math.NaN()
		}
	default:
		x = float64(f) / 1024
		if e == 0 {
			e = -14
		} else {
			x++
			e -= 15
		}
		x = math.Ldexp(x, e)
	}
	if sign != 0 {
		x = -x
	}
	return x
}

func (s *structObj) packInto(b []byte, args []Value) *Exception {
	k := 0
	for _, cd := range s.codes {
		switch cd.c {
		case 's', 'p':
			v := args[k]
			k++
			var src []byte
			switch {
			case v.Type() == BytesType:
				src = v.bytes().b
			case v.Type().IsSubtype(ByteArrayType):
				src = (*byteArray)(v.p).b
			default:
				return structErr("argument for '%c' must be a bytes object", cd.c)
			}
			field := b[cd.offset : cd.offset+cd.size]
			clear(field)
			if cd.c == 's' {
				copy(field, src)
				continue
			}
			if cd.size == 0 {
				continue
			}
			n := min(len(src), cd.size-1)
			copy(field[1:], src[:n])
			field[0] = byte(min(n, 255))
			continue
		}
		for j := 0; j < cd.count; j++ {
			off := cd.offset + j*cd.size
			if err := s.packOne(cd.c, cd.size, b[off:off+cd.size], args[k]); err != nil {
				return err
			}
			k++
		}
	}
	return nil
}

func (s *structObj) unpackFrom(b []byte) Value {
	out := make([]Value, 0, s.nitems)
	for _, cd := range s.codes {
		switch cd.c {
		case 's':
			out = append(out, obj(&Bytes{Header{BytesType}, append([]byte{}, b[cd.offset:cd.offset+cd.size]...)}))
			continue
		case 'p':
			field := b[cd.offset : cd.offset+cd.size]
			var r []byte
			if len(field) > 0 {
				n := min(int(field[0]), len(field)-1)
				r = append([]byte{}, field[1:1+n]...)
			}
			out = append(out, obj(&Bytes{Header{BytesType}, r}))
			continue
		}
		for j := 0; j < cd.count; j++ {
			off := cd.offset + j*cd.size
			out = append(out, s.unpackOne(cd.c, cd.size, b[off:off+cd.size]))
		}
	}
	return obj(newTuple(out))
}

// pyBuffer returns the bytes of a bytes-like object (bytes, bytearray,
// array.array) and whether they may be written.
func pyBuffer(v Value) ([]byte, bool, bool) {
	if v.p == intTag || v.p == floatTag || v.p == nil {
		return nil, false, false
	}
	t := v.Type()
	switch {
	case t == BytesType:
		return v.bytes().b, false, true
	case ByteArrayType != nil && t.IsSubtype(ByteArrayType):
		return (*byteArray)(v.p).b, true, true
	case arrayType != nil && t.IsSubtype(arrayType):
		a := (*arrayObj)(v.p)
		return a.data, true, true
	case t == memViewType && memViewType != nil:
		mv := (*memView)(v.p)
		return mv.bytes(), !mv.readonly, !mv.released
	}
	return nil, false, false
}

func bytesLikeErr(v Value) *Exception {
	return newErr(TypeError, "a bytes-like object is required, not '%s'", typeName(v))
}

func (s *structObj) pack(name string, args []Value) (Value, *Exception) {
	if len(args) != s.nitems {
		return Null, structErr("%s expected %d items for packing (got %d)", name, s.nitems, len(args))
	}
	b := make([]byte, s.size)
	if err := s.packInto(b, args); err != nil {
		return Null, err
	}
	return obj(&Bytes{Header{BytesType}, b}), nil
}

func (s *structObj) unpack(buf Value) (Value, *Exception) {
	b, _, ok := pyBuffer(buf)
	if !ok {
		return Null, bytesLikeErr(buf)
	}
	if len(b) != s.size {
		return Null, structErr("unpack requires a buffer of %d bytes", s.size)
	}
	return s.unpackFrom(b), nil
}

func (s *structObj) unpackFromOffset(buf Value, offv Value) (Value, *Exception) {
	b, _, ok := pyBuffer(buf)
	if !ok {
		return Null, bytesLikeErr(buf)
	}
	off := 0
	if offv.p != nil {
		var err *Exception
		if off, err = argSsize(offv); err != nil {
			return Null, err
		}
	}
	n := len(b)
	if off < 0 {
		if off+s.size > 0 {
			return Null, structErr("not enough data to unpack %d bytes at offset %d", s.size, off)
		}
		if off+n < 0 {
			return Null, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < s.size {
		return Null, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", s.size+off, s.size, off, n)
	}
	return s.unpackFrom(b[off : off+s.size]), nil
}

func (s *structObj) packIntoBuf(args []Value) (Value, *Exception) {
	if len(args) < 1 {
		return Null, structErr("pack_into expected buffer argument")
	}
	if len(args) < 2 {
		return Null, structErr("pack_into expected offset argument")
	}
	if len(args)-2 != s.nitems {
		return Null, structErr("pack_into expected %d items for packing (got %d)", s.nitems, len(args)-2)
	}
	b, writable, ok := pyBuffer(args[0])
	if !ok || !writable {
		return Null, newErr(TypeError, "argument must be read-write bytes-like object, not %s", typeName(args[0]))
	}
	off, err := argSsize(args[1])
	if err != nil {
		return Null, err
	}
	n := len(b)
	if off < 0 {
		if off+s.size > 0 {
			return Null, structErr("no space to pack %d bytes at offset %d", s.size, off)
		}
		if off+n < 0 {
			return Null, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < s.size {
		return Null, structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", s.size+off, s.size, off, n)
	}
	tmp := make([]byte, s.size)
	if err := s.packInto(tmp, args[2:]); err != nil {
		return Null, err
	}
	copy(b[off:], tmp)
	return None, nil
}

type structIter struct {
	Header
	s   *structObj
	buf []byte
	off int
}

func (s *structObj) iterUnpack(buf Value) (Value, *Exception) {
	if s.size == 0 {
		return Null, structErr("cannot iteratively unpack with a struct of length 0")
	}
	b, _, ok := pyBuffer(buf)
	if !ok {
		return Null, bytesLikeErr(buf)
	}
	if len(b)%s.size != 0 {
		return Null, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", s.size)
	}
	return obj(&structIter{Header{structIterType}, s, b, 0}), nil
}

func (s *structObj) formatStr() Value {
	if isStrV(s.format) {
		return s.format
	}
	return NewStr(string(s.format.bytes().b))
}

var structCache = map[string]*structObj{}

func structFor(fv Value) (*structObj, *Exception) {
	var key string
	if isStrV(fv) {
		key = "s" + fv.str().s
	} else if fv.Type() == BytesType {
		key = "b" + string(fv.bytes().b)
	}
	if key != "" {
		if s, ok := structCache[key]; ok {
			return s, nil
		}
	}
	s, err := compileStruct(structType, fv)
	if err != nil {
		return nil, err
	}
	if len(structCache) > 100 {
		clear(structCache)
	}
	structCache[key] = s
	return s, nil
}

func initStruct() *Module {
	m := NewModule("_struct")
	d := m.dict
	et := newBuiltinType("error", ExceptionType)
	et.isExc = true
	et.instDict = true
	et.Module = "struct"
	structErrorType = et
	d.SetS("error", obj(et))

	it := newBuiltinType("unpack_iterator", ObjectType)
	it.Module = "_struct"
	it.iter = selfIter
	it.next = func(v Value) (Value, bool, *Exception) {
		si := (*structIter)(v.p)
		if si.buf == nil || si.off+si.s.size > len(si.buf) {
			si.buf = nil
			return Null, false, nil
		}
		r := si.s.unpackFrom(si.buf[si.off : si.off+si.s.size])
		si.off += si.s.size
		return r, true, nil
	}
	it.def("__length_hint__", func(a []Value, kw *Tuple) (Value, *Exception) {
		si := (*structIter)(a[0].p)
		if si.buf == nil {
			return MakeInt(0), nil
		}
		return MakeInt(int64((len(si.buf) - si.off) / si.s.size)), nil
	})
	structIterType = it

	t := newBuiltinType("Struct", ObjectType)
	t.Module = "_struct"
	structType = t
	t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		var args [1]Value
		if err := parseArgsKw("Struct", []string{"format"}, 1, a, kw, args[:]); err != nil {
			return Null, err
		}
		s, err := compileStruct(t, args[0])
		if err != nil {
			return Null, err
		}
		return obj(s), nil
	}
	t.init = func(Value, []Value, *Tuple) *Exception { return nil }
	t.repr = func(v Value) (Value, *Exception) {
		r, err := Repr((*structObj)(v.p).formatStr())
		if err != nil {
			return Null, err
		}
		return NewStr("Struct(" + r.str().s + ")"), nil
	}
	self := func(a []Value, name string) (*structObj, *Exception) {
		if len(a) == 0 || !a[0].Type().IsSubtype(structType) {
			return nil, newErr(TypeError, "descriptor '%s' of '_struct.Struct' object needs an argument", name)
		}
		return (*structObj)(a[0].p), nil
	}
	t.def("pack", func(a []Value, kw *Tuple) (Value, *Exception) {
		s, err := self(a, "pack")
		if err != nil {
			return Null, err
		}
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "pack() takes no keyword arguments")
		}
		return s.pack("pack", a[1:])
	})
	t.def("pack_into", func(a []Value, kw *Tuple) (Value, *Exception) {
		s, err := self(a, "pack_into")
		if err != nil {
			return Null, err
		}
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "pack_into() takes no keyword arguments")
		}
		return s.packIntoBuf(a[1:])
	})
	t.def("unpack", func(a []Value, kw *Tuple) (Value, *Exception) {
		s, err := self(a, "unpack")
		if err != nil {
			return Null, err
		}
		if err := nargs("unpack", a, kw, 1, 1); err != nil {
			return Null, err
		}
		return s.unpack(a[1])
	})
	t.def("unpack_from", func(a []Value, kw *Tuple) (Value, *Exception) {
		s, err := self(a, "unpack_from")
		if err != nil {
			return Null, err
		}
		var args [2]Value
		if err := parseArgsKw("unpack_from", []string{"buffer", "offset"}, 1, a[1:], kw, args[:]); err != nil {
			return Null, err
		}
		return s.unpackFromOffset(args[0], args[1])
	})
	t.def("iter_unpack", func(a []Value, kw *Tuple) (Value, *Exception) {
		s, err := self(a, "iter_unpack")
		if err != nil {
			return Null, err
		}
		if err := nargs("iter_unpack", a, kw, 1, 1); err != nil {
			return Null, err
		}
		return s.iterUnpack(a[1])
	})
	t.def("__sizeof__", func(a []Value, kw *Tuple) (Value, *Exception) {
		s, err := self(a, "__sizeof__")
		if err != nil {
			return Null, err
		}
		return MakeInt(int64(72 + 24*len(s.codes))), nil
	})
	t.defAttr("format", obj(&GetSet{Header{GetSetType}, "format", func(v Value) (Value, *Exception) { return (*structObj)(v.p).formatStr(), nil }, nil}))
	t.defAttr("size", obj(&GetSet{Header{GetSetType}, "size", func(v Value) (Value, *Exception) { return MakeInt(int64((*structObj)(v.p).size)), nil }, nil}))
	d.SetS("Struct", obj(t))

	withFormat := func(name string, a []Value, kw *Tuple) (*structObj, []Value, *Exception) {
		pos, _ := splitKw(a, kw)
		if len(pos) == 0 {
			if name == "unpack_from" && kwCount(kw) > 0 {
				return nil, nil, newErr(TypeError, "unpack_from() missing required argument 'format' (pos 1)")
			}
			return nil, nil, newErr(TypeError, "missing format argument")
		}
		s, err := structFor(a[0])
		if err != nil {
			return nil, nil, err
		}
		return s, a[1:], nil
	}
	d.SetS("pack", goFunc("pack", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "pack() takes no keyword arguments")
		}
		s, rest, err := withFormat("pack", a, kw)
		if err != nil {
			return Null, err
		}
		return s.pack("pack", rest)
	}))
	d.SetS("pack_into", goFunc("pack_into", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "pack_into() takes no keyword arguments")
		}
		s, rest, err := withFormat("pack_into", a, kw)
		if err != nil {
			return Null, err
		}
		return s.packIntoBuf(rest)
	}))
	d.SetS("unpack", goFunc("unpack", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "unpack() takes no keyword arguments")
		}
		if len(a) != 2 {
			return Null, newErr(TypeError, "unpack expected 2 arguments, got %d", len(a))
		}
		s, err := structFor(a[0])
		if err != nil {
			return Null, err
		}
		return s.unpack(a[1])
	}))
	d.SetS("unpack_from", goFunc("unpack_from", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [3]Value
		pos, _ := splitKw(a, kw)
		if len(pos) == 0 {
			return Null, newErr(TypeError, "unpack_from() missing required argument 'format' (pos 1)")
		}
		if err := parseArgsKw("unpack_from", []string{"format", "buffer", "offset"}, 2, a, kw, args[:]); err != nil {
			return Null, err
		}
		s, err := structFor(args[0])
		if err != nil {
			return Null, err
		}
		return s.unpackFromOffset(args[1], args[2])
	}))
	d.SetS("iter_unpack", goFunc("iter_unpack", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "iter_unpack() takes no keyword arguments")
		}
		if len(a) != 2 {
			return Null, newErr(TypeError, "iter_unpack expected 2 arguments, got %d", len(a))
		}
		s, err := structFor(a[0])
		if err != nil {
			return Null, err
		}
		return s.iterUnpack(a[1])
	}))
	d.SetS("calcsize", goFunc("calcsize", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 || len(a) != 1 {
			return Null, newErr(TypeError, "calcsize() takes exactly one argument (%d given)", len(a))
		}
		s, err := structFor(a[0])
		if err != nil {
			return Null, err
		}
		return MakeInt(int64(s.size)), nil
	}))
	d.SetS("_clearcache", goFunc("_clearcache", func(a []Value, kw *Tuple) (Value, *Exception) {
		clear(structCache)
		return None, nil
	}))
	d.SetS("__doc__", NewStr(structDoc))
	return m
}

const structDoc = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`

var _ = binary.LittleEndian
var _ = strconv.Itoa

func init() { RegisterModule("_struct", initStruct) }

package runtime

import (
	"math"
	"math/big"
)

// _random (Mersenne Twister, Modules/_randommodule.c: random.seed(n) then
// random.random() gives CPython's numbers), _sha2.sha512 for seeding from
// str and bytes, and the math functions random and statistics import.

type mtState struct {
	mt  [624]uint32
	idx int
}

func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < 624; i++ {
		s.mt[i] = 1812433253*(s.mt[i-1]^(s.mt[i-1]>>30)) + uint32(i)
	}
	s.idx = 624
}

func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			s.mt[0] = s.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			s.mt[0] = s.mt[623]
			i = 1
		}
	}
	s.mt[0] = 0x80000000
}

func (s *mtState) genrand() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	mag := [2]uint32{0, 0x9908b0df}
	if s.idx >= 624 {
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := (s.mt[kk] & upper) | (s.mt[kk+1] & lower)
			s.mt[kk] = s.mt[kk+397] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < 623; kk++ {
			y := (s.mt[kk] & upper) | (s.mt[kk+1] & lower)
			s.mt[kk] = s.mt[kk+(397-624)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (s.mt[623] & upper) | (s.mt[0] & lower)
		s.mt[623] = s.mt[396] ^ (y >> 1) ^ mag[y&1]
		s.idx = 0
	}
	y := s.mt[s.idx]
	s.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

type randomObj struct {
	Header
	st   mtState
	dict *Dict
}

var RandomType *Type

func (r *randomObj) seed(v Value) *Exception {
	if v.p == nil || v.isNone() {
		var b [8]byte
		for i := range b {
			b[i] = byte(startTime.UnixNano() >> (8 * i))
		}
		v = MakeInt(int64(startTime.UnixNano()) ^ int64(osPid()))
	}
	var n *big.Int
	switch {
	case isIntLike(v):
		n = new(big.Int).Abs(toBig(v))
	default:
		h, err := Hash(v)
		if err != nil {
			return err
		}
		n = new(big.Int).Abs(big.NewInt(h))
	}
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.st.initByArray(key)
	return nil
}

func initRandom() *Module {
	m := NewModule("_random")
	t := newBuiltinType("Random", ObjectType)
	t.Module = "_random"
	RandomType = t
	t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		r := &randomObj{Header: Header{t}, dict: NewDict()}
		var s Value
		if len(a) > 0 {
			s = a[0]
		}
		if err := r.seed(s); err != nil {
			return Null, err
		}
		return obj(r), nil
	}
	t.init = func(Value, []Value, *Tuple) *Exception { return nil }
	goSubclassable[t] = func(v Value) *Dict { return (*randomObj)(v.p).dict }
	def := func(name string, fn func(r *randomObj, a []Value) (Value, *Exception)) {
		t.defAttr(name, obj(&Builtin{Header{MethodDescrType}, name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) == 0 || !a[0].Type().IsSubtype(RandomType) {
				return Null, newErr(TypeError, "descriptor '%s' requires a '_random.Random' object", name)
			}
			return fn((*randomObj)(a[0].p), a[1:])
		}, Null, t}))
	}
	def("random", func(r *randomObj, a []Value) (Value, *Exception) {
		x, y := r.st.genrand()>>5, r.st.genrand()>>6
		return MakeFloat((float64(x)*67108864.0 + float64(y)) * (1.0 / 9007199254740992.0)), nil
	})
	def("seed", func(r *randomObj, a []Value) (Value, *Exception) {
		var s Value
		if len(a) > 0 {
			s = a[0]
		}
		return None, r.seed(s)
	})
	def("getrandbits", func(r *randomObj, a []Value) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "getrandbits() takes exactly one argument (%d given)", len(a))
		}
		k, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		if k < 0 {
			return Null, newErr(ValueError, "number of bits must be non-negative")
		}
		if k == 0 {
			return MakeInt(0), nil
		}
		if k <= 32 {
			return MakeInt(int64(r.st.genrand() >> (32 - k))), nil
		}
		n := new(big.Int)
		for i := 0; k > 0; i += 32 {
			w := r.st.genrand()
			if k < 32 {
				w >>= 32 - k
			}
			n.Or(n, new(big.Int).Lsh(big.NewInt(int64(w)), uint(i)))
			k -= 32
		}
		return newBig(n), nil
	})
	def("getstate", func(r *randomObj, a []Value) (Value, *Exception) {
		items := make([]Value, 625)
		for i, w := range r.st.mt {
			items[i] = MakeInt(int64(w))
		}
		items[624] = MakeInt(int64(r.st.idx))
		return obj(newTuple(items)), nil
	})
	def("setstate", func(r *randomObj, a []Value) (Value, *Exception) {
		if len(a) != 1 || a[0].Type() != TupleType || len(a[0].tuple().items) != 625 {
			return Null, newErr(ValueError, "state vector is the wrong size")
		}
		for i, v := range a[0].tuple().items {
			n, err := IndexInt(v)
			if err != nil {
				return Null, err
			}
			if i < 624 {
				r.st.mt[i] = uint32(n)
			} else {
				r.st.idx = n
			}
		}
		return None, nil
	})
	m.dict.SetS("Random", obj(t))
	return m
}

func initMathExtras() {
	mv, ok := modules.GetS("math")
	if !ok {
		return
	}
	d := mv.mod().dict
	f1 := func(name string, f func(float64) (float64, bool)) {
		if _, ok := d.GetS(name); ok {
			return
		}
		d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 1 {
				return Null, newErr(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(a))
			}
			x, ok, err := toFloat(a[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, newErr(TypeError, "must be real number, not %s", typeName(a[0]))
			}
			r, ok := f(x)
			if !ok {
				return Null, newErr(ValueError, "math domain error")
			}
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return Null, newErr(OverflowError, "math range error")
			}
			return MakeFloat(r), nil
		}))
	}
	f1("lgamma", func(x float64) (float64, bool) {
		if x <= 0 && x == math.Floor(x) {
			return 0, false
		}
		r, _ := math.Lgamma(x)
		return r, true
	})
	f1("gamma", func(x float64) (float64, bool) {
		if x <= 0 && x == math.Floor(x) {
			return 0, false
		}
		return math.Gamma(x), true
	})
	f1("erf", func(x float64) (float64, bool) { return math.Erf(x), true })
	f1("erfc", func(x float64) (float64, bool) { return math.Erfc(x), true })
	f1("cbrt", func(x float64) (float64, bool) { return math.Cbrt(x), true })
	f1("exp2", func(x float64) (float64, bool) { return math.Exp2(x), true })
	f1("asinh", func(x float64) (float64, bool) { return math.Asinh(x), true })
	f1("acosh", func(x float64) (float64, bool) { return math.Acosh(x), x >= 1 || math.IsNaN(x) })
	f1("atanh", func(x float64) (float64, bool) { return math.Atanh(x), (x > -1 && x < 1) || math.IsNaN(x) })
	f1("ulp", func(x float64) (float64, bool) {
		x = math.Abs(x)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return x, true
		}
		n := math.Nextafter(x, math.Inf(1))
		if math.IsInf(n, 0) {
			return x - math.Nextafter(x, 0), true
		}
		return n - x, true
	})
}

func osPid() int { return goPid }

// initIntBytes adds int.from_bytes (random seeds from str through it).
func initIntBytes() {
	if _, ok := IntType.Dict.GetS("from_bytes"); ok {
		return
	}
	IntType.defAttr("from_bytes", obj(&ClassMethod{Header: Header{ClassMethodType}, fn: goFunc("from_bytes", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		order, signed := "big", false
		for i, k := range kwItems(kw) {
			switch k {
			case "byteorder":
				order = kwv[i].str().s
			case "signed":
				signed, _ = Truth(kwv[i])
			case "bytes":
				pos = append(pos, kwv[i])
			}
		}
		if len(pos) < 2 {
			return Null, newErr(TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
		}
		if len(pos) > 2 && pos[2].Type() == StrType {
			order = pos[2].str().s
		}
		var b []byte
		switch {
		case pos[1].Type() == BytesType:
			b = append([]byte(nil), (*Bytes)(pos[1].p).b...)
		case pos[1].Type().IsSubtype(ByteArrayType):
			b = append([]byte(nil), (*byteArray)(pos[1].p).b...)
		default:
			items, err := iterToSlice(pos[1])
			if err != nil {
				return Null, err
			}
			for _, x := range items {
				n, err := IndexInt(x)
				if err != nil {
					return Null, err
				}
				b = append(b, byte(n))
			}
		}
		if order == "little" {
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
		} else if order != "big" {
			return Null, newErr(ValueError, "byteorder must be either 'little' or 'big'")
		}
		n := new(big.Int).SetBytes(b)
		if signed && len(b) > 0 && b[0]&0x80 != 0 {
			n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
		r := newBig(n)
		if cls := pos[0]; cls.p != obj(IntType).p {
			return Call(cls, []Value{r}, nil)
		}
		return r, nil
	})}))
}

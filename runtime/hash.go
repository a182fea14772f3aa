package runtime

import (
	"math"
	"math/big"
	"unsafe"

	"github.com/peglab/peglab/runtime/internal/pyhash"
)

func unsafePtr[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// intHash is hash() of an int64, as long_hash.
func intHash(i int64) int64 {
	if i >= -hashModulus && i <= hashModulus {
		if i == -1 {
			return -2
		}
		return i
	}
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

func bigHash(b *big.Int) int64 {
	var m big.Int
	m.Abs(b)
	m.Mod(&m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// floatHash is _Py_HashDouble.
func floatHash(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0 // CPython hashes by identity; 0 is a stable stand-in
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// strHash is hash(str): siphash13 with PYTHONHASHSEED=0's key, cached.
func strHash(s *Str) int64 {
	if s.hash != -1 {
		return s.hash
	}
	h := strHashString(s.s)
	s.hash = h
	return h
}

func strHashString(s string) int64 { return pyhash.Str(s) }

// tupleHash is tuplehash (the xxHash-based one of 3.8+).
func tupleHash(items []Value) (int64, *Exception) {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, it := range items {
		h, err := Hash(it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(items)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// Hash is hash(v).
func Hash(v Value) (int64, *Exception) {
	switch v.p {
	case intTag:
		return intHash(v.Int()), nil
	case floatTag:
		return floatHash(v.Float()), nil
	}
	t := v.hdr().typ
	if t == StrType {
		return strHash(v.str()), nil
	}
	if t.hash == nil {
		return 0, newErr(TypeError, "unhashable type: '%s'", t.Name)
	}
	return t.hash(v)
}

func idHash(v Value) (int64, *Exception) {
	p := uintptr(v.p)
	h := int64(p>>4 | p<<(64-4))
	if h == -1 {
		h = -2
	}
	return h, nil
}

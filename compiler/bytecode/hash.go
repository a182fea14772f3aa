package bytecode

// CPython's hashing, as far as the order of a frozenset needs it (see
// FrozenSet): siphash13 for str and bytes with the zero key of
// PYTHONHASHSEED=0, the numeric hash modulo 2**61-1, tuplehash, and the
// probing of Objects/setobject.c.

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"

	"github.com/peglab/peglab/ast"
)

// SetOrder returns the elements of a frozenset in the order CPython 3.13's
// set iterates them after adding them in the given order: the order of
// the slots of its hash table (Objects/setobject.c: linear probing of 9
// slots, then perturbed probing; the table grows to 4 times the used
// count when 3/5 full). When an element's hash cannot be known (NaN and
// Ellipsis hash by address), the given order is kept.
func SetOrder(items []any) []any {
	hashes := make([]uint64, len(items))
	for i, x := range items {
		h, ok := PyHash(x)
		if !ok {
			return items
		}
		hashes[i] = h
	}
	type slot struct {
		used bool
		hash uint64
		item int
	}
	const linearProbes = 9
	table := make([]slot, 8)
	fill := 0
	insert := func(t []slot, h uint64, item int) {
		mask := uint64(len(t) - 1)
		perturb := h
		i := h & mask
		for {
			if !t[i].used {
				t[i] = slot{true, h, item}
				return
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if !t[i+j].used {
						t[i+j] = slot{true, h, item}
						return
					}
				}
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
	}
	for k, h := range hashes {
		insert(table, h, k)
		fill++
		if mask := len(table) - 1; fill*5 >= mask*3 {
			minused := fill * 4
			if fill > 50000 {
				minused = fill * 2
			}
			size := 8
			for size <= minused {
				size <<= 1
			}
			nt := make([]slot, size)
			for _, s := range table {
				if s.used {
					insert(nt, s.hash, s.item)
				}
			}
			table = nt
		}
	}
	out := make([]any, 0, len(items))
	for _, s := range table {
		if s.used {
			out = append(out, items[s.item])
		}
	}
	return out
}

// The constants of CPython's numeric hash (Include/cpython/pyhash.h).
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
	hashImag    = 1000003
	hashNone    = 0xFCA86420 // constant since 3.12
)

// PyHash is hash(v) of CPython 3.13 on 64 bits with PYTHONHASHSEED=0, as
// an unsigned word; ok is false where the hash is an address (NaN,
// Ellipsis) or a kind this package does not hash.
func PyHash(v any) (uint64, bool) {
	switch v := v.(type) {
	case ast.NoneType:
		return hashNone, true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case int64:
		return hashInt64(v), true
	case *big.Int:
		m := new(big.Int).Abs(v)
		m.Mod(m, big.NewInt(hashModulus))
		h := m.Uint64()
		if v.Sign() < 0 {
			h = -h
		}
		return fixHash(h), true
	case float64:
		return hashFloat(v)
	case complex128:
		r, ok1 := hashFloat(real(v))
		i, ok2 := hashFloat(imag(v))
		return fixHash(r + hashImag*i), ok1 && ok2
	case string:
		return hashStr(v), true
	case ast.Bytes:
		if len(v) == 0 {
			return 0, true
		}
		return fixHash(siphash13([]byte(v))), true
	case Tuple:
		return hashTuple(v)
	}
	return 0, false
}

// fixHash: -1 is the error value of a C hash function, so it becomes -2.
func fixHash(h uint64) uint64 {
	if h == math.MaxUint64 {
		return math.MaxUint64 - 1
	}
	return h
}

func hashInt64(v int64) uint64 {
	neg := v < 0
	m := uint64(v)
	if neg {
		m = -m
	}
	m %= hashModulus
	if neg {
		m = -m
	}
	return fixHash(m)
}

// hashFloat is _Py_HashDouble: integral values hash as the int, the rest
// by their binary digits reduced modulo 2**61-1.
func hashFloat(v float64) (uint64, bool) {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf, true
		}
		return uint64(math.MaxUint64 - hashInf + 1), true
	}
	if math.IsNaN(v) {
		return 0, false
	}
	m, e := math.Frexp(v)
	sign := uint64(1)
	if m < 0 {
		sign = math.MaxUint64 // -1
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
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	x *= sign
	return fixHash(x), true
}

// hashTuple is tuplehash: an xxHash-style mix of the items' hashes.
func hashTuple(t Tuple) (uint64, bool) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, x := range t {
		lane, ok := PyHash(x)
		if !ok {
			return 0, false
		}
		acc += lane * prime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, true
	}
	return acc, true
}

// hashStr hashes a str as CPython does: SipHash-1-3 (zero key) over its
// PEP 393 form, 1, 2 or 4 bytes per code point by the largest one. The
// string is WTF-8: lone surrogates are code points too.
func hashStr(s string) uint64 {
	if len(s) == 0 {
		return 0
	}
	cps := make([]rune, 0, len(s))
	maxc := rune(0)
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		cps = append(cps, r)
		maxc = max(maxc, r)
		i += n
	}
	var buf []byte
	switch {
	case maxc < 0x100:
		buf = make([]byte, len(cps))
		for i, r := range cps {
			buf[i] = byte(r)
		}
	case maxc < 0x10000:
		buf = make([]byte, 2*len(cps))
		for i, r := range cps {
			binary.LittleEndian.PutUint16(buf[2*i:], uint16(r))
		}
	default:
		buf = make([]byte, 4*len(cps))
		for i, r := range cps {
			binary.LittleEndian.PutUint32(buf[4*i:], uint32(r))
		}
	}
	return fixHash(siphash13(buf))
}

// decodeWTF8 decodes one code point, surrogates included.
func decodeWTF8(s string) (rune, int) {
	c := s[0]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0 && len(s) >= 2:
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
	case c < 0xF0 && len(s) >= 3:
		return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	case len(s) >= 4:
		return rune(c&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
	}
	return rune(c), 1
}

// siphash13 is CPython's SipHash-1-3 with k0 = k1 = 0 (the key
// PYTHONHASHSEED=0 gives).
func siphash13(in []byte) uint64 {
	b := uint64(len(in)) << 56
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v2 += v3
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v1
		v0 += v3
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 = bits.RotateLeft64(v2, 32)
	}
	for len(in) >= 8 {
		m := binary.LittleEndian.Uint64(in)
		in = in[8:]
		v3 ^= m
		round()
		v0 ^= m
	}
	var t uint64
	for i := len(in) - 1; i >= 0; i-- {
		t = t<<8 | uint64(in[i])
	}
	b |= t
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return (v0 ^ v1) ^ (v2 ^ v3)
}

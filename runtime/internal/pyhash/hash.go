package pyhash

import (
	"math"
	"math/big"
	"math/bits"
	"unicode/utf8"
)

// The constants of sys.hash_info.
const (
	Bits    = 61
	Modulus = 1<<Bits - 1 // sys.hash_info.modulus
	Inf     = 314159      // hash(float('inf'))
	Imag    = 1000003     // the multiplier of a complex's imaginary part
)

// fix maps CPython's error value -1 to -2, as every tp_hash does.
func fix(h uint64) int64 {
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

// Bytes is hash(bytes(b)).
func Bytes(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	// A string header over b's bytes would avoid the copy, but the compiler
	// does not copy for a conversion that does not escape.
	return fix(sipString(string(b)))
}

// BytesString is hash(b) for bytes held in a Go string.
func BytesString(b string) int64 {
	if len(b) == 0 {
		return 0
	}
	return fix(sipString(b))
}

// decode reads the code point at s[i:], accepting the 3-byte encodings of
// surrogates (ED A0..BF 80..BF) that WTF-8 allows and UTF-8 does not. A
// byte that starts no sequence (which a WTF-8 string does not have) reads
// as U+FFFD.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 && c == 0xED && i+2 < len(s) &&
		s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return r, n
}

// Str is hash(s) for the str whose WTF-8 form is s: SipHash over its
// PyUnicode representation (1, 2 or 4 bytes a code point, by the largest).
func Str(s string) int64 {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		if len(s) == 0 {
			return 0
		}
		return fix(sipString(s)) // ASCII: the UCS1 form is s itself
	}
	maxc := rune(0x7F)
	for j := i; j < len(s); {
		r, n := decode(s, j)
		maxc = max(maxc, r)
		j += n
	}
	var width uint = 4
	if maxc < 0x100 {
		width = 1
	} else if maxc < 0x10000 {
		width = 2
	}
	st := newSip()
	for j := 0; j < len(s); {
		r, n := decode(s, j)
		st.unit(uint64(r), width)
		j += n
	}
	return fix(st.finish())
}

// Int is hash(v) for an int: v modulo 2**61-1 with v's sign (long_hash).
func Int(v int64) int64 {
	if v >= 0 {
		return int64(uint64(v) % Modulus) // never -1
	}
	h := -int64((-uint64(v)) % Modulus)
	if h == -1 {
		h = -2
	}
	return h
}

// Bool is hash(b): an int's.
func Bool(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// BigInt is hash(v) for an int of any size, without allocating.
func BigInt(v *big.Int) int64 {
	// 2**64 ≡ 8 (mod 2**61-1), so each more significant word counts 8 times
	// the running remainder.
	var x uint64
	words := v.Bits()
	for i := len(words) - 1; i >= 0; i-- {
		w := uint64(words[i])
		if bits.UintSize == 32 {
			// Two 32-bit words make one step of 2**32: shift by 32 modulo
			// the Mersenne prime is a 61-bit rotation.
			x = (x<<32)&Modulus | x>>(Bits-32)
			x += w
		} else {
			x = mulmod8(x)
			x += w&Modulus + w>>Bits
			if x >= Modulus {
				x -= Modulus
			}
		}
		for x >= Modulus {
			x -= Modulus
		}
	}
	if v.Sign() < 0 {
		h := -int64(x)
		if h == -1 {
			h = -2
		}
		return h
	}
	return int64(x)
}

// mulmod8 is x*8 modulo 2**61-1 for x < 2**61-1: a 3-bit rotation.
func mulmod8(x uint64) uint64 {
	return (x<<3)&Modulus | x>>(Bits-3)
}

// Pointer is _Py_HashPointer: an address rotated right by 4 bits (object
// addresses are 16-aligned, so the low bits carry nothing). It is the
// default hash of objects and the hash of a NaN.
func Pointer(p uintptr) int64 {
	y := uint64(p)
	y = y>>4 | y<<60
	return fix(y)
}

// Float is hash(v) for a float (_Py_HashDouble); id is the identity of the
// float object, used for a NaN only.
func Float(v float64, id uintptr) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return Inf
		}
		return -Inf
	}
	if v != v {
		return Pointer(id)
	}
	m, e := math.Frexp(v)
	var sign uint64 = 1
	if m < 0 {
		sign = ^uint64(0)
		m = -m
	}
	// Take 28 bits of the mantissa at a time, each step a multiplication of
	// the partial result by 2**28 (a rotation modulo 2**61-1).
	var x uint64
	for m != 0 {
		x = (x<<28)&Modulus | x>>(Bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= Modulus {
			x -= Modulus
		}
	}
	// Multiply by 2**e, also a rotation, with e reduced modulo 61.
	if e >= 0 {
		e %= Bits
	} else {
		e = Bits - 1 - (-1-e)%Bits
	}
	x = (x<<uint(e))&Modulus | x>>(Bits-uint(e))
	return fix(x * sign)
}

// Complex is hash(complex(re, im)); id is the complex object's identity,
// used for NaN parts.
func Complex(re, im float64, id uintptr) int64 {
	hr := uint64(Float(re, id))
	hi := uint64(Float(im, id))
	return fix(hr + Imag*hi)
}

// The xxHash (XXH64) primes tuplehash uses.
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// Tuple accumulates tuplehash: start with NewTuple, Add each item's hash in
// order, then Sum with the length. A zero Tuple is not a valid start.
type Tuple struct{ acc uint64 }

// NewTuple starts a tuple hash.
func NewTuple() Tuple { return Tuple{xxPrime5} }

// Add mixes in the next item's hash.
func (t *Tuple) Add(h int64) {
	t.acc += uint64(h) * xxPrime2
	t.acc = bits.RotateLeft64(t.acc, 31)
	t.acc *= xxPrime1
}

// Sum finishes the hash of a tuple of n items.
func (t Tuple) Sum(n int) int64 {
	acc := t.acc + (uint64(n) ^ (xxPrime5 ^ 3527539))
	if acc == ^uint64(0) {
		return 1546275796
	}
	return int64(acc)
}

// Slice is hash(slice(start, stop, step)) (hashable since 3.12) from the
// three fields' hashes: tuplehash without the length step.
func Slice(start, stop, step int64) int64 {
	t := NewTuple()
	t.Add(start)
	t.Add(stop)
	t.Add(step)
	if t.acc == ^uint64(0) {
		return 1546275796
	}
	return int64(t.acc)
}

// None is hash(None): a constant since 3.12, no longer its address.
const None = 0xFCA86420

// TupleOf is the hash of a tuple whose items hash to hs.
func TupleOf(hs ...int64) int64 {
	t := NewTuple()
	for _, h := range hs {
		t.Add(h)
	}
	return t.Sum(len(hs))
}

// ShuffleBits is frozenset_hash's mixing of one item's hash.
func ShuffleBits(h int64) uint64 {
	u := uint64(h)
	return (u ^ 89869747 ^ u<<16) * 3644798167
}

// Frozenset finishes a frozenset hash from the xor of ShuffleBits over its
// n items' hashes (order does not matter, so a table can be walked as is).
func Frozenset(xor uint64, n int) int64 {
	h := xor ^ (uint64(n)+1)*1927868237
	h ^= h>>11 ^ h>>25
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h)
}

// FrozensetOf is the hash of a frozenset whose items hash to hs.
func FrozensetOf(hs ...int64) int64 {
	var x uint64
	for _, h := range hs {
		x ^= ShuffleBits(h)
	}
	return Frozenset(x, len(hs))
}

package pyhash

import "math/bits"

// The hash secret's SipHash key; zero is PYTHONHASHSEED=0.
var k0, k1 uint64

// SetKey sets the SipHash key (CPython's _Py_HashSecret.siphash). Call it
// before any hash is computed; hashes already cached keep the old key.
func SetKey(key0, key1 uint64) { k0, k1 = key0, key1 }

// sip is a SipHash-1-3 state that takes its input in units of 1, 2 or 4
// bytes, so that a str's UCS1/UCS2/UCS4 form can be fed one code point at a
// time, never materialised. Units of one width always fill a block exactly.
type sip struct {
	v0, v1, v2, v3 uint64
	m              uint64 // the block being filled
	nb             uint   // bytes in m
	total          uint64 // bytes fed
}

func newSip() sip {
	return sip{
		v0: k0 ^ 0x736f6d6570736575,
		v1: k1 ^ 0x646f72616e646f6d,
		v2: k0 ^ 0x6c7967656e657261,
		v3: k1 ^ 0x7465646279746573,
	}
}

func (s *sip) round() {
	s.v0 += s.v1
	s.v2 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 13) ^ s.v0
	s.v3 = bits.RotateLeft64(s.v3, 16) ^ s.v2
	s.v0 = bits.RotateLeft64(s.v0, 32)
	s.v2 += s.v1
	s.v0 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 17) ^ s.v2
	s.v3 = bits.RotateLeft64(s.v3, 21) ^ s.v0
	s.v2 = bits.RotateLeft64(s.v2, 32)
}

func (s *sip) block(m uint64) {
	s.v3 ^= m
	s.round()
	s.v0 ^= m
}

// unit feeds the low n bytes of u, little-endian.
func (s *sip) unit(u uint64, n uint) {
	s.m |= u << (8 * s.nb)
	s.nb += n
	s.total += uint64(n)
	if s.nb == 8 {
		s.block(s.m)
		s.m, s.nb = 0, 0
	}
}

func (s *sip) finish() uint64 {
	b := s.total<<56 | s.m
	s.v3 ^= b
	s.round()
	s.v0 ^= b
	s.v2 ^= 0xff
	s.round()
	s.round()
	s.round()
	return s.v0 ^ s.v1 ^ s.v2 ^ s.v3
}

func le64(p string) uint64 {
	_ = p[7]
	return uint64(p[0]) | uint64(p[1])<<8 | uint64(p[2])<<16 | uint64(p[3])<<24 |
		uint64(p[4])<<32 | uint64(p[5])<<40 | uint64(p[6])<<48 | uint64(p[7])<<56
}

// sipString is SipHash-1-3 over the bytes of p (CPython's siphash13).
func sipString(p string) uint64 {
	s := newSip()
	n := len(p)
	for len(p) >= 8 {
		s.block(le64(p))
		p = p[8:]
	}
	var t uint64
	for i := len(p) - 1; i >= 0; i-- {
		t = t<<8 | uint64(p[i])
	}
	s.m = t
	s.total = uint64(n)
	return s.finish()
}

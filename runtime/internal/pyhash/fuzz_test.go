package pyhash

import (
	"encoding/binary"
	"math/big"
	"testing"
)

// refStr hashes s the slow way: its code points written out as the UCS1,
// UCS2 or UCS4 buffer PyUnicode would hold, then SipHash over the buffer.
func refStr(s string) int64 {
	var cps []rune
	maxc := rune(0)
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		cps = append(cps, r)
		maxc = max(maxc, r)
		i += n
	}
	var buf []byte
	for _, r := range cps {
		switch {
		case maxc < 0x100:
			buf = append(buf, byte(r))
		case maxc < 0x10000:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return Bytes(buf)
}

// FuzzStr: any bytes hash without panicking, as the buffered reference
// does, and BigInt agrees with Int on the int64 range.
func FuzzStr(f *testing.F) {
	f.Add("hello", int64(0))
	f.Add("naïve €uro 😀 \xed\xa0\x80", int64(-1))
	f.Add("\xff\xfe", int64(1<<62))
	f.Fuzz(func(t *testing.T, s string, v int64) {
		if got, want := Str(s), refStr(s); got != want {
			t.Errorf("Str(%q) = %d, buffered %d", s, got, want)
		}
		if got, want := BigInt(big.NewInt(v)), Int(v); got != want {
			t.Errorf("BigInt(%d) = %d, Int %d", v, got, want)
		}
	})
}

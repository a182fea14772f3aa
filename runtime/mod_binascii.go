package runtime

import (
	"encoding/base64"
	"hash/crc32"
	"math/big"
)

var bigMask32 = big.NewInt(0xffffffff)

// binascii (Modules/binascii.c): hex, base64 and the CRCs, the parts
// base64, hashlib-free stdlib code and zipfile-style readers use. The
// a2b_* functions take ASCII str too, as CPython's ascii_buffer converter.

var binasciiError *Type

func binasciiErr(msg string) *Exception { return newErr(binasciiError, "%s", msg) }

// binasciiData is the Py_buffer argument of the b2a_* functions.
func binasciiData(v Value) ([]byte, *Exception) {
	b, _, ok := pyBuffer(v)
	if !ok {
		return nil, bytesLikeErr(v)
	}
	return b, nil
}

// binasciiASCII is ascii_buffer_converter: bytes-like, or str of ASCII.
func binasciiASCII(v Value) ([]byte, *Exception) {
	if isStrV(v) {
		s := v.str()
		if !s.ascii {
			return nil, newErr(ValueError, "string argument should contain only ASCII characters")
		}
		return []byte(s.s), nil
	}
	b, _, ok := pyBuffer(v)
	if !ok {
		return nil, newErr(TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", typeName(v))
	}
	return b, nil
}

func newBytesV(b []byte) Value { return obj(&Bytes{Header{BytesType}, b}) }

const hexDigits = "0123456789abcdef"

func hexlifySep(data []byte, sep Value, perSep Value) (Value, *Exception) {
	var sepc byte
	hasSep := false
	if sep.p != nil && !sep.isNone() {
		var sb []byte
		switch {
		case isStrV(sep):
			rs := []rune(sep.str().s)
			if len(rs) == 1 && rs[0] < 256 {
				sb = []byte{byte(rs[0])}
			} else {
				sb = make([]byte, len(rs))
			}
		default:
			b, _, ok := pyBuffer(sep)
			if !ok {
				if _, err := Len(sep); err != nil {
					return Null, err
				}
				return Null, bytesLikeErr(sep)
			}
			sb = b
		}
		if len(sb) != 1 {
			return Null, newErr(ValueError, "sep must be length 1.")
		}
		sepc, hasSep = sb[0], true
	}
	group := 1
	if perSep.p != nil {
		n, err := IndexInt(perSep)
		if err != nil {
			return Null, err
		}
		group = n
	}
	if !hasSep || group == 0 || len(data) == 0 {
		out := make([]byte, 2*len(data))
		for i, c := range data {
			out[2*i], out[2*i+1] = hexDigits[c>>4], hexDigits[c&15]
		}
		return newBytesV(out), nil
	}
	g := abs(group)
	out := make([]byte, 0, 3*len(data))
	for i, c := range data {
		// groups count from the right for a positive bytes_per_sep
		if i > 0 {
			if group > 0 && (len(data)-i)%g == 0 || group < 0 && i%g == 0 {
				out = append(out, sepc)
			}
		}
		out = append(out, hexDigits[c>>4], hexDigits[c&15])
	}
	return newBytesV(out), nil
}

func unhexlify(v Value) (Value, *Exception) {
	b, err := binasciiASCII(v)
	if err != nil {
		return Null, err
	}
	if len(b)%2 != 0 {
		return Null, binasciiErr("Odd-length string")
	}
	out := make([]byte, len(b)/2)
	for i := range out {
		hi, lo := hexVal(b[2*i]), hexVal(b[2*i+1])
		if hi < 0 || lo < 0 {
			return Null, binasciiErr("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return newBytesV(out), nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

var b64Table = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < 64; i++ {
		t[a[i]] = byte(i)
	}
	return
}()

// a2bBase64 is binascii_a2b_base64_impl: invalid characters are skipped
// unless strict, and padding ends the data once a quad can be completed.
func a2bBase64(data []byte, strict bool) (Value, *Exception) {
	out := make([]byte, 0, len(data)/4*3+3)
	quad, pads := 0, 0
	var left byte
	padStarted := false
	if strict && len(data) > 0 && data[0] == '=' {
		return Null, binasciiErr("Leading padding not allowed")
	}
	for i, c := range data {
		if c == '=' {
			padStarted = true
			pads++
			if quad >= 2 && quad+pads >= 4 {
				if strict && i+1 < len(data) {
					return Null, binasciiErr("Excess data after padding")
				}
				return newBytesV(out), nil
			}
			continue
		}
		v := b64Table[c]
		if v == 0xff {
			if strict {
				return Null, binasciiErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return Null, binasciiErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return Null, newErr(binasciiError, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
		}
		return Null, binasciiErr("Incorrect padding")
	}
	return newBytesV(out), nil
}

var crcHqxTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return
}()

func initBinascii() *Module {
	m := NewModule("binascii")
	d := m.dict
	et := newBuiltinType("Error", ValueError)
	et.isExc, et.instDict, et.Module = true, true, "binascii"
	binasciiError = et
	it := newBuiltinType("Incomplete", ExceptionType)
	it.isExc, it.instDict, it.Module = true, true, "binascii"
	d.SetS("Error", obj(et))
	d.SetS("Incomplete", obj(it))
	hexlify := func(name string) Value {
		return goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			var args [3]Value
			if err := parseArgsKw(name, []string{"data", "sep", "bytes_per_sep"}, 1, a, kw, args[:]); err != nil {
				return Null, err
			}
			b, err := binasciiData(args[0])
			if err != nil {
				return Null, err
			}
			return hexlifySep(b, args[1], args[2])
		})
	}
	d.SetS("hexlify", hexlify("hexlify"))
	d.SetS("b2a_hex", hexlify("b2a_hex"))
	unhex := func(name string) Value {
		return goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			var args [1]Value
			if err := parseArgsKw(name, []string{"hexstr"}, 1, a, kw, args[:]); err != nil {
				return Null, err
			}
			return unhexlify(args[0])
		})
	}
	d.SetS("unhexlify", unhex("unhexlify"))
	d.SetS("a2b_hex", unhex("a2b_hex"))
	d.SetS("b2a_base64", goFunc("b2a_base64", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [2]Value
		if err := parseArgsKw("b2a_base64", []string{"data", "newline"}, 1, a, kw, args[:]); err != nil {
			return Null, err
		}
		b, err := binasciiData(args[0])
		if err != nil {
			return Null, err
		}
		nl := true
		if args[1].p != nil {
			if nl, err = Truth(args[1]); err != nil {
				return Null, err
			}
		}
		out := make([]byte, base64.StdEncoding.EncodedLen(len(b)), base64.StdEncoding.EncodedLen(len(b))+1)
		base64.StdEncoding.Encode(out, b)
		if nl {
			out = append(out, '\n')
		}
		return newBytesV(out), nil
	}))
	d.SetS("a2b_base64", goFunc("a2b_base64", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [2]Value
		if err := parseArgsKw("a2b_base64", []string{"data", "strict_mode"}, 1, a, kw, args[:]); err != nil {
			return Null, err
		}
		b, err := binasciiASCII(args[0])
		if err != nil {
			return Null, err
		}
		strict := false
		if args[1].p != nil {
			if strict, err = Truth(args[1]); err != nil {
				return Null, err
			}
		}
		return a2bBase64(b, strict)
	}))
	d.SetS("crc32", goFunc("crc32", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "crc32() takes no keyword arguments")
		}
		if len(a) < 1 || len(a) > 2 {
			return Null, newErr(TypeError, "crc32 expected at least 1 argument, got %d", len(a))
		}
		b, err := binasciiData(a[0])
		if err != nil {
			return Null, err
		}
		var crc uint32
		if len(a) == 2 {
			iv, err := Index(a[1])
			if err != nil {
				return Null, err
			}
			crc = uint32(new(big.Int).And(toBig(iv), bigMask32).Uint64())
		}
		return MakeInt(int64(crc32.Update(crc, crc32.IEEETable, b))), nil
	}))
	d.SetS("crc_hqx", goFunc("crc_hqx", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "crc_hqx() takes no keyword arguments")
		}
		if len(a) != 2 {
			return Null, newErr(TypeError, "crc_hqx expected 2 arguments, got %d", len(a))
		}
		b, err := binasciiData(a[0])
		if err != nil {
			return Null, err
		}
		iv, err := Index(a[1])
		if err != nil {
			return Null, err
		}
		crc := uint16(new(big.Int).And(toBig(iv), bigMask32).Uint64())
		for _, c := range b {
			crc = crc<<8 ^ crcHqxTable[byte(crc>>8)^c]
		}
		return MakeInt(int64(crc)), nil
	}))
	return m
}

func init() { RegisterModule("binascii", initBinascii) }

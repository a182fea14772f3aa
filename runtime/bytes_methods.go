package runtime

import (
	"bytes"
	"math/big"
	"strings"
)

// The bytes and bytearray methods the standard library's binary codecs
// (base64, struct users, quopri-free paths) call, as Objects/bytes_methods.c
// and bytesobject.c do them. Each is installed only where the type lacks
// it, so a fuller implementation registered earlier wins.

func bytesResult(self Value, b []byte) Value {
	if self.Type().IsSubtype(ByteArrayType) {
		return obj(&byteArray{Header{ByteArrayType}, b})
	}
	return newBytesV(b)
}

// bytesArg is a bytes-like argument of a bytes method.
func bytesArg(v Value) ([]byte, *Exception) {
	b, _, ok := pyBuffer(v)
	if !ok {
		return nil, bytesLikeErr(v)
	}
	return b, nil
}

// bytesSubArg is the sub argument of find/count/...: bytes-like or an int byte.
func bytesSubArg(v Value) ([]byte, *Exception) {
	if b, _, ok := pyBuffer(v); ok {
		return b, nil
	}
	if isIntLike(v) || v.p != floatTag && v.Type().lookupS("__index__").p != nil {
		c, err := IndexInt(v)
		if err != nil {
			return nil, err
		}
		if c < 0 || c > 255 {
			return nil, newErr(ValueError, "byte must be in range(0, 256)")
		}
		return []byte{byte(c)}, nil
	}
	return nil, newErr(TypeError, "argument should be integer or bytes-like object, not '%s'", typeName(v))
}

func bytesBounds(n int, args []Value) (int, int, *Exception) {
	lo, hi := 0, n
	for i, p := range []*int{&lo, &hi} {
		if len(args) > i && !args[i].isNone() {
			v, err := IndexInt(args[i])
			if err != nil {
				return 0, 0, err
			}
			if v < 0 {
				v = max(v+n, 0)
			}
			*p = min(v, n)
		}
	}
	return lo, hi, nil
}

var bytesSpace = " \t\n\r\x0b\x0c"

func initBytesMethods() {
	initIntToBytes()
	initMemoryview()
	for _, t := range []*Type{BytesType, ByteArrayType} {
		if t == nil {
			continue
		}
		installBytesMethods(t)
	}
}

func installBytesMethods(t *Type) {
	def := func(name string, min, max int, fn func(self Value, b []byte, args []Value) (Value, *Exception)) {
		if _, ok := t.Dict.GetS(name); ok {
			return
		}
		tname := t.Name
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) == 0 {
				return Null, newErr(TypeError, "descriptor '%s' of '%s' object needs an argument", name, tname)
			}
			if err := nargs(name, a, kw, min, max); err != nil {
				return Null, err
			}
			b, _, _ := pyBuffer(a[0])
			return fn(a[0], b, a[1:])
		})
	}
	mapBytes := func(name string, f func([]byte) []byte) {
		def(name, 0, 0, func(self Value, b []byte, _ []Value) (Value, *Exception) {
			return bytesResult(self, f(b)), nil
		})
	}
	ascii := func(f func(rune) rune) func([]byte) []byte {
		return func(b []byte) []byte {
			out := make([]byte, len(b))
			for i, c := range b {
				if c < 0x80 {
					out[i] = byte(f(rune(c)))
				} else {
					out[i] = c
				}
			}
			return out
		}
	}
	mapBytes("upper", ascii(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}))
	mapBytes("lower", ascii(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}))
	pred := func(name string, ok func(byte) bool) {
		def(name, 0, 0, func(self Value, b []byte, _ []Value) (Value, *Exception) {
			if len(b) == 0 {
				return False, nil
			}
			for _, c := range b {
				if !ok(c) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	isAlpha := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	pred("isalpha", isAlpha)
	pred("isdigit", isDigit)
	pred("isalnum", func(c byte) bool { return isAlpha(c) || isDigit(c) })
	pred("isspace", func(c byte) bool { return strings.IndexByte(bytesSpace, c) >= 0 })
	def("isascii", 0, 0, func(self Value, b []byte, _ []Value) (Value, *Exception) {
		for _, c := range b {
			if c >= 0x80 {
				return False, nil
			}
		}
		return True, nil
	})
	strip := func(name string, left, right bool) {
		def(name, 0, 1, func(self Value, b []byte, args []Value) (Value, *Exception) {
			chars := []byte(bytesSpace)
			if len(args) == 1 && !args[0].isNone() {
				c, err := bytesArg(args[0])
				if err != nil {
					return Null, err
				}
				chars = c
			}
			i, j := 0, len(b)
			if left {
				for i < j && bytes.IndexByte(chars, b[i]) >= 0 {
					i++
				}
			}
			if right {
				for j > i && bytes.IndexByte(chars, b[j-1]) >= 0 {
					j--
				}
			}
			return bytesResult(self, append([]byte{}, b[i:j]...)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	finder := func(name string, rev, raise bool) {
		def(name, 1, 3, func(self Value, b []byte, args []Value) (Value, *Exception) {
			sub, err := bytesSubArg(args[0])
			if err != nil {
				return Null, err
			}
			lo, hi, err := bytesBounds(len(b), args[1:])
			if err != nil {
				return Null, err
			}
			r := -1
			if lo <= hi && hi-lo >= len(sub) {
				if rev {
					r = bytes.LastIndex(b[lo:hi], sub)
				} else {
					r = bytes.Index(b[lo:hi], sub)
				}
				if r >= 0 {
					r += lo
				}
			}
			if r < 0 && raise {
				return Null, newErr(ValueError, "subsection not found")
			}
			return MakeInt(int64(r)), nil
		})
	}
	finder("find", false, false)
	finder("rfind", true, false)
	finder("index", false, true)
	finder("rindex", true, true)
	def("count", 1, 3, func(self Value, b []byte, args []Value) (Value, *Exception) {
		sub, err := bytesSubArg(args[0])
		if err != nil {
			return Null, err
		}
		lo, hi, err := bytesBounds(len(b), args[1:])
		if err != nil {
			return Null, err
		}
		if lo > hi {
			return MakeInt(0), nil
		}
		if len(sub) == 0 {
			return MakeInt(int64(hi - lo + 1)), nil
		}
		return MakeInt(int64(bytes.Count(b[lo:hi], sub))), nil
	})
	affix := func(name string, suffix bool) {
		def(name, 1, 3, func(self Value, b []byte, args []Value) (Value, *Exception) {
			lo, hi, err := bytesBounds(len(b), args[1:])
			if err != nil {
				return Null, err
			}
			var cands []Value
			if isTupleV(args[0]) {
				cands = args[0].tuple().items
			} else {
				cands = []Value{args[0]}
			}
			for _, c := range cands {
				p, _, ok := pyBuffer(c)
				if !ok {
					return Null, newErr(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, typeName(c))
				}
				if lo > hi || hi-lo < len(p) {
					continue
				}
				w := b[lo:hi]
				if suffix && bytes.HasSuffix(w, p) || !suffix && bytes.HasPrefix(w, p) {
					return True, nil
				}
			}
			return False, nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	def("join", 1, 1, func(self Value, b []byte, args []Value) (Value, *Exception) {
		items, err := iterToSlice(args[0])
		if err != nil {
			return Null, err
		}
		var out []byte
		for i, it := range items {
			p, _, ok := pyBuffer(it)
			if !ok {
				return Null, newErr(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(it))
			}
			if i > 0 {
				out = append(out, b...)
			}
			out = append(out, p...)
		}
		if out == nil {
			out = []byte{}
		}
		return bytesResult(self, out), nil
	})
	def("replace", 2, 3, func(self Value, b []byte, args []Value) (Value, *Exception) {
		old, err := bytesArg(args[0])
		if err != nil {
			return Null, err
		}
		nw, err := bytesArg(args[1])
		if err != nil {
			return Null, err
		}
		n := -1
		if len(args) == 3 {
			if n, err = IndexInt(args[2]); err != nil {
				return Null, err
			}
		}
		return bytesResult(self, bytes.Replace(b, old, nw, n)), nil
	})
	def("translate", 1, 2, func(self Value, b []byte, args []Value) (Value, *Exception) {
		var table []byte
		if !args[0].isNone() {
			tb, err := bytesArg(args[0])
			if err != nil {
				return Null, err
			}
			if len(tb) != 256 {
				return Null, newErr(ValueError, "translation table must be 256 characters long")
			}
			table = tb
		}
		var del []byte
		if len(args) == 2 {
			d, err := bytesArg(args[1])
			if err != nil {
				return Null, err
			}
			del = d
		}
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if del != nil && bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return bytesResult(self, out), nil
	})
	split := func(name string, rev bool) {
		if _, ok := t.Dict.GetS(name); ok {
			return
		}
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			var args [2]Value
			if err := parseArgsKw(name, []string{"sep", "maxsplit"}, 0, a[1:], kw, args[:]); err != nil {
				return Null, err
			}
			b, _, _ := pyBuffer(a[0])
			maxs := -1
			if args[1].p != nil {
				n, err := IndexInt(args[1])
				if err != nil {
					return Null, err
				}
				maxs = n
			}
			var parts [][]byte
			if args[0].p == nil || args[0].isNone() {
				f := bytes.Fields(b)
				if maxs >= 0 && len(f) > maxs {
					// keep the rest whole, as split() does
					parts = nil
					rest := b
					for k := 0; k < maxs; k++ {
						rest = bytes.TrimLeft(rest, bytesSpace)
						i := bytes.IndexAny(rest, bytesSpace)
						parts = append(parts, rest[:i])
						rest = rest[i:]
					}
					rest = bytes.TrimLeft(rest, bytesSpace)
					if len(rest) > 0 {
						parts = append(parts, rest)
					}
				} else {
					parts = f
				}
			} else {
				sep, err := bytesArg(args[0])
				if err != nil {
					return Null, err
				}
				if len(sep) == 0 {
					return Null, newErr(ValueError, "empty separator")
				}
				if rev && maxs >= 0 {
					parts = nil
					rest := b
					for k := 0; k < maxs; k++ {
						i := bytes.LastIndex(rest, sep)
						if i < 0 {
							break
						}
						parts = append([][]byte{rest[i+len(sep):]}, parts...)
						rest = rest[:i]
					}
					parts = append([][]byte{rest}, parts...)
				} else {
					parts = bytes.SplitN(b, sep, map[bool]int{true: maxs + 1, false: -1}[maxs >= 0])
				}
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = bytesResult(a[0], append([]byte{}, p...))
			}
			return obj(newList(out)), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	def("removeprefix", 1, 1, func(self Value, b []byte, args []Value) (Value, *Exception) {
		p, err := bytesArg(args[0])
		if err != nil {
			return Null, err
		}
		return bytesResult(self, append([]byte{}, bytes.TrimPrefix(b, p)...)), nil
	})
	def("removesuffix", 1, 1, func(self Value, b []byte, args []Value) (Value, *Exception) {
		p, err := bytesArg(args[0])
		if err != nil {
			return Null, err
		}
		return bytesResult(self, append([]byte{}, bytes.TrimSuffix(b, p)...)), nil
	})
	if _, ok := t.Dict.GetS("maketrans"); !ok {
		t.defAttr("maketrans", obj(&StaticMethod{Header: Header{StaticMethodType}, fn: goFunc("maketrans", func(a []Value, kw *Tuple) (Value, *Exception) {
			if kwCount(kw) > 0 || len(a) != 2 {
				return Null, newErr(TypeError, "maketrans expected 2 arguments, got %d", len(a))
			}
			from, err := bytesArg(a[0])
			if err != nil {
				return Null, err
			}
			to, err := bytesArg(a[1])
			if err != nil {
				return Null, err
			}
			if len(from) != len(to) {
				return Null, newErr(ValueError, "maketrans arguments must have same length")
			}
			tb := make([]byte, 256)
			for i := range tb {
				tb[i] = byte(i)
			}
			for i, c := range from {
				tb[c] = to[i]
			}
			return newBytesV(tb), nil
		})}))
	}
	if _, ok := t.Dict.GetS("fromhex"); !ok {
		tt := t
		t.defAttr("fromhex", obj(&ClassMethod{Header: Header{ClassMethodType}, fn: goFunc("fromhex", func(a []Value, kw *Tuple) (Value, *Exception) {
			if kwCount(kw) > 0 || len(a) != 2 {
				return Null, newErr(TypeError, "fromhex() takes exactly one argument (%d given)", len(a)-1)
			}
			if !isStrV(a[1]) {
				return Null, newErr(TypeError, "fromhex() argument must be str, not %s", typeName(a[1]))
			}
			s := a[1].str().s
			var out []byte
			for i := 0; i < len(s); {
				if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f' {
					i++
					continue
				}
				hi := hexVal(s[i])
				if hi < 0 || i+1 >= len(s) || hexVal(s[i+1]) < 0 {
					pos := i
					if hi >= 0 {
						pos = i + 1
					}
					return Null, newErr(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", wtf8Count(s[:pos]))
				}
				out = append(out, byte(hi<<4|hexVal(s[i+1])))
				i += 2
			}
			if out == nil {
				out = []byte{}
			}
			var r Value
			if tt == ByteArrayType {
				r = obj(&byteArray{Header{ByteArrayType}, out})
			} else {
				r = newBytesV(out)
			}
			if cls := a[0]; cls.p != obj(tt).p {
				return Call(cls, []Value{r}, nil)
			}
			return r, nil
		})}))
	}
}

// initIntToBytes adds int.to_bytes (base64's b32decode and the struct-free
// binary code of the stdlib call it) where int lacks it.
func initIntToBytes() {
	if _, ok := IntType.Dict.GetS("to_bytes"); ok {
		return
	}
	IntType.def("to_bytes", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [3]Value
		if err := parseArgsKw("to_bytes", []string{"length", "byteorder", "signed"}, 0, a[1:], kw, args[:]); err != nil {
			return Null, err
		}
		n := 1
		if args[0].p != nil {
			var err *Exception
			if n, err = IndexInt(args[0]); err != nil {
				return Null, err
			}
			if n < 0 {
				return Null, newErr(ValueError, "length argument must be non-negative")
			}
		}
		order := "big"
		if args[1].p != nil {
			if !isStrV(args[1]) {
				return Null, newErr(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", typeName(args[1]))
			}
			order = args[1].str().s
		}
		if order != "big" && order != "little" {
			return Null, newErr(ValueError, "byteorder must be either 'little' or 'big'")
		}
		signed := false
		if args[2].p != nil {
			var err *Exception
			if signed, err = Truth(args[2]); err != nil {
				return Null, err
			}
		}
		v := toBig(a[0])
		if v.Sign() < 0 && !signed {
			return Null, newErr(OverflowError, "can't convert negative int to unsigned")
		}
		x := new(big.Int).Set(v)
		if v.Sign() < 0 {
			x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
		}
		bits := v.BitLen()
		if signed {
			// two's complement needs a sign bit
			lim := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
			if n == 0 && v.Sign() != 0 || v.Sign() >= 0 && bits >= 8*n && v.Sign() != 0 || v.Sign() < 0 && (x.Sign() < 0 || x.Cmp(new(big.Int).Rsh(lim, 1)) < 0) {
				return Null, newErr(OverflowError, "int too big to convert")
			}
		} else if bits > 8*n {
			return Null, newErr(OverflowError, "int too big to convert")
		}
		out := make([]byte, n)
		x.FillBytes(out)
		if order == "little" {
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return newBytesV(out), nil
	})
}

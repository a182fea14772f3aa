package runtime

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"hash"
	"math/big"
)

// The hash modules hashlib falls back to when there is no _hashlib
// (OpenSSL): _md5, _sha1, _sha2, _sha3 and _blake2, over Go's crypto
// packages and blake2.go. Digests equal CPython's; the objects have the
// C modules' names, attributes and argument errors.

// hasher is one running hash; clone copies its state (hash.copy()).
type hasher interface {
	Write(p []byte)
	Sum() []byte
	clone() hasher
}

type stdHasher struct {
	h   hash.Hash
	new func() hash.Hash
}

func (s *stdHasher) Write(p []byte) { s.h.Write(p) }
func (s *stdHasher) Sum() []byte    { return s.h.Sum(nil) }
func (s *stdHasher) clone() hasher {
	st, err := s.h.(encoding.BinaryMarshaler).MarshalBinary()
	n := s.new()
	if err == nil {
		err = n.(encoding.BinaryUnmarshaler).UnmarshalBinary(st)
	}
	if err != nil {
		panic("hash state copy: " + err.Error())
	}
	return &stdHasher{n, s.new}
}

type shakeHasher struct {
	h   *sha3.SHAKE
	new func() *sha3.SHAKE
}

func (s *shakeHasher) Write(p []byte) { s.h.Write(p) }
func (s *shakeHasher) Sum() []byte    { return nil }
func (s *shakeHasher) clone() hasher {
	st, err := s.h.MarshalBinary()
	n := s.new()
	if err == nil {
		err = n.UnmarshalBinary(st)
	}
	if err != nil {
		panic("hash state copy: " + err.Error())
	}
	return &shakeHasher{n, s.new}
}

// read is SHAKE's digest(length): squeezing a copy leaves the object
// open to more updates.
func (s *shakeHasher) read(n int) []byte {
	c := s.clone().(*shakeHasher)
	out := make([]byte, n)
	c.h.Read(out)
	return out
}

func (d *blake2b) clone() hasher { c := *d; return &c }
func (d *blake2s) clone() hasher { c := *d; return &c }

type hashObj struct {
	Header
	h hasher
}

// hashAlg is what a hash type knows of its algorithm.
type hashAlg struct {
	name       string
	digestSize int
	blockSize  int
	sha3Rate   int // SHA-3's rate in bits (capacity is 1600 - rate); 0 for others
	suffix     byte
	xof        bool
}

var hashAlgs = map[*Type]*hashAlg{}

// bufferBytes is what the buffer protocol would give for v, for hashing;
// str is the error CPython's hash modules give.
func bufferBytes(v Value) ([]byte, *Exception) {
	t := v.Type()
	switch {
	case t == BytesType:
		return v.bytes().b, nil
	case t == StrType || t.IsSubtype(StrType):
		return nil, newErr(TypeError, "Strings must be encoded before hashing")
	case t.IsSubtype(BytesType):
		return v.bytes().b, nil
	case ByteArrayType != nil && t.IsSubtype(ByteArrayType):
		return (*byteArray)(v.p).b, nil
	}
	if b, ok := memoryBytes(v); ok {
		return b, nil
	}
	return nil, newErr(TypeError, "object supporting the buffer API required")
}

// memoryBytes reads a memoryview through its tobytes method, whichever
// helper implements memoryview.
func memoryBytes(v Value) ([]byte, bool) {
	if v.Type().Name != "memoryview" {
		return nil, false
	}
	r, err := CallMethod(v, "tobytes")
	if err != nil || r.Type() != BytesType {
		return nil, false
	}
	return r.bytes().b, true
}

// CallMethod calls o.name(args...).
func CallMethod(o Value, name string, args ...Value) (Value, *Exception) {
	f, err := GetAttr(o, intern(name))
	if err != nil {
		return Null, err
	}
	return Call(f, args, nil)
}

// parseArgs binds a call's arguments to names as a clinic-generated C
// function does: the first posOnly names are positional-only, at most
// maxPos are positional, the first required ones must be given. Missing
// ones are Null.
func parseArgs(fname string, a []Value, kw *Tuple, names []string, posOnly, maxPos, required int) ([]Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	out := make([]Value, len(names))
	if len(pos) > maxPos {
		if maxPos == 0 {
			return nil, newErr(TypeError, "%s() takes no positional arguments", fname)
		}
		if required == maxPos {
			return nil, newErr(TypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), len(pos))
		}
		return nil, newErr(TypeError, "%s() takes at most %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), len(pos))
	}
	copy(out, pos)
	for i, v := range kwv {
		k := kw.items[i].str().s
		j := -1
		for n, name := range names {
			if name == k && n >= posOnly {
				j = n
				break
			}
		}
		if j < 0 {
			return nil, newErr(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if out[j].p != nil {
			return nil, newErr(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
		}
		out[j] = v
	}
	for i := 0; i < required; i++ {
		if out[i].p == nil {
			if i < posOnly {
				return nil, newErr(TypeError, "%s() takes at least %d positional argument%s (%d given)", fname, required, plural(required), len(pos))
			}
			return nil, newErr(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

func newHashType(module, name string, alg *hashAlg) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Module = module
	hashAlgs[t] = alg
	self := func(a []Value, what string) (*hashObj, *Exception) {
		if len(a) == 0 || a[0].Type() != t {
			return nil, newErr(TypeError, "descriptor '%s' requires a '%s.%s' object", what, module, name)
		}
		return (*hashObj)(a[0].p), nil
	}
	def := func(mname string, fn func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception)) {
		t.defAttr(mname, obj(&Builtin{Header{MethodDescrType}, mname, func(a []Value, kw *Tuple) (Value, *Exception) {
			h, err := self(a, mname)
			if err != nil {
				return Null, err
			}
			return fn(h, a[1:], kw)
		}, Null, t}))
	}
	noArgs := func(mname string, a []Value, kw *Tuple) *Exception {
		if kwCount(kw) > 0 {
			return newErr(TypeError, "%s.%s() takes no keyword arguments", alg.name, mname)
		}
		if len(a) != 0 {
			return newErr(TypeError, "%s.%s() takes no arguments (%d given)", alg.name, mname, len(a))
		}
		return nil
	}
	def("update", func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "%s.update() takes no keyword arguments", alg.name)
		}
		if len(a) != 1 {
			return Null, newErr(TypeError, "%s.update() takes exactly one argument (%d given)", alg.name, len(a))
		}
		b, err := bufferBytes(a[0])
		if err != nil {
			return Null, err
		}
		h.h.Write(b)
		return None, nil
	})
	def("copy", func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception) {
		if err := noArgs("copy", a, kw); err != nil {
			return Null, err
		}
		return obj(&hashObj{Header{t}, h.h.clone()}), nil
	})
	if alg.xof {
		length := func(mname string, a []Value, kw *Tuple) (int, *Exception) {
			if kwCount(kw) > 0 {
				return 0, newErr(TypeError, "%s.%s() takes no keyword arguments", alg.name, mname)
			}
			if len(a) != 1 {
				return 0, newErr(TypeError, "%s.%s() takes exactly one argument (%d given)", alg.name, mname, len(a))
			}
			if !isIntLike(a[0]) {
				return 0, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
			}
			n := toBig(a[0])
			if n.Sign() < 0 {
				return 0, newErr(ValueError, "value must be positive")
			}
			if n.Cmp(new(big.Int).SetUint64(1<<64-1)) > 0 {
				return 0, newErr(OverflowError, "Python int too large to convert to C unsigned long")
			}
			if n.Cmp(big.NewInt(1<<30)) > 0 {
				return 0, newErr(ValueError, "length is too large")
			}
			return int(n.Int64()), nil
		}
		def("digest", func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception) {
			n, err := length("digest", a, kw)
			if err != nil {
				return Null, err
			}
			return obj(&Bytes{Header{BytesType}, h.h.(*shakeHasher).read(n)}), nil
		})
		def("hexdigest", func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception) {
			n, err := length("hexdigest", a, kw)
			if err != nil {
				return Null, err
			}
			return NewStr(hex.EncodeToString(h.h.(*shakeHasher).read(n))), nil
		})
	} else {
		def("digest", func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception) {
			if err := noArgs("digest", a, kw); err != nil {
				return Null, err
			}
			return obj(&Bytes{Header{BytesType}, h.h.Sum()}), nil
		})
		def("hexdigest", func(h *hashObj, a []Value, kw *Tuple) (Value, *Exception) {
			if err := noArgs("hexdigest", a, kw); err != nil {
				return Null, err
			}
			return NewStr(hex.EncodeToString(h.h.Sum())), nil
		})
	}
	t.getattr = func(o Value, n *Str) (Value, *Exception) {
		switch n.s {
		case "name":
			return NewStr(alg.name), nil
		case "digest_size":
			if h, ok := o.p, true; ok && h != nil {
				switch x := (*hashObj)(o.p).h.(type) {
				case *blake2b:
					return MakeInt(int64(x.size)), nil
				case *blake2s:
					return MakeInt(int64(x.size)), nil
				}
			}
			return MakeInt(int64(alg.digestSize)), nil
		case "block_size":
			return MakeInt(int64(alg.blockSize)), nil
		}
		if alg.sha3Rate > 0 {
			switch n.s {
			case "_capacity_bits":
				return MakeInt(int64(1600 - alg.sha3Rate)), nil
			case "_rate_bits":
				return MakeInt(int64(alg.sha3Rate)), nil
			case "_suffix":
				return obj(&Bytes{Header{BytesType}, []byte{alg.suffix}}), nil
			}
		}
		return genericGetattr(o, n)
	}
	return t
}

// hashData feeds the constructor's data argument.
func hashData(h hasher, v Value) *Exception {
	if v.p == nil {
		return nil
	}
	b, err := bufferBytes(v)
	if err != nil {
		return err
	}
	h.Write(b)
	return nil
}

func initHashModules() {
	// _md5, _sha1, _sha2: the constructor is a function, the type cannot
	// be called
	fnModule := func(module string, algs ...struct {
		fn, typ, attr string
		alg           *hashAlg
		new           func() hash.Hash
	}) *Module {
		m := NewModule(module)
		for _, a := range algs {
			t := newHashType(module, a.typ, a.alg)
			t.newf = func(t *Type, _ []Value, _ *Tuple) (Value, *Exception) {
				return Null, newErr(TypeError, "cannot create '%s.%s' instances", module, t.Name)
			}
			newFn := a.new
			fname := a.fn
			m.dict.SetS(a.attr, obj(t))
			m.dict.SetS(a.fn, goFunc(a.fn, func(args []Value, kw *Tuple) (Value, *Exception) {
				v, err := parseArgs(fname, args, kw, []string{"string", "usedforsecurity"}, 0, 1, 0)
				if err != nil {
					return Null, err
				}
				h := &stdHasher{newFn(), newFn}
				if err := hashData(h, v[0]); err != nil {
					return Null, err
				}
				return obj(&hashObj{Header{t}, h}), nil
			}))
		}
		return m
	}
	type fa = struct {
		fn, typ, attr string
		alg           *hashAlg
		new           func() hash.Hash
	}
	RegisterModule("_md5", func() *Module {
		return fnModule("_md5", fa{"md5", "md5", "MD5Type", &hashAlg{name: "md5", digestSize: 16, blockSize: 64}, md5.New})
	})
	RegisterModule("_sha1", func() *Module {
		return fnModule("_sha1", fa{"sha1", "sha1", "SHA1Type", &hashAlg{name: "sha1", digestSize: 20, blockSize: 64}, sha1.New})
	})
	RegisterModule("_sha2", func() *Module {
		return fnModule("_sha2",
			fa{"sha224", "SHA224Type", "SHA224Type", &hashAlg{name: "sha224", digestSize: 28, blockSize: 64}, sha256.New224},
			fa{"sha256", "SHA256Type", "SHA256Type", &hashAlg{name: "sha256", digestSize: 32, blockSize: 64}, sha256.New},
			fa{"sha384", "SHA384Type", "SHA384Type", &hashAlg{name: "sha384", digestSize: 48, blockSize: 128}, sha512.New384},
			fa{"sha512", "SHA512Type", "SHA512Type", &hashAlg{name: "sha512", digestSize: 64, blockSize: 128}, sha512.New})
	})
	RegisterModule("_sha3", func() *Module {
		m := NewModule("_sha3")
		m.dict.SetS("implementation", NewStr("HACL"))
		for _, a := range []struct {
			name  string
			size  int
			new   func() hash.Hash
			shake func() *sha3.SHAKE
		}{
			{"sha3_224", 28, func() hash.Hash { return sha3.New224() }, nil},
			{"sha3_256", 32, func() hash.Hash { return sha3.New256() }, nil},
			{"sha3_384", 48, func() hash.Hash { return sha3.New384() }, nil},
			{"sha3_512", 64, func() hash.Hash { return sha3.New512() }, nil},
			{"shake_128", 0, nil, sha3.NewSHAKE128},
			{"shake_256", 0, nil, sha3.NewSHAKE256},
		} {
			alg := &hashAlg{name: a.name, digestSize: a.size, suffix: 0x06, xof: a.shake != nil}
			if a.shake != nil {
				alg.suffix = 0x1f
				alg.sha3Rate = 1344
				if a.name == "shake_256" {
					alg.sha3Rate = 1088
				}
			} else {
				alg.sha3Rate = 1600 - 16*a.size
			}
			alg.blockSize = alg.sha3Rate / 8
			t := newHashType("_sha3", a.name, alg)
			newFn, shake := a.new, a.shake
			t.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
				// CPython 3.13's clinic names every sha3 constructor sha3_224
				v, err := parseArgs("sha3_224", args, kw, []string{"data", "usedforsecurity"}, 1, 1, 0)
				if err != nil {
					return Null, err
				}
				var h hasher
				if shake != nil {
					h = &shakeHasher{shake(), shake}
				} else {
					h = &stdHasher{newFn(), newFn}
				}
				if err := hashData(h, v[0]); err != nil {
					return Null, err
				}
				return obj(&hashObj{Header{t}, h}), nil
			}
			t.init = func(Value, []Value, *Tuple) *Exception { return nil }
			m.dict.SetS(a.name, obj(t))
		}
		return m
	})
	RegisterModule("_blake2", initBlake2)
	if _, ok := goModules["_operator"]; !ok {
		// only what hmac needs; operator.py keeps its pure-Python functions
		RegisterModule("_operator", func() *Module {
			m := NewModule("_operator")
			m.dict.SetS("__doc__", NewStr("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))
			m.dict.SetS("_compare_digest", goFunc("_compare_digest", compareDigest))
			return m
		})
	}
}

func initBlake2() *Module {
	m := NewModule("_blake2")
	for _, b := range []struct {
		name                          string
		digest, key, salt, block, off int
	}{{"blake2b", 64, 64, 16, 128, 64}, {"blake2s", 32, 32, 8, 64, 48}} {
		alg := &hashAlg{name: b.name, digestSize: b.digest, blockSize: b.block}
		t := newHashType("_blake2", b.name, alg)
		up := "BLAKE2" + string(b.name[6]-'a'+'A') + "_"
		for k, v := range map[string]int{"MAX_DIGEST_SIZE": b.digest, "MAX_KEY_SIZE": b.key, "PERSON_SIZE": b.salt, "SALT_SIZE": b.salt} {
			t.defAttr(k, MakeInt(int64(v)))
			m.dict.SetS(up+k, MakeInt(int64(v)))
		}
		spec := b
		t.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
			names := []string{"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
				"node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}
			v, err := parseArgs(spec.name, args, kw, names, 1, 1, 0)
			if err != nil {
				return Null, err
			}
			p := &blake2Params{digestSize: spec.digest, fanout: 1, depth: 1}
			intArg := func(i int, dst *int) *Exception {
				if v[i].p == nil {
					return nil
				}
				if v[i].Type() == FloatType {
					return newErr(TypeError, "'float' object cannot be interpreted as an integer")
				}
				n, err := IndexInt(v[i])
				if err != nil {
					return err
				}
				*dst = n
				return nil
			}
			bufArg := func(i int, dst *[]byte) *Exception {
				if v[i].p == nil {
					return nil
				}
				if v[i].Type() == StrType {
					return newErr(TypeError, "a bytes-like object is required, not 'str'")
				}
				b, err := bufferBytes(v[i])
				if err != nil {
					return newErr(TypeError, "a bytes-like object is required, not '%s'", typeName(v[i]))
				}
				*dst = b
				return nil
			}
			for _, e := range []*Exception{intArg(1, &p.digestSize), bufArg(2, &p.key), bufArg(3, &p.salt),
				bufArg(4, &p.person), intArg(5, &p.fanout), intArg(6, &p.depth), intArg(9, &p.nodeDepth), intArg(10, &p.innerSize)} {
				if e != nil {
					return Null, e
				}
			}
			if v[7].p != nil {
				n, err := IndexInt(v[7])
				if err != nil {
					return Null, err
				}
				if n < 0 || n > 1<<32-1 {
					return Null, newErr(OverflowError, "leaf_size is too large")
				}
				p.leafSize = uint32(n)
			}
			if v[8].p != nil {
				if !isIntLike(v[8]) {
					return Null, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v[8]))
				}
				n := toBig(v[8])
				if n.Sign() < 0 || n.BitLen() > spec.off {
					return Null, newErr(OverflowError, "node_offset is too large")
				}
				p.nodeOffset = n.Uint64()
			}
			if v[11].p != nil {
				ln, err := Truth(v[11])
				if err != nil {
					return Null, err
				}
				p.lastNode = ln
			}
			switch {
			case p.digestSize < 1 || p.digestSize > spec.digest:
				return Null, newErr(ValueError, "digest_size must be between 1 and %d bytes", spec.digest)
			case len(p.salt) > spec.salt:
				return Null, newErr(ValueError, "maximum salt length is %d bytes", spec.salt)
			case len(p.person) > spec.salt:
				return Null, newErr(ValueError, "maximum person length is %d bytes", spec.salt)
			case p.fanout < 0 || p.fanout > 255:
				return Null, newErr(ValueError, "fanout must be between 0 and 255")
			case p.depth <= 0 || p.depth > 255:
				return Null, newErr(ValueError, "depth must be between 1 and 255")
			case p.nodeDepth < 0 || p.nodeDepth > 255:
				return Null, newErr(ValueError, "node_depth must be between 0 and 255")
			case p.innerSize < 0 || p.innerSize > spec.digest:
				return Null, newErr(ValueError, "inner_size must be between 0 and is %d", spec.digest)
			case len(p.key) > spec.key:
				return Null, newErr(ValueError, "maximum key length is %d bytes", spec.key)
			}
			var h hasher
			if spec.name == "blake2b" {
				h = newBlake2b(p)
			} else {
				h = newBlake2s(p)
			}
			if err := hashData(h, v[0]); err != nil {
				return Null, err
			}
			return obj(&hashObj{Header{t}, h}), nil
		}
		t.init = func(Value, []Value, *Tuple) *Exception { return nil }
		m.dict.SetS(b.name, obj(t))
	}
	return m
}

// compareDigest is _operator._compare_digest (hmac.compare_digest): a
// comparison whose time does not depend on where the inputs differ.
func compareDigest(a []Value, kw *Tuple) (Value, *Exception) {
	if err := nargs("_compare_digest", a, kw, 2, 2); err != nil {
		return Null, err
	}
	var x, y []byte
	if a[0].Type().IsSubtype(StrType) && a[1].Type().IsSubtype(StrType) {
		s, t := a[0].str(), a[1].str()
		if !isASCII(s.s) || !isASCII(t.s) {
			return Null, newErr(TypeError, "comparing strings with non-ASCII characters is not supported")
		}
		x, y = []byte(s.s), []byte(t.s)
	} else {
		var e1, e2 *Exception
		x, e1 = bufferBytes(a[0])
		y, e2 = bufferBytes(a[1])
		if e1 != nil || e2 != nil || a[0].Type().IsSubtype(StrType) || a[1].Type().IsSubtype(StrType) {
			return Null, newErr(TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", typeName(a[0]), typeName(a[1]))
		}
	}
	return MakeBool(subtle.ConstantTimeCompare(x, y) == 1), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

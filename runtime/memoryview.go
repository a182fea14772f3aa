package runtime

// A one-dimensional memoryview over bytes, bytearray and array.array: what
// base64's _input_type_check and struct users need (format, itemsize,
// ndim, shape, nbytes, readonly, obj, tobytes, tolist, len, indexing,
// slicing, release). It fills the placeholder memoryview type in place, so
// classes that registered it (_collections_abc) see the same type.

type memView struct {
	Header
	src      Value
	off, n   int // byte range of src's buffer
	format   string
	itemsize int
	readonly bool
	released bool
}

func (m *memView) bytes() []byte {
	b, _, _ := pyBuffer(m.src)
	if m.off+m.n > len(b) {
		return nil
	}
	return b[m.off : m.off+m.n]
}

func (m *memView) item(i int) Value {
	b := m.bytes()[i*m.itemsize:]
	if m.format == "B" {
		return MakeInt(int64(b[0]))
	}
	a := &arrayObj{code: m.format[0], size: m.itemsize, data: b[:m.itemsize]}
	return a.item(0)
}

var memViewType *Type

func initMemoryview() {
	tv, ok := builtinsDict.GetS("memoryview")
	if !ok || tv.Type() != TypeType {
		return
	}
	t := tv.typ()
	if _, ok := t.Dict.GetS("tobytes"); ok {
		return
	}
	memViewType = t
	released := func(m *memView) *Exception {
		if m.released {
			return newErr(ValueError, "operation forbidden on released memoryview object")
		}
		return nil
	}
	t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		var args [1]Value
		if err := parseArgsKw("memoryview", []string{"object"}, 1, a, kw, args[:]); err != nil {
			return Null, err
		}
		src := args[0]
		if src.Type() == t {
			o := *(*memView)(src.p)
			return obj(&o), nil
		}
		b, writable, ok := pyBuffer(src)
		if !ok {
			return Null, newErr(TypeError, "memoryview: a bytes-like object is required, not '%s'", typeName(src))
		}
		m := &memView{Header: Header{t}, src: src, n: len(b), format: "B", itemsize: 1, readonly: !writable}
		if isArray(src) {
			ar := (*arrayObj)(src.p)
			m.format, m.itemsize = string(ar.code), ar.size
		}
		return obj(m), nil
	}
	t.init = func(Value, []Value, *Tuple) *Exception { return nil }
	t.length = func(v Value) (int, *Exception) {
		m := (*memView)(v.p)
		if err := released(m); err != nil {
			return 0, err
		}
		return m.n / m.itemsize, nil
	}
	t.getitem = func(o, k Value) (Value, *Exception) {
		m := (*memView)(o.p)
		if err := released(m); err != nil {
			return Null, err
		}
		cnt := m.n / m.itemsize
		if k.p != intTag && k.Type() == SliceType {
			start, _, step, n, err := (*Slice)(k.p).indices(cnt)
			if err != nil {
				return Null, err
			}
			if step != 1 {
				return Null, newErr(NotImplementedError, "peglab's memoryview has no strided slices")
			}
			r := *m
			r.off, r.n = m.off+start*m.itemsize, n*m.itemsize
			return obj(&r), nil
		}
		i, err := normIndex(k, cnt, "memoryview")
		if err != nil {
			return Null, err
		}
		return m.item(i), nil
	}
	t.iter = func(v Value) (Value, *Exception) {
		m := (*memView)(v.p)
		i := 0
		return obj(&goIter{Header{SeqIterType}, func() (Value, bool, *Exception) {
			if i >= m.n/m.itemsize {
				return Null, false, nil
			}
			i++
			return m.item(i - 1), true, nil
		}}), nil
	}
	t.repr = func(v Value) (Value, *Exception) {
		m := (*memView)(v.p)
		if m.released {
			return NewStr("<released memory at 0x7f0000002000>"), nil
		}
		return NewStr("<memory at 0x7f0000002000>"), nil
	}
	getter := func(name string, f func(m *memView) Value) {
		t.defAttr(name, obj(&GetSet{Header{GetSetType}, name, func(v Value) (Value, *Exception) {
			m := (*memView)(v.p)
			if err := released(m); err != nil {
				return Null, err
			}
			return f(m), nil
		}, nil}))
	}
	getter("format", func(m *memView) Value { return NewStr(m.format) })
	getter("itemsize", func(m *memView) Value { return MakeInt(int64(m.itemsize)) })
	getter("ndim", func(m *memView) Value { return MakeInt(1) })
	getter("shape", func(m *memView) Value { return NewTuple(MakeInt(int64(m.n / m.itemsize))) })
	getter("strides", func(m *memView) Value { return NewTuple(MakeInt(int64(m.itemsize))) })
	getter("nbytes", func(m *memView) Value { return MakeInt(int64(m.n)) })
	getter("readonly", func(m *memView) Value { return MakeBool(m.readonly) })
	getter("obj", func(m *memView) Value { return m.src })
	getter("c_contiguous", func(m *memView) Value { return True })
	getter("contiguous", func(m *memView) Value { return True })
	meth := func(name string, fn func(m *memView, args []Value) (Value, *Exception)) {
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			m := (*memView)(a[0].p)
			if name != "release" && name != "__exit__" {
				if err := released(m); err != nil {
					return Null, err
				}
			}
			return fn(m, a[1:])
		})
	}
	meth("tobytes", func(m *memView, args []Value) (Value, *Exception) {
		return newBytesV(append([]byte{}, m.bytes()...)), nil
	})
	meth("tolist", func(m *memView, args []Value) (Value, *Exception) {
		out := make([]Value, m.n/m.itemsize)
		for i := range out {
			out[i] = m.item(i)
		}
		return obj(newList(out)), nil
	})
	meth("hex", func(m *memView, args []Value) (Value, *Exception) {
		r, err := hexlifySep(m.bytes(), Null, Null)
		if err != nil {
			return Null, err
		}
		return NewStr(string(r.bytes().b)), nil
	})
	meth("release", func(m *memView, args []Value) (Value, *Exception) {
		m.released = true
		return None, nil
	})
	meth("__enter__", func(m *memView, args []Value) (Value, *Exception) { return obj(m), nil })
	meth("__exit__", func(m *memView, args []Value) (Value, *Exception) {
		m.released = true
		return None, nil
	})
	meth("cast", func(m *memView, args []Value) (Value, *Exception) {
		if len(args) != 1 || !isStrV(args[0]) {
			return Null, newErr(TypeError, "memoryview: format argument must be a string")
		}
		f := args[0].str().s
		size, ok := arraySizes[f[0]]
		if len(f) != 1 || !ok && f != "B" {
			return Null, newErr(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		}
		if f == "B" {
			size = 1
		}
		if m.n%size != 0 {
			return Null, newErr(TypeError, "memoryview: length is not a multiple of itemsize")
		}
		r := *m
		r.format, r.itemsize = f, size
		return obj(&r), nil
	})
	t.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if op != cmpEQ && op != cmpNE {
			return NotImplemented, nil
		}
		x := (*memView)(a.p).bytes()
		y, _, ok := pyBuffer(b)
		if b.Type() == t {
			y, ok = (*memView)(b.p).bytes(), true
		}
		if !ok {
			return NotImplemented, nil
		}
		eq := string(x) == string(y)
		return MakeBool(eq == (op == cmpEQ)), nil
	}
}

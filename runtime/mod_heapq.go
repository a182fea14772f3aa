package runtime

// _heapq (Modules/_heapqmodule.c) and _bisect (Modules/_bisectmodule.c):
// the same sifts and binary searches as heapq.py and bisect.py, with the
// comparisons made by the VM directly (a list's items, < through
// RichCompare) instead of by interpreted Python.

func heapLess(a, b Value) (bool, *Exception) {
	if a.p == intTag && b.p == intTag {
		return a.Int() < b.Int(), nil
	}
	if a.p == floatTag && b.p == floatTag {
		return a.Float() < b.Float(), nil
	}
	return Less(a, b)
}

func heapSiftDown(l *List, start, pos int, max bool) *Exception {
	h := l.items
	item := h[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := h[parentpos]
		var lt bool
		var err *Exception
		if max {
			lt, err = heapLess(parent, item)
		} else {
			lt, err = heapLess(item, parent)
		}
		if err != nil {
			return err
		}
		if len(l.items) != len(h) {
			return newErr(RuntimeError, "list changed size during iteration")
		}
		if !lt {
			break
		}
		h[pos] = parent
		pos = parentpos
	}
	h[pos] = item
	return nil
}

func heapSiftUp(l *List, pos int, max bool) *Exception {
	h := l.items
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			var lt bool
			var err *Exception
			if max {
				lt, err = heapLess(h[right], h[child])
			} else {
				lt, err = heapLess(h[child], h[right])
			}
			if err != nil {
				return err
			}
			if len(l.items) != end {
				return newErr(RuntimeError, "list changed size during iteration")
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	return heapSiftDown(l, start, pos, max)
}

func heapList(name string, v Value) (*List, *Exception) {
	if !isListV(v) {
		switch name {
		case "heapify", "heappop", "_heapify_max", "_heappop_max":
			return nil, newErr(TypeError, "%s() argument must be list, not %s", name, typeName(v))
		}
		return nil, newErr(TypeError, "%s() argument 1 must be list, not %s", name, typeName(v))
	}
	return v.list(), nil
}

// heapify is heapify_internal: bottom-up, in the cache-friendly order for
// long lists (so the resulting arrangement is CPython's).
func heapify(l *List, max bool) *Exception {
	n := len(l.items)
	if n > 2500 {
		m := n >> 1
		top := m + 1
		for top&(top-1) != 0 {
			top &= top - 1
		}
		leftmost := top - 1
		mhalf := m >> 1
		run := func(i int) *Exception {
			for j := i; ; j >>= 1 {
				if err := heapSiftUp(l, j, max); err != nil {
					return err
				}
				if j&1 == 0 {
					return nil
				}
			}
		}
		for i := leftmost - 1; i >= mhalf; i-- {
			if err := run(i); err != nil {
				return err
			}
		}
		for i := m - 1; i >= leftmost; i-- {
			if err := run(i); err != nil {
				return err
			}
		}
		return nil
	}
	for i := n/2 - 1; i >= 0; i-- {
		if err := heapSiftUp(l, i, max); err != nil {
			return err
		}
	}
	return nil
}

func heapArgs(name string, a []Value, kw *Tuple, n int) *Exception {
	if kwCount(kw) > 0 {
		return newErr(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(a) != n {
		if n == 1 {
			return newErr(TypeError, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		return newErr(TypeError, "%s expected %d arguments, got %d", name, n, len(a))
	}
	return nil
}

func initHeapq() *Module {
	m := NewModule("_heapq")
	d := m.dict
	def := func(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) { d.SetS(name, goFunc(name, fn)) }
	def("heappush", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := heapArgs("heappush", a, kw, 2); err != nil {
			return Null, err
		}
		l, err := heapList("heappush", a[0])
		if err != nil {
			return Null, err
		}
		l.items = append(l.items, a[1])
		return None, heapSiftDown(l, 0, len(l.items)-1, false)
	})
	pop := func(name string, max bool) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := heapArgs(name, a, kw, 1); err != nil {
				return Null, err
			}
			l, err := heapList(name, a[0])
			if err != nil {
				return Null, err
			}
			n := len(l.items)
			if n == 0 {
				return Null, newErr(IndexError, "index out of range")
			}
			last := l.items[n-1]
			l.items[n-1] = Null
			l.items = l.items[:n-1]
			if n == 1 {
				return last, nil
			}
			r := l.items[0]
			l.items[0] = last
			return r, heapSiftUp(l, 0, max)
		})
	}
	pop("heappop", false)
	pop("_heappop_max", true)
	replace := func(name string, max bool) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := heapArgs(name, a, kw, 2); err != nil {
				return Null, err
			}
			l, err := heapList(name, a[0])
			if err != nil {
				return Null, err
			}
			if len(l.items) == 0 {
				return Null, newErr(IndexError, "index out of range")
			}
			r := l.items[0]
			l.items[0] = a[1]
			return r, heapSiftUp(l, 0, max)
		})
	}
	replace("heapreplace", false)
	replace("_heapreplace_max", true)
	def("heappushpop", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := heapArgs("heappushpop", a, kw, 2); err != nil {
			return Null, err
		}
		l, err := heapList("heappushpop", a[0])
		if err != nil {
			return Null, err
		}
		if len(l.items) == 0 {
			return a[1], nil
		}
		lt, err := heapLess(l.items[0], a[1])
		if err != nil {
			return Null, err
		}
		if !lt {
			return a[1], nil
		}
		if len(l.items) == 0 {
			return Null, newErr(IndexError, "index out of range")
		}
		r := l.items[0]
		l.items[0] = a[1]
		return r, heapSiftUp(l, 0, false)
	})
	hfy := func(name string, max bool) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := heapArgs(name, a, kw, 1); err != nil {
				return Null, err
			}
			l, err := heapList(name, a[0])
			if err != nil {
				return Null, err
			}
			return None, heapify(l, max)
		})
	}
	hfy("heapify", false)
	hfy("_heapify_max", true)
	d.SetS("__about__", NewStr("Heap queues"))
	return m
}

// bisectFind is internal_bisect_right/left over any sequence.
func bisectFind(name string, a []Value, kw *Tuple, right bool) (seq, x Value, lo int, err *Exception) {
	var args [5]Value
	if err := parseArgsKw(name, []string{"a", "x", "lo", "hi", "key"}, 2, a, kw, args[:]); err != nil {
		return Null, Null, 0, err
	}
	seq, x = args[0], args[1]
	lo = 0
	if args[2].p != nil {
		if lo, err = argSsize(args[2]); err != nil {
			return
		}
		if lo < 0 {
			return Null, Null, 0, newErr(ValueError, "lo must be non-negative")
		}
	}
	hi := -1
	if args[3].p != nil && !args[3].isNone() {
		if hi, err = argSsize(args[3]); err != nil {
			return
		}
	}
	if hi == -1 {
		if hi, err = Len(seq); err != nil {
			return
		}
	}
	key := args[4]
	hasKey := key.p != nil && !key.isNone()
	xk := x
	if hasKey && (name == "insort_right" || name == "insort_left") {
		if xk, err = Call(key, []Value{x}, nil); err != nil {
			return
		}
	}
	var items []Value
	if isListV(seq) {
		items = seq.list().items
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var it Value
		if items != nil && isListV(seq) && mid < len(seq.list().items) {
			it = seq.list().items[mid]
		} else if it, err = GetItem(seq, MakeInt(int64(mid))); err != nil {
			return
		}
		if hasKey {
			if it, err = Call(key, []Value{it}, nil); err != nil {
				return
			}
		}
		var lt bool
		if right {
			lt, err = heapLess(xk, it)
		} else {
			lt, err = heapLess(it, xk)
		}
		if err != nil {
			return
		}
		if lt == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return seq, x, lo, nil
}

func initBisect() *Module {
	m := NewModule("_bisect")
	d := m.dict
	for _, b := range []struct {
		name  string
		right bool
	}{{"bisect_right", true}, {"bisect_left", false}} {
		b := b
		d.SetS(b.name, goFunc(b.name, func(a []Value, kw *Tuple) (Value, *Exception) {
			_, _, lo, err := bisectFind(b.name, a, kw, b.right)
			if err != nil {
				return Null, err
			}
			return MakeInt(int64(lo)), nil
		}))
		iname := "insort_" + map[bool]string{true: "right", false: "left"}[b.right]
		d.SetS(iname, goFunc(iname, func(a []Value, kw *Tuple) (Value, *Exception) {
			seq, x, lo, err := bisectFind(iname, a, kw, b.right)
			if err != nil {
				return Null, err
			}
			if seq.Type() == ListType {
				l := seq.list()
				l.items = append(l.items, Null)
				copy(l.items[lo+1:], l.items[lo:])
				l.items[lo] = x
				return None, nil
			}
			ins, err := GetAttr(seq, intern("insert"))
			if err != nil {
				return Null, err
			}
			if _, err := Call(ins, []Value{MakeInt(int64(lo)), x}, nil); err != nil {
				return Null, err
			}
			return None, nil
		}))
	}
	return m
}

func init() {
	RegisterModule("_heapq", initHeapq)
	RegisterModule("_bisect", initBisect)
}

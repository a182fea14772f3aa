package runtime

// itertools, CPython's Modules/itertoolsmodule.c: each iterator is a type
// of its own (so type(x).__name__ and isinstance are CPython's) whose
// objects hold the Go closure that makes the next item.

type goIter struct {
	Header
	next func() (Value, bool, *Exception)
}

func goIterNext(v Value) (Value, bool, *Exception) {
	it := (*goIter)(v.p)
	if it.next == nil {
		return Null, false, nil
	}
	r, ok, err := it.next()
	if !ok || err != nil {
		it.next = nil
	}
	return r, ok, err
}

// newIterType makes an iterator type of module mod whose constructor is mk.
func newIterType(mod, name string, mk func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception)) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Module = mod
	t.iter = selfIter
	t.next = goIterNext
	t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		var km map[string]Value
		if names := kwItems(kw); len(names) > 0 {
			km = map[string]Value{}
			for i, k := range names {
				km[k] = kwv[i]
			}
		}
		f, err := mk(t, pos, km)
		if err != nil {
			return Null, err
		}
		return obj(&goIter{Header{t}, f}), nil
	}
	return t
}

func goFunc(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) Value {
	return obj(&Builtin{Header{BuiltinType}, name, fn, Null, nil})
}

func iters(vs []Value) ([]Value, *Exception) {
	r := make([]Value, len(vs))
	for i, v := range vs {
		it, err := GetIter(v)
		if err != nil {
			return nil, err
		}
		r[i] = it
	}
	return r, nil
}

func argN(name string, pos []Value, min, max int) *Exception {
	if len(pos) < min {
		if min == max {
			return newErr(TypeError, "%s expected %d argument%s, got %d", name, min, itPlural(min), len(pos))
		}
		return newErr(TypeError, "%s expected at least %d argument%s, got %d", name, min, itPlural(min), len(pos))
	}
	if max >= 0 && len(pos) > max {
		return newErr(TypeError, "%s expected at most %d argument%s, got %d", name, max, itPlural(max), len(pos))
	}
	return nil
}

func itPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func chainOf(its Value) func() (Value, bool, *Exception) {
	var cur Value
	return func() (Value, bool, *Exception) {
		for {
			if cur.p == nil {
				src, ok, err := Next(its)
				if !ok || err != nil {
					return Null, false, err
				}
				if cur, err = GetIter(src); err != nil {
					return Null, false, err
				}
			}
			x, ok, err := Next(cur)
			if err != nil {
				return Null, false, err
			}
			if ok {
				return x, true, nil
			}
			cur = Null
		}
	}
}

func initItertools() *Module {
	m := NewModule("itertools")
	d := m.dict
	add := func(t *Type) { d.SetS(t.Name, obj(t)) }
	chain := newIterType("itertools", "chain", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if len(kw) > 0 {
			return nil, newErr(TypeError, "chain() takes no keyword arguments")
		}
		its, _ := GetIter(NewTuple(pos...))
		return chainOf(its), nil
	})
	chain.defAttr("from_iterable", obj(&ClassMethod{Header: Header{ClassMethodType}, fn: goFunc("from_iterable", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "chain.from_iterable() takes exactly one argument (%d given)", len(a)-1)
		}
		its, err := GetIter(a[1])
		if err != nil {
			return Null, err
		}
		return obj(&goIter{Header{a[0].typ()}, chainOf(its)}), nil
	})}))
	add(chain)
	add(newIterType("itertools", "count", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		cur, step := MakeInt(0), MakeInt(1)
		if len(pos) > 0 {
			cur = pos[0]
		}
		if len(pos) > 1 {
			step = pos[1]
		}
		if v, ok := kw["start"]; ok {
			cur = v
		}
		if v, ok := kw["step"]; ok {
			step = v
		}
		return func() (Value, bool, *Exception) {
			r := cur
			n, err := BinaryOp(cur, step, nbAdd)
			if err != nil {
				return Null, false, err
			}
			cur = n
			return r, true, nil
		}, nil
	}))
	add(newIterType("itertools", "repeat", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if v, ok := kw["object"]; ok {
			pos = append([]Value{v}, pos...)
		}
		if v, ok := kw["times"]; ok {
			pos = append(pos, v)
		}
		if err := argN("repeat", pos, 1, 2); err != nil {
			return nil, err
		}
		o := pos[0]
		n := -1
		if len(pos) > 1 {
			k, err := IndexInt(pos[1])
			if err != nil {
				return nil, err
			}
			n = max(k, 0)
		}
		return func() (Value, bool, *Exception) {
			if n == 0 {
				return Null, false, nil
			}
			if n > 0 {
				n--
			}
			return o, true, nil
		}, nil
	}))
	add(newIterType("itertools", "cycle", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if err := argN("cycle", pos, 1, 1); err != nil {
			return nil, err
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return nil, err
		}
		var saved []Value
		i := -1
		return func() (Value, bool, *Exception) {
			if i < 0 {
				x, ok, err := Next(it)
				if err != nil {
					return Null, false, err
				}
				if ok {
					saved = append(saved, x)
					return x, true, nil
				}
				if len(saved) == 0 {
					return Null, false, nil
				}
				i = 0
			}
			x := saved[i]
			i = (i + 1) % len(saved)
			return x, true, nil
		}, nil
	}))
	add(newIterType("itertools", "accumulate", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if v, ok := kw["iterable"]; ok {
			pos = append([]Value{v}, pos...)
		}
		if err := argN("accumulate", pos, 1, 2); err != nil {
			return nil, err
		}
		fn := None
		if len(pos) > 1 {
			fn = pos[1]
		}
		if v, ok := kw["func"]; ok {
			fn = v
		}
		var total Value
		if v, ok := kw["initial"]; ok && !v.isNone() {
			total = v
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return nil, err
		}
		first := total.p != nil
		return func() (Value, bool, *Exception) {
			if first {
				first = false
				return total, true, nil
			}
			x, ok, err := Next(it)
			if !ok || err != nil {
				return Null, false, err
			}
			if total.p == nil {
				total = x
			} else if fn.isNone() {
				if total, err = BinaryOp(total, x, nbAdd); err != nil {
					return Null, false, err
				}
			} else if total, err = Call(fn, []Value{total, x}, nil); err != nil {
				return Null, false, err
			}
			return total, true, nil
		}, nil
	}))
	add(newIterType("itertools", "compress", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if err := argN("compress", pos, 2, 2); err != nil {
			return nil, err
		}
		its, err := iters(pos)
		if err != nil {
			return nil, err
		}
		return func() (Value, bool, *Exception) {
			for {
				x, ok, err := Next(its[0])
				if !ok || err != nil {
					return Null, false, err
				}
				s, ok, err := Next(its[1])
				if !ok || err != nil {
					return Null, false, err
				}
				b, err := Truth(s)
				if err != nil {
					return Null, false, err
				}
				if b {
					return x, true, nil
				}
			}
		}, nil
	}))
	pred := func(name string, keep func(bool, *int) (yield, stop bool)) {
		add(newIterType("itertools", name, func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
			if err := argN(name, pos, 2, 2); err != nil {
				return nil, err
			}
			it, err := GetIter(pos[1])
			if err != nil {
				return nil, err
			}
			fn := pos[0]
			state := 0
			return func() (Value, bool, *Exception) {
				for {
					x, ok, err := Next(it)
					if !ok || err != nil {
						return Null, false, err
					}
					var r Value
					if fn.isNone() {
						r = x
					} else if r, err = Call(fn, []Value{x}, nil); err != nil {
						return Null, false, err
					}
					b, err := Truth(r)
					if err != nil {
						return Null, false, err
					}
					y, stop := keep(b, &state)
					if stop {
						return Null, false, nil
					}
					if y {
						return x, true, nil
					}
				}
			}, nil
		}))
	}
	pred("dropwhile", func(b bool, st *int) (bool, bool) {
		if *st == 0 && b {
			return false, false
		}
		*st = 1
		return true, false
	})
	pred("takewhile", func(b bool, st *int) (bool, bool) { return b, !b })
	pred("filterfalse", func(b bool, st *int) (bool, bool) { return !b, false })
	add(newIterType("itertools", "starmap", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if err := argN("starmap", pos, 2, 2); err != nil {
			return nil, err
		}
		it, err := GetIter(pos[1])
		if err != nil {
			return nil, err
		}
		fn := pos[0]
		return func() (Value, bool, *Exception) {
			x, ok, err := Next(it)
			if !ok || err != nil {
				return Null, false, err
			}
			args, err := iterToSlice(x)
			if err != nil {
				return Null, false, err
			}
			r, err := Call(fn, args, nil)
			return r, err == nil, err
		}, nil
	}))
	add(newIterType("itertools", "islice", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if err := argN("islice", pos, 2, 4); err != nil {
			return nil, err
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return nil, err
		}
		idx := func(v Value, def int, what string) (int, *Exception) {
			if v.isNone() {
				return def, nil
			}
			n, err := IndexInt(v)
			if err != nil || n < 0 {
				return 0, newErr(ValueError, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
			}
			return n, nil
		}
		start, stop, step := 0, -1, 1
		if len(pos) == 2 {
			if stop, err = idx(pos[1], -1, "Stop"); err != nil {
				return nil, err
			}
		} else {
			if start, err = idx(pos[1], 0, "Indices"); err != nil {
				return nil, err
			}
			if stop, err = idx(pos[2], -1, "Stop"); err != nil {
				return nil, err
			}
			if len(pos) == 4 {
				if step, err = idx(pos[3], 1, "Step"); err != nil {
					return nil, err
				}
				if step == 0 {
					return nil, newErr(ValueError, "Step for islice() must be a positive integer or None.")
				}
			}
		}
		i, next := 0, start
		return func() (Value, bool, *Exception) {
			for {
				if stop >= 0 && next >= stop {
					return Null, false, nil
				}
				x, ok, err := Next(it)
				if !ok || err != nil {
					return Null, false, err
				}
				i++
				if i-1 == next {
					next += step
					return x, true, nil
				}
			}
		}, nil
	}))
	add(newIterType("itertools", "pairwise", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if err := argN("pairwise", pos, 1, 1); err != nil {
			return nil, err
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return nil, err
		}
		var prev Value
		return func() (Value, bool, *Exception) {
			if prev.p == nil {
				x, ok, err := Next(it)
				if !ok || err != nil {
					return Null, false, err
				}
				prev = x
			}
			x, ok, err := Next(it)
			if !ok || err != nil {
				return Null, false, err
			}
			r := NewTuple(prev, x)
			prev = x
			return r, true, nil
		}, nil
	}))
	add(newIterType("itertools", "batched", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if v, ok := kw["n"]; ok {
			pos = append(pos, v)
		}
		if err := argN("batched", pos, 2, 2); err != nil {
			return nil, err
		}
		n, err := IndexInt(pos[1])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, newErr(ValueError, "n must be at least one")
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return nil, err
		}
		return func() (Value, bool, *Exception) {
			var b []Value
			for len(b) < n {
				x, ok, err := Next(it)
				if err != nil {
					return Null, false, err
				}
				if !ok {
					break
				}
				b = append(b, x)
			}
			if len(b) == 0 {
				return Null, false, nil
			}
			return obj(newTuple(b)), true, nil
		}, nil
	}))
	add(newIterType("itertools", "zip_longest", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		fill := None
		if v, ok := kw["fillvalue"]; ok {
			fill = v
		}
		its, err := iters(pos)
		if err != nil {
			return nil, err
		}
		active := len(its)
		return func() (Value, bool, *Exception) {
			if active == 0 {
				return Null, false, nil
			}
			r := make([]Value, len(its))
			for i, it := range its {
				if it.p == nil {
					r[i] = fill
					continue
				}
				x, ok, err := Next(it)
				if err != nil {
					return Null, false, err
				}
				if !ok {
					its[i] = Null
					active--
					if active == 0 {
						return Null, false, nil
					}
					x = fill
				}
				r[i] = x
			}
			return obj(newTuple(r)), true, nil
		}, nil
	}))
	add(newIterType("itertools", "product", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		rep := 1
		if v, ok := kw["repeat"]; ok {
			n, err := IndexInt(v)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, newErr(ValueError, "repeat argument cannot be negative")
			}
			rep = n
		}
		var pools [][]Value
		for _, p := range pos {
			items, err := iterToSlice(p)
			if err != nil {
				return nil, err
			}
			pools = append(pools, items)
		}
		var all [][]Value
		for i := 0; i < rep; i++ {
			all = append(all, pools...)
		}
		idx := make([]int, len(all))
		done := false
		for _, p := range all {
			if len(p) == 0 {
				done = true
			}
		}
		first := true
		return func() (Value, bool, *Exception) {
			if done {
				return Null, false, nil
			}
			if !first {
				i := len(idx) - 1
				for ; i >= 0; i-- {
					idx[i]++
					if idx[i] < len(all[i]) {
						break
					}
					idx[i] = 0
				}
				if i < 0 {
					done = true
					return Null, false, nil
				}
			}
			first = false
			r := make([]Value, len(idx))
			for i, j := range idx {
				r[i] = all[i][j]
			}
			return obj(newTuple(r)), true, nil
		}, nil
	}))
	// combinatorics over index vectors, as the Python equivalents in the docs
	combo := func(name string, step func(idx []int, n int) bool, init func(n, r int) []int, valid func(n, r int) bool) {
		add(newIterType("itertools", name, func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
			if v, ok := kw["iterable"]; ok {
				pos = append([]Value{v}, pos...)
			}
			if v, ok := kw["r"]; ok {
				pos = append(pos, v)
			}
			pool, err := iterToSlice(pos[0])
			if err != nil {
				return nil, err
			}
			n := len(pool)
			r := -1
			if len(pos) > 1 && !pos[1].isNone() {
				if r, err = IndexInt(pos[1]); err != nil {
					return nil, err
				}
				if r < 0 {
					return nil, newErr(ValueError, "r must be non-negative")
				}
			} else if name != "permutations" {
				return nil, newErr(TypeError, "%s() missing required argument 'r' (pos 2)", name)
			}
			if r < 0 {
				r = n
			}
			done := !valid(n, r)
			var idx []int
			first := true
			return func() (Value, bool, *Exception) {
				if done {
					return Null, false, nil
				}
				if first {
					idx = init(n, r)
					first = false
				} else if !step(idx, n) {
					done = true
					return Null, false, nil
				}
				out := make([]Value, r)
				for i := 0; i < r; i++ {
					out[i] = pool[idx[i]]
				}
				return obj(newTuple(out)), true, nil
			}, nil
		}))
	}
	combo("combinations", func(idx []int, n int) bool {
		r := len(idx)
		i := r - 1
		for ; i >= 0 && idx[i] == i+n-r; i-- {
		}
		if i < 0 {
			return false
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			idx[j] = idx[j-1] + 1
		}
		return true
	}, func(n, r int) []int {
		idx := make([]int, r)
		for i := range idx {
			idx[i] = i
		}
		return idx
	}, func(n, r int) bool { return r <= n })
	combo("combinations_with_replacement", func(idx []int, n int) bool {
		r := len(idx)
		i := r - 1
		for ; i >= 0 && idx[i] == n-1; i-- {
		}
		if i < 0 {
			return false
		}
		v := idx[i] + 1
		for j := i; j < r; j++ {
			idx[j] = v
		}
		return true
	}, func(n, r int) []int { return make([]int, r) }, func(n, r int) bool { return n > 0 || r == 0 })
	// permutations keeps the full index order in idx[r:] (lexicographic
	// next-permutation of the first r positions)
	add(newIterType("itertools", "permutations", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if v, ok := kw["iterable"]; ok {
			pos = append([]Value{v}, pos...)
		}
		if v, ok := kw["r"]; ok {
			pos = append(pos, v)
		}
		if err := argN("permutations", pos, 1, 2); err != nil {
			return nil, err
		}
		pool, err := iterToSlice(pos[0])
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r := n
		if len(pos) > 1 && !pos[1].isNone() {
			if r, err = IndexInt(pos[1]); err != nil {
				return nil, err
			}
			if r < 0 {
				return nil, newErr(ValueError, "r must be non-negative")
			}
		}
		done := r > n
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, r)
		for i := range cycles {
			cycles[i] = n - i
		}
		first := true
		emit := func() Value {
			out := make([]Value, r)
			for i := 0; i < r; i++ {
				out[i] = pool[indices[i]]
			}
			return obj(newTuple(out))
		}
		return func() (Value, bool, *Exception) {
			if done {
				return Null, false, nil
			}
			if first {
				first = false
				return emit(), true, nil
			}
			for i := r - 1; i >= 0; i-- {
				cycles[i]--
				if cycles[i] == 0 {
					x := indices[i]
					copy(indices[i:], indices[i+1:])
					indices[n-1] = x
					cycles[i] = n - i
				} else {
					j := cycles[i]
					indices[i], indices[n-j] = indices[n-j], indices[i]
					return emit(), true, nil
				}
			}
			done = true
			return Null, false, nil
		}, nil
	}))
	grouper := newBuiltinType("_grouper", ObjectType)
	grouper.Module = "itertools"
	grouper.iter = selfIter
	grouper.next = goIterNext
	add(newIterType("itertools", "groupby", func(t *Type, pos []Value, kw map[string]Value) (func() (Value, bool, *Exception), *Exception) {
		if v, ok := kw["iterable"]; ok {
			pos = append([]Value{v}, pos...)
		}
		key := None
		if len(pos) > 1 {
			key = pos[1]
		}
		if v, ok := kw["key"]; ok {
			key = v
		}
		if len(pos) < 1 {
			return nil, newErr(TypeError, "groupby() missing required argument 'iterable' (pos 1)")
		}
		it, err := GetIter(pos[0])
		if err != nil {
			return nil, err
		}
		var curKey, curVal, tgtKey Value
		exhausted := false
		gen := 0
		step := func() (bool, *Exception) {
			x, ok, err := Next(it)
			if !ok || err != nil {
				exhausted = true
				return false, err
			}
			k := x
			if !key.isNone() {
				if k, err = Call(key, []Value{x}, nil); err != nil {
					return false, err
				}
			}
			curVal, curKey = x, k
			return true, nil
		}
		return func() (Value, bool, *Exception) {
			gen++
			// skip to the next key
			for {
				if curKey.p == nil {
					if exhausted {
						return Null, false, nil
					}
					ok, err := step()
					if !ok || err != nil {
						return Null, false, err
					}
				}
				if tgtKey.p == nil {
					break
				}
				eq, err := Equal(tgtKey, curKey)
				if err != nil {
					return Null, false, err
				}
				if !eq {
					break
				}
				curKey = Null
			}
			tgtKey = curKey
			myGen, myKey := gen, tgtKey
			g := &goIter{Header{grouper}, func() (Value, bool, *Exception) {
				if myGen != gen {
					return Null, false, nil
				}
				if curKey.p == nil {
					if exhausted {
						return Null, false, nil
					}
					ok, err := step()
					if !ok || err != nil {
						return Null, false, err
					}
				}
				eq, err := Equal(myKey, curKey)
				if err != nil {
					return Null, false, err
				}
				if !eq {
					return Null, false, nil
				}
				r := curVal
				curKey = Null
				return r, true, nil
			}}
			return NewTuple(tgtKey, obj(g)), true, nil
		}, nil
	}))
	d.SetS("tee", goFunc("tee", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 1 || len(a) > 2 {
			return Null, newErr(TypeError, "tee expected at most 2 arguments, got %d", len(a))
		}
		n := 2
		if len(a) == 2 {
			k, err := IndexInt(a[1])
			if err != nil {
				return Null, err
			}
			if k < 0 {
				return Null, newErr(ValueError, "n must be >= 0")
			}
			n = k
		}
		it, err := GetIter(a[0])
		if err != nil {
			return Null, err
		}
		var buf []Value
		base := 0
		pos := make([]int, n)
		out := make([]Value, n)
		for i := 0; i < n; i++ {
			i := i
			out[i] = obj(&goIter{Header{teeType}, func() (Value, bool, *Exception) {
				if pos[i]-base == len(buf) {
					x, ok, err := Next(it)
					if !ok || err != nil {
						return Null, false, err
					}
					buf = append(buf, x)
				}
				x := buf[pos[i]-base]
				pos[i]++
				// drop what every copy has passed
				lo := pos[0]
				for _, p := range pos {
					lo = min(lo, p)
				}
				if lo > base {
					buf = buf[lo-base:]
					base = lo
				}
				return x, true, nil
			}})
		}
		return obj(newTuple(out)), nil
	}))
	return m
}

var teeType *Type

func initGoModules() {
	teeType = newBuiltinType("_tee", ObjectType)
	teeType.Module = "itertools"
	teeType.iter = selfIter
	teeType.next = goIterNext
	itm := initItertools()
	RegisterModule("itertools", func() *Module { return itm })
	initGenerics()
	initPosix()
	initIO()
	RegisterModule("_random", initRandom)
	initIntBytes()
	initOSErrorAttrs()
	initMoreModules()
	initDescrTypes()
	initTypeDunders()
	initDescrDunders()
	initBytesMethods()
}

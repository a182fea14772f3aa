package runtime

import (
	"strings"

	"github.com/peglab/peglab/runtime/internal/hashtab"
	"github.com/peglab/peglab/runtime/internal/pyhash"
)

// Set is a set or frozenset: a Dict whose values are unused (placeholder:
// iteration order is insertion order until htab's set table lands).
type Set struct {
	Header
	t *hashtab.Set[Value]
}

// valueEq is the tables' equality: PyObject_RichCompareBool.
func valueEq(stored, key Value) (bool, error) {
	eq, err := keyEq(stored, key)
	if err != nil {
		return false, err
	}
	return eq, nil
}

func asExc(err error) *Exception {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Exception); ok {
		return e
	}
	if err == hashtab.ErrSetChangedSize {
		return newErr(RuntimeError, "Set changed size during iteration")
	}
	return newErr(RuntimeError, "%s", err.Error())
}

func (s *Set) has(v Value) (bool, *Exception) {
	h, err := Hash(v)
	if err != nil {
		return false, err
	}
	ok, e := s.t.Contains(v, h, valueEq)
	return ok, asExc(e)
}

func (s *Set) discard(v Value) (bool, *Exception) {
	h, err := Hash(v)
	if err != nil {
		return false, err
	}
	ok, e := s.t.Discard(v, h, valueEq)
	return ok, asExc(e)
}

type setIter struct {
	Header
	s   *Set
	pos int
	n   int
}

var SetIterType, RangeIterType *Type

func newSet(t *Type) *Set { return &Set{Header{t}, hashtab.NewSet[Value]()} }

func isSetType(v Value) bool {
	t := v.Type()
	return t == SetType || t == FrozenSetType || t.IsSubtype(SetType) || t.IsSubtype(FrozenSetType)
}

func (s *Set) add(v Value) *Exception {
	h, err := Hash(v)
	if err != nil {
		return err
	}
	return asExc(s.t.Add(v, h, valueEq))
}

func setFrom(t *Type, v Value) (*Set, *Exception) {
	s := newSet(t)
	if v.p == nil {
		return s, nil
	}
	if isSetType(v) {
		cp, err := v.set().t.Copy(valueEq)
		if err != nil {
			return nil, asExc(err)
		}
		s.t = cp
		return s, nil
	}
	items, err := iterToSlice(v)
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		if err := s.add(x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Set) keys() []Value {
	out := make([]Value, 0, s.t.Len())
	for pos := 0; ; pos++ {
		var k Value
		pos, k, _ = s.t.Next(pos)
		if pos < 0 {
			return out
		}
		out = append(out, k)
	}
}

func setBinop(op int) binFunc {
	return func(a, b Value) (Value, *Exception) {
		if !isSetType(a) || !isSetType(b) {
			return NotImplemented, nil
		}
		x, y := a.set().t, b.set().t
		var r *hashtab.Set[Value]
		var err error
		switch op {
		case nbOr:
			r, err = x.Union(y, valueEq)
		case nbAnd:
			r, err = x.Intersection(y, valueEq)
		case nbSub:
			r, err = x.Difference(y, valueEq)
		case nbXor:
			r, err = x.SymmetricDifference(y, valueEq)
		}
		if err != nil {
			return Null, asExc(err)
		}
		t := a.Type()
		if t != SetType && t != FrozenSetType {
			t = SetType // a subclass's result is its base's type, as set_or/frozenset do
			if a.Type().IsSubtype(FrozenSetType) {
				t = FrozenSetType
			}
		}
		return obj(&Set{Header{t}, r}), nil
	}
}

// update adds the items of an iterable (merging a set's table as set_merge does).
func (s *Set) update(v Value) *Exception {
	if isSetType(v) {
		return asExc(s.t.Merge(v.set().t, valueEq))
	}
	if v.Type() == DictType {
		var err *Exception
		v.dict().each(func(k, _ Value) bool { err = s.add(k); return err == nil })
		return err
	}
	items, err := iterToSlice(v)
	if err != nil {
		return err
	}
	for _, x := range items {
		if err := s.add(x); err != nil {
			return err
		}
	}
	return nil
}

func subset(x, y *Set) bool {
	if x.t.Len() > y.t.Len() {
		return false
	}
	for _, k := range x.keys() {
		if ok, _ := y.has(k); !ok {
			return false
		}
	}
	return true
}

func initSetTypes() {
	for i, name := range []string{"set", "frozenset"} {
		t := newBuiltinType(name, ObjectType)
		if i == 0 {
			SetType = t
			t.hash = nil
		} else {
			FrozenSetType = t
			t.hash = func(v Value) (int64, *Exception) {
				st := v.set().t
				return pyhash.Frozenset(st.HashXor(), st.Len()), nil
			}
		}

		t.repr = func(v Value) (Value, *Exception) {
			s := v.set()
			name := v.Type().Name
			if s.t.Len() == 0 {
				return NewStr(name + "()"), nil
			}
			r, err := seqRepr(s.keys(), "{", "}")
			if err != nil {
				return Null, err
			}
			if v.Type() != SetType {
				return NewStr(name + "(" + r.str().s + ")"), nil
			}
			return r, nil
		}
		t.length = func(v Value) (int, *Exception) { return v.set().t.Len(), nil }
		t.contains = func(o, k Value) (bool, *Exception) {
			ok, err := o.set().has(k)
			if err != nil && err.typ == TypeError && k.Type() == SetType {
				fs, _ := setFrom(FrozenSetType, k)
				ok, err = o.set().has(obj(fs))
			}
			return ok, err
		}
		t.iter = func(v Value) (Value, *Exception) {
			return obj(&setIter{Header{SetIterType}, v.set(), 0, v.set().t.Len()}), nil
		}
		t.richcmp = func(a, b Value, op int) (Value, *Exception) {
			if !isSetType(b) {
				return NotImplemented, nil
			}
			x, y := a.set(), b.set()
			switch op {
			case cmpEQ:
				return MakeBool(x.t.Len() == y.t.Len() && subset(x, y)), nil
			case cmpNE:
				return MakeBool(!(x.t.Len() == y.t.Len() && subset(x, y))), nil
			case cmpLE:
				return MakeBool(subset(x, y)), nil
			case cmpGE:
				return MakeBool(subset(y, x)), nil
			case cmpLT:
				return MakeBool(x.t.Len() < y.t.Len() && subset(x, y)), nil
			case cmpGT:
				return MakeBool(x.t.Len() > y.t.Len() && subset(y, x)), nil
			}
			return NotImplemented, nil
		}
		for _, op := range []int{nbOr, nbAnd, nbSub, nbXor} {
			t.num[op] = &binSlot{setBinop(op)}
		}
		t.newf = func(ty *Type, args []Value, kw *Tuple) (Value, *Exception) {
			if kwCount(kw) > 0 {
				return Null, newErr(TypeError, "%s() takes no keyword arguments", ty.Name)
			}
			if len(args) > 1 {
				return Null, newErr(TypeError, "%s expected at most 1 argument, got %d", ty.Name, len(args))
			}
			if ty == SetType {
				return obj(newSet(ty)), nil
			}
			var src Value
			if len(args) == 1 {
				src = args[0]
			}
			s, err := setFrom(ty, src)
			if err != nil {
				return Null, err
			}
			return obj(s), nil
		}
		if i == 0 {
			t.init = func(self Value, args []Value, kw *Tuple) *Exception {
				if len(args) == 1 {
					s, err := setFrom(SetType, args[0])
					if err != nil {
						return err
					}
					self.set().t = s.t
				}
				return nil
			}
		}
		names := map[string]int{"union": nbOr, "intersection": nbAnd, "difference": nbSub, "symmetric_difference": nbXor}
		for n, op := range names {
			f := setBinop(op)
			t.def(n, func(a []Value, kw *Tuple) (Value, *Exception) {
				r := a[0]
				cur, _ := setFrom(SetType, r)
				res := obj(cur)
				if len(a) == 1 {
					cp, _ := setFrom(a[0].Type(), a[0])
					return obj(cp), nil
				}
				for _, o := range a[1:] {
					os, err := setFrom(SetType, o)
					if err != nil {
						return Null, err
					}
					res, err = f(res, obj(os))
					if err != nil {
						return Null, err
					}
				}
				res.set().typ = a[0].Type()
				return res, nil
			})
		}
		t.def("issubset", func(a []Value, kw *Tuple) (Value, *Exception) {
			o, err := setFrom(SetType, a[1])
			if err != nil {
				return Null, err
			}
			return MakeBool(subset(a[0].set(), o)), nil
		})
		t.def("issuperset", func(a []Value, kw *Tuple) (Value, *Exception) {
			o, err := setFrom(SetType, a[1])
			if err != nil {
				return Null, err
			}
			return MakeBool(subset(o, a[0].set())), nil
		})
		t.def("isdisjoint", func(a []Value, kw *Tuple) (Value, *Exception) {
			o, err := setFrom(SetType, a[1])
			if err != nil {
				return Null, err
			}
			for _, k := range o.keys() {
				if ok, _ := a[0].set().has(k); ok {
					return False, nil
				}
			}
			return True, nil
		})
		t.def("copy", func(a []Value, kw *Tuple) (Value, *Exception) {
			s, err := setFrom(a[0].Type(), a[0])
			return obj(s), err
		})
	}
	s := SetType
	s.def("add", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("set.add", a, kw, 1, 1); err != nil {
			return Null, err
		}
		return None, a[0].set().add(a[1])
	})
	s.def("discard", func(a []Value, kw *Tuple) (Value, *Exception) {
		_, err := a[0].set().discard(a[1])
		return None, err
	})
	s.def("remove", func(a []Value, kw *Tuple) (Value, *Exception) {
		ok, err := a[0].set().discard(a[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, newExcArgs(KeyError, a[1])
		}
		return None, nil
	})
	s.def("pop", func(a []Value, kw *Tuple) (Value, *Exception) {
		ks := a[0].set().keys()
		if len(ks) == 0 {
			return Null, newErr(KeyError, "pop from an empty set")
		}
		a[0].set().discard(ks[0])
		return ks[0], nil
	})
	s.def("clear", func(a []Value, kw *Tuple) (Value, *Exception) {
		a[0].set().t.Clear()
		return None, nil
	})
	s.def("update", func(a []Value, kw *Tuple) (Value, *Exception) {
		for _, o := range a[1:] {
			if err := a[0].set().update(o); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	for _, p := range []struct {
		n  string
		op int
	}{{"intersection_update", nbAnd}, {"difference_update", nbSub}, {"symmetric_difference_update", nbXor}} {
		f := setBinop(p.op)
		s.def(p.n, func(a []Value, kw *Tuple) (Value, *Exception) {
			o, err := setFrom(SetType, a[1])
			if err != nil {
				return Null, err
			}
			r, err := f(a[0], obj(o))
			if err != nil {
				return Null, err
			}
			a[0].set().t = r.set().t
			return None, nil
		})
	}
	for _, op := range []int{nbOr, nbAnd, nbSub, nbXor} {
		f := setBinop(op)
		s.num[op+nbNumBase] = &binSlot{func(a, b Value) (Value, *Exception) {
			r, err := f(a, b)
			if err != nil || r.isNotImpl() {
				return r, err
			}
			a.set().t = r.set().t
			return a, nil
		}}
	}
	SetIterType = newBuiltinType("set_iterator", ObjectType)
	SetIterType.iter = selfIter
	SetIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*setIter)(v.p)
		if it.s == nil {
			return Null, false, nil
		}
		if it.s.t.Len() != it.n {
			it.n = -1
			return Null, false, newErr(RuntimeError, "Set changed size during iteration")
		}
		pos, k, _ := it.s.t.Next(it.pos)
		if pos < 0 {
			it.s = nil
			return Null, false, nil
		}
		it.pos = pos + 1
		return k, true, nil
	}
}

// Range is a range object (int64 bounds; big ranges are not supported yet).
type Range struct {
	Header
	start, stop, step int64
	n                 int64
}

type rangeIter struct {
	Header
	cur, step int64
	left      int64
}

func rangeLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return (stop-start-1)/step + 1
	}
	if step < 0 && start > stop {
		return (start-stop-1)/(-step) + 1
	}
	return 0
}

func initRange() {
	RangeType = newBuiltinType("range", ObjectType)
	r := RangeType
	r.final = true
	r.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "range() takes no keyword arguments")
		}
		var vals [3]int64
		for i, a := range args {
			if i >= 3 {
				break
			}
			iv, err := Index(a)
			if err != nil {
				return Null, err
			}
			x, ok := smallInt(iv)
			if !ok {
				return Null, newErr(OverflowError, "Python int too large to convert to C ssize_t")
			}
			vals[i] = x
		}
		var start, stop, step int64 = 0, 0, 1
		switch len(args) {
		case 1:
			stop = vals[0]
		case 2:
			start, stop = vals[0], vals[1]
		case 3:
			start, stop, step = vals[0], vals[1], vals[2]
			if step == 0 {
				return Null, newErr(ValueError, "range() arg 3 must not be zero")
			}
		case 0:
			return Null, newErr(TypeError, "range expected at least 1 argument, got 0")
		default:
			return Null, newErr(TypeError, "range expected at most 3 arguments, got %d", len(args))
		}
		return obj(&Range{Header{RangeType}, start, stop, step, rangeLen(start, stop, step)}), nil
	}
	r.repr = func(v Value) (Value, *Exception) {
		x := (*Range)(v.p)
		if x.step == 1 {
			return NewStr("range(" + itoa(x.start) + ", " + itoa(x.stop) + ")"), nil
		}
		return NewStr("range(" + itoa(x.start) + ", " + itoa(x.stop) + ", " + itoa(x.step) + ")"), nil
	}
	r.length = func(v Value) (int, *Exception) { return int((*Range)(v.p).n), nil }
	r.boolf = func(v Value) (bool, *Exception) { return (*Range)(v.p).n != 0, nil }
	r.iter = func(v Value) (Value, *Exception) {
		x := (*Range)(v.p)
		return obj(&rangeIter{Header{RangeIterType}, x.start, x.step, x.n}), nil
	}
	r.getitem = func(o, k Value) (Value, *Exception) {
		x := (*Range)(o.p)
		if k.Type() == SliceType {
			start, _, step, n, err := (*Slice)(k.p).indices(int(x.n))
			if err != nil {
				return Null, err
			}
			ns := x.start + int64(start)*x.step
			nstep := x.step * int64(step)
			return obj(&Range{Header{RangeType}, ns, ns + int64(n)*nstep, nstep, int64(n)}), nil
		}
		i, err := normIndex(k, int(x.n), "range object")
		if err != nil {
			if err.typ == IndexError {
				return Null, newErr(IndexError, "range object index out of range")
			}
			return Null, err
		}
		return MakeInt(x.start + int64(i)*x.step), nil
	}
	r.contains = func(o, k Value) (bool, *Exception) {
		x := (*Range)(o.p)
		if i, ok := smallInt(k); ok && isIntLike(k) {
			if x.step > 0 && (i < x.start || i >= x.stop) || x.step < 0 && (i > x.start || i <= x.stop) {
				return false, nil
			}
			return (i-x.start)%x.step == 0, nil
		}
		it, _ := r.iter(o)
		for {
			v, ok, _ := Next(it)
			if !ok {
				return false, nil
			}
			if eq, err := Equal(v, k); err != nil || eq {
				return eq, err
			}
		}
	}
	r.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if b.Type() != RangeType || (op != cmpEQ && op != cmpNE) {
			return NotImplemented, nil
		}
		x, y := (*Range)(a.p), (*Range)(b.p)
		eq := x.n == y.n && (x.n == 0 || x.start == y.start && (x.n == 1 || x.step == y.step))
		return MakeBool(eq == (op == cmpEQ)), nil
	}
	r.hash = func(v Value) (int64, *Exception) {
		x := (*Range)(v.p)
		return tupleHash([]Value{MakeInt(x.n), MakeInt(x.start), MakeInt(x.step)})
	}
	r.def("index", func(a []Value, kw *Tuple) (Value, *Exception) {
		x := (*Range)(a[0].p)
		if i, ok := smallInt(a[1]); ok {
			if in, _ := r.contains(a[0], a[1]); in {
				return MakeInt((i - x.start) / x.step), nil
			}
		}
		rs, _ := ReprS(a[1])
		return Null, newErr(ValueError, "%s is not in range", rs)
	})
	r.def("count", func(a []Value, kw *Tuple) (Value, *Exception) {
		if in, _ := r.contains(a[0], a[1]); in {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	})
	for _, n := range []string{"start", "stop", "step"} {
		n := n
		r.defAttr(n, obj(&GetSet{Header{GetSetType}, n, func(v Value) (Value, *Exception) {
			x := (*Range)(v.p)
			switch n {
			case "start":
				return MakeInt(x.start), nil
			case "stop":
				return MakeInt(x.stop), nil
			}
			return MakeInt(x.step), nil
		}, nil}))
	}
	RangeIterType = newBuiltinType("range_iterator", ObjectType)
	RangeIterType.iter = selfIter
	RangeIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*rangeIter)(v.p)
		if it.left <= 0 {
			return Null, false, nil
		}
		c := it.cur
		it.cur += it.step
		it.left--
		return MakeInt(c), true, nil
	}

	SliceType = newBuiltinType("slice", ObjectType)
	SliceType.final = true
	SliceType.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		s := &Slice{Header{SliceType}, None, None, None}
		switch len(args) {
		case 1:
			s.stop = args[0]
		case 2:
			s.start, s.stop = args[0], args[1]
		case 3:
			s.start, s.stop, s.step = args[0], args[1], args[2]
		default:
			return Null, newErr(TypeError, "slice expected at least 1 argument, got 0")
		}
		return obj(s), nil
	}
	SliceType.repr = func(v Value) (Value, *Exception) {
		s := (*Slice)(v.p)
		var parts []string
		for _, x := range []Value{s.start, s.stop, s.step} {
			r, err := ReprS(x)
			if err != nil {
				return Null, err
			}
			parts = append(parts, r)
		}
		return NewStr("slice(" + strings.Join(parts, ", ") + ")"), nil
	}
	SliceType.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if b.Type() != SliceType {
			return NotImplemented, nil
		}
		x, y := (*Slice)(a.p), (*Slice)(b.p)
		return seqCompare([]Value{x.start, x.stop, x.step}, []Value{y.start, y.stop, y.step}, op)
	}
	for _, n := range []string{"start", "stop", "step"} {
		n := n
		SliceType.defAttr(n, obj(&GetSet{Header{GetSetType}, n, func(v Value) (Value, *Exception) {
			s := (*Slice)(v.p)
			switch n {
			case "start":
				return s.start, nil
			case "stop":
				return s.stop, nil
			}
			return s.step, nil
		}, nil}))
	}
	SliceType.def("indices", func(a []Value, kw *Tuple) (Value, *Exception) {
		n, err := IndexInt(a[1])
		if err != nil {
			return Null, err
		}
		start, stop, step, _, err := (*Slice)(a[0].p).indices(n)
		if err != nil {
			return Null, err
		}
		return NewTuple(MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))), nil
	})
}

func itoa(i int64) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	var b [24]byte
	n := len(b)
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	for u > 0 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

package runtime

import (
	"strings"
	"unsafe"
)

// Tuple is a tuple object.
type Tuple struct {
	Header
	items []Value
}

// List is a list object.
type List struct {
	Header
	items []Value
}

var emptyTuple = &Tuple{}

func newTuple(items []Value) *Tuple {
	if len(items) == 0 && emptyTuple.typ != nil {
		return emptyTuple
	}
	return &Tuple{Header{TupleType}, items}
}

func NewTuple(items ...Value) Value {
	if len(items) == 0 {
		return obj(newTuple(nil))
	}
	t := allocTuple(len(items))
	copy(t.items, items)
	return obj(t)
}

// Small tuples carry their items in the same allocation (as CPython's
// tuples do): one allocation instead of two for a pair or a triple.
type tuple1 struct {
	Tuple
	a [1]Value
}
type tuple2 struct {
	Tuple
	a [2]Value
}
type tuple3 struct {
	Tuple
	a [3]Value
}
type tuple4 struct {
	Tuple
	a [4]Value
}

// allocTuple returns a new tuple of n (> 0) items, all Null, for the
// caller to fill before anyone sees it.
func allocTuple(n int) *Tuple {
	switch n {
	case 1:
		t := &tuple1{}
		t.Tuple = Tuple{Header{TupleType}, t.a[:]}
		return &t.Tuple
	case 2:
		t := &tuple2{}
		t.Tuple = Tuple{Header{TupleType}, t.a[:]}
		return &t.Tuple
	case 3:
		t := &tuple3{}
		t.Tuple = Tuple{Header{TupleType}, t.a[:]}
		return &t.Tuple
	case 4:
		t := &tuple4{}
		t.Tuple = Tuple{Header{TupleType}, t.a[:]}
		return &t.Tuple
	}
	return &Tuple{Header{TupleType}, make([]Value, n)}
}

// tupleOf is BUILD_TUPLE: a new tuple holding a copy of items.
func tupleOf(items []Value) *Tuple {
	if len(items) == 0 {
		return newTuple(nil)
	}
	t := allocTuple(len(items))
	copy(t.items, items)
	return t
}

func newList(items []Value) *List { return &List{Header{ListType}, items} }

// append is list.append and LIST_APPEND. A full list doubles (Go's append
// grows big slices by a quarter, copying each item about four times over
// a list's life; CPython's realloc mostly grows in place, which Go cannot).
func (l *List) append(v Value) {
	if len(l.items) < cap(l.items) {
		l.items = append(l.items, v)
		return
	}
	l.growAppend(v)
}

func (l *List) growAppend(v Value) {
	n := len(l.items)
	items := make([]Value, n+1, max(2*n, 4))
	copy(items, l.items)
	items[n] = v
	l.items = items
}

type listIter struct {
	Header
	l *List
	i int
}
type tupleIter struct {
	Header
	t *Tuple
	i int
}

var ListIterType, TupleIterType, ListRevIterType *Type

// toTuple returns the items of any iterable as a tuple.
func toTuple(v Value) (*Tuple, *Exception) {
	if v.Type() == TupleType {
		return v.tuple(), nil
	}
	items, err := iterToSlice(v)
	if err != nil {
		return nil, err
	}
	return newTuple(items), nil
}

// iterToSlice collects an iterable; lists and tuples are copied directly.
func iterToSlice(v Value) ([]Value, *Exception) {
	switch v.Type() {
	case ListType:
		return append([]Value(nil), v.list().items...), nil
	case TupleType:
		return append([]Value(nil), v.tuple().items...), nil
	}
	it, err := GetIter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
		if len(out)&0xffff == 0 { // a long Go loop: honour Ctrl-C and the memory cap
			if err := pollStop(); err != nil {
				return nil, err
			}
		}
	}
}

// seqItems returns the backing items of a list or tuple without copying.
func seqItems(v Value) ([]Value, bool) {
	switch v.Type() {
	case ListType:
		return v.list().items, true
	case TupleType:
		return v.tuple().items, true
	}
	return nil, false
}

func seqRepr(items []Value, open, close string) (Value, *Exception) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(it)
		if err != nil {
			return Null, err
		}
		b.WriteString(r.str().s)
	}
	b.WriteString(close)
	return NewStr(b.String()), nil
}

func seqCompare(a, b []Value, op int) (Value, *Exception) {
	if (op == cmpEQ || op == cmpNE) && len(a) != len(b) {
		return MakeBool(op == cmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := itemEqual(a[i], b[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return cmpResult(len(a)-len(b), op), nil
	}
	switch op {
	case cmpEQ:
		return False, nil
	case cmpNE:
		return True, nil
	}
	return RichCompare(a[i], b[i], op)
}

// normIndex resolves a Python index against length n.
func normIndex(k Value, n int, what string) (int, *Exception) {
	var i int
	if k.p == intTag {
		i = int(k.Int())
	} else {
		t := k.Type()
		if t.index == nil {
			return 0, newErr(TypeError, "%s indices must be integers or slices, not %s", what, t.Name)
		}
		iv, err := Index(k)
		if err != nil {
			return 0, err
		}
		x, ok := smallInt(iv)
		if !ok {
			return 0, newErr(IndexError, "cannot fit 'int' into an index-sized integer")
		}
		i = int(x)
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, newErr(IndexError, "%s index out of range", what)
	}
	return i, nil
}

func sliceItems(items []Value, s *Slice) ([]Value, *Exception) {
	start, stop, step, n, err := s.indices(len(items))
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, n)
	if step == 1 {
		return append(out, items[start:stop]...), nil
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out = append(out, items[j])
	}
	return out, nil
}

func initSeqTypes() {
	TupleType = newBuiltinType("tuple", ObjectType)
	emptyTuple.typ = TupleType
	t := TupleType
	t.repr = func(v Value) (Value, *Exception) {
		items := v.tuple().items
		if len(items) == 1 {
			r, err := Repr(items[0])
			if err != nil {
				return Null, err
			}
			return NewStr("(" + r.str().s + ",)"), nil
		}
		return seqRepr(items, "(", ")")
	}
	t.length = func(v Value) (int, *Exception) { return len(v.tuple().items), nil }
	t.hash = func(v Value) (int64, *Exception) { return tupleHash(v.tuple().items) }
	t.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if !isTupleV(b) {
			return NotImplemented, nil
		}
		return seqCompare(a.tuple().items, b.tuple().items, op)
	}
	t.getitem = func(o, k Value) (Value, *Exception) {
		items := o.tuple().items
		if k.Type() == SliceType {
			r, err := sliceItems(items, (*Slice)(k.p))
			if err != nil {
				return Null, err
			}
			return obj(newTuple(r)), nil
		}
		i, err := normIndex(k, len(items), "tuple")
		if err != nil {
			return Null, err
		}
		return items[i], nil
	}
	t.contains = func(o, k Value) (bool, *Exception) { return itemsContain(o.tuple().items, k) }
	t.iter = func(v Value) (Value, *Exception) { return obj(&tupleIter{Header{TupleIterType}, v.tuple(), 0}), nil }
	t.num[nbAdd] = &binSlot{func(a, b Value) (Value, *Exception) {
		if !isTupleV(a) || !isTupleV(b) {
			return NotImplemented, nil
		}
		x, y := a.tuple().items, b.tuple().items
		out := make([]Value, 0, len(x)+len(y))
		return obj(newTuple(append(append(out, x...), y...))), nil
	}}
	t.num[nbMul] = &binSlot{func(a, b Value) (Value, *Exception) {
		items, n, ok, err := repeatArgs(a, b, TupleType)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return obj(newTuple(repeatItems(items, n))), nil
	}}
	t.newf = func(ty *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "tuple() takes no keyword arguments")
		}
		if len(args) == 0 {
			return obj(emptyTuple), nil
		}
		if len(args) > 1 {
			return Null, newErr(TypeError, "tuple expected at most 1 argument, got %d", len(args))
		}
		tt, err := toTuple(args[0])
		if err != nil {
			return Null, err
		}
		return obj(tt), nil
	}
	t.def("index", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 2 {
			return Null, newErr(TypeError, "index expected at least 1 argument, got 0")
		}
		for i, x := range a[0].tuple().items {
			eq, err := Equal(x, a[1])
			if err != nil {
				return Null, err
			}
			if eq {
				return MakeInt(int64(i)), nil
			}
		}
		return Null, newErr(ValueError, "tuple.index(x): x not in tuple")
	})
	t.def("count", func(a []Value, kw *Tuple) (Value, *Exception) {
		return countItems(a[0].tuple().items, a[1])
	})
	TupleIterType = newBuiltinType("tuple_iterator", ObjectType)
	TupleIterType.iter = selfIter
	TupleIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*tupleIter)(v.p)
		if it.i < len(it.t.items) {
			it.i++
			return it.t.items[it.i-1], true, nil
		}
		return Null, false, nil
	}

	ListType = newBuiltinType("list", ObjectType)
	l := ListType
	l.hash = nil
	l.repr = func(v Value) (Value, *Exception) {
		if !reprEnter(v) {
			return NewStr("[...]"), nil
		}
		defer reprLeave(v)
		return seqRepr(v.list().items, "[", "]")
	}
	l.length = func(v Value) (int, *Exception) { return len(v.list().items), nil }
	l.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if !isListV(b) {
			return NotImplemented, nil
		}
		return seqCompare(a.list().items, b.list().items, op)
	}
	l.getitem = listGetitem
	l.setitem = listSetitem
	l.contains = func(o, k Value) (bool, *Exception) { return itemsContain(o.list().items, k) }
	l.iter = func(v Value) (Value, *Exception) { return obj(&listIter{Header{ListIterType}, v.list(), 0}), nil }
	l.num[nbAdd] = &binSlot{func(a, b Value) (Value, *Exception) {
		if !isListV(a) || !isListV(b) {
			return NotImplemented, nil
		}
		x, y := a.list().items, b.list().items
		out := make([]Value, 0, len(x)+len(y))
		return obj(newList(append(append(out, x...), y...))), nil
	}}
	l.num[nbInplaceAdd] = &binSlot{func(a, b Value) (Value, *Exception) {
		if !isListV(a) {
			return NotImplemented, nil
		}
		items, err := iterToSlice(b)
		if err != nil {
			return Null, err
		}
		a.list().items = append(a.list().items, items...)
		return a, nil
	}}
	l.num[nbMul] = &binSlot{func(a, b Value) (Value, *Exception) {
		items, n, ok, err := repeatArgs(a, b, ListType)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return obj(newList(repeatItems(items, n))), nil
	}}
	l.newf = func(ty *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return obj(newList(nil)), nil
	}
	l.init = func(self Value, args []Value, kw *Tuple) *Exception {
		if kwCount(kw) > 0 {
			return newErr(TypeError, "list() takes no keyword arguments")
		}
		if len(args) > 1 {
			return newErr(TypeError, "list expected at most 1 argument, got %d", len(args))
		}
		self.list().items = nil
		if len(args) == 1 {
			items, err := iterToSlice(args[0])
			if err != nil {
				return err
			}
			self.list().items = items
		}
		return nil
	}
	initListMethods()
	ListIterType = newBuiltinType("list_iterator", ObjectType)
	ListIterType.iter = selfIter
	ListIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*listIter)(v.p)
		if it.l != nil && it.i < len(it.l.items) {
			it.i++
			return it.l.items[it.i-1], true, nil
		}
		it.l = nil
		return Null, false, nil
	}
	ListRevIterType = newBuiltinType("list_reverseiterator", ObjectType)
	ListRevIterType.iter = selfIter
	ListRevIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*listIter)(v.p)
		if it.l != nil && it.i >= 0 && it.i < len(it.l.items) {
			it.i--
			return it.l.items[it.i+1], true, nil
		}
		it.l = nil
		return Null, false, nil
	}
}

func repeatArgs(a, b Value, t *Type) ([]Value, int, bool, *Exception) {
	seq, n := a, b
	if !a.Type().IsSubtype(t) {
		seq, n = b, a
	}
	if !seq.Type().IsSubtype(t) || n.Type().index == nil {
		return nil, 0, false, nil
	}
	c, err := IndexInt(n)
	if err != nil {
		return nil, 0, false, newErr(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	var items []Value
	if t == ListType {
		items = seq.list().items
	} else {
		items = seq.tuple().items
	}
	if c > 0 {
		if err := checkItems(int64(c), int64(len(items))*16); err != nil {
			return nil, 0, false, err
		}
		if len(items)*c > 1<<31 {
			return nil, 0, false, newErr(MemoryError, "")
		}
	}
	return items, c, true, nil
}

func repeatItems(items []Value, n int) []Value {
	if n <= 0 {
		return nil
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

func itemsContain(items []Value, k Value) (bool, *Exception) {
	for _, x := range items {
		eq, err := Equal(x, k)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func countItems(items []Value, k Value) (Value, *Exception) {
	n := 0
	for _, x := range items {
		eq, err := Equal(x, k)
		if err != nil {
			return Null, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), nil
}

func listGetitem(o, k Value) (Value, *Exception) {
	items := o.list().items
	if k.p == intTag {
		i := int(k.Int())
		if i < 0 {
			i += len(items)
		}
		if uint(i) < uint(len(items)) {
			return items[i], nil
		}
		return Null, newErr(IndexError, "list index out of range")
	}
	if k.Type() == SliceType {
		r, err := sliceItems(items, (*Slice)(k.p))
		if err != nil {
			return Null, err
		}
		return obj(newList(r)), nil
	}
	i, err := normIndex(k, len(items), "list")
	if err != nil {
		return Null, err
	}
	return items[i], nil
}

func listSetitem(o, k, v Value) *Exception {
	l := o.list()
	if k.Type() == SliceType {
		s := (*Slice)(k.p)
		start, stop, step, n, err := s.indices(len(l.items))
		if err != nil {
			return err
		}
		if v.p == nil {
			if step == 1 {
				l.delRange(start, stop)
				return nil
			}
			if n == 0 {
				return nil
			}
			if step < 0 { // the same items, walked upwards
				start, step = start+(n-1)*step, -step
			}
			// keep the items between the deleted ones, sliding them down
			w := start
			for r := start; r < len(l.items); r++ {
				if r < start+n*step && (r-start)%step == 0 {
					continue
				}
				l.items[w] = l.items[r]
				w++
			}
			clear(l.items[w:])
			l.items = l.items[:w]
			return nil
		}
		repl, isSeq := seqItems(v)
		if !isSeq || v.p == o.p {
			repl, err = iterToSlice(v)
			if err != nil {
				if err.typ == TypeError {
					return newErr(TypeError, "must assign iterable to extended slice")
				}
				return err
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			l.replaceRange(start, stop, repl)
			return nil
		}
		if len(repl) != n {
			return newErr(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(repl), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			l.items[j] = repl[i]
		}
		return nil
	}
	var i int
	if k.p == intTag {
		i = int(k.Int())
		if i < 0 {
			i += len(l.items)
		}
		if uint(i) >= uint(len(l.items)) {
			if v.p == nil {
				return newErr(IndexError, "list assignment index out of range")
			}
			return newErr(IndexError, "list assignment index out of range")
		}
	} else {
		var err *Exception
		i, err = normIndex(k, len(l.items), "list")
		if err != nil {
			if err.typ == IndexError {
				return newErr(IndexError, "list assignment index out of range")
			}
			return err
		}
	}
	if v.p == nil {
		l.items = append(l.items[:i], l.items[i+1:]...)
		return nil
	}
	l.items[i] = v
	return nil
}

// Slice is a slice object.
type Slice struct {
	Header
	start, stop, step Value
}

func sliceIndex(v Value) (int, *Exception) {
	if v.p == intTag {
		return int(v.Int()), nil
	}
	if v.Type().index == nil {
		return 0, newErr(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	iv, err := Index(v)
	if err != nil {
		return 0, err
	}
	if i, ok := smallInt(iv); ok {
		return int(i), nil
	}
	if toBig(iv).Sign() < 0 {
		return -1 << 62, nil
	}
	return 1 << 62, nil
}

// indices is PySlice_GetIndicesEx: start, stop, step and the length.
func (s *Slice) indices(n int) (start, stop, step, count int, err *Exception) {
	step = 1
	if !s.step.isNone() {
		step, err = sliceIndex(s.step)
		if err != nil {
			return
		}
		if step == 0 {
			err = newErr(ValueError, "slice step cannot be zero")
			return
		}
	}
	if s.start.isNone() {
		if step < 0 {
			start = n - 1
		} else {
			start = 0
		}
	} else {
		start, err = sliceIndex(s.start)
		if err != nil {
			return
		}
		if start < 0 {
			start += n
			if start < 0 {
				if step < 0 {
					start = -1
				} else {
					start = 0
				}
			}
		} else if start >= n {
			if step < 0 {
				start = n - 1
			} else {
				start = n
			}
		}
	}
	if s.stop.isNone() {
		if step < 0 {
			stop = -1
		} else {
			stop = n
		}
	} else {
		stop, err = sliceIndex(s.stop)
		if err != nil {
			return
		}
		if stop < 0 {
			stop += n
			if stop < 0 {
				if step < 0 {
					stop = -1
				} else {
					stop = 0
				}
			}
		} else if stop >= n {
			if step < 0 {
				stop = n - 1
			} else {
				stop = n
			}
		}
	}
	if step < 0 {
		if stop < start {
			count = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		count = (stop-start-1)/step + 1
	}
	return
}

func isListV(v Value) bool  { t := v.Type(); return t == ListType || t.layout == layoutListSub }
func isTupleV(v Value) bool { t := v.Type(); return t == TupleType || t.layout == layoutTupleSub }
func isDictV(v Value) bool  { t := v.Type(); return t == DictType || t.layout == layoutDictSub }
func isStrV(v Value) bool   { t := v.Type(); return t == StrType || t.layout == layoutStrSub }

// reprActive holds the containers whose repr is being built (Py_ReprEnter),
// so a list that contains itself prints as [...].
var reprActive []unsafe.Pointer

func reprEnter(v Value) bool {
	for _, p := range reprActive {
		if p == v.p {
			return false
		}
	}
	reprActive = append(reprActive, v.p)
	return true
}

func reprLeave(v Value) {
	for i := len(reprActive) - 1; i >= 0; i-- {
		if reprActive[i] == v.p {
			reprActive = append(reprActive[:i], reprActive[i+1:]...)
			return
		}
	}
}

// slice1Bounds is PySlice_GetIndicesEx for a step-1 slice whose bounds are
// None or machine ints; ok is false for any other bound.
func slice1Bounds(start, stop Value, n int) (i, j int, ok bool) {
	switch {
	case start.p == intTag:
		i = int(start.Int())
		if i < 0 {
			i = max(i+n, 0)
		} else if i > n {
			i = n
		}
	case start.isNone():
		i = 0
	default:
		return 0, 0, false
	}
	switch {
	case stop.p == intTag:
		j = int(stop.Int())
		if j < 0 {
			j = max(j+n, 0)
		} else if j > n {
			j = n
		}
	case stop.isNone():
		j = n
	default:
		return 0, 0, false
	}
	if j < i {
		j = i
	}
	return i, j, true
}

// getSlice is BINARY_SLICE, o[start:stop]: exact lists, tuples and strs
// with None or int bounds are sliced without a slice object.
func getSlice(o, start, stop Value) (Value, *Exception) {
	if o.p != intTag && o.p != floatTag {
		switch o.hdr().typ {
		case ListType:
			items := o.list().items
			if i, j, ok := slice1Bounds(start, stop, len(items)); ok {
				return obj(newList(append([]Value(nil), items[i:j]...))), nil
			}
		case TupleType:
			items := o.tuple().items
			if i, j, ok := slice1Bounds(start, stop, len(items)); ok {
				if i == 0 && j == len(items) {
					return o, nil
				}
				return obj(newTuple(append([]Value(nil), items[i:j]...))), nil
			}
		case StrType:
			st := o.str()
			if i, j, ok := slice1Bounds(start, stop, st.n); ok {
				switch {
				case i == 0 && j == st.n:
					return o, nil
				case i == j:
					return obj(emptyStr), nil
				case j == i+1 && st.ascii:
					return obj(strCache[st.s[i]]), nil
				}
				return NewStr(st.substr(i, j)), nil
			}
		}
	}
	return GetItem(o, obj(&Slice{Header{SliceType}, start, stop, None}))
}

// setSlice is STORE_SLICE, o[start:stop] = v (v Null deletes).
func setSlice(o, start, stop, v Value) *Exception {
	if o.p != intTag && o.p != floatTag && o.hdr().typ == ListType {
		l := o.list()
		if i, j, ok := slice1Bounds(start, stop, len(l.items)); ok {
			if v.p == nil {
				l.delRange(i, j)
				return nil
			}
			if repl, ok := seqItems(v); ok {
				if v.p == o.p {
					repl = append([]Value(nil), repl...)
				}
				l.replaceRange(i, j, repl)
				return nil
			}
		}
	}
	return SetItem(o, obj(&Slice{Header{SliceType}, start, stop, None}), v)
}

// delRange is del l[i:j] for 0 <= i <= j <= len, in place.
func (l *List) delRange(i, j int) {
	if i >= j {
		return
	}
	n := copy(l.items[i:], l.items[j:])
	clear(l.items[i+n:]) // drop references the tail no longer holds
	l.items = l.items[:i+n]
}

// replaceRange is l[i:j] = repl for 0 <= i <= j <= len, in place when
// the list's capacity allows (repl must not alias l.items).
func (l *List) replaceRange(i, j int, repl []Value) {
	old := j - i
	switch {
	case len(repl) == old:
		copy(l.items[i:], repl)
	case len(repl) < old:
		copy(l.items[i:], repl)
		l.delRange(i+len(repl), j)
	default:
		grow := len(repl) - old
		n := len(l.items)
		if n+grow <= cap(l.items) {
			l.items = l.items[:n+grow]
			copy(l.items[j+grow:], l.items[j:n])
		} else {
			out := make([]Value, n+grow, listCap(n+grow))
			copy(out, l.items[:i])
			copy(out[j+grow:], l.items[j:])
			l.items = out
		}
		copy(l.items[i:], repl)
	}
}

// listCap is the capacity a list grown to n items gets: CPython's
// list_resize over-allocation (n + n/8 + 6, rounded down to a multiple
// of 4), so repeated growth is amortized linear.
func listCap(n int) int {
	return (n + n>>3 + 6) &^ 3
}

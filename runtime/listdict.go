package runtime

import (
	"strings"

	"github.com/peglab/peglab/runtime/internal/pysort"
)

// argument helpers for builtin methods (args[0] is self)
func nargs(name string, a []Value, kw *Tuple, min, max int) *Exception {
	if kwCount(kw) > 0 {
		return newErr(TypeError, "%s() takes no keyword arguments", name)
	}
	n := len(a) - 1
	if n < min || n > max {
		if min == max {
			if min == 0 {
				return newErr(TypeError, "%s() takes no arguments (%d given)", name, n)
			}
			if min == 1 {
				return newErr(TypeError, "%s() takes exactly one argument (%d given)", name, n)
			}
			return newErr(TypeError, "%s expected %d arguments, got %d", name, min, n)
		}
		if n < min {
			return newErr(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
		}
		return newErr(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// kwarg finds keyword name among the call's keywords; rest is the positionals.
func splitKw(a []Value, kw *Tuple) (pos []Value, kwv []Value) {
	n := kwCount(kw)
	return a[:len(a)-n], a[len(a)-n:]
}

func initListMethods() {
	l := ListType
	l.def("append", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("list.append", a, kw, 1, 1); err != nil {
			return Null, err
		}
		a[0].list().append(a[1])
		return None, nil
	})
	l.def("extend", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("list.extend", a, kw, 1, 1); err != nil {
			return Null, err
		}
		items, err := iterToSlice(a[1])
		if err != nil {
			return Null, err
		}
		a[0].list().items = append(a[0].list().items, items...)
		return None, nil
	})
	l.def("pop", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("pop", a, kw, 0, 1); err != nil {
			return Null, err
		}
		ls := a[0].list()
		if len(ls.items) == 0 {
			return Null, newErr(IndexError, "pop from empty list")
		}
		i := len(ls.items) - 1
		if len(a) == 2 {
			j, err := IndexInt(a[1])
			if err != nil {
				return Null, err
			}
			if j < 0 {
				j += len(ls.items)
			}
			if j < 0 || j >= len(ls.items) {
				return Null, newErr(IndexError, "pop index out of range")
			}
			i = j
		}
		v := ls.items[i]
		copy(ls.items[i:], ls.items[i+1:])
		ls.items[len(ls.items)-1] = Null
		ls.items = ls.items[:len(ls.items)-1]
		return v, nil
	})
	l.def("insert", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("insert", a, kw, 2, 2); err != nil {
			return Null, err
		}
		ls := a[0].list()
		i, err := IndexInt(a[1])
		if err != nil {
			return Null, err
		}
		n := len(ls.items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		ls.items = append(ls.items, Null)
		copy(ls.items[i+1:], ls.items[i:])
		ls.items[i] = a[2]
		return None, nil
	})
	l.def("remove", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("list.remove", a, kw, 1, 1); err != nil {
			return Null, err
		}
		ls := a[0].list()
		for i, x := range ls.items {
			eq, err := Equal(x, a[1])
			if err != nil {
				return Null, err
			}
			if eq {
				ls.items = append(ls.items[:i], ls.items[i+1:]...)
				return None, nil
			}
		}
		return Null, newErr(ValueError, "list.remove(x): x not in list")
	})
	l.def("index", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("index", a, kw, 1, 3); err != nil {
			return Null, err
		}
		items := a[0].list().items
		start, stop := 0, len(items)
		if len(a) > 2 {
			start, _ = IndexInt(a[2])
			if start < 0 {
				start += len(items)
				if start < 0 {
					start = 0
				}
			}
		}
		if len(a) > 3 {
			stop, _ = IndexInt(a[3])
			if stop < 0 {
				stop += len(items)
			}
		}
		for i := start; i < stop && i < len(items); i++ {
			eq, err := Equal(items[i], a[1])
			if err != nil {
				return Null, err
			}
			if eq {
				return MakeInt(int64(i)), nil
			}
		}
		r, err := ReprS(a[1])
		if err != nil {
			return Null, err
		}
		return Null, newErr(ValueError, "%s is not in list", r)
	})
	l.def("count", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("list.count", a, kw, 1, 1); err != nil {
			return Null, err
		}
		return countItems(a[0].list().items, a[1])
	})
	l.def("reverse", func(a []Value, kw *Tuple) (Value, *Exception) {
		it := a[0].list().items
		for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
			it[i], it[j] = it[j], it[i]
		}
		return None, nil
	})
	l.def("copy", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(newList(append([]Value(nil), a[0].list().items...))), nil
	})
	l.def("clear", func(a []Value, kw *Tuple) (Value, *Exception) {
		a[0].list().items = nil
		return None, nil
	})
	l.def("sort", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		if len(pos) > 1 {
			return Null, newErr(TypeError, "sort() takes no positional arguments")
		}
		key, reverse := None, false
		for i, k := range kwItems(kw) {
			switch k {
			case "key":
				key = kwv[i]
			case "reverse":
				b, err := Truth(kwv[i])
				if err != nil {
					return Null, err
				}
				reverse = b
			default:
				return Null, newErr(TypeError, "sort() got an unexpected keyword argument '%s'", k)
			}
		}
		ls := a[0].list()
		items := ls.items
		ls.items = nil
		err := sortValues(items, key, reverse)
		ls.items = items
		return None, err
	})
}

func kwItems(kw *Tuple) []string {
	if kw == nil {
		return nil
	}
	out := make([]string, len(kw.items))
	for i, k := range kw.items {
		out[i] = k.str().s
	}
	return out
}

// sortValues is list.sort(key=key, reverse=reverse): CPython's timsort
// (pysort) with < as the comparison.
func sortValues(items []Value, key Value, reverse bool) *Exception {
	if key.isNone() {
		return asExc(pysort.Sort(items, reverse, keysLess(items)))
	}
	keys := make([]Value, len(items))
	var arg [1]Value
	for i, x := range items {
		arg[0] = x
		k, err := Call(key, arg[:], nil)
		if err != nil {
			return err
		}
		keys[i] = k
	}
	return asExc(pysort.SortByKey(keys, items, reverse, keysLess(keys)))
}

// keysLess picks the comparison for sorting keys, as list_sort_impl's
// pre-scan does: when every key has one exact type among str, int (all
// machine-sized) and float, keys compare without the rich-comparison
// dispatch (unsafe_latin_compare, unsafe_long_compare,
// unsafe_float_compare); tuples compare element by element with those
// fast paths for their items (unsafe_tuple_compare). WTF-8 byte order is
// code point order, so str keys compare as Go strings.
func keysLess(keys []Value) pysort.Less[Value] {
	if len(keys) < 2 {
		return genericLess
	}
	t := keys[0].Type()
	for _, k := range keys[1:] {
		if k.p == keys[0].p && (k.p == intTag || k.p == floatTag) {
			continue
		}
		if k.Type() != t {
			return genericLess
		}
	}
	switch t {
	case StrType:
		return strLess
	case FloatType:
		return floatLess
	case IntType:
		if keys[0].p == intTag {
			for _, k := range keys {
				if k.p != intTag {
					return genericLess
				}
			}
			return intLess
		}
	case TupleType:
		return tupleLess
	}
	return genericLess
}

func genericLess(a, b Value) (bool, error) {
	lt, err := Less(a, b)
	if err != nil {
		return false, err
	}
	return lt, nil
}

func strLess(a, b Value) (bool, error)   { return a.str().s < b.str().s, nil }
func intLess(a, b Value) (bool, error)   { return a.Int() < b.Int(), nil }
func floatLess(a, b Value) (bool, error) { return a.Float() < b.Float(), nil }

// tupleLess is tuple < tuple: the first items that differ decide.
func tupleLess(a, b Value) (bool, error) {
	x, y := a.tuple().items, b.tuple().items
	for i := 0; i < len(x) && i < len(y); i++ {
		a, b := x[i], y[i]
		switch {
		case a.p == intTag && b.p == intTag:
			if a.n != b.n {
				return a.Int() < b.Int(), nil
			}
			continue
		case a.p == floatTag && b.p == floatTag:
			if a.Float() != b.Float() {
				return a.Float() < b.Float(), nil
			}
			continue
		case a.p != intTag && a.p != floatTag && b.p != intTag && b.p != floatTag &&
			a.hdr().typ == StrType && b.hdr().typ == StrType:
			if c := strings.Compare(a.str().s, b.str().s); c != 0 {
				return c < 0, nil
			}
			continue
		}
		eq, err := itemEqual(x[i], y[i])
		if err != nil {
			return false, err
		}
		if !eq {
			if lt, ok := fastLess(x[i], y[i]); ok {
				return lt, nil
			}
			return genericLess(x[i], y[i])
		}
	}
	return len(x) < len(y), nil
}

// fastLess is a < b when both are machine ints, floats or strs.
func fastLess(a, b Value) (lt, ok bool) {
	switch {
	case a.p == intTag && b.p == intTag:
		return a.Int() < b.Int(), true
	case a.p == floatTag && b.p == floatTag:
		return a.Float() < b.Float(), true
	case a.p != intTag && a.p != floatTag && b.p != intTag && b.p != floatTag &&
		a.hdr().typ == StrType && b.hdr().typ == StrType:
		return a.str().s < b.str().s, true
	}
	return false, false
}

// itemEqual is PyObject_RichCompareBool(a, b, Py_EQ) as container
// comparisons use it, with the exact str, int and float cases inline.
func itemEqual(a, b Value) (bool, *Exception) {
	switch {
	case a.p == intTag:
		if b.p == intTag {
			return a.n == b.n, nil
		}
	case a.p == floatTag:
		if b.p == floatTag {
			return a.Float() == b.Float(), nil
		}
	case a.p == b.p:
		return true, nil
	case b.p != intTag && b.p != floatTag && a.hdr().typ == StrType && b.hdr().typ == StrType:
		return a.str().s == b.str().s, nil
	}
	return Equal(a, b)
}

// dict views and iterators
type dictIter struct {
	Header
	d    *Dict
	i    int
	kind int // 0 keys 1 values 2 items
	n    int
}
type dictView struct {
	Header
	d    *Dict
	kind int
}

var DictIterType, DictKeysType, DictValuesType, DictItemsType *Type

func dictIterNew(d *Dict, kind int) Value {
	return obj(&dictIter{Header{DictIterType}, d, 0, kind, d.used})
}

func initDictType() {
	d := DictType
	d.hash = nil
	d.repr = func(v Value) (Value, *Exception) {
		dd := v.dict()
		if dd.used == 0 {
			return NewStr("{}"), nil
		}
		if !reprEnter(v) {
			return NewStr("{...}"), nil
		}
		defer reprLeave(v)
		var b strings.Builder
		b.WriteByte('{')
		first := true
		var err *Exception
		dd.each(func(k, x Value) bool {
			if !first {
				b.WriteString(", ")
			}
			first = false
			var r Value
			r, err = Repr(k)
			if err != nil {
				return false
			}
			b.WriteString(r.str().s)
			b.WriteString(": ")
			r, err = Repr(x)
			if err != nil {
				return false
			}
			b.WriteString(r.str().s)
			return true
		})
		if err != nil {
			return Null, err
		}
		b.WriteByte('}')
		return NewStr(b.String()), nil
	}
	d.length = func(v Value) (int, *Exception) { return v.dict().used, nil }
	d.getitem = func(o, k Value) (Value, *Exception) {
		v, ok, err := o.dict().Get(k)
		if err != nil {
			return Null, err
		}
		if !ok {
			if o.Type() != DictType {
				if m := o.Type().lookupS("__missing__"); m.p != nil {
					return callMethod(m, o, k)
				}
			}
			return Null, newExcArgs(KeyError, k)
		}
		return v, nil
	}
	d.setitem = func(o, k, v Value) *Exception {
		if v.p == nil {
			ok, err := o.dict().Delete(k)
			if err != nil {
				return err
			}
			if !ok {
				return newExcArgs(KeyError, k)
			}
			return nil
		}
		return o.dict().Set(k, v)
	}
	d.contains = func(o, k Value) (bool, *Exception) {
		_, ok, err := o.dict().Get(k)
		return ok, err
	}
	d.iter = func(v Value) (Value, *Exception) { return dictIterNew(v.dict(), 0), nil }
	d.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if !isDictV(b) || (op != cmpEQ && op != cmpNE) {
			return NotImplemented, nil
		}
		x, y := a.dict(), b.dict()
		eq := x.used == y.used
		var err *Exception
		if eq {
			x.each(func(k, v Value) bool {
				w, ok, e := y.Get(k)
				if e != nil {
					err = e
					return false
				}
				if !ok {
					eq = false
					return false
				}
				e2, e := Equal(v, w)
				if e != nil {
					err = e
					return false
				}
				if !e2 {
					eq = false
					return false
				}
				return true
			})
		}
		if err != nil {
			return Null, err
		}
		return MakeBool(eq == (op == cmpEQ)), nil
	}
	d.num[nbOr] = &binSlot{func(a, b Value) (Value, *Exception) {
		if !isDictV(a) || !isDictV(b) {
			return NotImplemented, nil
		}
		n := a.dict().copy()
		if err := dictUpdate(n, b); err != nil {
			return Null, err
		}
		return obj(n), nil
	}}
	d.num[nbInplaceOr] = &binSlot{func(a, b Value) (Value, *Exception) {
		if err := dictUpdate(a.dict(), b); err != nil {
			return Null, err
		}
		return a, nil
	}}
	d.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) { return obj(NewDict()), nil }
	d.init = func(self Value, args []Value, kw *Tuple) *Exception {
		pos, kwv := splitKw(args, kw)
		if len(pos) > 1 {
			return newErr(TypeError, "dict expected at most 1 argument, got %d", len(pos))
		}
		if len(pos) == 1 {
			if err := dictUpdate(self.dict(), pos[0]); err != nil {
				return err
			}
		}
		for i, k := range kwItems(kw) {
			self.dict().SetS(k, kwv[i])
		}
		return nil
	}
	d.def("get", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("get", a, kw, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := a[0].dict().Get(a[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(a) == 3 {
				return a[2], nil
			}
			return None, nil
		}
		return v, nil
	})
	d.def("setdefault", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("setdefault", a, kw, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := a[0].dict().Get(a[1])
		if err != nil {
			return Null, err
		}
		if ok {
			return v, nil
		}
		def := None
		if len(a) == 3 {
			def = a[2]
		}
		return def, a[0].dict().Set(a[1], def)
	})
	d.def("pop", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("pop", a, kw, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := a[0].dict().Get(a[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(a) == 3 {
				return a[2], nil
			}
			return Null, newExcArgs(KeyError, a[1])
		}
		a[0].dict().Delete(a[1])
		return v, nil
	})
	d.def("popitem", func(a []Value, kw *Tuple) (Value, *Exception) {
		dd := a[0].dict()
		for i := len(dd.entries) - 1; i >= 0; i-- {
			e := dd.entries[i]
			if e.key.p != nil {
				dd.Delete(e.key)
				dd.entries = dd.entries[:i]
				return NewTuple(e.key, e.val), nil
			}
		}
		return Null, newErr(KeyError, "popitem(): dictionary is empty")
	})
	d.def("keys", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&dictView{Header{DictKeysType}, a[0].dict(), 0}), nil
	})
	d.def("values", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&dictView{Header{DictValuesType}, a[0].dict(), 1}), nil
	})
	d.def("items", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&dictView{Header{DictItemsType}, a[0].dict(), 2}), nil
	})
	d.def("update", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		if len(pos) > 2 {
			return Null, newErr(TypeError, "update expected at most 1 argument, got %d", len(pos)-1)
		}
		if len(pos) == 2 {
			if err := dictUpdate(a[0].dict(), pos[1]); err != nil {
				return Null, err
			}
		}
		for i, k := range kwItems(kw) {
			a[0].dict().SetS(k, kwv[i])
		}
		return None, nil
	})
	d.def("copy", func(a []Value, kw *Tuple) (Value, *Exception) { return obj(a[0].dict().copy()), nil })
	d.def("clear", func(a []Value, kw *Tuple) (Value, *Exception) {
		dd := a[0].dict()
		dd.entries, dd.index, dd.used, dd.fill = nil, nil, 0, 0
		dictVersion++
		dd.keysVersion = dictVersion
		dd.bump()
		return None, nil
	})
	d.defAttr("fromkeys", obj(&ClassMethod{Header: Header{ClassMethodType}, fn: obj(&Builtin{Header{BuiltinType}, "fromkeys", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 2 || len(a) > 3 {
			return Null, newErr(TypeError, "fromkeys expected at least 1 argument, got 0")
		}
		v := None
		if len(a) == 3 {
			v = a[2]
		}
		keys, err := iterToSlice(a[1])
		if err != nil {
			return Null, err
		}
		n := NewDict()
		for _, k := range keys {
			if err := n.Set(k, v); err != nil {
				return Null, err
			}
		}
		return obj(n), nil
	}, Null, nil})}))
	DictIterType = newBuiltinType("dict_keyiterator", ObjectType)
	DictIterType.iter = selfIter
	DictIterType.next = func(v Value) (Value, bool, *Exception) {
		it := (*dictIter)(v.p)
		if it.d == nil {
			return Null, false, nil
		}
		if it.d.used != it.n {
			it.n = -1
			it.d = nil
			return Null, false, newErr(RuntimeError, "dictionary changed size during iteration")
		}
		for it.i < len(it.d.entries) {
			e := it.d.entries[it.i]
			it.i++
			if e.key.p != nil {
				switch it.kind {
				case 0:
					return e.key, true, nil
				case 1:
					return e.val, true, nil
				}
				return NewTuple(e.key, e.val), true, nil
			}
		}
		it.d = nil
		return Null, false, nil
	}
	for i, name := range []string{"dict_keys", "dict_values", "dict_items"} {
		vt := newBuiltinType(name, ObjectType)
		kind := i
		vt.iter = func(v Value) (Value, *Exception) { return dictIterNew((*dictView)(v.p).d, kind), nil }
		vt.length = func(v Value) (int, *Exception) { return (*dictView)(v.p).d.used, nil }
		vt.repr = func(v Value) (Value, *Exception) {
			items, err := iterToSlice(v)
			if err != nil {
				return Null, err
			}
			r, err := seqRepr(items, "[", "]")
			if err != nil {
				return Null, err
			}
			return NewStr(name + "(" + r.str().s + ")"), nil
		}
		if kind == 0 {
			vt.contains = func(o, k Value) (bool, *Exception) {
				_, ok, err := (*dictView)(o.p).d.Get(k)
				return ok, err
			}
		}
		switch i {
		case 0:
			DictKeysType = vt
		case 1:
			DictValuesType = vt
		case 2:
			DictItemsType = vt
		}
	}
}

const nbInplaceOr = nbOr + nbNumBase

// dictUpdate merges a mapping or an iterable of pairs into d.
func dictUpdate(d *Dict, src Value) *Exception {
	if src.Type() == DictType {
		var err *Exception
		src.dict().each(func(k, v Value) bool {
			err = d.Set(k, v)
			return err == nil
		})
		return err
	}
	if keys := src.Type().lookupS("keys"); keys.p != nil {
		ks, err := callMethod(keys, src)
		if err != nil {
			return err
		}
		items, err := iterToSlice(ks)
		if err != nil {
			return err
		}
		for _, k := range items {
			v, err := GetItem(src, k)
			if err != nil {
				return err
			}
			if err := d.Set(k, v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := GetIter(src)
	if err != nil {
		return err
	}
	for n := 0; ; n++ {
		x, ok, err := Next(it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		pair, err := iterToSlice(x)
		if err != nil {
			return newErr(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
		}
		if len(pair) != 2 {
			return newErr(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		if err := d.Set(pair[0], pair[1]); err != nil {
			return err
		}
	}
}

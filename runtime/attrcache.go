package runtime

// The instance-attribute fast paths of LOAD_ATTR and STORE_ATTR: an entry
// number remembered per instruction (the hint) is checked with one pointer
// compare before the instance dict is probed by hash.

var genericSetattrPtr uintptr // set in init: a package-level initializer would be a cycle

func init() { genericSetattrPtr = fnPtr(genericSetattr) }

// instGet reads name from an instance dict, trying the hint first.
func (c *attrCache) instGet(d *Dict, name *Str) (Value, bool) {
	if ix := int(c.hint); uint(ix) < uint(len(d.entries)) && d.entries[ix].key.p == unsafePtr(name) {
		return d.entries[ix].val, true
	}
	return c.instGetSlow(d, name)
}

func (c *attrCache) instGetSlow(d *Dict, name *Str) (Value, bool) {
	ix := d.indexOf(name)
	if ix < 0 {
		return Null, false
	}
	c.hint = int32(ix)
	return d.entries[ix].val, true
}

// fillStore fills the cache for STORE_ATTR on instances of t.
func (c *attrCache) fillStore(t *Type, name *Str) {
	hint := c.hint
	*c = attrCache{hint: hint}
	if t.layout != layoutInstance || t.setattr == nil || fnPtr(t.setattr) != genericSetattrPtr {
		return
	}
	descr := t.lookup(name)
	if descr.p != nil && descr.Type().descrSet != nil {
		return
	}
	c.t, c.ver, c.store = t, typeVersion, true
}

// instSet writes name into an instance dict, trying the hint first.
func (c *attrCache) instSet(o *Instance, name *Str, v Value) {
	d := o.dict
	if ix := int(c.hint); uint(ix) < uint(len(d.entries)) && d.entries[ix].key.p == unsafePtr(name) {
		d.entries[ix].val = v
		d.bump()
		return
	}
	d.setStr(name, v)
	ix := len(d.entries) - 1
	if ix < 0 || d.entries[ix].key.p != unsafePtr(name) {
		ix = d.indexOf(name)
	}
	c.hint = int32(ix)
	if t := o.typ; d.used > t.attrHint && d.used <= 64 {
		t.attrHint = d.used
	}
}

// initInlineDict makes d an empty dict over storage the caller allocated
// with it: an index of len(idx) slots (a power of two) and entries with
// room for as many keys as that index holds before it grows.
func initInlineDict(d *Dict, idx []int32, ents []dictEntry) {
	d.typ = DictType
	for i := range idx {
		idx[i] = -1
	}
	d.index = idx
	d.entries = ents
	dictVersion++
	d.keysVersion = dictVersion
}

// pyInit is t's __init__ when it is a Python function that is not a
// generator (CALL_ALLOC_AND_ENTER_INIT's case), remembered per type while
// typeVersion holds, else nil.
func (t *Type) pyInit() *Function {
	if t.initVer != typeVersion {
		t.initFn = nil
		if iv := t.lookup(strInit); iv.p != nil && iv.p != intTag && iv.p != floatTag && iv.hdr().typ == FunctionType && iv.fn().code.flags&genFlags == 0 {
			t.initFn = iv.fn()
		}
		t.initVer = typeVersion
	}
	return t.initFn
}

// notIn reports whether the instance dict d lacks name (so a method found
// on the type is not shadowed), remembering the last dict that lacked it
// for as long as its keys do not change.
func (c *attrCache) notIn(d *Dict, name *Str) bool {
	if d == c.negDict && d.keysVersion == c.negKV {
		return true
	}
	return c.notInSlow(d, name)
}

func (c *attrCache) notInSlow(d *Dict, name *Str) bool {
	if d.indexOf(name) >= 0 {
		return false
	}
	c.negDict, c.negKV = d, d.keysVersion
	return true
}

// attrMiss handles a LOAD_ATTR/STORE_ATTR cache slot that does not hold
// type t: a site that sees two types (a method called on two subclasses)
// keeps both, swapping the second one in; it reports whether the slot now
// holds t. If not, the old entry becomes the second one and the caller
// refills the slot.
func (c *Code) attrMiss(i uint16, t *Type) bool {
	ac, ac2 := &c.acache[i], &c.acache2[i]
	if ac2.t == t && ac2.ver == typeVersion {
		*ac, *ac2 = *ac2, *ac
		return true
	}
	if ac.t != nil && ac.ver == typeVersion {
		*ac2 = *ac
	}
	return false
}

// pair is the 2-tuple (a, b) in one allocation.
func pair(a, b Value) Value {
	t := allocTuple(2)
	t.items[0], t.items[1] = a, b
	return obj(t)
}

// fillClass remembers cls.name for LOAD_ATTR_CLASS when type.__getattribute__
// would return the MRO's value itself: no data descriptor on the metatype,
// and a value that is a function, a method descriptor or no descriptor.
func (c *attrCache) fillClass(cls *Type, name *Str) {
	switch name.s {
	case "__dict__", "__name__", "__qualname__", "__mro__", "__bases__", "__base__":
		return
	}
	if m := TypeType.lookup(name); m.p != nil && m.Type().descrSet != nil {
		return
	}
	v := cls.lookup(name)
	if v.p == nil {
		return
	}
	if vt := v.Type(); vt != FunctionType && vt != MethodDescrType && vt.descrGet != nil {
		return
	}
	c.cls, c.clsVal, c.clsVer = cls, v, typeVersion
}

// listSliceBounds is PySlice_AdjustIndices for a step-1 slice whose bounds are
// inline ints or None; ok is false for any other bound.
func listSliceBounds(a, b Value, n int) (lo, hi int, ok bool) {
	lo, hi = 0, n
	switch {
	case a.p == intTag:
		lo = clampIndex(a.Int(), n)
	case a.p != unsafePtr(noneObj):
		return 0, 0, false
	}
	switch {
	case b.p == intTag:
		hi = clampIndex(b.Int(), n)
	case b.p != unsafePtr(noneObj):
		return 0, 0, false
	}
	if hi < lo {
		hi = lo
	}
	return lo, hi, true
}

func clampIndex(i int64, n int) int {
	if i < 0 {
		i += int64(n)
		if i < 0 {
			return 0
		}
	}
	if i > int64(n) {
		return n
	}
	return int(i)
}

// fillBinop fills a BINARY_OP cache for two operands of heap type t: the
// Python function its slot for op would call.
func (c *attrCache) fillBinop(t *Type, op int) {
	*c = attrCache{t: t, ver: typeVersion}
	if !t.heap || t.layout != layoutInstance || op >= nbNumBase || binOps[op].dn == nil || t.num[op] == nil || t.num[op] != binOps[op].slot {
		return
	}
	if d := t.lookup(binOps[op].dn); d.p != nil && d.p != intTag && d.p != floatTag && d.hdr().typ == FunctionType && d.fn().code.exactArgs == 2 {
		c.dunder = d.fn()
	}
}

// binopNotImplemented finishes BINARY_OP when the dunder run in the loop
// returned NotImplemented: the rest of BinaryOp's protocol for two
// operands of one type (no reflected call: binary_op1 skips it then).
func binopNotImplemented(a, b Value, op int) (Value, *Exception) {
	if op == nbAdd || op == nbMul {
		if r, err, ok := seqOp(a, b, op); ok {
			return r, err
		}
	}
	if f := binOps[op].fallback; f != nil {
		if r, err := f(a, b); err != nil || !r.isNotImpl() {
			return r, err
		}
	}
	return Null, binopTypeError(a, b, op, binOps[op].symbol)
}

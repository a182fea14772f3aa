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
	if d.indexOf(name) >= 0 {
		return false
	}
	c.negDict, c.negKV = d, d.keysVersion
	return true
}

package runtime

// Dict is a dict object: an insertion-ordered table of entries plus an
// open-addressing index of entry numbers, as CPython's compact dict.
// Deleted entries leave a hole (key Null) that iteration skips; the table
// is compacted when it grows. Lookups of interned str keys compare
// pointers before strings. The index grows as dictobject.c's does: when
// the entries made since the last resize reach two thirds of it, to the
// power of two holding used*3 (GROWTH_RATE), with the entries array
// allocated at that capacity once, so building a dict copies each entry
// about once and never through append's growth.
type Dict struct {
	Header
	entries []dictEntry
	index   []int32 // -1 empty, -2 deleted, else entry number
	used    int
	fill    int    // entries made since the index was built (dk_nentries + the popped)
	version uint64 // bumped on every change
	// keysVersion changes when a key is added or removed (or the table
	// is rebuilt), so an entry index stays valid while it does not
	keysVersion uint64
}

type dictEntry struct {
	key, val Value
	hash     int64
}

var dictVersion uint64

func NewDict() *Dict { return &Dict{Header: Header{DictType}} }

// newDictSized is _PyDict_NewPresized: a dict with room for n items.
func newDictSized(n int) *Dict {
	d := NewDict()
	if n > 5 {
		d.resize(indexSizeFor((n*3 + 1) / 2))
	}
	return d
}

func (d *Dict) Len() int { return d.used }

func (d *Dict) bump() {
	dictVersion++
	d.version = dictVersion
}

// indexSizeFor is the smallest power of two from 8 holding minsize.
func indexSizeFor(minsize int) int {
	n := 8
	for n < minsize {
		n <<= 1
	}
	return n
}

// grow rebuilds the index for the next insertion (insertion_resize).
func (d *Dict) grow() { d.resize(indexSizeFor(d.used * 3)) }

// resize rebuilds the index at n slots, compacting out holes; the entries
// array keeps its place when it is hole-free and big enough.
func (d *Dict) resize(n int) {
	usable := n * 2 / 3
	if d.used != len(d.entries) || cap(d.entries) < usable {
		entries := make([]dictEntry, 0, usable)
		for _, e := range d.entries {
			if e.key.p != nil {
				entries = append(entries, e)
			}
		}
		d.entries = entries
	}
	d.fill = len(d.entries)
	dictVersion++
	d.keysVersion = dictVersion
	if cap(d.index) >= n {
		d.index = d.index[:n]
	} else {
		d.index = make([]int32, n)
	}
	for i := range d.index {
		d.index[i] = -1
	}
	mask := uint64(n - 1)
	for i := range d.entries {
		h := uint64(d.entries[i].hash)
		pert := h
		j := h & mask
		for d.index[j] != -1 {
			pert >>= 5
			j = (j*5 + pert + 1) & mask
		}
		d.index[j] = int32(i)
	}
}

// find returns the index slot and the entry number for key (-1 if absent).
func (d *Dict) find(key Value, h int64) (slot int, ent int, err *Exception) {
	if d.index == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	uh := uint64(h)
	pert := uh
	j := uh & mask
	free := -1
	for {
		ix := d.index[j]
		if ix == -1 {
			if free < 0 {
				free = int(j)
			}
			return free, -1, nil
		}
		if ix == -2 {
			if free < 0 {
				free = int(j)
			}
		} else {
			e := &d.entries[ix]
			if e.key.p == key.p && e.key.n == key.n {
				return int(j), int(ix), nil
			}
			if e.hash == h {
				eq, err := keyEq(e.key, key)
				if err != nil {
					return 0, -1, err
				}
				if eq {
					return int(j), int(ix), nil
				}
			}
		}
		pert >>= 5
		j = (j*5 + pert + 1) & mask
	}
}

func keyEq(a, b Value) (bool, *Exception) {
	if a.p == b.p && a.p != nil && a.p != intTag && a.p != floatTag {
		return true, nil
	}
	ta, tb := a.Type(), b.Type()
	if ta == StrType && tb == StrType {
		return a.str().s == b.str().s, nil
	}
	return Equal(a, b)
}

// lookup returns the entry number of key (-1 if absent); unlike find it
// tracks no free slot.
func (d *Dict) lookup(key Value, h int64) (int, *Exception) {
	if d.index == nil {
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	uh := uint64(h)
	pert := uh
	j := uh & mask
	for {
		ix := d.index[j]
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == key {
				return int(ix), nil
			}
			if e.hash == h {
				eq, err := keyEq(e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(ix), nil
				}
			}
		} else if ix == -1 {
			return -1, nil
		}
		pert >>= 5
		j = (j*5 + pert + 1) & mask
	}
}

// Get returns d[key].
func (d *Dict) Get(key Value) (Value, bool, *Exception) {
	var h int64
	if key.p == intTag {
		h = intHash(key.Int())
	} else if key.p != floatTag && key.hdr().typ == StrType {
		h = strHash(key.str())
	} else {
		var err *Exception
		if h, err = Hash(key); err != nil {
			return Null, false, err
		}
	}
	ix, err := d.lookup(key, h)
	if ix < 0 {
		return Null, false, err
	}
	return d.entries[ix].val, true, nil
}

// Set does d[key] = val.
func (d *Dict) Set(key, val Value) *Exception {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return d.setH(key, h, val)
}

func (d *Dict) setH(key Value, h int64, val Value) *Exception {
	slot, ix, err := d.find(key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].val = val
		d.bump()
		return nil
	}
	if d.fill >= len(d.index)*2/3 {
		d.grow()
		slot = d.emptySlot(h)
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key, val, h})
	d.used++
	d.fill++
	d.bump()
	d.keysVersion = dictVersion
	return nil
}

// emptySlot is find_empty_slot: the first empty slot of h's probe
// sequence in a freshly built index.
func (d *Dict) emptySlot(h int64) int {
	mask := uint64(len(d.index) - 1)
	pert := uint64(h)
	j := pert & mask
	for d.index[j] != -1 {
		pert >>= 5
		j = (j*5 + pert + 1) & mask
	}
	return int(j)
}

// Delete removes key; found is false if it was absent.
func (d *Dict) Delete(key Value) (bool, *Exception) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	slot, ix, err := d.find(key, h)
	if err != nil || ix < 0 {
		return false, err
	}
	d.index[slot] = -2
	d.entries[ix] = dictEntry{}
	d.used--
	d.bump()
	d.keysVersion = dictVersion
	return true, nil
}

func (d *Dict) getStr(k *Str) (Value, bool) {
	if ix := d.indexOf(k); ix >= 0 {
		return d.entries[ix].val, true
	}
	return Null, false
}

// indexOf returns the entry number of str key k, or -1.
func (d *Dict) indexOf(k *Str) int {
	if d.index == nil {
		return -1
	}
	h := strHash(k)
	mask := uint64(len(d.index) - 1)
	uh := uint64(h)
	pert := uh
	j := uh & mask
	for {
		ix := d.index[j]
		if ix == -1 {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key.p == unsafePtr(k) {
				return int(ix)
			}
			if e.hash == h && e.key.Type() == StrType && e.key.str().s == k.s {
				return int(ix)
			}
		}
		pert >>= 5
		j = (j*5 + pert + 1) & mask
	}
}

func (d *Dict) setStr(k *Str, v Value) { d.setH(obj(k), strHash(k), v) }

func (d *Dict) GetS(k string) (Value, bool) { return d.getStr(intern(k)) }
func (d *Dict) SetS(k string, v Value)      { d.setStr(intern(k), v) }

// items iterates live entries in order.
func (d *Dict) each(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.p != nil {
			if !f(e.key, e.val) {
				return
			}
		}
	}
}

func (d *Dict) copy() *Dict {
	n := &Dict{Header: Header{DictType}}
	if d.used == 0 {
		return n
	}
	if d.used == len(d.entries) && len(d.entries) > 0 {
		// hole-free: the entries and the index copy as they are
		n.entries = make([]dictEntry, len(d.entries), max(cap(d.entries), len(d.index)*2/3))
		copy(n.entries, d.entries)
		n.index = append([]int32(nil), d.index...)
		n.used, n.fill = d.used, d.used
		dictVersion++
		n.keysVersion = dictVersion
		return n
	}
	n.entries = d.entries // resize compacts it into a new array
	n.used = d.used
	n.resize(indexSizeFor((d.used*3 + 1) / 2))
	return n
}

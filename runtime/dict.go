package runtime

// Dict is a dict object: an insertion-ordered table of entries plus an
// open-addressing index of entry numbers, as CPython's compact dict.
// Deleted entries leave a hole (key Null) that iteration skips; the table
// is compacted when it grows. Lookups of interned str keys compare
// pointers before strings.
//
// This table is the placeholder until the htab branch's lands.
type Dict struct {
	Header
	entries []dictEntry
	index   []int32 // -1 empty, -2 deleted, else entry number
	used    int
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

func (d *Dict) Len() int { return d.used }

func (d *Dict) bump() {
	dictVersion++
	d.version = dictVersion
}

func (d *Dict) grow() {
	n := 8
	for n*2 <= (d.used+1)*3 {
		n *= 2
	}
	if n < 8 {
		n = 8
	}
	// compact entries
	if d.used != len(d.entries) {
		j := 0
		for _, e := range d.entries {
			if e.key.p != nil {
				d.entries[j] = e
				j++
			}
		}
		clear(d.entries[j:])
		d.entries = d.entries[:j]
	}
	dictVersion++
	d.keysVersion = dictVersion
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = -1
	}
	mask := uint64(n - 1)
	for i, e := range d.entries {
		h := uint64(e.hash)
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

// Get returns d[key].
func (d *Dict) Get(key Value) (Value, bool, *Exception) {
	h, err := Hash(key)
	if err != nil {
		return Null, false, err
	}
	_, ix, err := d.find(key, h)
	if err != nil || ix < 0 {
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
	if d.index == nil || (len(d.entries)+1)*3 >= len(d.index)*2 {
		d.grow()
		slot, _, _ = d.find(key, h)
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key, val, h})
	d.used++
	d.bump()
	d.keysVersion = dictVersion
	return nil
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
	n.entries = make([]dictEntry, 0, d.used)
	d.each(func(k, v Value) bool {
		n.entries = append(n.entries, dictEntry{k, v, 0})
		return true
	})
	for i := range n.entries {
		n.entries[i].hash, _ = Hash(n.entries[i].key)
	}
	n.used = len(n.entries)
	n.grow()
	return n
}

package hashtab

import (
	"errors"
	"math/bits"
)

// Eq reports whether a key stored in a table equals the key looked up. It
// is Python's ==, called as CPython calls it (stored key on the left), and
// may fail (the error is passed on) or mutate the table (the lookup then
// starts over, as CPython's does).
type Eq[K any] func(stored, key K) (bool, error)

// NotFound is the index Lookup returns for a key the table does not hold.
const NotFound = -1

// Index values in Dict.indices besides entry numbers (DKIX_EMPTY, DKIX_DUMMY).
const (
	ixEmpty = -1
	ixDummy = -2
)

const (
	dictLog2MinSize = 3 // PyDict_LOG_MINSIZE
	perturbShift    = 5
	maxPresizeLog2  = 17
)

// ErrMutated is what Dict.Merge returns when the source dict changed size
// under it: RuntimeError("dict mutated during update") for the VM.
var ErrMutated = errors.New("dict mutated during update")

// DictEntry is one slot of a Dict's entries array, in insertion order. A
// deleted entry has Hash -1 (no Python hash is -1) and zero Key and Value.
type DictEntry[K, V any] struct {
	Hash  int64
	Key   K
	Value V
}

// Live reports whether the entry holds an item (was not deleted).
func (e *DictEntry[K, V]) Live() bool { return e.Hash != -1 }

// Dict is CPython 3.13's combined-table dict: a hash index of entry numbers
// over an append-only entries array. See doc.go.
type Dict[K comparable, V any] struct {
	indices []int32           // len is the table size (a power of 2), or 0 for the empty keys
	entries []DictEntry[K, V] // len is dk_nentries, cap is USABLE_FRACTION(size)
	used    int               // ma_used
	usable  int               // dk_usable
	unicode bool              // DICT_KEYS_UNICODE: every key so far an exact str
	gen     uint64            // bumped when the keys object is replaced (resize, clear)
	kver    uint64            // KeysVersion
	ver     uint64            // Version
}

func usableFraction(n int) int { return (n << 1) / 3 }

// log2Keysize is 3.13.0's calculate_log2_keysize, bit for bit: the
// smallest table size >= minsize, except that an exact power of two from 16
// up gets twice that (the formula ors in PyDict_MINSIZE before subtracting
// one; later versions use a max and lose the quirk).
func log2Keysize(minsize int) uint {
	m := uint(minsize|1<<dictLog2MinSize) - 1
	return uint(bits.Len(m | (1<<dictLog2MinSize - 1)))
}

// estimateLog2Keysize is the size that holds n items without a resize.
func estimateLog2Keysize(n int) uint { return log2Keysize((n*3 + 1) / 2) }

// NewDict returns an empty dict (PyDict_New: the shared empty keys, so the
// first insertion allocates the minimum table).
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{unicode: true}
}

// NewDictPresized is _PyDict_NewPresized, as BUILD_MAP and dict displays
// make their dict: room for n items, the keys kind unicode when every key
// is an exact str.
func NewDictPresized[K comparable, V any](n int, unicode bool) *Dict[K, V] {
	d := &Dict[K, V]{unicode: true}
	if n <= usableFraction(1<<dictLog2MinSize) {
		return d
	}
	l := uint(maxPresizeLog2)
	if n <= usableFraction(1<<maxPresizeLog2) {
		l = estimateLog2Keysize(n)
	}
	d.newKeys(l, unicode)
	return d
}

// Len is len(d).
func (d *Dict[K, V]) Len() int { return d.used }

// Entries is the entries array in insertion order, holes included; index it
// with what Lookup returns. It is valid until the next mutation.
func (d *Dict[K, V]) Entries() []DictEntry[K, V] { return d.entries }

// Entry returns entry ix (as Lookup returned it).
func (d *Dict[K, V]) Entry(ix int) *DictEntry[K, V] { return &d.entries[ix] }

// Next returns the index of the first live entry at or after pos, or -1:
// iteration is `for i := d.Next(0); i >= 0; i = d.Next(i + 1)`.
func (d *Dict[K, V]) Next(pos int) int {
	for ; pos < len(d.entries); pos++ {
		if d.entries[pos].Hash != -1 {
			return pos
		}
	}
	return -1
}

// Version changes on every mutation (values included): a cache of a value
// read from d is valid while it stays the same.
func (d *Dict[K, V]) Version() uint64 { return d.ver }

// KeysVersion changes when the set of keys or their entry indices change
// (insertion of a new key, deletion, resize, clear), not when a value is
// replaced: a cached entry index is valid while it stays the same.
func (d *Dict[K, V]) KeysVersion() uint64 { return d.kver }

// UnicodeKeys reports whether the table is of CPython's unicode kind.
func (d *Dict[K, V]) UnicodeKeys() bool { return d.unicode }

func (d *Dict[K, V]) newKeys(log2 uint, unicode bool) {
	size := 1 << log2
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	d.entries = make([]DictEntry[K, V], 0, usableFraction(size))
	d.usable = usableFraction(size)
	d.unicode = unicode
	d.gen++
	d.kver++
	d.ver++
}

// resize is dictresize: a new table of 2**log2 slots holding the live
// entries, compacted, in order.
func (d *Dict[K, V]) resize(log2 uint, unicode bool) {
	old := d.entries
	d.newKeys(log2, unicode && d.unicode)
	n := 0
	if len(old) == d.used {
		d.entries = append(d.entries, old...)
	} else {
		for i := range old {
			if old[i].Hash != -1 {
				d.entries = append(d.entries, old[i])
			}
		}
	}
	mask := uint64(len(d.indices) - 1)
	for ix := range d.entries {
		h := uint64(d.entries[ix].Hash)
		i := h & mask
		for perturb := h; d.indices[i] != ixEmpty; {
			perturb >>= perturbShift
			i = mask & (i*5 + perturb + 1)
		}
		d.indices[i] = int32(ix)
		n++
	}
	d.usable -= n
}

// insertionResize grows (or compacts) by GROWTH_RATE: used*3.
func (d *Dict[K, V]) insertionResize(unicode bool) {
	d.resize(log2Keysize(d.used*3), unicode)
}

// Lookup returns the entry index of key, or NotFound. It probes as
// CPython's do_lookup: identity first, then equal hashes through eq.
func (d *Dict[K, V]) Lookup(key K, hash int64, eq Eq[K]) (int, error) {
restart:
	if len(d.indices) == 0 {
		return NotFound, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := perturb & mask
	for {
		ix := d.indices[i]
		if ix >= 0 {
			e := &d.entries[ix]
			if e.Key == key {
				return int(ix), nil
			}
			if e.Hash == hash {
				gen, start := d.gen, e.Key
				ok, err := eq(start, key)
				if err != nil {
					return NotFound, err
				}
				if d.gen != gen || int(ix) >= len(d.entries) || d.entries[ix].Key != start {
					goto restart // eq mutated the dict: DKIX_KEY_CHANGED
				}
				if ok {
					return int(ix), nil
				}
			}
		} else if ix == ixEmpty {
			return NotFound, nil
		}
		perturb >>= perturbShift
		i = mask & (i*5 + perturb + 1)
	}
}

// Get returns the value for key.
func (d *Dict[K, V]) Get(key K, hash int64, eq Eq[K]) (v V, found bool, err error) {
	ix, err := d.Lookup(key, hash, eq)
	if ix < 0 {
		return v, false, err
	}
	return d.entries[ix].Value, true, nil
}

// Set is d[key] = value (insertdict). str says whether key is an exact str:
// storing any other key into a unicode-kind table first converts it, as
// CPython does, which resizes.
func (d *Dict[K, V]) Set(key K, hash int64, value V, str bool, eq Eq[K]) error {
	if d.unicode && !str && len(d.indices) > 0 {
		d.insertionResize(false)
	}
	ix, err := d.Lookup(key, hash, eq)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].Value = value
		d.ver++
		return nil
	}
	d.insertNew(key, hash, value, str)
	return nil
}

// InsertNew adds an item whose key Lookup has just reported missing (as
// setdefault does after its lookup), and returns its entry index.
func (d *Dict[K, V]) InsertNew(key K, hash int64, value V, str bool) int {
	if d.unicode && !str && len(d.indices) > 0 {
		d.insertionResize(false)
	}
	return d.insertNew(key, hash, value, str)
}

func (d *Dict[K, V]) insertNew(key K, hash int64, value V, str bool) int {
	if len(d.indices) == 0 {
		d.newKeys(dictLog2MinSize, str) // insert_to_emptydict
	} else if d.usable <= 0 {
		d.insertionResize(true)
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := perturb & mask
	for d.indices[i] >= 0 { // find_empty_slot: an empty or dummy slot
		perturb >>= perturbShift
		i = mask & (i*5 + perturb + 1)
	}
	ix := len(d.entries)
	d.indices[i] = int32(ix)
	d.entries = append(d.entries, DictEntry[K, V]{Hash: hash, Key: key, Value: value})
	d.used++
	d.usable--
	d.kver++
	d.ver++
	return ix
}

// slotOf is lookdict_index: the index slot that holds entry ix.
func (d *Dict[K, V]) slotOf(hash int64, ix int) uint64 {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := perturb & mask
	for int(d.indices[i]) != ix {
		perturb >>= perturbShift
		i = mask & (i*5 + perturb + 1)
	}
	return i
}

// DeleteAt removes entry ix (delitem_common), which must be live.
func (d *Dict[K, V]) DeleteAt(ix int) {
	e := &d.entries[ix]
	d.indices[d.slotOf(e.Hash, ix)] = ixDummy
	*e = DictEntry[K, V]{Hash: -1}
	d.used--
	d.kver++
	d.ver++
}

// Delete is `del d[key]` without the KeyError: it reports whether key was
// there and returns its value.
func (d *Dict[K, V]) Delete(key K, hash int64, eq Eq[K]) (old V, found bool, err error) {
	ix, err := d.Lookup(key, hash, eq)
	if ix < 0 {
		return old, false, err
	}
	old = d.entries[ix].Value
	d.DeleteAt(ix)
	return old, true, nil
}

// PopItem removes and returns the last item (LIFO), reporting false when d
// is empty (KeyError "popitem(): dictionary is empty" for the VM).
func (d *Dict[K, V]) PopItem() (k K, v V, ok bool) {
	if d.used == 0 {
		return k, v, false
	}
	i := len(d.entries) - 1
	for d.entries[i].Hash == -1 {
		i--
	}
	e := &d.entries[i]
	k, v = e.Key, e.Value
	d.indices[d.slotOf(e.Hash, i)] = ixDummy
	*e = DictEntry[K, V]{Hash: -1}
	// Trailing holes go too; dk_usable stays, so the slots are reused.
	clear(d.entries[i:])
	d.entries = d.entries[:i]
	d.used--
	d.kver++
	d.ver++
	return k, v, true
}

// Clear empties d back to the shared empty keys (PyDict_Clear).
func (d *Dict[K, V]) Clear() {
	if len(d.indices) == 0 && d.used == 0 {
		return
	}
	d.indices, d.entries = nil, nil
	d.used, d.usable = 0, 0
	d.unicode = true
	d.gen++
	d.kver++
	d.ver++
}

// clone copies the keys object as clone_combined_dict_keys: same size,
// holes kept.
func (d *Dict[K, V]) clone() *Dict[K, V] {
	c := &Dict[K, V]{used: d.used, usable: d.usable, unicode: d.unicode, gen: 1, kver: 1, ver: 1}
	c.indices = append([]int32(nil), d.indices...)
	c.entries = make([]DictEntry[K, V], len(d.entries), cap(d.entries))
	copy(c.entries, d.entries)
	return c
}

// Copy is d.copy() (PyDict_Copy): the table cloned when at most a third of
// its entries are holes, else rebuilt by Merge (whose insertions compare
// keys of equal hash, so eq may run and fail).
func (d *Dict[K, V]) Copy(isStr func(K) bool, eq Eq[K]) (*Dict[K, V], error) {
	if d.used == 0 {
		return NewDict[K, V](), nil
	}
	if d.used >= len(d.entries)*2/3 {
		return d.clone(), nil
	}
	c := NewDict[K, V]()
	if _, err := c.Merge(d, MergeOverride, isStr, eq); err != nil {
		return nil, err
	}
	return c, nil
}

// MergeMode is dict_merge's override argument.
type MergeMode int

const (
	MergeKeep     MergeMode = 0 // keep existing values (PyDict_Merge(a, b, 0))
	MergeOverride MergeMode = 1 // d.update(other)
	MergeError    MergeMode = 2 // f(**a, **b): a repeated key is an error
)

// Merge adds other's items to d in other's order as dict_merge does for a
// dict argument: a clone into an empty d when other is compact, else one
// presize and then an insertion per item. isStr says which keys are exact
// strs (nil: those of a unicode-kind other, and no others). In
// MergeError mode a key d has already stops the merge: dup is its entry
// index in other (KeyError for the VM). ErrMutated reports that eq changed
// other's size.
func (d *Dict[K, V]) Merge(other *Dict[K, V], mode MergeMode, isStr func(K) bool, eq Eq[K]) (dup int, err error) {
	dup = -1
	if other == d || other.used == 0 {
		return dup, nil
	}
	if d.used == 0 {
		mode = MergeOverride
		l := 0
		for n := len(other.indices); n > 1; n >>= 1 {
			l++
		}
		if other.used == len(other.entries) &&
			(l == dictLog2MinSize || usableFraction(len(other.indices)/2) < other.used) {
			c := other.clone()
			c.gen, c.kver, c.ver = d.gen+1, d.kver+1, d.ver+1
			*d = *c
			return dup, nil
		}
	}
	if usableFraction(max(len(d.indices), 1)) < other.used {
		d.resize(estimateLog2Keysize(d.used+other.used), other.unicode)
	}
	orig := len(other.entries)
	for i := 0; i < len(other.entries); i++ {
		e := other.entries[i]
		if e.Hash == -1 {
			continue
		}
		str := other.unicode
		if isStr != nil {
			str = isStr(e.Key)
		}
		if mode == MergeOverride {
			err = d.Set(e.Key, e.Hash, e.Value, str, eq)
		} else {
			var ix int
			ix, err = d.Lookup(e.Key, e.Hash, eq)
			if err == nil {
				if ix < 0 {
					err = d.Set(e.Key, e.Hash, e.Value, str, eq)
				} else if mode == MergeError {
					return i, nil
				}
			}
		}
		if err != nil {
			return dup, err
		}
		if orig != len(other.entries) {
			return dup, ErrMutated
		}
	}
	return dup, nil
}

// Presize makes room for n items at once (dictresize to
// estimate_log2_keysize(n)), as dict.fromkeys does for a dict or set.
func (d *Dict[K, V]) Presize(n int, unicode bool) {
	d.resize(estimateLog2Keysize(n), unicode)
}

// SizeOf is d.__sizeof__() in CPython 3.13 for a combined table: the dict
// object, plus its keys object unless that is the shared empty one.
func (d *Dict[K, V]) SizeOf() int {
	const dictObject, keysObject = 48, 32
	if len(d.indices) == 0 {
		return dictObject
	}
	size := len(d.indices)
	ib := size
	switch {
	case size >= 1<<32:
		ib = size * 8
	case size >= 1<<16:
		ib = size * 4
	case size >= 1<<8:
		ib = size * 2
	}
	es := 24
	if d.unicode {
		es = 16
	}
	return dictObject + keysObject + ib + usableFraction(size)*es
}

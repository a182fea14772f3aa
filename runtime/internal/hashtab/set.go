package hashtab

import "github.com/peglab/peglab/runtime/internal/pyhash"

const (
	setMinSize   = 8 // PySet_MINSIZE
	linearProbes = 9 // LINEAR_PROBES
)

// setEntry is one slot: empty (zero Key, Hash 0), dummy (zero Key, Hash -1,
// a deleted key) or active (non-zero Key).
type setEntry[K any] struct {
	Key  K
	Hash int64
}

// Set is CPython 3.13's set table. The zero K is the empty key (NULL) and
// must never be stored; the VM's Null Value never is. See doc.go.
type Set[K comparable] struct {
	table  []setEntry[K] // nil stands for the empty small table
	fill   int           // active + dummy slots
	used   int           // active slots
	finger int           // where Pop starts looking
	gen    uint64        // bumped when the table is replaced by one elsewhere
}

// NewSet returns an empty set.
func NewSet[K comparable]() *Set[K] { return &Set[K]{} }

// Len is len(s).
func (s *Set[K]) Len() int { return s.used }

func (s *Set[K]) mask() uint64 {
	if s.table == nil {
		return setMinSize - 1
	}
	return uint64(len(s.table) - 1)
}

// Next returns the slot of the first item at or after pos, or -1, with the
// item: iteration is `for i, k, _ := s.Next(0); i >= 0; i, k, _ = s.Next(i + 1)`,
// which is CPython's order (setiter_iternext, set_next).
func (s *Set[K]) Next(pos int) (int, K, int64) {
	var zero K
	for ; pos < len(s.table); pos++ {
		if e := &s.table[pos]; e.Key != zero {
			return pos, e.Key, e.Hash
		}
	}
	return -1, zero, 0
}

// lookkey is set_lookkey: the slot holding key, or -1.
func (s *Set[K]) lookkey(key K, hash int64, eq Eq[K]) (int, error) {
	var zero K
restart:
	if s.table == nil {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := perturb & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.Hash == 0 && e.Key == zero {
				return -1, nil
			}
			if e.Hash == hash {
				start := e.Key
				if start == key {
					return int(j), nil
				}
				gen := s.gen
				ok, err := eq(start, key)
				if err != nil {
					return -1, err
				}
				if s.gen != gen || s.table[j].Key != start {
					goto restart
				}
				if ok {
					return int(j), nil
				}
				mask = uint64(len(s.table) - 1)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains is `key in s`.
func (s *Set[K]) Contains(key K, hash int64, eq Eq[K]) (bool, error) {
	j, err := s.lookkey(key, hash, eq)
	return j >= 0, err
}

// Add is s.add(key) (set_add_entry): into the first empty slot of the
// probe sequence, or the last dummy before it.
func (s *Set[K]) Add(key K, hash int64, eq Eq[K]) error {
	var zero K
restart:
	if s.table == nil {
		s.table = make([]setEntry[K], setMinSize)
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := perturb & mask
	free := -1
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.Hash == 0 && e.Key == zero {
				if free >= 0 {
					if s.table[free].Hash != -1 {
						goto restart
					}
					s.table[free] = setEntry[K]{key, hash}
					s.used++
					return nil
				}
				*e = setEntry[K]{key, hash}
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				s.growAfterAdd()
				return nil
			}
			if e.Hash == hash {
				start := e.Key
				if start == key {
					return nil
				}
				gen := s.gen
				ok, err := eq(start, key)
				if ok {
					return nil
				}
				if err != nil {
					return err
				}
				if s.gen != gen || s.table[j].Key != start {
					goto restart
				}
				mask = uint64(len(s.table) - 1)
			} else if e.Hash == -1 {
				free = int(j) // the last dummy seen, as 3.13 does
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set[K]) growAfterAdd() {
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// insertClean is set_insert_clean: key is known absent and the table has
// no dummies.
func insertClean[K comparable](table []setEntry[K], key K, hash int64) {
	var zero K
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := perturb & mask
	for {
		if table[i].Key == zero {
			table[i] = setEntry[K]{key, hash}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].Key == zero {
					table[j] = setEntry[K]{key, hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two above minused,
// rebuilt from the old table's active entries in slot order.
func (s *Set[K]) resize(minused int) {
	var zero K
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	var small [setMinSize]setEntry[K]
	if newsize == setMinSize && len(old) <= setMinSize {
		// The small table is rebuilt in place, as CPython's smalltable is:
		// the same table as far as a lookup under way can tell.
		if s.fill == s.used {
			return // no dummies (or the empty small table)
		}
		copy(small[:], old)
		old = small[:]
		clear(s.table)
	} else {
		s.table = make([]setEntry[K], newsize)
		s.gen++
	}
	s.fill = s.used
	for i := range old {
		if old[i].Key != zero {
			insertClean(s.table, old[i].Key, old[i].Hash)
		}
	}
}

// Discard is s.discard(key) (set_discard_entry): reports whether key was
// there. The slot becomes a dummy; the table never shrinks here.
func (s *Set[K]) Discard(key K, hash int64, eq Eq[K]) (bool, error) {
	j, err := s.lookkey(key, hash, eq)
	if j < 0 {
		return false, err
	}
	s.table[j] = setEntry[K]{Hash: -1}
	s.used--
	return true, nil
}

// Pop is s.pop(): the first item from the finger on, wrapping around;
// false when s is empty (KeyError "pop from an empty set" for the VM).
func (s *Set[K]) Pop() (K, bool) {
	var zero K
	if s.used == 0 {
		return zero, false
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].Key == zero {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].Key
	s.table[i] = setEntry[K]{Hash: -1}
	s.used--
	s.finger = i + 1
	return k, true
}

// Clear is s.clear(): back to an empty small table.
func (s *Set[K]) Clear() {
	if s.table != nil && len(s.table) == setMinSize {
		clear(s.table)
	} else if s.table != nil {
		s.table = nil
		s.gen++
	}
	s.fill, s.used = 0, 0
}

// swap takes o's table (set_swap_bodies; the finger stays).
func (s *Set[K]) swap(o *Set[K]) {
	s.table, o.table = o.table, s.table
	s.fill, o.fill = o.fill, s.fill
	s.used, o.used = o.used, s.used
	s.gen++
	o.gen++
}

// GrowFor is the presize set.update does before adding n keys of a dict.
func (s *Set[K]) GrowFor(n int) {
	if uint64(s.fill+n)*5 >= s.mask()*3 {
		s.resize((s.used + n) * 2)
	}
}

// Merge is set_merge: s.update(other) for a set or frozenset other.
func (s *Set[K]) Merge(other *Set[K], eq Eq[K]) error {
	var zero K
	if other == s || other.used == 0 {
		return nil
	}
	s.GrowFor(other.used)
	if s.table == nil {
		s.table = make([]setEntry[K], setMinSize)
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		for i, e := range other.table {
			if e.Key != zero {
				s.table[i] = e
			}
		}
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.Key != zero {
				insertClean(s.table, e.Key, e.Hash)
			}
		}
		return nil
	}
	for i := 0; i < len(other.table); i++ {
		e := other.table[i]
		if e.Key != zero {
			if err := s.Add(e.Key, e.Hash, eq); err != nil {
				return err
			}
		}
	}
	return nil
}

// Copy is s.copy(): a new set merged from s.
func (s *Set[K]) Copy(eq Eq[K]) (*Set[K], error) {
	c := NewSet[K]()
	return c, c.Merge(s, eq)
}

// Iter yields the items of an iterable with their hashes: ok false at the
// end. An error (from the iterator or __hash__) stops the operation.
type Iter[K any] func() (key K, hash int64, ok bool, err error)

// Union is s | other: a copy of s, then other merged in.
func (s *Set[K]) Union(other *Set[K], eq Eq[K]) (*Set[K], error) {
	r, err := s.Copy(eq)
	if err != nil || other == s {
		return r, err
	}
	return r, r.Merge(other, eq)
}

// Intersection is s & other: the smaller set walked in its order, each item
// looked up in the larger.
func (s *Set[K]) Intersection(other *Set[K], eq Eq[K]) (*Set[K], error) {
	if other == s {
		return s.Copy(eq)
	}
	r := NewSet[K]()
	big, small := s, other
	if other.used > s.used {
		big, small = other, s
	}
	for i, k, h := small.Next(0); i >= 0; i, k, h = small.Next(i + 1) {
		in, err := big.Contains(k, h, eq)
		if err != nil {
			return nil, err
		}
		if in {
			if err := r.Add(k, h, eq); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// IntersectionIter is s.intersection(iterable): the iterable's items in its
// order, stopping once the result is as large as s.
func (s *Set[K]) IntersectionIter(next Iter[K], eq Eq[K]) (*Set[K], error) {
	r := NewSet[K]()
	for {
		k, h, ok, err := next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return r, nil
		}
		in, err := s.Contains(k, h, eq)
		if err != nil {
			return nil, err
		}
		if in {
			if err := r.Add(k, h, eq); err != nil {
				return nil, err
			}
			if r.used >= s.used {
				return r, nil
			}
		}
	}
}

// IntersectionUpdate is s &= other: s takes the intersection's table.
func (s *Set[K]) IntersectionUpdate(other *Set[K], eq Eq[K]) error {
	r, err := s.Intersection(other, eq)
	if err != nil {
		return err
	}
	s.swap(r)
	return nil
}

// IntersectionUpdateIter is s.intersection_update(iterable).
func (s *Set[K]) IntersectionUpdateIter(next Iter[K], eq Eq[K]) error {
	r, err := s.IntersectionIter(next, eq)
	if err != nil {
		return err
	}
	s.swap(r)
	return nil
}

// IsDisjoint is s.isdisjoint(other) for an exact set or frozenset other.
func (s *Set[K]) IsDisjoint(other *Set[K], eq Eq[K]) (bool, error) {
	if other == s {
		return s.used == 0, nil
	}
	big, small := s, other
	if other.used > s.used {
		big, small = other, s
	}
	for i, k, h := small.Next(0); i >= 0; i, k, h = small.Next(i + 1) {
		in, err := big.Contains(k, h, eq)
		if err != nil || in {
			return false, err
		}
	}
	return true, nil
}

// IsDisjointIter is s.isdisjoint(iterable).
func (s *Set[K]) IsDisjointIter(next Iter[K], eq Eq[K]) (bool, error) {
	for {
		k, h, ok, err := next()
		if err != nil || !ok {
			return err == nil, err
		}
		in, err := s.Contains(k, h, eq)
		if err != nil || in {
			return false, err
		}
	}
}

// shrinkAfterDifference drops the dummies when more than a quarter of the
// table holds them.
func (s *Set[K]) shrinkAfterDifference() {
	if uint64(s.fill-s.used) <= s.mask()/4 {
		return
	}
	s.growAfterAdd()
}

// DifferenceUpdate is s -= other (set_difference_update_internal); an other
// more than 8 times larger is first cut down to its intersection with s.
func (s *Set[K]) DifferenceUpdate(other *Set[K], eq Eq[K]) error {
	if other == s {
		s.Clear()
		return nil
	}
	if other.used>>3 > s.used {
		o, err := s.Intersection(other, eq)
		if err != nil {
			return err
		}
		other = o
	}
	for i, k, h := other.Next(0); i >= 0; i, k, h = other.Next(i + 1) {
		if _, err := s.Discard(k, h, eq); err != nil {
			return err
		}
	}
	s.shrinkAfterDifference()
	return nil
}

// DifferenceUpdateIter is s.difference_update(iterable), also for a dict's
// keys.
func (s *Set[K]) DifferenceUpdateIter(next Iter[K], eq Eq[K]) error {
	for {
		k, h, ok, err := next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if _, err := s.Discard(k, h, eq); err != nil {
			return err
		}
	}
	s.shrinkAfterDifference()
	return nil
}

// Difference is s - other for a set other (set_difference): a copy of s cut
// down when s is more than 4 times larger, else a new set of s's items not
// in other, in s's order.
func (s *Set[K]) Difference(other *Set[K], eq Eq[K]) (*Set[K], error) {
	return s.DifferenceFunc(other.used, other.Contains, other.iter(), eq)
}

// DifferenceFunc is s.difference(x) for a set or a dict x of otherLen items,
// given its membership test and its items; otherLen -1 is any other
// iterable (s copied, then the items discarded).
func (s *Set[K]) DifferenceFunc(otherLen int, contains func(K, int64, Eq[K]) (bool, error), items Iter[K], eq Eq[K]) (*Set[K], error) {
	if otherLen < 0 || s.used>>2 > otherLen {
		r, err := s.Copy(eq)
		if err != nil {
			return nil, err
		}
		return r, r.DifferenceUpdateIter(items, eq)
	}
	r := NewSet[K]()
	for i, k, h := s.Next(0); i >= 0; i, k, h = s.Next(i + 1) {
		in, err := contains(k, h, eq)
		if err != nil {
			return nil, err
		}
		if !in {
			if err := r.Add(k, h, eq); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// iter walks s in table order. It must not outlive a mutation of s.
func (s *Set[K]) iter() Iter[K] {
	pos := 0
	return func() (K, int64, bool, error) {
		i, k, h := s.Next(pos)
		if i < 0 {
			return k, 0, false, nil
		}
		pos = i + 1
		return k, h, true, nil
	}
}

// SymmetricDifferenceUpdate is s ^= other for a set other: each of other's
// items, in its order, discarded from s or else added.
func (s *Set[K]) SymmetricDifferenceUpdate(other *Set[K], eq Eq[K]) error {
	if other == s {
		s.Clear()
		return nil
	}
	return s.SymmetricDifferenceUpdateIter(other.iter(), eq)
}

// SymmetricDifferenceUpdateIter is the same over a dict's keys. (For any
// other iterable CPython first makes a set of it, then calls the set case.)
func (s *Set[K]) SymmetricDifferenceUpdateIter(next Iter[K], eq Eq[K]) error {
	for {
		k, h, ok, err := next()
		if err != nil || !ok {
			return err
		}
		found, err := s.Discard(k, h, eq)
		if err != nil {
			return err
		}
		if !found {
			if err := s.Add(k, h, eq); err != nil {
				return err
			}
		}
	}
}

// SymmetricDifference is s ^ other: a set made from other, then updated
// with s's items.
func (s *Set[K]) SymmetricDifference(other *Set[K], eq Eq[K]) (*Set[K], error) {
	r := NewSet[K]()
	if err := r.Merge(other, eq); err != nil {
		return nil, err
	}
	return r, r.SymmetricDifferenceUpdateIter(s.iter(), eq)
}

// IsSubset is s <= other for a set other. (For an iterable, CPython
// compares len(s.intersection(iterable)) with len(s).)
func (s *Set[K]) IsSubset(other *Set[K], eq Eq[K]) (bool, error) {
	if s.used > other.used {
		return false, nil
	}
	for i, k, h := s.Next(0); i >= 0; i, k, h = s.Next(i + 1) {
		in, err := other.Contains(k, h, eq)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// HashXor is the xor of pyhash.ShuffleBits over the items' hashes, which
// pyhash.Frozenset(x, s.Len()) turns into hash(frozenset(s)).
func (s *Set[K]) HashXor() uint64 {
	var x uint64
	for i, _, h := s.Next(0); i >= 0; i, _, h = s.Next(i + 1) {
		x ^= pyhash.ShuffleBits(h)
	}
	return x
}

// SizeOf is s.__sizeof__(): the object with its small table, plus the
// table when it is not the small one.
func (s *Set[K]) SizeOf() int {
	const setObject = 200
	if len(s.table) > setMinSize {
		return setObject + len(s.table)*16
	}
	return setObject
}

package hashtab

import "errors"

// The RuntimeErrors iteration raises, in CPython's words.
var (
	ErrDictChangedSize = errors.New("dictionary changed size during iteration")
	ErrDictKeysChanged = errors.New("dictionary keys changed during iteration")
	ErrSetChangedSize  = errors.New("Set changed size during iteration")
)

// DictIter is CPython's dict iterator (dictiter_iternextkey, which the
// keys, values and items views share): a position in the entries array,
// the size the dict had when iteration began, and how many items are still
// due. Reverse iteration (reversed(d)) walks down from the last entry.
type DictIter[K comparable, V any] struct {
	d               *Dict[K, V] // nil once exhausted
	pos, used, left int
	reverse         bool
}

// Iter starts iterating d (iter(d), iter(d.items()), ...).
func (d *Dict[K, V]) Iter() DictIter[K, V] {
	return DictIter[K, V]{d: d, used: d.used, left: d.used}
}

// ReverseIter starts reversed(d).
func (d *Dict[K, V]) ReverseIter() DictIter[K, V] {
	return DictIter[K, V]{d: d, pos: len(d.entries) - 1, used: d.used, left: d.used, reverse: true}
}

// LengthHint is the iterator's __length_hint__.
func (it *DictIter[K, V]) LengthHint() int {
	if it.d != nil && it.used == it.d.used {
		return it.left
	}
	return 0
}

// Next returns the entry index of the next item, or -1 at the end. A change
// of the dict's size since Iter is ErrDictChangedSize, again each time it is
// asked; finding more items than were due (keys deleted and others added)
// is ErrDictKeysChanged, after which the iterator is exhausted.
func (it *DictIter[K, V]) Next() (int, error) {
	d := it.d
	if d == nil {
		return -1, nil
	}
	if it.used != d.used {
		it.used = -1 // sticky, as di_used = -1
		return -1, ErrDictChangedSize
	}
	i := it.pos
	if it.reverse {
		for i >= 0 && (i >= len(d.entries) || d.entries[i].Hash == -1) {
			i--
		}
		if i < 0 {
			it.d = nil
			return -1, nil
		}
		it.pos = i - 1
		it.left--
		return i, nil
	}
	for i < len(d.entries) && d.entries[i].Hash == -1 {
		i++
	}
	if i >= len(d.entries) {
		it.d = nil
		return -1, nil
	}
	if it.left == 0 {
		it.d = nil
		return -1, ErrDictKeysChanged
	}
	it.pos = i + 1
	it.left--
	return i, nil
}

// SetIter is CPython's set iterator: a slot position, and the size the set
// had when iteration began.
type SetIter[K comparable] struct {
	s               *Set[K] // nil once exhausted
	pos, used, left int
}

// Iter starts iterating s.
func (s *Set[K]) Iter() SetIter[K] { return SetIter[K]{s: s, used: s.used, left: s.used} }

// LengthHint is the iterator's __length_hint__.
func (it *SetIter[K]) LengthHint() int {
	if it.s != nil && it.used == it.s.used {
		return it.left
	}
	return 0
}

// Next returns the next item, ok false at the end; a change of the set's
// size since Iter is ErrSetChangedSize, again each time it is asked.
func (it *SetIter[K]) Next() (key K, ok bool, err error) {
	s := it.s
	if s == nil {
		return key, false, nil
	}
	if it.used != s.used {
		it.used = -1
		return key, false, ErrSetChangedSize
	}
	i, k, _ := s.Next(it.pos)
	if i < 0 {
		it.s = nil
		return key, false, nil
	}
	it.pos = i + 1
	it.left--
	return k, true, nil
}

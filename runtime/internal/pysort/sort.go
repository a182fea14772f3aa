package pysort

// Less reports whether a < b; it may fail.
type Less[K any] func(a, b K) (bool, error)

const (
	minGallop       = 7  // MIN_GALLOP
	maxMergePending = 85 // MAX_MERGE_PENDING: enough for 2**64 elements
	maxMinrun       = 64 // MAX_MINRUN
)

type run struct {
	base, len int
	power     int
}

type mergeState[K any] struct {
	a         []K
	tmp       []K
	less      Less[K]
	minGallop int
	pending   [maxMergePending]run
	n         int
}

// Sort sorts a in place, stably, as list.sort(reverse=reverse) does, and
// returns the first error less returns (a is then a permutation of its
// input).
func Sort[K any](a []K, reverse bool, less Less[K]) error {
	if len(a) < 2 {
		return nil
	}
	if reverse {
		reverseSlice(a)
		defer reverseSlice(a)
	}
	ms := mergeState[K]{a: a, less: less, minGallop: minGallop}
	return ms.sort()
}

func reverseSlice[K any](a []K) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// minrun is merge_compute_minrun: n itself below 64, else a k in [32, 64]
// with n/k just under a power of two.
func minrun(n int) int {
	r := 0
	for n >= maxMinrun {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

func (ms *mergeState[K]) sort() error {
	a := ms.a
	mr := minrun(len(a))
	lo, rem := 0, len(a)
	for rem > 0 {
		n, err := ms.countRun(a[lo : lo+rem])
		if err != nil {
			return err
		}
		if n < mr {
			force := min(rem, mr)
			if err := ms.binarySort(a[lo:lo+force], n); err != nil {
				return err
			}
			n = force
		}
		if err := ms.foundNewRun(n); err != nil {
			return err
		}
		ms.pending[ms.n] = run{base: lo, len: n}
		ms.n++
		lo += n
		rem -= n
	}
	return ms.forceCollapse()
}

// binarySort sorts s by binary insertion, s[:ok] being sorted already.
func (ms *mergeState[K]) binarySort(s []K, ok int) error {
	if ok == 0 {
		ok = 1
	}
	for ; ok < len(s); ok++ {
		pivot := s[ok]
		l, r := 0, ok
		for l < r {
			m := (l + r) >> 1
			lt, err := ms.less(pivot, s[m])
			if err != nil {
				return err
			}
			if lt {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(s[l+1:ok+1], s[l:ok])
		s[l] = pivot
	}
	return nil
}

// countRun is count_run: the length of the run at the start of s, made
// ascending in place. A descending run may hold equal elements; each group
// of them is reversed as it ends so that the final reversal restores their
// order.
func (ms *mergeState[K]) countRun(s []K) (int, error) {
	rem := len(s)
	n := 1
	for ; n < rem; n++ {
		lt, err := ms.less(s[n], s[n-1])
		if err != nil {
			return 0, err
		}
		if lt {
			break
		}
	}
	if n == rem {
		return n, nil
	}
	// s[n] < s[n-1]. An ascending prefix longer than one is a run unless
	// all its elements are equal, in which case it starts a descending run.
	if n > 1 {
		lt, err := ms.less(s[0], s[n-1])
		if err != nil {
			return 0, err
		}
		if lt {
			return n, nil
		}
		reverseSlice(s[:n])
	}
	n++
	neq := 0
	for ; n < rem; n++ {
		lt, err := ms.less(s[n], s[n-1])
		if err != nil {
			return 0, err
		}
		if lt {
			if neq > 0 {
				neq++
				reverseSlice(s[n-neq : n])
				neq = 0
			}
			continue
		}
		gt, err := ms.less(s[n-1], s[n])
		if err != nil {
			return 0, err
		}
		if gt {
			break
		}
		neq++
	}
	if neq > 0 {
		neq++
		reverseSlice(s[n-neq : n])
	}
	reverseSlice(s[:n])
	// The reversed run may go on ascending.
	for ; n < rem; n++ {
		lt, err := ms.less(s[n], s[n-1])
		if err != nil {
			return 0, err
		}
		if lt {
			break
		}
	}
	return n, nil
}

// gallopLeft returns k with a[k-1] < key <= a[k], searching out from hint.
func (ms *mergeState[K]) gallopLeft(key K, a []K, hint int) (int, error) {
	n := len(a)
	lastofs, ofs := 0, 1
	lt, err := ms.less(a[hint], key)
	if err != nil {
		return 0, err
	}
	if lt {
		// a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.less(a[hint+ofs], key)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		// key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.less(a[hint-ofs], key)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	// a[lastofs] < key <= a[ofs]: binary search in between.
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ms.less(a[m], key)
		if err != nil {
			return 0, err
		}
		if lt {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight returns k with a[k-1] <= key < a[k]: after equal elements.
func (ms *mergeState[K]) gallopRight(key K, a []K, hint int) (int, error) {
	n := len(a)
	lastofs, ofs := 0, 1
	lt, err := ms.less(key, a[hint])
	if err != nil {
		return 0, err
	}
	if lt {
		// key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.less(key, a[hint-ofs])
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		// a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.less(key, a[hint+ofs])
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ms.less(key, a[m])
		if err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// getTmp returns temporary room for n elements. A merge never needs more
// than half the slice, so the first one allocates that much at once.
func (ms *mergeState[K]) getTmp(n int) []K {
	if cap(ms.tmp) < n {
		ms.tmp = make([]K, max(n, (len(ms.a)+1)/2))
	}
	return ms.tmp[:n]
}

// mergeLo merges the runs a[pa:pa+na] and a[pa+na:pa+na+nb], na <= nb,
// copying the first to tmp. a[pa+na] belongs first and a[pa+na-1] last.
func (ms *mergeState[K]) mergeLo(pa, na, nb int) error {
	a := ms.a
	tmp := ms.getTmp(na)
	copy(tmp, a[pa:pa+na])
	dest, ia, ib := pa, 0, pa+na
	a[dest] = a[ib]
	dest++
	ib++
	nb--
	defer func() {
		// On success or failure, what is left of the first run goes back,
		// so that a stays a permutation of its input.
		if na > 0 { // copyB zeroes na
			copy(a[dest:], tmp[ia:ia+na])
		}
	}()
	if nb == 0 {
		return nil
	}
	if na == 1 {
		goto copyB
	}
	for mg := ms.minGallop; ; {
		acount, bcount := 0, 0
		for {
			lt, err := ms.less(a[ib], tmp[ia])
			if err != nil {
				return err
			}
			if lt {
				a[dest] = a[ib]
				dest++
				ib++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					return nil
				}
				if bcount >= mg {
					break
				}
			} else {
				a[dest] = tmp[ia]
				dest++
				ia++
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= mg {
					break
				}
			}
		}
		// One run is winning consistently: gallop.
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ms.minGallop = mg
			k, err := ms.gallopRight(a[ib], tmp[ia:ia+na], 0)
			if err != nil {
				return err
			}
			acount = k
			if k > 0 {
				copy(a[dest:dest+k], tmp[ia:ia+k])
				dest += k
				ia += k
				na -= k
				if na == 1 {
					goto copyB
				}
				if na == 0 { // only with an inconsistent less
					return nil
				}
			}
			a[dest] = a[ib]
			dest++
			ib++
			nb--
			if nb == 0 {
				return nil
			}
			k, err = ms.gallopLeft(tmp[ia], a[ib:ib+nb], 0)
			if err != nil {
				return err
			}
			bcount = k
			if k > 0 {
				copy(a[dest:dest+k], a[ib:ib+k])
				dest += k
				ib += k
				nb -= k
				if nb == 0 {
					return nil
				}
			}
			a[dest] = tmp[ia]
			dest++
			ia++
			na--
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++ // penalize leaving galloping mode
		ms.minGallop = mg
	}
copyB:
	// The last element of the first run belongs at the end.
	copy(a[dest:dest+nb], a[ib:ib+nb])
	a[dest+nb] = tmp[ia]
	na = 0
	return nil
}

// mergeHi merges the runs a[pa:pa+na] and a[pa+na:pa+na+nb], na >= nb,
// copying the second to tmp and filling from the right.
func (ms *mergeState[K]) mergeHi(pa, na, nb int) error {
	a := ms.a
	pb := pa + na
	tmp := ms.getTmp(nb)
	copy(tmp, a[pb:pb+nb])
	dest, ia, ib := pb+nb-1, pa+na-1, nb-1
	basea := pa
	a[dest] = a[ia]
	dest--
	ia--
	na--
	defer func() {
		// Likewise what is left of the second run (copyA zeroes nb).
		if nb > 0 {
			copy(a[dest-(nb-1):dest+1], tmp[:nb])
		}
	}()
	if na == 0 {
		return nil
	}
	if nb == 1 {
		goto copyA
	}
	for mg := ms.minGallop; ; {
		acount, bcount := 0, 0
		for {
			lt, err := ms.less(tmp[ib], a[ia])
			if err != nil {
				return err
			}
			if lt {
				a[dest] = a[ia]
				dest--
				ia--
				acount++
				bcount = 0
				na--
				if na == 0 {
					return nil
				}
				if acount >= mg {
					break
				}
			} else {
				a[dest] = tmp[ib]
				dest--
				ib--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ms.minGallop = mg
			k, err := ms.gallopRight(tmp[ib], a[basea:basea+na], na-1)
			if err != nil {
				return err
			}
			k = na - k
			acount = k
			if k > 0 {
				dest -= k
				ia -= k
				copy(a[dest+1:dest+1+k], a[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					return nil
				}
			}
			a[dest] = tmp[ib]
			dest--
			ib--
			nb--
			if nb == 1 {
				goto copyA
			}
			k, err = ms.gallopLeft(a[ia], tmp[:nb], nb-1)
			if err != nil {
				return err
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest -= k
				ib -= k
				copy(a[dest+1:dest+1+k], tmp[ib+1:ib+1+k])
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 { // only with an inconsistent less
					return nil
				}
			}
			a[dest] = a[ia]
			dest--
			ia--
			na--
			if na == 0 {
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ms.minGallop = mg
	}
copyA:
	// The first element of the second run belongs at the front.
	copy(a[dest+1-na:dest+1], a[ia+1-na:ia+1])
	dest -= na
	a[dest] = tmp[ib]
	nb = 0
	return nil
}

// mergeAt merges the pending runs i and i+1.
func (ms *mergeState[K]) mergeAt(i int) error {
	a := ms.a
	pa, na := ms.pending[i].base, ms.pending[i].len
	pb, nb := ms.pending[i+1].base, ms.pending[i+1].len
	ms.pending[i].len = na + nb
	if i == ms.n-3 {
		ms.pending[i+1] = ms.pending[i+2]
	}
	ms.n--
	// Elements of the first run before the second's head are in place.
	k, err := ms.gallopRight(a[pb], a[pa:pa+na], 0)
	if err != nil {
		return err
	}
	pa += k
	na -= k
	if na == 0 {
		return nil
	}
	// So are elements of the second after the first's tail.
	nb, err = ms.gallopLeft(a[pa+na-1], a[pb:pb+nb], nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return ms.mergeLo(pa, na, nb)
	}
	return ms.mergeHi(pa, na, nb)
}

// powerloop is the powersort power of the boundary between the runs
// [s1, s1+n1) and [s1+n1, s1+n1+n2) of a slice of n elements: the first
// bit where the midpoints' binary fractions of n differ.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun merges runs of greater power than the boundary before a new
// run of n2 elements (the caller then pushes it).
func (ms *mergeState[K]) foundNewRun(n2 int) error {
	if ms.n == 0 {
		return nil
	}
	p := &ms.pending
	s1, n1 := p[ms.n-1].base, p[ms.n-1].len
	power := powerloop(s1, n1, n2, len(ms.a))
	for ms.n > 1 && p[ms.n-2].power > power {
		if err := ms.mergeAt(ms.n - 2); err != nil {
			return err
		}
	}
	p[ms.n-1].power = power
	return nil
}

// forceCollapse merges what is left on the stack.
func (ms *mergeState[K]) forceCollapse() error {
	p := &ms.pending
	for ms.n > 1 {
		n := ms.n - 2
		if n > 0 && p[n-1].len < p[n+1].len {
			n--
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

type keyed[K, V any] struct {
	key K
	val V
}

// SortByKey is list.sort(key=...) once the keys are computed: vals sorted
// by keys (keys[i] is vals[i]'s key), the keys compared and both moved in
// lockstep as CPython's keys and values arrays are. On an error both are
// left in the same permutation.
func SortByKey[K, V any](keys []K, vals []V, reverse bool, less Less[K]) error {
	if len(keys) != len(vals) {
		panic("pysort: SortByKey with keys and values of different lengths")
	}
	ps := make([]keyed[K, V], len(keys))
	for i := range ps {
		ps[i] = keyed[K, V]{keys[i], vals[i]}
	}
	err := Sort(ps, reverse, func(a, b keyed[K, V]) (bool, error) { return less(a.key, b.key) })
	for i, p := range ps {
		keys[i], vals[i] = p.key, p.val
	}
	return err
}

package hashtab

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

// FuzzSet runs random operations on a Set of colliding int keys (never 0,
// the empty key) and on a Go map, and compares contents after each.
func FuzzSet(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 0, 3, 1, 1, 2, 0, 3, 4, 4, 9})
	f.Add([]byte("sets of colliding keys, added, discarded and popped in turn"))
	f.Fuzz(func(t *testing.T, ops []byte) {
		s := NewSet[int]()
		ref := map[int]bool{}
		hash := func(k int) int64 { return int64(k % 6 * 16) }
		other := func(b byte) (*Set[int], map[int]bool) {
			o, m := NewSet[int](), map[int]bool{}
			for j := 0; j < int(b%16); j++ {
				k := 1 + (int(b)*7+j*13)%50
				o.Add(k, hash(k), intEq)
				m[k] = true
			}
			return o, m
		}
		for i := 0; i+1 < len(ops); i += 2 {
			k := 1 + int(ops[i+1]%50)
			switch ops[i] % 9 {
			case 0, 1, 2:
				s.Add(k, hash(k), intEq)
				ref[k] = true
			case 3:
				found, _ := s.Discard(k, hash(k), intEq)
				if found != ref[k] {
					t.Fatalf("discard %d: %v, model %v", k, found, ref[k])
				}
				delete(ref, k)
			case 4:
				x, ok := s.Pop()
				if ok != (len(ref) > 0) || ok && !ref[x] {
					t.Fatalf("pop: %d %v", x, ok)
				}
				delete(ref, x)
			case 5:
				o, m := other(ops[i+1])
				s, _ = s.Union(o, intEq)
				for x := range m {
					ref[x] = true
				}
			case 6:
				o, m := other(ops[i+1])
				if ops[i+1]&1 == 0 {
					s.IntersectionUpdate(o, intEq)
				} else {
					s, _ = s.Intersection(o, intEq)
				}
				for x := range ref {
					if !m[x] {
						delete(ref, x)
					}
				}
			case 7:
				o, m := other(ops[i+1])
				if ops[i+1]&1 == 0 {
					s.DifferenceUpdate(o, intEq)
				} else {
					s, _ = s.Difference(o, intEq)
				}
				for x := range m {
					delete(ref, x)
				}
			case 8:
				o, m := other(ops[i+1])
				s.SymmetricDifferenceUpdate(o, intEq)
				for x := range m {
					if ref[x] {
						delete(ref, x)
					} else {
						ref[x] = true
					}
				}
			}
			var got, want []int
			for j, x, _ := s.Next(0); j >= 0; j, x, _ = s.Next(j + 1) {
				got = append(got, x)
			}
			for x := range ref {
				want = append(want, x)
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) || s.Len() != len(want) {
				t.Fatalf("contents %v (len %d), model %v", got, s.Len(), want)
			}
			for x := 1; x <= 50; x++ {
				if in, _ := s.Contains(x, hash(x), intEq); in != ref[x] {
					t.Fatalf("contains %d: %v, model %v", x, in, ref[x])
				}
			}
		}
	})
}

// TestSetMutatingEq: __eq__ that mutates the set or fails leaves it
// consistent.
func TestSetMutatingEq(t *testing.T) {
	boom := errors.New("boom")
	for seed := 0; seed < 200; seed++ {
		s := NewSet[int]()
		calls := 0
		eq := func(a, b int) (bool, error) {
			calls++
			switch (seed + calls) % 9 {
			case 0:
				s.Discard(a, 0, intEq)
			case 1:
				s.Add(1000+calls, 0, intEq)
			case 2:
				if calls%5 == 0 {
					s.Clear()
				}
			case 3:
				if calls%7 == 0 {
					return false, boom
				}
			}
			return a == b, nil
		}
		for i := 0; i < 60 && calls < 5000; i++ {
			k := 1 + (i*7+seed)%23
			var err error
			if i%3 == 2 {
				_, err = s.Discard(k, 0, eq)
			} else {
				err = s.Add(k, 0, eq)
			}
			if err != nil && err != boom {
				t.Fatal(err)
			}
			live := 0
			for j, _, _ := s.Next(0); j >= 0; j, _, _ = s.Next(j + 1) {
				live++
			}
			if live != s.Len() {
				t.Fatalf("seed %d: %d live slots, Len %d", seed, live, s.Len())
			}
		}
	}
}

func TestSetNoAlloc(t *testing.T) {
	s := NewSet[int]()
	for i := 1; i <= 1000; i++ {
		s.Add(i, int64(i), intEq)
	}
	if n := testing.AllocsPerRun(100, func() {
		for i := 1; i <= 1000; i += 7 {
			s.Contains(i, int64(i), intEq)
			s.Add(i, int64(i), intEq)
		}
	}); n != 0 {
		t.Errorf("%v allocations per run", n)
	}
}

// TestSetDifferenceUpdateLarger: s -= other with other over 8 times larger
// first intersects (the lookups go into other), else discards each of
// other's items from s; the __eq__ calls, all hashes 0, from CPython 3.13.
func TestSetDifferenceUpdateLarger(t *testing.T) {
	var log [][2]int
	eq := func(a, b int) (bool, error) {
		log = append(log, [2]int{a, b})
		return a == b, nil
	}
	other := NewSet[int]()
	for i := 10; i < 30; i++ {
		other.Add(i, 0, eq)
	}
	for _, tc := range []struct {
		s    []int
		want string
	}{
		{[]int{1}, "[[10 1] [11 1] [14 1] [12 1] [13 1] [15 1] [16 1] [17 1] [18 1] [19 1] [11 1] [14 1] [12 1] [13 1] [15 1] [16 1] [17 1] [18 1] [19 1] [20 1] [16 1] [17 1] [18 1] [19 1] [20 1] [21 1] [22 1] [23 1] [24 1] [25 1] [28 1] [27 1] [26 1] [29 1]]"},
		{[]int{1, 2}, "[[1 10] [2 10] [1 11] [2 11] [1 14] [2 14] [1 12] [2 12] [1 13] [2 13] [1 15] [2 15] [1 16] [2 16] [1 17] [2 17] [1 18] [2 18] [1 19] [2 19] [1 20] [2 20] [1 21] [2 21] [1 22] [2 22] [1 23] [2 23] [1 24] [2 24] [1 25] [2 25] [1 28] [2 28] [1 27] [2 27] [1 26] [2 26] [1 29] [2 29]]"},
	} {
		s := NewSet[int]()
		for _, x := range tc.s {
			s.Add(x, 0, eq)
		}
		log = nil
		if err := s.DifferenceUpdate(other, eq); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(log); got != tc.want {
			t.Errorf("%v -= other: __eq__ calls\n%s, CPython\n%s", tc.s, got, tc.want)
		}
	}
}

package hashtab

import (
	"errors"
	"testing"
)

// refDict is the reference model: insertion-ordered items.
type refDict struct {
	keys []int
	vals []int
}

func (r *refDict) find(k int) int {
	for i, x := range r.keys {
		if x == k {
			return i
		}
	}
	return -1
}

func intEq(a, b int) (bool, error) { return a == b, nil }

// FuzzDict runs random operations on a Dict of colliding int keys and on
// the reference model, and compares contents and order after each.
func FuzzDict(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 0, 3, 2, 1, 3, 0, 4, 0, 5, 9})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, several times over"))
	f.Fuzz(func(t *testing.T, ops []byte) {
		d := NewDict[int, int]()
		var ref refDict
		hash := func(k int) int64 { return int64(k % 5 * 8) } // few hashes, same low bits
		for i := 0; i+1 < len(ops); i += 2 {
			k := int(ops[i+1] % 40)
			switch ops[i] % 7 {
			case 0, 1, 2:
				if err := d.Set(k, hash(k), i, k%3 == 0, intEq); err != nil {
					t.Fatal(err)
				}
				if j := ref.find(k); j >= 0 {
					ref.vals[j] = i
				} else {
					ref.keys = append(ref.keys, k)
					ref.vals = append(ref.vals, i)
				}
			case 3:
				_, found, _ := d.Delete(k, hash(k), intEq)
				j := ref.find(k)
				if found != (j >= 0) {
					t.Fatalf("delete %d: found %v, model %v", k, found, j >= 0)
				}
				if j >= 0 {
					ref.keys = append(ref.keys[:j], ref.keys[j+1:]...)
					ref.vals = append(ref.vals[:j], ref.vals[j+1:]...)
				}
			case 4:
				pk, pv, ok := d.PopItem()
				if ok != (len(ref.keys) > 0) {
					t.Fatalf("popitem: ok %v with %d items", ok, len(ref.keys))
				}
				if ok {
					n := len(ref.keys) - 1
					if pk != ref.keys[n] || pv != ref.vals[n] {
						t.Fatalf("popitem: %d:%d, model %d:%d", pk, pv, ref.keys[n], ref.vals[n])
					}
					ref.keys, ref.vals = ref.keys[:n], ref.vals[:n]
				}
			case 5:
				if ops[i+1]%8 == 0 {
					d.Clear()
					ref = refDict{}
				} else {
					c, err := d.Copy(nil, intEq)
					if err != nil {
						t.Fatal(err)
					}
					d = c
				}
			case 6:
				v, found, _ := d.Get(k, hash(k), intEq)
				j := ref.find(k)
				if found != (j >= 0) || found && v != ref.vals[j] {
					t.Fatalf("get %d: %d %v, model %v", k, v, found, j)
				}
			}
			if d.Len() != len(ref.keys) {
				t.Fatalf("len %d, model %d", d.Len(), len(ref.keys))
			}
			n := 0
			for ix := d.Next(0); ix >= 0; ix = d.Next(ix + 1) {
				e := d.Entry(ix)
				if e.Key != ref.keys[n] || e.Value != ref.vals[n] {
					t.Fatalf("item %d: %d:%d, model %d:%d", n, e.Key, e.Value, ref.keys[n], ref.vals[n])
				}
				n++
			}
		}
	})
}

// TestDictMutatingEq: an __eq__ that deletes, inserts or clears while the
// dict looks up must not break it, and an __eq__ that fails stops the
// lookup with its error.
func TestDictMutatingEq(t *testing.T) {
	boom := errors.New("boom")
	for seed := 0; seed < 200; seed++ {
		d := NewDict[int, int]()
		calls := 0
		var eq Eq[int]
		eq = func(a, b int) (bool, error) {
			calls++
			switch (seed + calls) % 9 {
			case 0:
				d.Delete(a, 0, intEq)
			case 1:
				d.Set(1000+calls, 0, calls, false, intEq)
			case 2:
				if calls%5 == 0 {
					d.Clear()
				}
			case 3:
				if calls%7 == 0 {
					return false, boom
				}
			}
			return a == b, nil
		}
		for i := 0; i < 60 && calls < 5000; i++ {
			k := (i*7 + seed) % 23
			var err error
			switch i % 3 {
			case 0, 1:
				err = d.Set(k, 0, i, false, eq)
			case 2:
				_, _, err = d.Delete(k, 0, eq)
			}
			if err != nil && err != boom {
				t.Fatal(err)
			}
			live := 0
			for ix := d.Next(0); ix >= 0; ix = d.Next(ix + 1) {
				live++
			}
			if live != d.Len() {
				t.Fatalf("seed %d: %d live entries, Len %d", seed, live, d.Len())
			}
		}
	}
}

func TestDictVersions(t *testing.T) {
	d := NewDict[int, int]()
	d.Set(1, 1, 1, false, intEq)
	kv, v := d.KeysVersion(), d.Version()
	d.Set(1, 1, 2, false, intEq)
	if d.KeysVersion() != kv || d.Version() == v {
		t.Errorf("value replacement: keys version %d→%d, version %d→%d", kv, d.KeysVersion(), v, d.Version())
	}
	kv = d.KeysVersion()
	d.Set(2, 2, 2, false, intEq)
	if d.KeysVersion() == kv {
		t.Error("insertion kept the keys version")
	}
	kv = d.KeysVersion()
	d.Delete(2, 2, intEq)
	if d.KeysVersion() == kv {
		t.Error("deletion kept the keys version")
	}
}

func TestDictNoAlloc(t *testing.T) {
	d := NewDict[int, int]()
	for i := 0; i < 1000; i++ {
		d.Set(i, int64(i), i, false, intEq)
	}
	if n := testing.AllocsPerRun(100, func() {
		for i := 0; i < 1000; i += 7 {
			d.Lookup(i, int64(i), intEq)
			d.Set(i, int64(i), i+1, false, intEq)
		}
	}); n != 0 {
		t.Errorf("%v allocations per run of lookups and replacements", n)
	}
}

// TestDictPresized: the sizes of dict displays of n keys in CPython 3.13
// (BUILD_CONST_KEY_MAP → _PyDict_FromItems → dict_new_presized), str keys
// and int keys, from sys.getsizeof minus the GC header.
func TestDictPresized(t *testing.T) {
	for _, tc := range []struct{ n, str, other int }{
		{0, 48, 48}, {1, 168, 208}, {5, 168, 208}, {6, 256, 336}, {8, 256, 336},
		{11, 448, 616}, {12, 448, 616}, {16, 448, 616},
	} {
		for _, str := range []bool{true, false} {
			d := NewDictPresized[int, int](tc.n, str)
			for i := 0; i < tc.n; i++ {
				d.Set(i+1, int64(i*977), i, str, intEq)
			}
			want := tc.other
			if str {
				want = tc.str
			}
			if got := d.SizeOf(); got != want {
				t.Errorf("%d keys (str %v): __sizeof__ %d, CPython %d", tc.n, str, got, want)
			}
		}
	}
}

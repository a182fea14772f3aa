package hashtab_test

import (
	"fmt"

	"github.com/peglab/peglab/runtime/internal/hashtab"
	"github.com/peglab/peglab/runtime/internal/pyhash"
)

func strEq(stored, key string) (bool, error) { return stored == key, nil }
func intEq(stored, key int64) (bool, error)  { return stored == key, nil }

// A VM keeps its objects' hashes (package pyhash) and passes == as Eq;
// errors from __eq__ would come back unchanged.
func Example() {
	d := hashtab.NewDict[string, int]()
	for i, k := range []string{"b", "a", "c"} {
		d.Set(k, pyhash.Str(k), i, true, strEq)
	}
	d.Delete("a", pyhash.Str("a"), strEq)
	d.Set("a", pyhash.Str("a"), 9, true, strEq)
	it := d.Iter()
	for ix, _ := it.Next(); ix >= 0; ix, _ = it.Next() {
		fmt.Printf("%s=%d;", d.Entry(ix).Key, d.Entry(ix).Value)
	}
	fmt.Println()

	// s.add() one by one, as `s = set(); for v in ...: s.add(v)`.
	s := hashtab.NewSet[int64]()
	for _, v := range []int64{100, 3, 17, 8, 1} {
		s.Add(v, pyhash.Int(v), intEq)
	}
	fmt.Println(items(s))

	// The display {100, 3, 17, 8, 1} is BUILD_SET + SET_UPDATE of a
	// frozenset constant: a merge, which presizes, so another order.
	display := hashtab.NewSet[int64]()
	display.Merge(s, intEq)
	fmt.Println(items(display))
	// Output:
	// b=0;c=2;a=9;
	// [1 3 100 8 17]
	// [1 17 3 100 8]
}

func items(s *hashtab.Set[int64]) []int64 {
	var out []int64
	for i, v, _ := s.Next(0); i >= 0; i, v, _ = s.Next(i + 1) {
		out = append(out, v)
	}
	return out
}

package pysort

import (
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
)

var update = flag.Bool("update", false, "regenerate testdata/sorts.jsonl with scripts/pysort_golden.py (needs CPython 3.13)")

// dir is where the goldens are read from; scripts/htab-oracle.sh points it at
// fresh ones made with other seeds.
var dir = flag.String("dir", "testdata", "directory of the golden files")

type failure struct {
	At    int   `json:"at"`
	Order []int `json:"order"`
}

type record struct {
	Kind    string    `json:"kind"`
	Vals    []int     `json:"vals"`
	Reverse bool      `json:"reverse"`
	Order   []int     `json:"order"`
	OSum    uint64    `json:"osum"`
	NCmp    int       `json:"ncmp"`
	Sum     uint64    `json:"sum"`
	Log     [][2]int  `json:"log"`
	Fails   []failure `json:"fails"`
}

// elem is a list item: its value and its position in the input.
type elem struct{ v, i int }

// counter is a __lt__ that records the calls as the golden script's does,
// and fails on call failAt (1-based; 0 never).
type counter struct {
	n, failAt int
	sum       uint64
	log       [][2]int
	keep      bool
}

var errBoom = errors.New("boom")

func (c *counter) less(a, b elem) (bool, error) {
	c.n++
	c.sum = c.sum*1000003 ^ uint64(a.i)<<20 ^ uint64(b.i)
	if c.keep {
		c.log = append(c.log, [2]int{a.i, b.i})
	}
	if c.n == c.failAt {
		return false, errBoom
	}
	return a.v < b.v, nil
}

func elems(vals []int) []elem {
	a := make([]elem, len(vals))
	for i, v := range vals {
		a[i] = elem{v, i}
	}
	return a
}

func order(a []elem) []int {
	out := make([]int, len(a))
	for i, e := range a {
		out[i] = e.i
	}
	return out
}

// orderSum is the golden script's checksum of (position, original position).
func orderSum(a []elem) uint64 {
	var h uint64
	for i, e := range a {
		h = h*1000003 ^ uint64(i)<<20 ^ uint64(e.i)
	}
	return h
}

func TestMain(m *testing.M) {
	flag.Parse()
	if *update {
		py, err := exec.Command("../../../scripts/find-oracle.sh").Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "-update needs CPython 3.13:", err)
			os.Exit(1)
		}
		cmd := exec.Command(strings.TrimSpace(string(py)), "../../../scripts/pysort_golden.py")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "pysort_golden.py:", err)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

func TestGolden(t *testing.T) {
	recs := golden.ReadJSONL[record](t, filepath.Join(*dir, "sorts.jsonl"))
	if len(recs) < 500 {
		t.Fatalf("want 500 records, got %d", len(recs))
	}
	cmps, fails := 0, 0
	for ri, r := range recs {
		where := fmt.Sprintf("record %d (%s, n=%d, reverse=%v)", ri, r.Kind, len(r.Vals), r.Reverse)
		c := &counter{keep: r.Log != nil}
		a := elems(r.Vals)
		if r.Kind == "key" {
			// The items are the positions, the keys the elements.
			items := make([]int, len(a))
			for i := range items {
				items[i] = i
			}
			if err := SortByKey(a, items, r.Reverse, c.less); err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			if !slices.Equal(items, order(a)) {
				t.Fatalf("%s: keys and items out of step", where)
			}
		} else if err := Sort(a, r.Reverse, c.less); err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		if r.Order != nil && !slices.Equal(order(a), r.Order) || r.Order == nil && orderSum(a) != r.OSum {
			t.Errorf("%s: order differs from CPython's", where)
			continue
		}
		if r.Log != nil && !slices.Equal(c.log, r.Log) {
			i := 0
			for i < min(len(c.log), len(r.Log)) && c.log[i] == r.Log[i] {
				i++
			}
			t.Errorf("%s: __lt__ call %d differs: %d calls, CPython %d", where, i, len(c.log), len(r.Log))
			continue
		}
		if c.n != r.NCmp || c.sum != r.Sum {
			t.Errorf("%s: %d __lt__ calls (sum %d), CPython %d (sum %d)", where, c.n, c.sum, r.NCmp, r.Sum)
			continue
		}
		cmps += c.n
		for _, f := range r.Fails {
			c := &counter{failAt: f.At}
			a := elems(r.Vals)
			if err := Sort(a, r.Reverse, c.less); err != errBoom {
				t.Errorf("%s: failing at call %d: error %v", where, f.At, err)
			}
			if c.n != f.At {
				t.Errorf("%s: failing at call %d: %d calls made", where, f.At, c.n)
			}
			if got := order(a); !slices.Equal(got, f.Order) {
				t.Errorf("%s: failing at call %d: list %v, CPython %v", where, f.At, got, f.Order)
			}
			fails++
		}
	}
	t.Logf("%d records, %d comparisons, %d failing sorts", len(recs), cmps, fails)
}

// TestStableRandom: many random sorts against slices.SortStableFunc.
func TestStableRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 300; iter++ {
		n := rng.IntN(3000)
		vals := make([]int, n)
		for i := range vals {
			vals[i] = rng.IntN(1 + rng.IntN(n+1))
		}
		a := elems(vals)
		want := slices.Clone(a)
		slices.SortStableFunc(want, func(x, y elem) int { return x.v - y.v })
		if err := Sort(a, false, func(x, y elem) (bool, error) { return x.v < y.v, nil }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a, want) {
			t.Fatalf("n=%d: not a stable sort", n)
		}
	}
}

// FuzzSort: any input, with an inconsistent or failing comparison, leaves a
// permutation and never panics; a consistent one sorts stably.
func FuzzSort(f *testing.F) {
	f.Add([]byte{5, 4, 4, 3, 9, 1, 1, 0}, uint16(0), false)
	f.Add([]byte("a fuzzing input that is long enough to make several runs and merge them"), uint16(37), true)
	f.Fuzz(func(t *testing.T, data []byte, failAt uint16, chaos bool) {
		a := make([]elem, len(data))
		for i, b := range data {
			a[i] = elem{int(b), i}
		}
		n := 0
		seed := uint64(len(data))
		err := Sort(a, failAt%2 == 1, func(x, y elem) (bool, error) {
			n++
			if failAt != 0 && n == int(failAt) {
				return false, errBoom
			}
			if chaos {
				seed = seed*6364136223846793005 + 1442695040888963407
				return seed>>63 == 1, nil
			}
			return x.v < y.v, nil
		})
		seen := make([]bool, len(data))
		for _, e := range a {
			if seen[e.i] || int(data[e.i]) != e.v {
				t.Fatalf("not a permutation: %v", a)
			}
			seen[e.i] = true
		}
		if err == nil && !chaos {
			for i := 1; i < len(a); i++ {
				x, y := a[i-1], a[i]
				if failAt%2 == 0 && (x.v > y.v || x.v == y.v && x.i > y.i) ||
					failAt%2 == 1 && (x.v < y.v || x.v == y.v && x.i > y.i) {
					t.Fatalf("not stably sorted at %d: %v", i, a)
				}
			}
		}
	})
}

func BenchmarkSortRandomInts(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	src := make([]int, 10000)
	for i := range src {
		src[i] = rng.IntN(1 << 30)
	}
	a := make([]int, len(src))
	less := func(x, y int) (bool, error) { return x < y, nil }
	b.ReportAllocs()
	for b.Loop() {
		copy(a, src)
		Sort(a, false, less)
	}
}

func BenchmarkSlicesSortStable(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	src := make([]int, 10000)
	for i := range src {
		src[i] = rng.IntN(1 << 30)
	}
	a := make([]int, len(src))
	b.ReportAllocs()
	for b.Loop() {
		copy(a, src)
		slices.SortStableFunc(a, func(x, y int) int { return x - y })
	}
}

func TestSmallSortNoAlloc(t *testing.T) {
	a := make([]int, 60)
	less := func(x, y int) (bool, error) { return x < y, nil }
	if n := testing.AllocsPerRun(100, func() {
		for i := range a {
			a[i] = (i * 37) % 61
		}
		Sort(a, false, less)
	}); n != 0 {
		t.Errorf("%v allocations sorting 60 ints", n)
	}
}

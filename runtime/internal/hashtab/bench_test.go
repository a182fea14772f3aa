package hashtab

import (
	"testing"

	"github.com/peglab/peglab/runtime/internal/pyhash"
)

// val stands in for the VM's 16-byte Value.
type val struct {
	p *int
	n uint64
}

func valEq(a, b val) (bool, error) { return a == b, nil }

const benchN = 1000

func benchKeys() ([]val, []int64) {
	ks := make([]val, benchN)
	hs := make([]int64, benchN)
	for i := range ks {
		ks[i] = val{nil, uint64(i * 7919)}
		hs[i] = pyhash.Int(int64(i * 7919))
	}
	return ks, hs
}

var sinkInt int

func BenchmarkDictLookupHit(b *testing.B) {
	ks, hs := benchKeys()
	d := NewDict[val, int]()
	for i, k := range ks {
		d.Set(k, hs[i], i, false, valEq)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := i % benchN
		ix, _ := d.Lookup(ks[j], hs[j], valEq)
		sinkInt += ix
	}
}

func BenchmarkGoMapLookupHit(b *testing.B) {
	ks, _ := benchKeys()
	m := map[val]int{}
	for i, k := range ks {
		m[k] = i
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkInt += m[ks[i%benchN]]
	}
}

func BenchmarkDictLookupMiss(b *testing.B) {
	ks, hs := benchKeys()
	d := NewDict[val, int]()
	for i, k := range ks {
		d.Set(k, hs[i], i, false, valEq)
	}
	miss := val{nil, 1}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		miss.n = uint64(i*7919 + 1)
		ix, _ := d.Lookup(miss, int64(miss.n), valEq)
		sinkInt += ix
	}
}

func BenchmarkGoMapLookupMiss(b *testing.B) {
	ks, _ := benchKeys()
	m := map[val]int{}
	for i, k := range ks {
		m[k] = i
	}
	miss := val{nil, 1}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		miss.n = uint64(i*7919 + 1)
		sinkInt += m[miss]
	}
}

func BenchmarkDictBuild1000(b *testing.B) {
	ks, hs := benchKeys()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := NewDict[val, int]()
		for j, k := range ks {
			d.Set(k, hs[j], j, false, valEq)
		}
		sinkInt += d.Len()
	}
}

func BenchmarkGoMapBuild1000(b *testing.B) {
	ks, _ := benchKeys()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m := map[val]int{}
		for j, k := range ks {
			m[k] = j
		}
		sinkInt += len(m)
	}
}

func BenchmarkDictIterate1000(b *testing.B) {
	ks, hs := benchKeys()
	d := NewDict[val, int]()
	for i, k := range ks {
		d.Set(k, hs[i], i, false, valEq)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, e := range d.Entries() {
			sinkInt += e.Value
		}
	}
}

func BenchmarkGoMapIterate1000(b *testing.B) {
	ks, _ := benchKeys()
	m := map[val]int{}
	for i, k := range ks {
		m[k] = i
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, v := range m {
			sinkInt += v
		}
	}
}

func BenchmarkDictSmallStrKeys(b *testing.B) {
	names := []string{"self", "x", "y", "append", "__init__", "value", "items", "data"}
	ks := make([]val, len(names))
	hs := make([]int64, len(names))
	for i, s := range names {
		ks[i] = val{new(int), 0}
		hs[i] = pyhash.Str(s)
	}
	d := NewDict[val, int]()
	for i, k := range ks {
		d.Set(k, hs[i], i, true, valEq)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := i & 7
		ix, _ := d.Lookup(ks[j], hs[j], valEq)
		sinkInt += ix
	}
}

func BenchmarkSetContainsHit(b *testing.B) {
	ks, hs := benchKeys()
	s := NewSet[val]()
	for i, k := range ks {
		k.p = new(int)
		ks[i] = k
		s.Add(k, hs[i], valEq)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := i % benchN
		in, _ := s.Contains(ks[j], hs[j], valEq)
		if in {
			sinkInt++
		}
	}
}

func BenchmarkGoMapSetContainsHit(b *testing.B) {
	ks, _ := benchKeys()
	m := map[val]struct{}{}
	for i, k := range ks {
		k.p = new(int)
		ks[i] = k
		m[k] = struct{}{}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, in := m[ks[i%benchN]]; in {
			sinkInt++
		}
	}
}

func BenchmarkSetBuild1000(b *testing.B) {
	ks, hs := benchKeys()
	for i := range ks {
		ks[i].p = new(int)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := NewSet[val]()
		for j, k := range ks {
			s.Add(k, hs[j], valEq)
		}
		sinkInt += s.Len()
	}
}

func BenchmarkGoMapSetBuild1000(b *testing.B) {
	ks, _ := benchKeys()
	for i := range ks {
		ks[i].p = new(int)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m := map[val]struct{}{}
		for _, k := range ks {
			m[k] = struct{}{}
		}
		sinkInt += len(m)
	}
}

package runtime

import (
	"fmt"
	"testing"

	"github.com/peglab/peglab/runtime/internal/hashtab"
)

// Micro-benchmarks of the dict table against hashtab's port of
// dictobject.c, on the operations bench/dicts.py and comprehensions.py
// spend their time in: counting (get then set of an existing str key),
// building from new int keys, and lookups of str keys.

func benchStrKeys(n int) []Value {
	ks := make([]Value, n)
	for i := range ks {
		ks[i] = NewStr(fmt.Sprintf("k%d", i*7919%100003))
	}
	return ks
}

func htEq(a, b Value) (bool, error) {
	eq, err := keyEq(a, b)
	if err != nil {
		return false, err
	}
	return eq, nil
}

func BenchmarkDictCountStr(b *testing.B) {
	ks := benchStrKeys(5000)
	d := NewDict()
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range ks {
			v, _, _ := d.Get(k)
			if v.p == nil {
				v = MakeInt(0)
			}
			d.Set(k, MakeInt(v.Int()+1))
		}
	}
}

func BenchmarkHashtabCountStr(b *testing.B) {
	ks := benchStrKeys(5000)
	d := hashtab.NewDict[Value, Value]()
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range ks {
			h, _ := Hash(k)
			v, _, _ := d.Get(k, h, htEq)
			if v.p == nil {
				v = MakeInt(0)
			}
			d.Set(k, h, MakeInt(v.Int()+1), true, htEq)
		}
	}
}

func BenchmarkDictBuildInt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d := NewDict()
		for i := range 5000 {
			d.Set(MakeInt(int64(i)), MakeInt(int64(i*i)))
		}
	}
}

func BenchmarkHashtabBuildInt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d := hashtab.NewDict[Value, Value]()
		for i := range 5000 {
			k := MakeInt(int64(i))
			h, _ := Hash(k)
			d.Set(k, h, MakeInt(int64(i*i)), false, htEq)
		}
	}
}

func BenchmarkDictBuildStr(b *testing.B) {
	ks := benchStrKeys(5000)
	b.ReportAllocs()
	for b.Loop() {
		d := NewDict()
		for _, k := range ks {
			d.Set(k, None)
		}
	}
}

func BenchmarkHashtabBuildStr(b *testing.B) {
	ks := benchStrKeys(5000)
	b.ReportAllocs()
	for b.Loop() {
		d := hashtab.NewDict[Value, Value]()
		for _, k := range ks {
			h, _ := Hash(k)
			d.Set(k, h, None, true, htEq)
		}
	}
}

func BenchmarkDictIterItems(b *testing.B) {
	ks := benchStrKeys(5000)
	d := NewDict()
	for _, k := range ks {
		d.Set(k, None)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d.each(func(k, v Value) bool { n++; return true })
	}
}

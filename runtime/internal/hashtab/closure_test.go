package hashtab

import "testing"

type fakeThread struct{ calls int }

func (t *fakeThread) eq(a, b val) (bool, error) { t.calls++; return a == b, nil }

// TestClosureNoAlloc: a method value or closure over the VM's thread state
// passed as Eq costs no allocation per lookup.
func TestClosureNoAlloc(t *testing.T) {
	ks, hs := benchKeys()
	d := NewDict[val, int]()
	s := NewSet[val]()
	th := &fakeThread{}
	for i, k := range ks {
		k.p = new(int)
		ks[i] = k
		d.Set(k, hs[i], i, false, th.eq)
		s.Add(k, hs[i], th.eq)
	}
	n := testing.AllocsPerRun(100, func() {
		for i := 0; i < 100; i++ {
			d.Lookup(ks[i], hs[i], th.eq)
			d.Lookup(ks[i], hs[i], func(a, b val) (bool, error) { th.calls++; return a == b, nil })
			s.Contains(ks[i], hs[i], th.eq)
		}
	})
	if n != 0 {
		t.Errorf("%v allocs", n)
	}
}

package hashtab

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/runtime/internal/pyhash"
)

type setSeq struct {
	Hashes []int64             `json:"hashes"`
	Mult   int64               `json:"mult"`
	Ops    [][]json.RawMessage `json:"ops"`
	Steps  []step              `json:"steps"`
	FHash  int64               `json:"fhash"`
}

// setKeyer is keyer for sets: kind 2 keys are ints, held by value; obj
// starts at 1 so that no key is the zero key (the empty slot).
type setKeyer struct {
	keyer
	mult int64
}

func (k *setKeyer) decode(raw json.RawMessage) key {
	x := decodeKey(raw)
	x.obj++
	if x.kind == 2 {
		x.id = int(int64(x.id)*k.mult - 5)
	}
	return x
}

func (k *setKeyer) hash(x key) int64 {
	if x.kind == 2 {
		return pyhash.Int(int64(x.id))
	}
	return k.keyer.hash(x)
}

func (k *setKeyer) list(raw json.RawMessage) []key {
	var kds []json.RawMessage
	if err := json.Unmarshal(raw, &kds); err != nil {
		panic(err)
	}
	out := make([]key, len(kds))
	for i, kd := range kds {
		out[i] = k.decode(kd)
	}
	return out
}

func (k *setKeyer) set(ks []key) *Set[key] {
	s := NewSet[key]()
	for _, x := range ks {
		if err := s.Add(x, k.hash(x), k.eq); err != nil {
			panic(err)
		}
	}
	return s
}

func (k *setKeyer) iter(ks []key) Iter[key] {
	i := 0
	return func() (key, int64, bool, error) {
		if i == len(ks) {
			return key{}, 0, false, nil
		}
		x := ks[i]
		i++
		return x, k.hash(x), true, nil
	}
}

func setKeys(s *Set[key]) [][2]int {
	out := [][2]int{}
	for i, x, _ := s.Next(0); i >= 0; i, x, _ = s.Next(i + 1) {
		out = append(out, [2]int{x.kind, x.id})
	}
	return out
}

func TestSetGolden(t *testing.T) {
	seqs := golden.ReadJSONL[setSeq](t, filepath.Join(*dir, "set_ops.jsonl"))
	if len(seqs) < 150 {
		t.Fatalf("want 150 sequences, got %d", len(seqs))
	}
	steps, eqs := 0, 0
	for si, sq := range seqs {
		k := &setKeyer{keyer{hashes: sq.Hashes}, sq.Mult}
		s := NewSet[key]()
		var it SetIter[key]
		ok := true
	ops:
		for oi, op := range sq.Ops {
			var name string
			json.Unmarshal(op[0], &name)
			var res any
			var err error
			var other *Set[key]
			var ks []key
			if len(op) > 1 && op[1][0] == '[' && len(op[1]) > 1 && (op[1][1] == '[' || op[1][1] == ']') {
				ks = k.list(op[1])
				other = k.set(ks)
			}
			k.log = nil
			switch name {
			case "add":
				x := k.decode(op[1])
				err = s.Add(x, k.hash(x), k.eq)
			case "discard":
				x := k.decode(op[1])
				var in bool
				in, err = s.Contains(x, k.hash(x), k.eq)
				k.log = nil
				if err == nil {
					_, err = s.Discard(x, k.hash(x), k.eq)
				}
				res = in
			case "contains":
				x := k.decode(op[1])
				res, err = s.Contains(x, k.hash(x), k.eq)
			case "pop":
				if x, ok := s.Pop(); ok {
					res = [2]int{x.kind, x.id}
				}
			case "iter":
				it = s.Iter()
			case "next":
				x, more, e := it.Next()
				switch {
				case e != nil:
					res = e.Error()
				case !more:
					res = "stop"
				default:
					res = [2]int{x.kind, x.id}
				}
			case "clear":
				s.Clear()
			case "copy":
				s, err = s.Copy(k.eq)
			case "update", "iupdate":
				err = s.Merge(other, k.eq)
			case "update_iter":
				for _, x := range ks {
					if err = s.Add(x, k.hash(x), k.eq); err != nil {
						break
					}
				}
			case "union":
				s, err = s.Union(other, k.eq)
			case "inter":
				s, err = s.Intersection(other, k.eq)
			case "inter_iter":
				s, err = s.IntersectionIter(k.iter(ks), k.eq)
			case "diff":
				s, err = s.Difference(other, k.eq)
			case "diff_iter":
				s, err = s.DifferenceFunc(-1, nil, k.iter(ks), k.eq)
			case "symdiff":
				s, err = s.SymmetricDifference(other, k.eq)
			case "isub":
				err = s.DifferenceUpdate(other, k.eq)
			case "iand":
				err = s.IntersectionUpdate(other, k.eq)
			case "ixor":
				err = s.SymmetricDifferenceUpdate(other, k.eq)
			case "dupd_iter":
				err = s.DifferenceUpdateIter(k.iter(ks), k.eq)
			case "update_dict", "diff_dict", "ixor_dict":
				// dict.fromkeys(list): the keys inserted in order; then the
				// set operation takes the dict's entries with their hashes.
				dd := NewDict[key, int]()
				for _, x := range ks {
					dd.Set(x, k.hash(x), 0, x.kind == 1, k.eq)
				}
				k.log = nil
				items := func() Iter[key] {
					it := dd.Iter()
					return func() (key, int64, bool, error) {
						ix, err := it.Next()
						if ix < 0 || err != nil {
							return key{}, 0, false, err
						}
						e := dd.Entry(ix)
						return e.Key, e.Hash, true, nil
					}
				}
				switch name {
				case "update_dict":
					s.GrowFor(dd.Len())
					next := items()
					for {
						x, h, more, _ := next()
						if !more {
							break
						}
						if err = s.Add(x, h, k.eq); err != nil {
							break
						}
					}
				case "diff_dict":
					contains := func(x key, h int64, eq Eq[key]) (bool, error) {
						ix, err := dd.Lookup(x, h, eq)
						return ix >= 0, err
					}
					s, err = s.DifferenceFunc(dd.Len(), contains, items(), k.eq)
				case "ixor_dict":
					err = s.SymmetricDifferenceUpdateIter(items(), k.eq)
				}
			case "issubset":
				res, err = s.IsSubset(other, k.eq)
			case "isdisjoint":
				res, err = s.IsDisjoint(other, k.eq)
			default:
				t.Fatalf("unknown op %q", name)
			}
			if err != nil {
				t.Fatal(err)
			}
			want := sq.Steps[oi]
			where := fmt.Sprintf("seq %d op %d %s", si, oi, jsonOf(op))
			ok = false
			if got := jsonOf(res); got != string(want.R) {
				t.Errorf("%s: result %s, CPython %s", where, got, want.R)
				break ops
			}
			if (len(k.log) != 0 || len(want.Eq) != 0) && !reflect.DeepEqual(k.log, want.Eq) {
				t.Errorf("%s: __eq__ calls %v, CPython %v", where, k.log, want.Eq)
				break ops
			}
			eqs += len(k.log)
			if got := s.SizeOf(); got != want.Sz {
				t.Errorf("%s: __sizeof__ %d, CPython %d", where, got, want.Sz)
				break ops
			}
			if got := setKeys(s); !reflect.DeepEqual(got, want.Keys) {
				t.Errorf("%s: order\n%v, CPython\n%v", where, got, want.Keys)
				break ops
			}
			ok = true
			steps++
		}
		if ok {
			if got := pyhash.Frozenset(s.HashXor(), s.Len()); got != sq.FHash {
				t.Errorf("seq %d: frozenset hash %d, CPython %d", si, got, sq.FHash)
			}
		}
	}
	t.Logf("%d sequences, %d steps, %d __eq__ calls", len(seqs), steps, eqs)
}

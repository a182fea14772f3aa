package hashtab

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/runtime/internal/pyhash"
)

type bigSeq struct {
	Table  string   `json:"table"`
	Phases [][5]any `json:"phases"` // op, kind, start, count, step
	Steps  []struct {
		Len int    `json:"len"`
		Sz  int    `json:"sz"`
		Sum uint64 `json:"sum"`
	} `json:"steps"`
}

// bigKey is an int (kind 2) or the str "s<id>" (kind 1).
type bigKey struct{ kind, id int }

func bigHash(k bigKey) int64 {
	if k.kind == 1 {
		return pyhash.Str("s" + strconv.Itoa(k.id))
	}
	return pyhash.Int(int64(k.id))
}

func bigEq(a, b bigKey) (bool, error) { return a == b, nil }

// orderSum is the golden script's checksum step for one item.
func orderSum(h uint64, k bigKey) uint64 {
	const m = 1 << 40
	return h*1000003 ^ (uint64(k.kind)<<40 ^ uint64((k.id%m+m)%m))
}

// TestBigGolden: large sets and dicts (sets past the used*2 growth rule)
// built, cut and popped by ranges, against CPython's len, __sizeof__ and
// iteration order.
func TestBigGolden(t *testing.T) {
	seqs := golden.ReadJSONL[bigSeq](t, filepath.Join(*dir, "big.jsonl"))
	if len(seqs) < 10 {
		t.Fatalf("want 10 sequences, got %d", len(seqs))
	}
	for si, sq := range seqs {
		s := NewSet[bigKey]()
		d := NewDict[bigKey, int]()
		for pi, p := range sq.Phases {
			op := p[0].(string)
			kind, start, count, step := int(p[1].(float64)), int(p[2].(float64)), int(p[3].(float64)), int(p[4].(float64))
			for j := 0; j < count; j++ {
				k := bigKey{kind, start + j*step}
				switch {
				case op == "add" && sq.Table == "set":
					s.Add(k, bigHash(k), bigEq)
				case op == "add":
					d.Set(k, bigHash(k), j, kind == 1, bigEq)
				case op == "remove" && sq.Table == "set":
					s.Discard(k, bigHash(k), bigEq)
				case op == "remove":
					d.Delete(k, bigHash(k), bigEq)
				case sq.Table == "set":
					s.Pop()
				default:
					d.PopItem()
				}
			}
			var n, sz int
			var sum uint64
			if sq.Table == "set" {
				n, sz = s.Len(), s.SizeOf()
				for i, k, _ := s.Next(0); i >= 0; i, k, _ = s.Next(i + 1) {
					sum = orderSum(sum, k)
				}
			} else {
				n, sz = d.Len(), d.SizeOf()
				for i := d.Next(0); i >= 0; i = d.Next(i + 1) {
					sum = orderSum(sum, d.Entry(i).Key)
				}
			}
			want := sq.Steps[pi]
			if n != want.Len || sz != want.Sz || sum != want.Sum {
				t.Errorf("seq %d (%s) phase %d %v: len %d, __sizeof__ %d, order sum %d; CPython %d, %d, %d",
					si, sq.Table, pi, fmt.Sprint(p), n, sz, sum, want.Len, want.Sz, want.Sum)
				break
			}
		}
	}
}

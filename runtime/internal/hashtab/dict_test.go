package hashtab

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/runtime/internal/pyhash"
)

var update = flag.Bool("update", false, "regenerate testdata/ with scripts/hashtab_golden.py (needs CPython 3.13)")

// dir is where the goldens are read from; scripts/htab-oracle.sh points it at
// fresh ones made with other seeds.
var dir = flag.String("dir", "testdata", "directory of the golden files")

func TestMain(m *testing.M) {
	flag.Parse()
	if *update {
		regenerateMain()
	}
	os.Exit(m.Run())
}

func regenerateMain() {
	py, err := exec.Command("../../../scripts/find-oracle.sh").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "-update needs CPython 3.13:", err)
		os.Exit(1)
	}
	cmd := exec.Command(strings.TrimSpace(string(py)), "../../../scripts/hashtab_golden.py")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "hashtab_golden.py:", err)
		os.Exit(1)
	}
}

// key is a test key: a K object (kind 0) or the str "s<id>" (kind 1); obj
// tells apart objects with the same id, so == is Python's `is`.
type key struct{ kind, id, obj int }

// keyer hashes and compares test keys as the golden script's K and str do,
// logging K.__eq__ calls.
type keyer struct {
	hashes []int64
	log    [][2]int
}

func (k *keyer) hash(x key) int64 {
	if x.kind == 1 {
		return pyhash.Str(fmt.Sprintf("s%d", x.id))
	}
	return k.hashes[x.id]
}

func (k *keyer) eq(a, b key) (bool, error) {
	if a.kind != b.kind {
		return false, nil
	}
	if a.kind == 0 {
		k.log = append(k.log, [2]int{a.id, b.id})
	}
	return a.id == b.id, nil
}

func isStr(x key) bool { return x.kind == 1 }

// fresh numbers the objects made equal but not identical to a canonical key.
var fresh int

func decodeKey(raw json.RawMessage) key {
	var a [3]int
	if err := json.Unmarshal(raw, &a); err != nil {
		panic(err)
	}
	if a[2] != 0 {
		fresh++
		a[2] = fresh
	}
	return key{a[0], a[1], a[2]}
}

type step struct {
	R    json.RawMessage `json:"r"`
	Eq   [][2]int        `json:"eq"`
	Sz   int             `json:"sz"`
	Keys [][2]int        `json:"keys"`
}

type seq struct {
	Hashes []int64             `json:"hashes"`
	Ops    [][]json.RawMessage `json:"ops"`
	Steps  []step              `json:"steps"`
}

func dictKeys(d *Dict[key, int]) [][2]int {
	out := [][2]int{}
	for i := d.Next(0); i >= 0; i = d.Next(i + 1) {
		k := d.Entry(i).Key
		out = append(out, [2]int{k.kind, k.id})
	}
	return out
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestDictGolden(t *testing.T) {
	seqs := golden.ReadJSONL[seq](t, filepath.Join(*dir, "dict_ops.jsonl"))
	if len(seqs) < 150 {
		t.Fatalf("want 150 sequences, got %d", len(seqs))
	}
	steps := 0
	for si, s := range seqs {
		k := &keyer{hashes: s.Hashes}
		d := NewDict[key, int]()
		var it DictIter[key, int]
	ops:
		for oi, op := range s.Ops {
			var name string
			json.Unmarshal(op[0], &name)
			k.log = nil
			var res any
			var err error
			switch name {
			case "set":
				x := decodeKey(op[1])
				var v int
				json.Unmarshal(op[2], &v)
				err = d.Set(x, k.hash(x), v, isStr(x), k.eq)
			case "get":
				x := decodeKey(op[1])
				v, ok, e := d.Get(x, k.hash(x), k.eq)
				if ok {
					res = v
				}
				err = e
			case "del":
				x := decodeKey(op[1])
				ix, e := d.Lookup(x, k.hash(x), k.eq)
				k.log = nil
				if ix >= 0 {
					_, _, e = d.Delete(x, k.hash(x), k.eq)
				}
				res, err = ix >= 0, e
			case "popitem":
				if x, v, ok := d.PopItem(); ok {
					res = []any{[2]int{x.kind, x.id}, v}
				}
			case "setdefault":
				x := decodeKey(op[1])
				var v int
				json.Unmarshal(op[2], &v)
				h := k.hash(x)
				ix, e := d.Lookup(x, h, k.eq)
				if ix >= 0 {
					res = d.Entry(ix).Value
				} else {
					d.InsertNew(x, h, v, isStr(x))
					res = v
				}
				err = e
			case "iter":
				var rev bool
				json.Unmarshal(op[1], &rev)
				if rev {
					it = d.ReverseIter()
				} else {
					it = d.Iter()
				}
			case "next":
				over := it.d
				ix, e := it.Next()
				switch {
				case e != nil:
					res = e.Error()
				case ix < 0:
					res = "stop"
				default:
					x := over.Entry(ix).Key
					res = [2]int{x.kind, x.id}
				}
			case "clear":
				d.Clear()
			case "copy":
				d, err = d.Copy(isStr, k.eq)
			case "update":
				var items [][2]json.RawMessage
				json.Unmarshal(op[1], &items)
				e := NewDict[key, int]()
				for _, it := range items {
					x := decodeKey(it[0])
					var v int
					json.Unmarshal(it[1], &v)
					e.Set(x, k.hash(x), v, isStr(x), k.eq)
				}
				k.log = nil
				_, err = d.Merge(e, MergeOverride, isStr, k.eq)
			default:
				t.Fatalf("unknown op %q", name)
			}
			if err != nil {
				t.Fatal(err)
			}
			want := s.Steps[oi]
			where := fmt.Sprintf("seq %d op %d %s", si, oi, jsonOf(op))
			if got := jsonOf(res); got != string(want.R) {
				t.Errorf("%s: result %s, CPython %s", where, got, want.R)
				break ops
			}
			if len(k.log) != 0 || len(want.Eq) != 0 {
				if !reflect.DeepEqual(k.log, want.Eq) {
					t.Errorf("%s: __eq__ calls %v, CPython %v", where, k.log, want.Eq)
					break ops
				}
			}
			if got := d.SizeOf(); got != want.Sz {
				t.Errorf("%s: __sizeof__ %d, CPython %d", where, got, want.Sz)
				break ops
			}
			if got := dictKeys(d); !reflect.DeepEqual(got, want.Keys) {
				t.Errorf("%s: order %v, CPython %v", where, got, want.Keys)
				break ops
			}
			steps++
		}
	}
	t.Logf("%d sequences, %d steps", len(seqs), steps)
}

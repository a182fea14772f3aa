package pystr

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/testsupport/golden"
)

// The tests replay what scripts/pystr_golden.py recorded from CPython:
// each case names an operation (ops below), its arguments and CPython's
// result or exception, as tagged values (see the script).

type record struct {
	Op   string   `json:"op"`
	Args []string `json:"args"`
	Out  *string  `json:"out"`
	Err  string   `json:"err"`
}

type tuple []any
type list []any
type dict [][2]any

// latin1 undoes the script's transport of WTF-8 bytes as latin-1 text.
func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

func unlatin1(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteRune(rune(s[i]))
	}
	return sb.String()
}

func decodeArg(t testing.TB, s string) any {
	tag, v, _ := strings.Cut(s, ":")
	switch tag {
	case "B":
		return v == "True"
	case "i":
		n, ok := new(big.Int).SetString(v, 0)
		if !ok {
			t.Fatalf("bad int %q", v)
		}
		if n.IsInt64() {
			return n.Int64()
		}
		return n
	case "f":
		bits, _ := strconv.ParseUint(v, 10, 64)
		return math.Float64frombits(bits)
	case "s":
		return latin1(v)
	case "b":
		b, _ := hex.DecodeString(v)
		return b
	case "n":
		return nil
	case "j":
		c, _ := strconv.ParseComplex(strings.ReplaceAll(strings.Trim(v, "()"), "j", "i"), 128)
		return c
	case "l", "t", "d":
		if tag == "d" {
			var kv [][2]string
			json.Unmarshal([]byte(v), &kv)
			d := dict{}
			for _, p := range kv {
				d = append(d, [2]any{decodeArg(t, p[0]), decodeArg(t, p[1])})
			}
			return d
		}
		var items []string
		json.Unmarshal([]byte(v), &items)
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = decodeArg(t, it)
		}
		if tag == "t" {
			return tuple(out)
		}
		return list(out)
	}
	t.Fatalf("bad tag %q", s)
	return nil
}

func encodeOut(v any) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "B:True"
		}
		return "B:False"
	case int:
		return "i:" + strconv.Itoa(v)
	case int64:
		return "i:" + strconv.FormatInt(v, 10)
	case *big.Int:
		return "i:" + v.String()
	case float64:
		return "f:" + strconv.FormatUint(math.Float64bits(v), 10)
	case string:
		return "s:" + unlatin1(v)
	case []byte:
		return "b:" + hex.EncodeToString(v)
	case nil:
		return "n:"
	case []string:
		items := make([]any, len(v))
		for i, s := range v {
			items[i] = s
		}
		return encodeOut(list(items))
	case dict:
		pairs := make([][2]string, len(v))
		for i, kv := range v {
			pairs[i] = [2]string{encodeOut(kv[0]), encodeOut(kv[1])}
		}
		b, _ := json.Marshal(pairs)
		return "d:" + string(b)
	case list, tuple:
		var items []any
		tag := "l:"
		if tv, ok := v.(tuple); ok {
			items, tag = tv, "t:"
		} else {
			items = v.(list)
		}
		enc := make([]string, len(items))
		for i, it := range items {
			enc[i] = encodeOut(it)
		}
		b, _ := json.Marshal(enc)
		return tag + string(b)
	}
	return fmt.Sprintf("?%T", v)
}

func errString(err error) string {
	if e, ok := err.(*Error); ok {
		if u := e.Unicode; u != nil {
			return e.Type + ": " + e.Msg + " [" + u.Encoding + " " + strconv.Itoa(u.Start) + " " + strconv.Itoa(u.End) + "]"
		}
		return e.Type + ": " + e.Msg
	}
	return "GoError: " + err.Error()
}

// pyRepr is repr() of the test's values, the conversion the VM supplies.
func pyRepr(v any) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "True"
		}
		return "False"
	case []byte:
		return ast.ReprBytes(v)
	case list, tuple:
		var items []any
		open, close := "[", "]"
		if tv, ok := v.(tuple); ok {
			items, open, close = tv, "(", ")"
		} else {
			items = v.(list)
		}
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = pyRepr(it)
		}
		if len(items) == 1 && open == "(" {
			return "(" + parts[0] + ",)"
		}
		return open + strings.Join(parts, ", ") + close
	case dict:
		parts := make([]string, len(v))
		for i, kv := range v {
			parts[i] = pyRepr(kv[0]) + ": " + pyRepr(kv[1])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	if c, ok := v.(complex128); ok {
		return ast.ReprComplex(c)
	}
	return ast.Repr(v)
}

func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

func typeName(v any) string {
	switch v.(type) {
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case nil:
		return "NoneType"
	case complex128:
		return "complex"
	case list:
		return "list"
	case tuple:
		return "tuple"
	case dict:
		return "dict"
	}
	return "?"
}

// ops are the Go side of pystr_golden.py's run().
var ops = map[string]func(a []any) (any, error){
	"repr": func(a []any) (any, error) {
		switch v := a[0].(type) {
		case float64:
			return FloatRepr(v), nil
		}
		return pyRepr(a[0]), nil
	},
	"format": func(a []any) (any, error) {
		spec := a[1].(string)
		var b []byte
		var err error
		switch v := a[0].(type) {
		case bool:
			if spec == "" {
				return pyStr(v), nil
			}
			x := int64(0)
			if v {
				x = 1
			}
			b, err = FormatInt(nil, x, spec, "bool")
		case int64:
			b, err = FormatInt(nil, v, spec, "int")
		case *big.Int:
			b, err = FormatBigInt(nil, v, spec, "int")
		case float64:
			b, err = FormatFloat(nil, v, spec, "float")
		case string:
			b, err = FormatStr(nil, v, spec)
		case complex128:
			b, err = FormatComplex(nil, v, spec, "complex")
		default:
			return nil, fmt.Errorf("format of %T", v)
		}
		return string(b), err
	},
}

func runCase(t testing.TB, r record) (got string, ok bool) {
	fn := ops[r.Op]
	if fn == nil {
		return "no op " + r.Op, false
	}
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		args[i] = decodeArg(t, a)
	}
	out, err := fn(args)
	// Outputs too long to record are compared by size, as the script
	// records them.
	switch o := out.(type) {
	case string:
		if len(o) >= 5000 && (r.Op == "str" || r.Op == "format" || r.Op == "mod") {
			what := "chars"
			if r.Op == "str" {
				what = "digits"
			}
			out = strconv.Itoa(Len(o)) + " " + what
		}
	case *big.Int:
		if o.BitLen() >= 14000 {
			out = strconv.Itoa(o.BitLen()) + " bits"
		}
	}
	if err != nil {
		got = "err " + errString(err)
	} else {
		got = "out " + encodeOut(out)
	}
	want := "err " + r.Err
	if r.Out != nil {
		// Re-encoded, so that nested values compare whatever the JSON
		// spacing of either side.
		want = "out " + encodeOut(decodeArg(t, *r.Out))
	}
	return got, got == want
}

func want(r record) string {
	if r.Out != nil {
		return "out " + *r.Out
	}
	return "err " + r.Err
}

func checkCases(t *testing.T, recs []record) {
	fails := 0
	for _, r := range recs {
		got, ok := runCase(t, r)
		if !ok {
			fails++
			if fails <= 40 {
				t.Errorf("%s%q:\n got %q\nwant %q", r.Op, r.Args, got, want(r))
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases differ from CPython", fails, len(recs))
	}
}

func TestGolden(t *testing.T) {
	checkCases(t, golden.ReadJSONL[record](t, filepath.Join("testdata", "cases.jsonl")))
}

// TestOracle compares random cases with the installed CPython 3.13 (it
// skips when there is none): scripts/pystr_golden.py --random draws them.
func TestOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	py, err := exec.Command("../../../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Skip("no CPython 3.13 oracle")
	}
	seed := os.Getenv("PYSTR_SEED")
	if seed == "" {
		seed = "7"
	}
	n := os.Getenv("PYSTR_N")
	if n == "" {
		n = "3000"
	}
	out, err := exec.Command(strings.TrimSpace(string(py)), "../../../scripts/pystr_golden.py", "--random", n, seed).Output()
	if err != nil {
		t.Fatal(err)
	}
	var recs []record
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	t.Logf("%d random cases (seed %s)", len(recs), seed)
	checkCases(t, recs)
}

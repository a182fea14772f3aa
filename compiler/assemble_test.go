package compiler

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/internal/golden"
)

// The back end is tested alone, against CPython's: each record of
// testdata/backend/*.jsonl (written by scripts/backend_oracle.py) holds a
// code unit as CPython 3.13's codegen left it and the code object CPython
// made of it; assemble must make the same code object, byte for byte.

type backendRecord struct {
	Path            string            `json:"path"`
	Skip            string            `json:"skip"`
	Name            string            `json:"name"`
	QualName        string            `json:"qualname"`
	Flags           uint32            `json:"flags"`
	FirstLineNo     int               `json:"firstlineno"`
	ArgCount        int               `json:"argcount"`
	PosOnlyArgCount int               `json:"posonlyargcount"`
	KwOnlyArgCount  int               `json:"kwonlyargcount"`
	Names           []string          `json:"names"`
	VarNames        []string          `json:"varnames"`
	CellVars        []string          `json:"cellvars"`
	FreeVars        []string          `json:"freevars"`
	FastHidden      []string          `json:"fasthidden"`
	Consts          []json.RawMessage `json:"consts"`
	Instrs          [][6]int32        `json:"instrs"`
	Expect          struct {
		Code            string            `json:"code"`
		LineTable       string            `json:"linetable"`
		ExcTable        string            `json:"exctable"`
		StackSize       int               `json:"stacksize"`
		Consts          []json.RawMessage `json:"consts"`
		Names           []string          `json:"names"`
		LocalsPlusNames []string          `json:"localsplusnames"`
		LocalsPlusKinds string            `json:"localspluskinds"`
	} `json:"expect"`
}

// codeRef stands for a nested code object (by its unit path) and
// lostConst for a constant whose value no path of CPython's optimizer kept
// (only its truth value mattered).
type codeRef string

type lostConst struct{ truthy bool }

func (l lostConst) Truth() bool { return l.truthy }

func decodeConst(raw json.RawMessage) (any, error) {
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil || len(parts) == 0 {
		return nil, fmt.Errorf("bad constant %s", raw)
	}
	var tag string
	if err := json.Unmarshal(parts[0], &tag); err != nil {
		return nil, err
	}
	str := func(i int) string {
		var s string
		if i < len(parts) {
			_ = json.Unmarshal(parts[i], &s)
		}
		return s
	}
	list := func() ([]any, error) {
		var items []json.RawMessage
		if err := json.Unmarshal(parts[1], &items); err != nil {
			return nil, err
		}
		out := make([]any, len(items))
		for i, it := range items {
			v, err := decodeConst(it)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	switch tag {
	case "None":
		return ast.None, nil
	case "Ellipsis":
		return ast.Ellipsis, nil
	case "bool":
		var b bool
		err := json.Unmarshal(parts[1], &b)
		return b, err
	case "int":
		s := str(1)
		if v, err := strconv.ParseInt(s, 10, 64); err == nil {
			return v, nil
		}
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", s)
		}
		return v, nil
	case "float":
		return strconv.ParseFloat(str(1), 64)
	case "complex":
		re, err1 := strconv.ParseFloat(str(1), 64)
		im, err2 := strconv.ParseFloat(str(2), 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad complex %s", raw)
		}
		return complex(re, im), nil
	case "str":
		return str(1), nil
	case "strx":
		b, err := hex.DecodeString(str(1))
		return string(b), err
	case "bytes":
		b, err := hex.DecodeString(str(1))
		return ast.Bytes(b), err
	case "tuple":
		l, err := list()
		return bytecode.Tuple(l), err
	case "frozenset":
		l, err := list()
		return bytecode.FrozenSet(l), err
	case "code":
		return codeRef(str(1)), nil
	case "lost":
		var b bool
		err := json.Unmarshal(parts[1], &b)
		return lostConst{b}, err
	}
	return nil, fmt.Errorf("unknown constant tag %q", tag)
}

// constText is a canonical text of a constant (a frozenset's items
// sorted) for comparisons.
func constText(c any) string {
	switch c := c.(type) {
	case bytecode.Tuple:
		parts := make([]string, len(c))
		for i, x := range c {
			parts[i] = constText(x)
		}
		return "(" + strings.Join(parts, ", ") + ",)"
	case bytecode.FrozenSet:
		parts := make([]string, len(c))
		for i, x := range c {
			parts[i] = constText(x)
		}
		sort.Strings(parts)
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case codeRef:
		return "<code " + string(c) + ">"
	case lostConst:
		return fmt.Sprintf("<lost %v>", c.truthy)
	case float64:
		return "float:" + strconv.FormatFloat(c, 'x', -1, 64)
	case complex128:
		return "complex:" + strconv.FormatFloat(real(c), 'x', -1, 64) + "," + strconv.FormatFloat(imag(c), 'x', -1, 64)
	case string:
		return strconv.Quote(c)
	case ast.Bytes:
		return "b" + strconv.Quote(string(c))
	}
	return fmt.Sprintf("%T:%s", c, ast.Repr(c))
}

func constsText(cs []any) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = constText(c)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// recordInput rebuilds the unit's InstrSeq (a label per target index) and
// metadata.
func recordInput(r *backendRecord) (*InstrSeq, *UnitMeta, error) {
	seq := &InstrSeq{}
	labels := map[int32]Label{}
	for _, in := range r.Instrs {
		op := bytecode.Opcode(in[0])
		if hasTarget(op) {
			if _, ok := labels[in[1]]; !ok {
				l := seq.NewLabel()
				labels[in[1]] = l
				seq.LabelAt[l] = in[1]
			}
		}
	}
	for _, in := range r.Instrs {
		op := bytecode.Opcode(in[0])
		arg := in[1]
		if hasTarget(op) {
			arg = int32(labels[arg])
		}
		seq.Add(op, arg, Loc{in[2], in[3], in[4], in[5]})
	}
	meta := &UnitMeta{
		Name: r.Name, QualName: r.QualName,
		Names: r.Names, VarNames: r.VarNames, CellVars: r.CellVars, FreeVars: r.FreeVars,
		ArgCount: r.ArgCount, PosOnlyArgCount: r.PosOnlyArgCount, KwOnlyArgCount: r.KwOnlyArgCount,
		FirstLineNo: r.FirstLineNo,
	}
	if len(r.FastHidden) > 0 {
		meta.FastHidden = map[string]bool{}
		for _, n := range r.FastHidden {
			meta.FastHidden[n] = true
		}
	}
	for _, raw := range r.Consts {
		c, err := decodeConst(raw)
		if err != nil {
			return nil, nil, err
		}
		meta.Consts = append(meta.Consts, c)
	}
	return seq, meta, nil
}

// disasm lists co_code's instructions, one per line, for a readable
// difference.
func disasm(code []byte) []string {
	var out []string
	for i := 0; i+1 < len(code); i += 2 {
		op := bytecode.Opcode(code[i])
		if op == bytecode.CACHE {
			continue
		}
		out = append(out, fmt.Sprintf("%4d %s %d", i, op, code[i+1]))
	}
	return out
}

func firstDiff(a, b []string) string {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			lo := max(0, i-3)
			ctx := func(l []string) string { return strings.Join(l[min(lo, len(l)):min(i+3, len(l))], "\n\t") }
			return fmt.Sprintf("at line %d:\n got:\n\t%s\n want:\n\t%s", i, ctx(a), ctx(b))
		}
	}
	return "(same)"
}

// checkRecord runs the back end over one record; "" when it matches.
func checkRecord(r *backendRecord) string {
	seq, meta, err := recordInput(r)
	if err != nil {
		return "bad record: " + err.Error()
	}
	co, err := assemble(seq, meta, bytecode.CodeFlags(r.Flags), "x.py")
	if err != nil {
		return "error: " + err.Error()
	}
	e := &r.Expect
	if got := hex.EncodeToString(co.Bytecode); got != e.Code {
		want, _ := hex.DecodeString(e.Code)
		return "co_code differs " + firstDiff(disasm(co.Bytecode), disasm(want))
	}
	var wantConsts []any
	for _, raw := range e.Consts {
		c, err := decodeConst(raw)
		if err != nil {
			return "bad record: " + err.Error()
		}
		wantConsts = append(wantConsts, c)
	}
	if g, w := constsText(co.Consts), constsText(wantConsts); g != w {
		return "co_consts differ:\n got  " + g + "\n want " + w
	}
	if got := hex.EncodeToString(co.LineTable); got != e.LineTable {
		return "co_linetable differs:\n got  " + got + "\n want " + e.LineTable
	}
	if got := hex.EncodeToString(co.ExceptionTable); got != e.ExcTable {
		return "co_exceptiontable differs:\n got  " + got + "\n want " + e.ExcTable
	}
	if co.StackSize != e.StackSize {
		return fmt.Sprintf("co_stacksize %d, want %d", co.StackSize, e.StackSize)
	}
	if g, w := strings.Join(co.Names, " "), strings.Join(e.Names, " "); g != w {
		return "co_names " + g + ", want " + w
	}
	if g, w := strings.Join(co.LocalsPlusNames, " "), strings.Join(e.LocalsPlusNames, " "); g != w {
		return "co_localsplusnames " + g + ", want " + w
	}
	kinds := make([]byte, len(co.LocalsPlusKinds))
	for i, k := range co.LocalsPlusKinds {
		kinds[i] = byte(k)
	}
	if got := hex.EncodeToString(kinds); got != e.LocalsPlusKinds {
		return "co_localspluskinds " + got + ", want " + e.LocalsPlusKinds
	}
	return ""
}

type backendStats struct {
	units, skipped, ok int
	fails              map[string]int // first line of the failure -> count
}

func runBackendFile(t *testing.T, path string, st *backendStats, verbose bool) {
	t.Helper()
	for _, r := range golden.ReadJSONL[backendRecord](t, path) {
		if r.Skip != "" {
			st.skipped++
			continue
		}
		st.units++
		msg := checkRecord(&r)
		if msg == "" {
			st.ok++
			continue
		}
		key, _, _ := strings.Cut(msg, "\n")
		if len(key) > 60 {
			key = key[:60]
		}
		st.fails[key]++
		if verbose {
			t.Errorf("%s unit %s (%s): %s", filepath.Base(path), r.Path, r.QualName, msg)
		}
	}
}

func TestBackendGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "backend", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata/backend/*.jsonl", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".jsonl"), func(t *testing.T) {
			st := &backendStats{fails: map[string]int{}}
			runBackendFile(t, f, st, true)
		})
	}
}

// TestBackendCorpus runs the back end over records written by
// scripts/backend-parity.sh (the oracle over a whole tree, e.g. the
// stdlib) into $PEGLAB_BACKEND_CORPUS, and reports the parity; it is
// skipped without that variable.
func TestBackendCorpus(t *testing.T) {
	dir := os.Getenv("PEGLAB_BACKEND_CORPUS")
	if dir == "" {
		t.Skip("PEGLAB_BACKEND_CORPUS not set (see scripts/backend-parity.sh)")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	st := &backendStats{fails: map[string]int{}}
	verbose := os.Getenv("PEGLAB_BACKEND_VERBOSE") != ""
	for _, f := range files {
		runBackendFile(t, f, st, verbose)
	}
	t.Logf("%d files, %d units compared (%d not comparable), %d identical: %.2f%%",
		len(files), st.units, st.skipped, st.ok, 100*float64(st.ok)/float64(max(st.units, 1)))
	type kv struct {
		k string
		n int
	}
	var fails []kv
	for k, n := range st.fails {
		fails = append(fails, kv{k, n})
	}
	sort.Slice(fails, func(i, j int) bool { return fails[i].n > fails[j].n })
	for i, f := range fails {
		if i == 15 {
			break
		}
		t.Logf("%6d  %s", f.n, f.k)
	}
	if st.ok != st.units {
		t.Errorf("%d units differ", st.units-st.ok)
	}
}

// BenchmarkAssemble runs the back end over every unit of the goldens.
func BenchmarkAssemble(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "backend", "*.jsonl"))
	type unit struct {
		seq   *InstrSeq
		meta  *UnitMeta
		flags bytecode.CodeFlags
	}
	var units []unit
	ninstr := 0
	for _, f := range files {
		for _, r := range golden.ReadJSONL[backendRecord](b, f) {
			if r.Skip != "" {
				continue
			}
			seq, meta, err := recordInput(&r)
			if err != nil {
				b.Fatal(err)
			}
			units = append(units, unit{seq, meta, bytecode.CodeFlags(r.Flags)})
			ninstr += len(seq.Instrs)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, u := range units {
			if _, err := assemble(u.seq, u.meta, u.flags, "x.py"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(ninstr)*float64(b.N)/b.Elapsed().Seconds(), "instrs/s")
}

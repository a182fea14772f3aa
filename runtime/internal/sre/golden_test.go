package sre

import (
	"bufio"
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata/cases.jsonl.gz and validate.jsonl.gz with scripts/sre_golden.py and sre_validate_golden.py (needs CPython 3.13)")

type goldSubject struct {
	S         *string `json:"s"`
	U         []rune  `json:"u"`
	B         *string `json:"b"`
	Match     []int   `json:"match"`
	FullMatch []int   `json:"fullmatch"`
	Search    []int   `json:"search"`
	Win       []json.RawMessage
	Iter      [][]int   `json:"iter"`
	Scan      [][]int   `json:"scan"`
	Sub       *string   `json:"sub"`
	Split     []*string `json:"split"`
}

type goldCase struct {
	P        string        `json:"p"`
	Flags    int           `json:"flags"`
	Code     []uint32      `json:"code"`
	Groups   int           `json:"groups"`
	Subjects []goldSubject `json:"subjects"`
}

func readCases(t *testing.T) []goldCase {
	t.Helper()
	return readCasesTB(t)
}

func readCasesTB(t testing.TB) []goldCase {
	t.Helper()
	if *update {
		py, err := exec.Command("../../../scripts/find-oracle.sh").Output()
		if err != nil {
			t.Fatalf("no oracle: %v", err)
		}
		for _, script := range []string{"scripts/sre_golden.py", "scripts/sre_validate_golden.py"} {
			cmd := exec.Command(strings.TrimSpace(string(py)), "-W", "ignore", script)
			cmd.Dir = "../../.."
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s: %v", script, err)
			}
		}
	}
	f, err := os.Open(filepath.Join("testdata", "cases.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldCase
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var c goldCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func (g *goldSubject) subject(t *testing.T) *Subject {
	switch {
	case g.S != nil:
		return StrSubject(*g.S)
	case g.U != nil:
		var b []byte
		for _, r := range g.U {
			b = AppendWTF8(b, r)
		}
		return StrSubject(string(b))
	default:
		b, err := hex.DecodeString(*g.B)
		if err != nil {
			t.Fatal(err)
		}
		return BytesSubject(b)
	}
}

// result is the golden form of a match: [lastindex, marks...] or nil.
func result(st *State, ok bool, err error) ([]int, error) {
	if err != nil || !ok {
		return nil, err
	}
	return st.Marks([]int{st.LastIndex()})
}

func eq(a, b []int) bool {
	if (a == nil) != (b == nil) || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// slice is the golden form of a piece of the subject.
func slice(sub *Subject, i, j int) string {
	if sub.IsStr() {
		return "s" + sub.Str(i, j)
	}
	return "x" + hex.EncodeToString(sub.Bytes(i, j))
}

// subLoop is pattern_subx with repl = lambda m: "<" + m.group() + ">".
func subLoop(p *Prog, sub *Subject) (string, error) {
	st := p.NewState(sub, 0, sub.Len())
	var out strings.Builder
	i := 0
	for {
		st.Reset()
		ok, err := st.Search()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		b, e := st.Start(), st.End()
		if i < b {
			out.WriteString(slice(sub, i, b)[1:])
		}
		out.WriteString(slice(sub, 0, 0)[1:])
		if sub.IsStr() {
			out.WriteString("<" + sub.Str(b, e) + ">")
		} else {
			out.WriteString(hex.EncodeToString([]byte("<")) + hex.EncodeToString(sub.Bytes(b, e)) + hex.EncodeToString([]byte(">")))
		}
		i = e
		st.Advance()
	}
	if i < st.EndPos() {
		out.WriteString(slice(sub, i, st.EndPos())[1:])
	}
	if sub.IsStr() {
		return "s" + out.String(), nil
	}
	return "x" + out.String(), nil
}

// splitLoop is pattern.split.
func splitLoop(p *Prog, sub *Subject) ([]*string, error) {
	st := p.NewState(sub, 0, sub.Len())
	var out []*string
	add := func(s string, ok bool) {
		if !ok {
			out = append(out, nil)
			return
		}
		out = append(out, &s)
	}
	last := st.Start()
	for {
		st.Reset()
		ok, err := st.Search()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		add(slice(sub, last, st.Start()), true)
		for g := 1; g <= p.Groups(); g++ {
			s, e := st.Group(g)
			add(slice(sub, max(s, 0), max(e, 0)), s >= 0)
		}
		st.Advance()
		last = st.Start()
	}
	add(slice(sub, last, st.EndPos()), true)
	return out, nil
}

func strp(s *string) string {
	if s == nil {
		return "None"
	}
	if strings.HasPrefix(*s, "w") {
		// a str with surrogates, as WTF-8 hex
		b, _ := hex.DecodeString((*s)[1:])
		return "s" + string(b)
	}
	return *s
}

func TestGolden(t *testing.T) {
	cases := readCases(t)
	checks, fails := 0, 0
	report := func(c *goldCase, what string, got, want any) {
		fails++
		if fails <= 40 {
			t.Errorf("%s flags=%d: %s: got %v, want %v", c.P, c.Flags, what, got, want)
		}
	}
	for ci := range cases {
		c := &cases[ci]
		p, err := Compile(c.Code, c.Groups)
		checks++
		if err != nil {
			report(c, "compile", err, "ok")
			continue
		}
		for si := range c.Subjects {
			g := &c.Subjects[si]
			sub := g.subject(t)
			n := sub.Len()
			type op struct {
				name string
				want []int
				pos  int
				end  int
				kind int
			}
			ops := []op{{"match", g.Match, 0, n, 0}, {"fullmatch", g.FullMatch, 0, n, 1}, {"search", g.Search, 0, n, 2}}
			for _, w := range g.Win {
				var v []json.RawMessage
				json.Unmarshal(w, &v)
				var pos, end int
				json.Unmarshal(v[0], &pos)
				json.Unmarshal(v[1], &end)
				for k := 0; k < 3; k++ {
					var want []int
					json.Unmarshal(v[2+k], &want)
					ops = append(ops, op{fmt.Sprintf("%s[%d:%d]", []string{"match", "fullmatch", "search"}[k], pos, end), want, pos, end, k})
				}
			}
			for _, o := range ops {
				st := p.NewState(sub, o.pos, o.end)
				var ok bool
				switch o.kind {
				case 0:
					ok, err = st.Match()
				case 1:
					ok, err = st.FullMatch()
				default:
					ok, err = st.Search()
				}
				got, err := result(st, ok, err)
				checks++
				if err != nil || !eq(got, o.want) {
					report(c, fmt.Sprintf("subject %d %s", si, o.name), fmt.Sprint(got, err), o.want)
				}
			}
			if g.Iter != nil || g.Scan != nil {
				for k, want := range [][][]int{g.Iter, g.Scan} {
					st := p.NewState(sub, 0, n)
					var got [][]int
					for len(got) < 50 {
						var m []int
						var err error
						if k == 0 {
							m, err = st.ScanSearch([]int{0})
						} else {
							m, err = st.ScanMatch([]int{0})
						}
						if err != nil {
							break
						}
						if m == nil {
							if k == 1 {
								got = append(got, nil)
							}
							break
						}
						m[0] = st.LastIndex()
						got = append(got, m)
					}
					checks++
					if fmt.Sprint(got) != fmt.Sprint(want) {
						report(c, fmt.Sprintf("subject %d %s", si, []string{"finditer", "scanner.match"}[k]), got, want)
					}
				}
			}
			if g.Sub != nil {
				got, err := subLoop(p, sub)
				checks++
				if err != nil || got != strp(g.Sub) {
					report(c, fmt.Sprintf("subject %d sub", si), got, *g.Sub)
				}
				sp, err := splitLoop(p, sub)
				checks++
				gs, ws := []string{}, []string{}
				for _, x := range sp {
					gs = append(gs, strp(x))
				}
				for _, x := range g.Split {
					ws = append(ws, strp(x))
				}
				if err != nil || strings.Join(gs, "|") != strings.Join(ws, "|") {
					report(c, fmt.Sprintf("subject %d split", si), gs, ws)
				}
			}
		}
	}
	t.Logf("%d patterns, %d checks, %d failed", len(cases), checks, fails)
}

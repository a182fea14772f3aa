package parser

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/pyerr"
)

// A goldenCase is one program of testdata/cases/*.txt and what CPython
// 3.13 makes of it (the .golden file next to it, from
// scripts/parser-golden.sh).
type goldenCase struct {
	name   string
	mode   Mode
	reject bool // only rejection is checked (no case needs it any more)
	src    []byte
	status string // "ok" or "error"
	want   string
}

// readCases reads a cases file as scripts/parser_golden.py does.
func readCases(t testing.TB, path string) []*goldenCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	type raw struct {
		name  string
		flags []string
		src   []byte
	}
	var raws []*raw
	var cur *raw
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		if bytes.HasPrefix(line, []byte("=== ")) {
			head := strings.Fields(string(line[4:]))
			cur = &raw{name: head[0], flags: head[1:]}
			raws = append(raws, cur)
		} else if cur != nil {
			cur.src = append(cur.src, line...)
		}
	}
	var cases []*goldenCase
	for _, r := range raws {
		c := goldenCase{name: r.name, mode: ModeExec}
		lines := false
		for _, f := range r.flags {
			switch {
			case strings.HasPrefix(f, "mode="):
				c.mode = Mode(f[5:])
			case f == "reject":
				c.reject = true
			case f == "lines":
				lines = true
			default:
				t.Fatalf("%s: case %s: unknown flag %q", path, r.name, f)
			}
		}
		if !lines {
			c.src = r.src
			cases = append(cases, &c)
			continue
		}
		for i, l := range splitLinesKeepEnds(r.src) {
			if len(bytes.TrimSpace(l)) == 0 {
				continue
			}
			lc := c
			lc.name = fmt.Sprintf("%s.%d", r.name, i+1)
			lc.src = l
			cases = append(cases, &lc)
		}
	}
	return cases
}

// splitLinesKeepEnds splits like Python's bytes.splitlines(keepends=True).
func splitLinesKeepEnds(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		i := bytes.IndexAny(b, "\r\n")
		if i < 0 {
			out = append(out, b)
			break
		}
		j := i + 1
		if b[i] == '\r' && j < len(b) && b[j] == '\n' {
			j++
		}
		out = append(out, b[:j])
		b = b[j:]
	}
	return out
}

// readCaseResults fills in the expected results.
func readCaseResults(t testing.TB, path string, cases []*goldenCase) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run scripts/parser-golden.sh)", err)
	}
	byName := map[string]*goldenCase{}
	for _, c := range cases {
		byName[c.name] = c
	}
	var cur *goldenCase
	var text strings.Builder
	flush := func() {
		if cur != nil {
			cur.want = text.String()
		}
		text.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "=== ") {
			flush()
			f := strings.Fields(line[4:])
			cur = byName[f[0]]
			if cur == nil {
				t.Fatalf("%s: case %s is not in the cases file (run scripts/parser-golden.sh)", path, f[0])
			}
			cur.status = f[1]
			continue
		}
		text.WriteString(line)
	}
	flush()
	for _, c := range cases {
		if c.status == "" {
			t.Fatalf("%s: no result for case %s (run scripts/parser-golden.sh)", path, c.name)
		}
	}
}

// allCases loads every case with its expected result.
func allCases(t testing.TB) []*goldenCase {
	paths, err := filepath.Glob("testdata/cases/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	var all []*goldenCase
	for _, p := range paths {
		cases := readCases(t, p)
		readCaseResults(t, strings.TrimSuffix(p, ".txt")+".golden", cases)
		all = append(all, cases...)
	}
	return all
}

// outcome renders a parse the way the golden files do.
func outcome(mod ast.Mod, err *pyerr.Error) (string, string) {
	if err != nil {
		return "error", err.Format()
	}
	return "ok", ast.Dump(mod, ast.DumpOptions{Attributes: true, Indented: true, Indent: " "}) + "\n"
}

// TestGolden compares the generated parser's AST dumps (positions
// included) and errors with CPython's.
func TestGolden(t *testing.T) {
	for _, c := range allCases(t) {
		t.Run(c.name, func(t *testing.T) {
			status, got := outcome(Parse(c.src, Options{Filename: "test.py", Mode: c.mode}))
			checkCase(t, c, status, got)
		})
	}
}

// TestGoldenInterpreted runs the same cases through the grammar
// interpreter (grammar/python.gram as compiled in), which must agree with
// CPython as the generated parser does.
func TestGoldenInterpreted(t *testing.T) {
	in, err := DefaultInterpreter()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range allCases(t) {
		t.Run(c.name, func(t *testing.T) {
			status, got := outcome(ParseInterpreted(in, c.src, Options{Filename: "test.py", Mode: c.mode}))
			checkCase(t, c, status, got)
		})
	}
}

// TestGeneratedMatchesInterpreted is the differential test: on every case,
// valid or not, both engines give byte-identical dumps and errors.
func TestGeneratedMatchesInterpreted(t *testing.T) {
	in, err := DefaultInterpreter()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range allCases(t) {
		opts := Options{Filename: "test.py", Mode: c.mode}
		s1, g1 := outcome(Parse(c.src, opts))
		s2, g2 := outcome(ParseInterpreted(in, c.src, opts))
		if s1 != s2 || g1 != g2 {
			t.Errorf("%s: generated and interpreted parsers differ:\n%s", c.name, textdiff.FirstLine(g1, g2, 3))
		}
	}
}

func checkCase(t *testing.T, c *goldenCase, status, got string) {
	t.Helper()
	if status != c.status {
		t.Fatalf("%q: got %s, CPython gives %s:\n%s\nCPython:\n%s", c.src, status, c.status, got, c.want)
	}
	if c.reject {
		return
	}
	if got != c.want {
		t.Errorf("%q:\n%s", c.src, textdiff.FirstLine(got, c.want, 3))
	}
}

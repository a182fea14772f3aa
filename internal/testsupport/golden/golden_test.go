package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps what a helper reports, so that the
// tests below can see the helpers fail.
type recorder struct {
	testing.TB
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) {
	r.errors = append(r.errors, fmt.Sprint(args...))
	r.fatal = true
	panic(r)
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
	r.fatal = true
	panic(r)
}

// run calls f with a recorder and returns it; Fatal stops f as it stops
// a test.
func run(t *testing.T, f func(tb testing.TB)) (r *recorder) {
	r = &recorder{TB: t}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
	}()
	f(r)
	return r
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

type rec struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.jsonl")
	big := strings.Repeat("x", 1<<20) // longer than bufio.Scanner's default limit
	write(t, path, `{"name":"a","n":1}`+"\n\n"+`{"name":"`+big+`","n":2}`+"\n"+`{"name":"c"}`)
	var got []rec
	r := run(t, func(tb testing.TB) { got = ReadJSONL[rec](tb, path) })
	if len(r.errors) > 0 {
		t.Fatal(r.errors)
	}
	if len(got) != 3 || got[0] != (rec{"a", 1}) || got[1].Name != big || got[1].N != 2 || got[2] != (rec{"c", 0}) {
		t.Errorf("ReadJSONL = %.60v", got)
	}

	ptrs := ReadJSONL[*rec](t, path)
	if len(ptrs) != 3 || *ptrs[0] != (rec{"a", 1}) {
		t.Errorf("ReadJSONL[*rec] = %.60v", ptrs)
	}

	write(t, path, `{"name":"a"}`+"\n"+`{"name":`+"\n")
	if r := run(t, func(tb testing.TB) { ReadJSONL[rec](tb, path) }); !r.fatal || !strings.Contains(r.errors[0], "a.jsonl:2: ") {
		t.Errorf("bad line: reported %q, want a fatal error at a.jsonl:2", r.errors)
	}
	if r := run(t, func(tb testing.TB) { ReadJSONL[rec](tb, filepath.Join(dir, "none.jsonl")) }); !r.fatal {
		t.Errorf("missing file: reported %q, want a fatal error", r.errors)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "x.golden")

	r := run(t, func(tb testing.TB) { Check(tb, path, []byte("a\nb\n"), false) })
	if len(r.errors) != 1 || r.fatal || !strings.Contains(r.errors[0], "go test -update writes it") {
		t.Errorf("missing file: reported %q, want one error naming -update", r.errors)
	}

	if r := run(t, func(tb testing.TB) { Check(tb, path, []byte("a\nb\n"), true) }); len(r.errors) > 0 {
		t.Fatalf("update: %q", r.errors)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "a\nb\n" {
		t.Fatalf("update wrote %q, %v", data, err)
	}

	if r := run(t, func(tb testing.TB) { Check(tb, path, []byte("a\nb\n"), false) }); len(r.errors) > 0 {
		t.Errorf("same output: reported %q", r.errors)
	}

	r = run(t, func(tb testing.TB) { Check(tb, path, []byte("a\nc\n"), false) })
	want := path + " differs from the output (go test -update rewrites it; review the diff):\nline 2, column 1:\n    1  \"a\"\n  got  \"c\"\n want  \"b\""
	if len(r.errors) != 1 || r.fatal || r.errors[0] != want {
		t.Errorf("different output: reported %q, want %q", r.errors, want)
	}
}

package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// upper is a toy stage: it prints the file upper-cased, and fails on files
// that contain "bad".
var upper = &StageFunc{
	StageName: "upper",
	Func: func(path string, src []byte) Result {
		if bytes.Contains(src, []byte("bad")) {
			return Result{Err: path + ": bad input\n", Status: 1}
		}
		return Result{Out: strings.ToUpper(string(src))}
	},
}

func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFiles(t *testing.T) {
	dir := tree(t, map[string]string{
		"a.py": "", "b.txt": "", "sub/c.py": "", "site-packages/d.py": "", "sub/site-packages/e.py": "",
	})
	got, err := Files([]string{dir, filepath.Join(dir, "a.py")}, []string{"site-packages"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i], _ = filepath.Rel(dir, got[i])
	}
	if want := "a.py sub/c.py"; strings.Join(got, " ") != want {
		t.Errorf("Files = %q, want %q", got, want)
	}
	if _, err := Files([]string{filepath.Join(dir, "nope")}, nil); err == nil {
		t.Error("Files on a missing path: no error")
	}
}

func TestRunWithoutOracle(t *testing.T) {
	dir := tree(t, map[string]string{"a.py": "x\ny\n", "b.py": "bad\n"})
	var progress bytes.Buffer
	rep, err := Run(context.Background(), Options{Stage: upper, Paths: []string{dir}, Jobs: 2, Progress: &progress})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Files != 2 || rep.Lines != 3 || rep.Bytes != 8 || rep.Compared || len(rep.Failures) != 1 {
		t.Fatalf("report %+v", rep)
	}
	if !strings.Contains(rep.Failures[0].What, "bad input") {
		t.Errorf("failure %+v", rep.Failures[0])
	}
	if !strings.Contains(progress.String(), "corpus: 2/2 files (100%)") {
		t.Errorf("progress %q", progress.String())
	}
	var out bytes.Buffer
	rep.Write(&out)
	if !strings.Contains(out.String(), "no oracle: 1 of 2 files rejected") {
		t.Errorf("summary %q", out.String())
	}
}

// fakeOracle stands in for oracle.py: a shell script answering in its
// batch protocol, upper-casing like the toy stage except in file b.py.
const fakeOracle = `
[ "$1" = batch ] && [ "$2" = upper ] || { echo "bad args: $*" >&2; exit 3; }
while IFS= read -r p; do
  out=$(tr a-z A-Z < "$p" | sed 's/$/\\n/' | tr -d '\n')
  case "$p" in */b.py) out="OTHER\\n";; esac
  printf '{"path": "%s", "out": "%s", "err": "", "status": 0}\n' "$p" "$out"
done
`

func TestRunWithOracle(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	dir := tree(t, map[string]string{"a.py": "x\ny\n", "b.py": "p\nq\n", "c.py": "z\n"})
	rep, err := Run(context.Background(), Options{Stage: upper, Paths: []string{dir}, Python: "/bin/sh",
		OracleScript: []byte(fakeOracle)})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Compared || rep.Same != 2 || len(rep.Failures) != 1 {
		t.Fatalf("report %+v", rep)
	}
	f := rep.Failures[0]
	if !strings.HasSuffix(f.Path, "b.py") || f.What != `stdout line 1, column 1: got "P", want "OTHER"` {
		t.Errorf("failure %+v", f)
	}
	var out bytes.Buffer
	rep.Write(&out)
	if !strings.Contains(out.String(), "parity: 2/3 files identical to CPython 3.13 (66.67%), 1 differ") {
		t.Errorf("summary %q", out.String())
	}
}

func TestRunOracleFailure(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	dir := tree(t, map[string]string{"a.py": "x\n"})
	_, err := Run(context.Background(), Options{Stage: upper, Paths: []string{dir}, Python: "/bin/sh",
		OracleScript: []byte("echo broken >&2; exit 3\n")})
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("err = %v, want the oracle's stderr", err)
	}
}

// crashingOracle answers like the toy stage, but dies of a signal on
// b.py (as CPython 3.13.0's compiler does on some programs) and reports an
// internal failure on d.py.
const crashingOracle = `
while IFS= read -r p; do
  case "$p" in
    */b.py) kill -SEGV $$;;
    */d.py) printf '{"path": "%s", "out": "", "err": "oracle crashed: SystemError(\\"boom\\")\\n", "status": 99}\n' "$p"; continue;;
  esac
  out=$(tr a-z A-Z < "$p" | sed 's/$/\\n/' | tr -d '\n')
  printf '{"path": "%s", "out": "%s", "err": "", "status": 0}\n' "$p" "$out"
done
`

// TestRunOracleCrash: the files CPython crashes or fails on are listed as
// not compared, count neither way, and the run goes on after a crash.
func TestRunOracleCrash(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	dir := tree(t, map[string]string{"a.py": "x\n", "b.py": "y\n", "c.py": "z\n", "d.py": "w\n", "e.py": "bad\n"})
	rep, err := Run(context.Background(), Options{Stage: upper, Paths: []string{dir}, Python: "/bin/sh",
		OracleScript: []byte(crashingOracle)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Same != 2 || len(rep.Failures) != 1 || len(rep.Uncompared) != 2 {
		t.Fatalf("report %+v", rep)
	}
	for i, want := range []string{"b.py: CPython crashed on it (signal: segmentation fault): not compared",
		`d.py: CPython failed on it (SystemError("boom")): not compared`} {
		if got := filepath.Base(rep.Uncompared[i].Path) + ": " + rep.Uncompared[i].What; got != want {
			t.Errorf("uncompared[%d] = %s, want %s", i, got, want)
		}
	}
	var out bytes.Buffer
	rep.Write(&out)
	if !strings.Contains(out.String(), "parity: 2/3 files identical to CPython 3.13 (66.67%), 1 differ; 2 not compared") {
		t.Errorf("summary %q", out.String())
	}
}

func TestRegistry(t *testing.T) {
	Register(&StageFunc{StageName: "toy-registry"})
	if _, err := Lookup("toy-registry"); err != nil {
		t.Error(err)
	}
	if _, err := Lookup("nope"); err == nil || !strings.Contains(err.Error(), "toy-registry") {
		t.Errorf("Lookup(nope) = %v", err)
	}
}

func TestDifference(t *testing.T) {
	for _, tc := range []struct {
		got, want Result
		diff      string
	}{
		{Result{Out: "a\nb\n"}, Result{Out: "a\nb\n"}, ""},
		{Result{Out: "a\nb\n"}, Result{Out: "a\nc\n"}, `stdout line 2, column 1: got "b", want "c"`},
		{Result{Out: "a\n"}, Result{Out: "a\nb\n"}, `stdout line 2: got end of text, want "b"`},
		{Result{Out: "a\n\n"}, Result{Out: "a\n"}, `stdout line 2: got "", want end of text`},
		{Result{Out: "a"}, Result{Out: "a\n"}, `stdout line 1, column 2: got "a", want "a\n"`},
		{Result{Err: "e\n"}, Result{}, `stderr line 1: got "e", want end of text`},
		{Result{Status: 1}, Result{}, "exit status 1, want 0"},
	} {
		if d := difference(tc.got, tc.want); d != tc.diff {
			t.Errorf("difference(%+v, %+v) = %q, want %q", tc.got, tc.want, d, tc.diff)
		}
	}
}

func TestErrorSummary(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  File \"x.py\", line 3\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax\n", "line 3: SyntaxError: invalid syntax"},
		{"  File \"a, line 2.py\", line 7\nIndentationError: unexpected indent\n", "line 7: IndentationError: unexpected indent"},
		{"x.py:1:2: error: unterminated string literal\n", "x.py:1:2: error: unterminated string literal"},
		{"MemoryError: too deep\n", "MemoryError: too deep"},
	}
	for _, tt := range tests {
		if got := errorSummary(tt.in); got != tt.want {
			t.Errorf("errorSummary(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

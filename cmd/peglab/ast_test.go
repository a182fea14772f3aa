package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// TestASTCommand runs the `peglab ast` command lines of
// testdata/ast/cases.txt and compares their output and exit status with
// what CPython 3.13 prints for the same arguments (NAME.golden, from
// scripts/parser-golden.sh; the oracle is the judge, so these goldens are
// not rewritten by -update).
func TestASTCommand(t *testing.T) {
	data, err := os.ReadFile("testdata/ast/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		name, rest, _ := strings.Cut(line, ":")
		args := strings.Fields(rest)
		t.Run(name, func(t *testing.T) {
			var stdin []byte
			if i := indexOf(args, "<"); i >= 0 {
				if stdin, err = os.ReadFile(args[i+1]); err != nil {
					t.Fatal(err)
				}
				args = args[:i]
			}
			var stdout, stderr bytes.Buffer
			status := run(append([]string{"ast"}, args...), bytes.NewReader(stdin), &stdout, &stderr)
			got := fmt.Sprintf("--- stdout\n%s--- stderr\n%s--- status %d\n", stdout.String(), stderr.String(), status)
			want, err := os.ReadFile(filepath.Join("testdata/ast", name+".golden"))
			if err != nil {
				t.Fatalf("%v (run scripts/parser-golden.sh)", err)
			}
			if got != string(want) {
				t.Errorf("peglab ast %s differs from CPython (%s.golden):\n%s", strings.Join(args, " "), name, textdiff.FirstLine(got, string(want), 3))
			}
		})
	}
}

// TestASTCommandUsage covers wrong use, which exits with status 2.
func TestASTCommandUsage(t *testing.T) {
	for _, args := range [][]string{
		{"ast", "--mode", "nope", "-c", "x"},
		{"ast"},
		{"ast", "no/such/file.py"},
		{"ast", "--grammar", "no/such.gram", "-c", "x"},
		{"ast", "x.py", "-c", "x"},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(args, nil, &stdout, &stderr); status != 2 || stderr.Len() == 0 {
			t.Errorf("peglab %s: status %d, stderr %q; want 2 and a message", strings.Join(args, " "), status, stderr.String())
		}
	}
}

// TestASTCommandCode checks -c CODE, whose errors name <string>.
func TestASTCommandCode(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"ast", "-c", "print('hi')"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	want := "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value='hi')]))])\n"
	if stdout.String() != want {
		t.Errorf("got %q, want %q", stdout.String(), want)
	}
	stdout.Reset()
	if status := run([]string{"ast", "-c", "1 +"}, nil, &stdout, &stderr); status != 1 ||
		!strings.HasPrefix(stderr.String(), "  File \"<string>\", line 1\n") {
		t.Errorf("status %d, stderr %q", status, stderr.String())
	}
}

func indexOf(s []string, x string) int {
	for i, y := range s {
		if y == x {
			return i
		}
	}
	return -1
}

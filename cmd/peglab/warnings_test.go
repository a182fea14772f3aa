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

// TestASTWarnings is issue 21, point 9 (the tokenizer's warnings):
// peglab ast prints the SyntaxWarnings ast.parse prints, as the warnings
// module does (recorded from CPython 3.13: ast.parse(open(F, "rb").read(),
// F) and ast.parse(src, "<string>")).
func TestASTWarnings(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "w.py")
	src := "if 1:\n    y = 1if 1 else 2  \ny = 1if 1 else 2; z = 2if 1 else 3\nw = 0x1for x in y\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := file + ":2: SyntaxWarning: invalid decimal literal\n  y = 1if 1 else 2\n" +
		file + ":3: SyntaxWarning: invalid decimal literal\n  y = 1if 1 else 2; z = 2if 1 else 3\n" +
		file + ":3: SyntaxWarning: invalid decimal literal\n  y = 1if 1 else 2; z = 2if 1 else 3\n" +
		file + ":4: SyntaxWarning: invalid hexadecimal literal\n  w = 0x1for x in y\n"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"ast", file}, want},
		{[]string{"ast", "-c", "y = 1if 1 else 2\nz = 0x1for x in y\n"}, "<string>:1: SyntaxWarning: invalid decimal literal\n<string>:2: SyntaxWarning: invalid hexadecimal literal\n"},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(tt.args, strings.NewReader(""), &stdout, &stderr); status != 0 {
			t.Errorf("peglab %s: exit status %d\n%s", strings.Join(tt.args, " "), status, stderr.String())
		}
		if stderr.String() != tt.want {
			t.Errorf("peglab %s: stderr\n%q\nwant\n%q", strings.Join(tt.args, " "), stderr.String(), tt.want)
		}
	}
}

// TestWarningsTable is issue 21, point 9: for each program of
// testdata/warnings, the SyntaxWarnings of every stage (tokenizer, parser,
// compiler) as CPython 3.13 prints them, recorded by
// scripts/warnings-golden.sh: peglab ast as ast.parse, peglab dis as
// python3.13 -m dis, peglab run as python3.13 FILE, with -W error and -W
// ignore too (the run goldens hold stderr, then stdout and the status).
func TestWarningsTable(t *testing.T) {
	files, err := filepath.Glob("testdata/warnings/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in testdata/warnings (%v)", err)
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		base := strings.TrimSuffix(file, ".py")
		for _, tc := range []struct {
			golden string
			args   []string
			whole  bool // stdout and status too
		}{
			{"ast", []string{"ast", file}, false},
			{"dis", []string{"dis", file}, false},
			{"run", []string{"run", file}, true},
			{"werror", []string{"run", "-W", "error", file}, true},
			{"wignore", []string{"run", "-W", "ignore", file}, true},
		} {
			t.Run(filepath.Base(base)+"/"+tc.golden, func(t *testing.T) {
				want, err := os.ReadFile(base + "." + tc.golden)
				if err != nil {
					t.Fatal(err)
				}
				var stdout, stderr bytes.Buffer
				status := run(tc.args, strings.NewReader(""), &stdout, &stderr)
				got := stderr.String()
				if tc.whole {
					got += fmt.Sprintf("--- stdout\n%s\n--- status %d\n", strings.TrimRight(stdout.String(), "\n"), status)
				} else if status != 0 && !strings.Contains(got, "Error") {
					t.Errorf("exit status %d", status)
				}
				got = strings.ReplaceAll(got, dir+"/", "@DIR@/")
				if got != string(want) {
					t.Errorf("peglab %s:\n%s", strings.Join(tc.args, " "), textdiff.FirstLine(got, string(want), 3))
				}
			})
		}
	}
}

// TestWarningsRuntime: compile() and exec() in a running program warn
// through the VM's warnings machinery (its _warnings when the warnings
// module is not imported), -W error making them SyntaxErrors (recorded
// from CPython 3.13: python3.13 [-W error] -c CODE).
func TestWarningsRuntime(t *testing.T) {
	code := "compile('x = 1 is 1', 's', 'exec')\nexec('y = \"\\\\d\"')\nprint('done')\n"
	runCmdCases(t, []cmdCase{
		{name: "default", args: []string{"run", "-c", code}, stdout: "done\n",
			stderr: "s:1: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n<string>:1: SyntaxWarning: invalid escape sequence '\\d'\n"},
		{name: "ignore", args: []string{"run", "-W", "ignore", "-c", code}, stdout: "done\n", noStdout: false},
		{name: "error", args: []string{"run", "-W", "error", "-c", code}, status: 1,
			stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n    compile('x = 1 is 1', 's', 'exec')\n    ~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"s\", line 1\nSyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n"},
		{name: "bad action", args: []string{"run", "-W", "bogus", "-c", code}, status: 2, stderrHas: "invalid -W action"},
	})
}

// TestNullByte is issue 21, point 9's other half: a null byte in the
// source. compile() (ast, dis) raises a SyntaxError with no line, printed
// without a File header; python3.13 FILE and python3.13 - read the file
// line by line and refuse the line that holds it, quoting it up to the
// null byte (recorded from CPython 3.13).
func TestNullByte(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "n.py")
	if err := os.WriteFile(file, []byte("y = 2\nx = 1\x00z\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	compileErr := "SyntaxError: source code string cannot contain null bytes\n"
	runCmdCases(t, []cmdCase{
		{name: "ast", args: []string{"ast", file}, status: 1, stderr: compileErr},
		{name: "dis", args: []string{"dis", file}, status: 1, stderr: compileErr},
		{name: "run -c", args: []string{"run", "-c", "x = 1\x00"}, status: 1, stderr: compileErr},
		{name: "run", args: []string{"run", file}, status: 1, stderr: "  File \"" + file + "\", line 2\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"},
		{name: "run -", args: []string{"run", "-"}, stdin: "x = 1\x00\n", status: 1, stderr: "  File \"<stdin>\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"},
	})
}

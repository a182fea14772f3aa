package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenUsability is issue 21, point 5: gen without --helpers says what
// to do in a few lines instead of one line per action, and gen makes the
// output folder.
func TestGenUsability(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new", "folder", "parser_gen.go")
	var stdout, stderr bytes.Buffer
	status := run([]string{"gen", "../../grammar/python.gram", "-o", out, "--package", "p"}, strings.NewReader(""), &stdout, &stderr)
	if status != 2 {
		t.Errorf("gen without helpers: exit status %d, want 2", status)
	}
	if n := strings.Count(stderr.String(), "\n"); n > 15 || !strings.Contains(stderr.String(), "--helpers") {
		t.Errorf("gen without helpers: %d lines, want a few that name --helpers:\n%s", n, stderr.String())
	}
	stderr.Reset()
	status = run([]string{"gen", "../../grammar/python.gram", "-o", out, "--package", "p", "--helpers", "../../parser"}, strings.NewReader(""), &stdout, &stderr)
	if status != 0 {
		t.Fatalf("gen into a new folder: exit status %d\n%s", status, stderr.String())
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
}

// TestParseExamples runs the examples of peglab parse --help from the
// repository root: each must work (issue 21, point 5).
func TestParseExamples(t *testing.T) {
	c := newParseCmd()
	for _, line := range strings.Split(c.Example, "\n") {
		args := strings.Fields(strings.TrimSpace(line))
		if len(args) < 2 || args[0] != "peglab" {
			continue
		}
		for i, a := range args {
			args[i] = strings.Trim(a, "'")
			if strings.HasSuffix(a, ".gram") {
				args[i] = "../../" + a
			}
		}
		// -c '1 - 2 - 3': the shell would join the quoted words.
		if i := indexOf(args, "-c"); i >= 0 {
			args = append(args[:i+1], strings.Join(args[i+1:], " "))
		}
		var stdout, stderr bytes.Buffer
		if status := run(args[1:], strings.NewReader(""), &stdout, &stderr); status != 0 {
			t.Errorf("%s: exit status %d\n%s", line, status, stderr.String())
		}
	}
}

// TestParseNamesExpected is issue 21, point 5's last part: a custom
// grammar that fails without a message of its own gets the farthest
// failure, with what was expected there, not a bare "invalid syntax".
func TestParseNamesExpected(t *testing.T) {
	g := filepath.Join(t.TempDir(), "em.gram")
	if err := os.WriteFile(g, []byte("start: NAME ENDMARKER\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	status := run([]string{"parse", "--grammar", g, "-c", "x"}, strings.NewReader(""), &stdout, &stderr)
	if status != 1 || !strings.Contains(stderr.String(), "invalid syntax: expected ENDMARKER, got NEWLINE") {
		t.Errorf("exit %d, stderr %q", status, stderr.String())
	}
}

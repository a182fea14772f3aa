package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestUsage checks exit codes and argument validation across commands
// (issue 21, point 8): 0 success, 1 a Python-level error, 2 wrong use, and
// wrong use says what was wrong in the user's terms.
func TestUsage(t *testing.T) {
	py := t.TempDir() + "/x.py"
	if err := os.WriteFile(py, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	nul := t.TempDir() + "/nul.py"
	if err := os.WriteFile(nul, []byte("x = 1\x00\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/a.py", []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		env    map[string]string
		status int
		has    string // in stderr
		hasNot string // not in stderr
	}{
		{name: "no arguments", args: nil, status: 2, has: "Usage:"},
		{name: "unknown ext subcommand", args: []string{"ext", "bogus"}, status: 2, has: `unknown command "bogus"`},
		{name: "unknown help topic", args: []string{"help", "nosuch"}, status: 2, has: "nosuch"},
		{name: "unknown command", args: []string{"bogus"}, status: 2, has: `unknown command "bogus"`},
		{name: "negative jobs", args: []string{"corpus", "-j", "-1", dir}, status: 2, has: "-j"},
		{name: "negative context", args: []string{"diff", "-U", "-1", "--ext", "arrow", "-c", "x"}, status: 2, has: "-U"},
		{name: "indent not a number", args: []string{"ast", "--indent", "abc", "-c", "x"}, status: 2, has: `"abc"`, hasNot: "strconv"},
		{name: "bad extension from the environment", args: []string{"ast", "-c", "x"}, env: map[string]string{"PEGLAB_EXT": "nope"}, status: 2, has: "PEGLAB_EXT"},
		{name: "oracle that fails (symtable)", args: []string{"symtable", "--oracle", "/bin/false", py}, status: 2, has: "oracle"},
		{name: "oracle that fails (corpus)", args: []string{"corpus", "--oracle", "/bin/false", "--stage", "ast", dir}, status: 2, hasNot: "EOF"},
		{name: "null byte (issue 21, point 9)", args: []string{"ast", nul}, status: 1,
			has: "SyntaxError: source code string cannot contain null bytes", hasNot: "line 0"},
		{name: "python error", args: []string{"ast", "-c", "x ="}, status: 1, has: "SyntaxError"},
		{name: "success", args: []string{"ast", "-c", "x"}, status: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(""), &stdout, &stderr)
			if status != tt.status {
				t.Errorf("peglab %s: exit status %d, want %d\nstderr: %s", strings.Join(tt.args, " "), status, tt.status, stderr.String())
			}
			if tt.has != "" && !strings.Contains(stderr.String(), tt.has) {
				t.Errorf("peglab %s: stderr %q lacks %q", strings.Join(tt.args, " "), stderr.String(), tt.has)
			}
			if tt.hasNot != "" && strings.Contains(stderr.String(), tt.hasNot) {
				t.Errorf("peglab %s: stderr %q has %q", strings.Join(tt.args, " "), stderr.String(), tt.hasNot)
			}
		})
	}
}

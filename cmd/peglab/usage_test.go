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
	badGram := dir + "/bad.gram"
	if err := os.WriteFile(badGram, []byte("start: (NAME\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	calc := "../../pegen/testdata/grammars/calc.gram"
	newRoot := t.TempDir()
	if err := os.MkdirAll(newRoot+"/extensions", 0o755); err != nil {
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
		// Every command (TestUsageCoversEveryCommand): success 0, a
		// Python-level error 1, wrong use 2 with what was wrong.
		{name: "tokens ok", args: []string{"tokens", "-c", "x"}, status: 0},
		{name: "tokens error", args: []string{"tokens", "-c", `"`}, status: 1, has: "unterminated string literal"},
		{name: "tokens no input", args: []string{"tokens"}, status: 2, has: "missing input"},
		{name: "tokens two files", args: []string{"tokens", py, py}, status: 2, has: "too many arguments"},
		{name: "tokens unknown extension", args: []string{"tokens", "--ext", "nosuch", "-c", "x"}, status: 2, has: `unknown extension "nosuch"`},
		{name: "ast no input", args: []string{"ast"}, status: 2, has: "missing input"},
		{name: "ast bad mode", args: []string{"ast", "--mode", "bogus", "-c", "x"}, status: 2, has: `unknown mode "bogus"`},
		{name: "ast missing file", args: []string{"ast", "/nonexistent/x.py"}, status: 2, has: "/nonexistent/x.py"},
		{name: "symtable ok", args: []string{"symtable", "-c", "x"}, status: 0},
		{name: "symtable error", args: []string{"symtable", "-c", "x ="}, status: 1, has: "SyntaxError"},
		{name: "symtable no input", args: []string{"symtable"}, status: 2, has: "missing input"},
		{name: "check ok", args: []string{"check", "../../grammar/python.gram", "--helpers", "../../parser"}, status: 0},
		{name: "check no grammar", args: []string{"check"}, status: 2, has: "argument"},
		{name: "check unreadable", args: []string{"check", "/nonexistent.gram"}, status: 2, has: "/nonexistent.gram"},
		{name: "check malformed grammar", args: []string{"check", badGram}, status: 2, has: "'(' was never closed"},
		{name: "gen ok", args: []string{"gen", "../../grammar/python.gram", "--helpers", "../../parser", "-o", dir + "/out/p.go", "--package", "p"}, status: 0},
		{name: "gen no output", args: []string{"gen", "../../grammar/python.gram"}, status: 2, has: "-o FILE and --package NAME are required"},
		{name: "gen malformed grammar", args: []string{"gen", badGram, "-o", dir + "/q.go", "--package", "q"}, status: 2, has: "never closed"},
		{name: "parse ok", args: []string{"parse", "--grammar", calc, "--tree", "--tokenizer", "simple", "-c", "1 + 2"}, status: 0},
		{name: "parse error", args: []string{"parse", "--grammar", calc, "--tree", "--tokenizer", "simple", "-c", "1 +"}, status: 1, has: "SyntaxError"},
		{name: "parse no grammar", args: []string{"parse", "-c", "x"}, status: 2, has: "--grammar FILE is required"},
		{name: "diff ok", args: []string{"diff", "--ext", "arrow", "-c", "a -> b"}, status: 0},
		{name: "diff nothing to compare", args: []string{"diff", "-c", "x"}, status: 2, has: "--ext"},
		{name: "diff unknown extension", args: []string{"diff", "--ext", "nosuch", "-c", "x"}, status: 2, has: `unknown extension "nosuch"`},
		{name: "dis ok", args: []string{"dis", "-c", "x"}, status: 0},
		{name: "dis error", args: []string{"dis", "-c", "return"}, status: 1, has: "'return' outside function"},
		{name: "dis no input", args: []string{"dis"}, status: 2, has: "missing input"},
		{name: "dis missing folder", args: []string{"dis", "--ext-dir", "/nonexistent", "-c", "x"}, status: 2, has: "/nonexistent"},
		{name: "code ok", args: []string{"code", "-c", "x"}, status: 0},
		{name: "code error", args: []string{"code", "-c", "x ="}, status: 1, has: "SyntaxError"},
		{name: "code no input", args: []string{"code"}, status: 2, has: "missing input"},
		{name: "run ok", args: []string{"run", py}, status: 0},
		{name: "run exception", args: []string{"run", "-c", "raise ValueError"}, status: 1, has: "ValueError"},
		{name: "run syntax error", args: []string{"run", "-c", "x ="}, status: 1, has: "SyntaxError"},
		{name: "run -W error", args: []string{"run", "-W", "error", "-c", "x = 1 is 1"}, status: 1, has: "SyntaxError: \"is\" with 'int' literal"},
		{name: "run no input", args: []string{"run"}, status: 2, has: "missing input"},
		{name: "run bad -W", args: []string{"run", "-W", "bogus", "-c", "x"}, status: 2, has: "invalid -W action"},
		{name: "run missing file", args: []string{"run", "/nonexistent/x.py"}, status: 2, has: "can't open file"},
		{name: "repl ok", args: []string{"repl", "-q"}, status: 0},
		{name: "repl argument", args: []string{"repl", "x"}, status: 2, has: "argument"},
		{name: "corpus no path", args: []string{"corpus"}, status: 2, has: "PATH"},
		{name: "corpus unknown stage", args: []string{"corpus", "--stage", "nosuch", dir}, status: 2, has: `unknown stage "nosuch"`},
		{name: "ext alone", args: []string{"ext"}, status: 2, has: "Usage:"},
		{name: "ext list ok", args: []string{"ext", "list"}, status: 0},
		{name: "ext list argument", args: []string{"ext", "list", "x"}, status: 2, has: "argument"},
		{name: "ext new ok", args: []string{"ext", "new", "usagetest", "--root", newRoot}, status: 0},
		{name: "ext new no name", args: []string{"ext", "new"}, status: 2, has: "argument"},
		{name: "ext new bad name", args: []string{"ext", "new", "Bad-Name", "--root", newRoot}, status: 2, has: `bad extension name "Bad-Name"`},
		{name: "serve argument", args: []string{"serve", "x"}, status: 2, has: "argument"},
		{name: "serve unknown flag", args: []string{"serve", "--bogus"}, status: 2, has: "unknown flag: --bogus"},
		{name: "railroad ok", args: []string{"railroad", "--rule", "sum", "-o", dir + "/sum.svg"}, status: 0},
		{name: "railroad unknown rule", args: []string{"railroad", "--rule", "nosuch"}, status: 2, has: `no rule "nosuch"`},
		{name: "railroad bad output", args: []string{"railroad", "-o", dir + "/x.txt"}, status: 2, has: "FILE.svg or FILE.html"},
		{name: "help ok", args: []string{"help", "ast"}, status: 0},
		{name: "completion ok", args: []string{"completion", "bash"}, status: 0},
		{name: "completion unknown shell", args: []string{"completion", "bogus"}, status: 2, has: `unknown command "bogus"`},
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

// TestUsageCoversEveryCommand: TestUsage's table has, for every command
// of the root (and every subcommand of a group), a case of wrong use
// (status 2) and, for every command that can succeed without a network
// or an oracle, a success (status 0).
func TestUsageCoversEveryCommand(t *testing.T) {
	data, err := os.ReadFile("usage_test.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	noSuccess := map[string]bool{"serve": true, "corpus": true, "ext": true}
	var paths []string
	for _, c := range newRootCmd(nil, nil, nil).Commands() {
		if len(c.Commands()) > 0 && c.Name() != "completion" {
			paths = append(paths, c.Name())
			for _, sub := range c.Commands() {
				paths = append(paths, c.Name()+" "+sub.Name())
			}
			continue
		}
		paths = append(paths, c.Name())
	}
	for _, p := range paths {
		args := `args: []string{"` + strings.ReplaceAll(p, " ", `", "`) + `"`
		ok, wrong := false, false
		for _, line := range strings.Split(text, "\n") {
			if !strings.Contains(line, args) {
				continue
			}
			ok = ok || strings.Contains(line, "status: 0")
			wrong = wrong || strings.Contains(line, "status: 2")
		}
		if !wrong && p != "help" {
			t.Errorf("TestUsage has no case of wrong use of peglab %s (status 2)", p)
		}
		if !ok && !noSuccess[p] {
			t.Errorf("TestUsage has no successful peglab %s (status 0)", p)
		}
	}
}

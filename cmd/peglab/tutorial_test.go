package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
)

// TestTutorialRuns runs the commands of the tutorial's "Run it" section
// (extensions/README.md) on a fresh scaffold and checks that they print
// what the tutorial shows; REPL sessions are replayed from their input
// lines, with the input echoed as a terminal shows it.
func TestTutorialRuns(t *testing.T) {
	t.Setenv("PEGLAB_EXT", "")
	data, err := os.ReadFile("../../extensions/README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "### Run it")
	end := strings.Index(text, "## 4.")
	if start < 0 || end < start {
		t.Fatal("no \"### Run it\" section before \"## 4.\" in the tutorial")
	}
	if ast.LookupCompiledClass("Spaceship") != nil {
		// The tutorial's section 5 compiled it in: a new scaffold of the
		// same name cannot be made (its AST class exists).
		t.Skip("the tutorial's spaceship is compiled in; TestTutorialLoop checks the tutorial in a copy of the repository")
	}
	root := t.TempDir()
	var out, errb bytes.Buffer
	if status := run([]string{"ext", "new", "spaceship", "--root", root}, nil, &out, &errb); status != 0 {
		t.Fatalf("ext new spaceship: %s", errb.String())
	}
	// The tutorial's operator is the first free placeholder, <~>; with
	// another extension compiled in that took it (a user's, or
	// TestExtNewBuilds' demo in its copy of the repository) the outputs,
	// caret lines included, cannot be the tutorial's.
	if _, rest, ok := strings.Cut(out.String(), "the operator "); ok {
		if op := strings.Fields(rest)[0]; op != "<~>" {
			t.Skipf("<~> is taken by a compiled-in extension (ext new chose %s): the tutorial's outputs do not apply", op)
		}
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(root); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	checked := 0
	for _, cmd := range tutorialCommands(text[start:end]) {
		args, ok := shellWords(cmd.line)
		if !ok || len(args) == 0 || args[0] != "peglab" {
			continue // a shell pipeline (grep ...): not peglab's output alone
		}
		want := cmd.output
		g := runInProcess(args, cmd.output)
		g = strings.ReplaceAll(g, root, "/home/you/peglab")
		if trimLines(g) != trimLines(want) {
			t.Errorf("$ %s\ngot:\n%s\nthe tutorial shows:\n%s", cmd.line, g, want)
		}
		checked++
	}
	if checked < 6 {
		t.Errorf("checked %d commands of the tutorial, want at least 6", checked)
	}
}

// runInProcess runs a peglab command line in this process, its standard
// output and error together; a REPL session is replayed from the input
// lines of the session it should print (want), echoed as a terminal
// shows them.
func runInProcess(args []string, want string) string {
	var got bytes.Buffer
	var stdin io.Reader
	if args[1] == "repl" {
		var inputs []string
		for _, l := range strings.SplitAfter(want, "\n") {
			if s, ok := strings.CutPrefix(l, ">>> "); ok {
				inputs = append(inputs, s)
			} else if s, ok := strings.CutPrefix(l, "..."); ok {
				inputs = append(inputs, strings.TrimPrefix(s, " "))
			}
		}
		stdin = &echoReader{lines: inputs, echo: &got}
	}
	run(args[1:], stdin, &got, &got)
	g := got.String()
	if args[1] == "repl" {
		g = strings.TrimSuffix(g, ">>> \n")
	}
	return g
}

type tutorialCmd struct{ line, output string }

// tutorialCommands reads the "$ command" lines of the fenced blocks of
// text, a command going on over lines while a quote is open, and the
// output under each.
func tutorialCommands(text string) []tutorialCmd {
	var cmds []tutorialCmd
	in := false
	var cur *tutorialCmd
	open := false
	for _, l := range strings.SplitAfter(text, "\n") {
		if strings.HasPrefix(l, "```") {
			in = !in
			cur = nil
			continue
		}
		if !in {
			continue
		}
		switch {
		case cur != nil && open:
			cur.line += l
			open = strings.Count(cur.line, "'")%2 == 1
		case strings.HasPrefix(l, "$ "):
			cmds = append(cmds, tutorialCmd{line: l[2:]})
			cur = &cmds[len(cmds)-1]
			open = strings.Count(cur.line, "'")%2 == 1
		case cur != nil:
			cur.output += l
		}
	}
	for i := range cmds {
		cmds[i].line = strings.TrimSuffix(cmds[i].line, "\n")
	}
	return cmds
}

// shellWords splits a command line as sh does for single and double
// quotes; ok is false for a pipeline.
func shellWords(line string) (words []string, ok bool) {
	var w strings.Builder
	inWord := false
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				w.WriteByte(c)
			}
		case c == '\'' || c == '"':
			quote, inWord = c, true
		case c == '|':
			return nil, false
		case c == ' ' || c == '\n':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, true
}

// echoReader gives one line a Read, writing it to echo too: the REPL's
// output then reads as a terminal shows the session.
type echoReader struct {
	lines []string
	echo  *bytes.Buffer
}

func (r *echoReader) Read(p []byte) (int, error) {
	if len(r.lines) == 0 {
		return 0, io.EOF
	}
	l := r.lines[0]
	r.lines = r.lines[1:]
	r.echo.WriteString(l)
	return copy(p, l), nil
}

func trimLines(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/grammar"
)

// TestCorpusFrontEnds runs `peglab corpus` without the oracle over a small
// tree with each front end: the generated parser, extensions, the
// interpreter, and an edited grammar that no longer knows `is`.
func TestCorpusFrontEnds(t *testing.T) {
	t.Setenv("PEGLAB_EXT", "")
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tree := filepath.Join(dir, "tree")
	if err := os.Mkdir(tree, 0o755); err != nil {
		t.Fatal(err)
	}
	write("tree/plain.py", "x = a is b\n")
	write("tree/arrow.py", "def f(a, b):\n    return a -> b\n")
	edited := strings.Replace(grammar.Python, "\n    | is_bitwise_or\n", "\n", 1)
	if edited == grammar.Python {
		t.Fatal("the grammar no longer has the alternative this test removes")
	}
	noIs := write("no-is.gram", edited)
	runCmdCases(t, []cmdCase{
		{name: "generated", args: []string{"corpus", "--stage", "ast", tree}, status: 1,
			stdoutHas: "arrow.py: line 2: SyntaxError: invalid syntax\nno oracle: 1 of 2 files rejected"},
		{name: "ext", args: []string{"corpus", "--stage", "ast", "--ext", "arrow", tree},
			stdoutHas: "no oracle: 0 of 2 files rejected"},
		{name: "ext interpreted compile", args: []string{"corpus", "--stage", "compile", "--ext", "arrow", "--interpreted", tree},
			stdoutHas: "no oracle: 0 of 2 files rejected"},
		{name: "ext symtable", args: []string{"corpus", "--stage", "symtable", "--ext", "arrow", tree},
			stdoutHas: "no oracle: 0 of 2 files rejected"},
		{name: "ext tokens", args: []string{"corpus", "--stage", "tokens", "--ext", "arrow", tree},
			stdoutHas: "no oracle: 0 of 2 files rejected"},
		{name: "edited grammar", args: []string{"corpus", "--stage", "symtable", "--grammar", noIs, "--ext", "arrow", tree}, status: 1,
			stdoutHas: "plain.py: line 1: SyntaxError: invalid syntax\nno oracle: 1 of 2 files rejected"},
		{name: "unknown stage", args: []string{"corpus", "--stage", "nope", tree}, status: 2, stderrHas: `unknown stage "nope"`},
		{name: "unknown extension", args: []string{"corpus", "--ext", "nope", tree}, status: 2, stderrHas: "nope"},
		{name: "bad grammar", args: []string{"corpus", "--stage", "ast", "--grammar", write("bad.gram", "start: (\n"), tree}, status: 2},
	})
}

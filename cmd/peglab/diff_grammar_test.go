package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/grammar"
)

// TestDiffGrammarEdit is issue 21's "diff --grammar edited.gram FILE
// shows what a grammar edit changes, the way diff --ext does".
func TestDiffGrammarEdit(t *testing.T) {
	edited := filepath.Join(t.TempDir(), "edited.gram")
	text := strings.Replace(grammar.Python, "a=sum '+' b=term { BinOp(a, Add(), b, EXTRA) }", "a=sum '+' b=term { BinOp(a, Sub(), b, EXTRA) }", 1)
	if err := os.WriteFile(edited, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		has  []string
	}{
		{[]string{"diff", "--grammar", edited, "-c", "a + b"}, []string{"--- ast: Python 3.13", "+++ ast: with " + edited, "-        op=Add(),", "+        op=Sub(),"}},
		{[]string{"diff", "--grammar", edited, "--stage", "grammar"}, []string{"-    | a=sum '+' b=term { BinOp(a, Add(), b, EXTRA) }", "+    | a=sum '+' b=term { BinOp(a, Sub(), b, EXTRA) }"}},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(tt.args, strings.NewReader(""), &stdout, &stderr); status != 0 {
			t.Errorf("peglab %s: exit status %d\n%s", strings.Join(tt.args, " "), status, stderr.String())
			continue
		}
		for _, h := range tt.has {
			if !strings.Contains(stdout.String(), h) {
				t.Errorf("peglab %s: output lacks %q:\n%s", strings.Join(tt.args, " "), h, stdout.String())
			}
		}
	}
}

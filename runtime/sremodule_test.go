package runtime

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// A catastrophic pattern under the VM's loop budget stops with
// KeyboardInterrupt from inside the engine instead of running for ever.
func TestSreBudgetInterrupts(t *testing.T) {
	src := []byte(`import _sre
code = CODE
p = _sre.compile('(a*)*b', 0, code, 1, {}, (None, None))
print(p.search('a' * 40))
`)
	src = bytes.Replace(src, []byte("CODE"), []byte("[14, 4, 0, 1, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 16, 98, 1]"), 1)
	mod, perr := parser.Parse(src, parser.Options{Filename: "<sre>"})
	if perr != nil {
		t.Fatal(perr)
	}
	st, perr := symtable.Build(mod, "<sre>", &symtable.Options{Source: src})
	if perr != nil {
		t.Fatal(perr)
	}
	co, perr := compiler.Compile(mod, st, &compiler.Options{Filename: "<sre>"})
	if perr != nil {
		t.Fatal(perr)
	}
	var out, errb bytes.Buffer
	status := runModule(co, Config{Stdout: &out, Stderr: &errb}, 1000)
	if status == 0 || !strings.Contains(errb.String(), "KeyboardInterrupt") {
		t.Fatalf("status %d, stdout %q, stderr %q", status, out.String(), errb.String())
	}
}

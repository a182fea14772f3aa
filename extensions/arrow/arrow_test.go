package arrow_test

import (
	"flag"
	"testing"

	_ "github.com/peglab/peglab/extensions/almosteq"
	_ "github.com/peglab/peglab/extensions/arrow"
	"github.com/peglab/peglab/internal/testsupport/extgolden"
	"github.com/peglab/peglab/internal/testsupport/extrun"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the generated parser")

// TestGolden runs testdata/cases.txt through the tokenizer, the parser
// (generated, interpreted, and with this folder loaded at run time) and
// the symbol table, and compares the results with the golden files.
func TestGolden(t *testing.T) { extgolden.Check(t, "arrow", *update) }

// TestRun compiles and runs testdata/run/*.py with almosteq and arrow on,
// against their dis (NAME.dis) and output (NAME.out, tracebacks included).
func TestRun(t *testing.T) {
	extrun.Check(t, ".", []string{"almosteq", "arrow"}, nil, *update)
}

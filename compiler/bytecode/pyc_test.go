package bytecode

import (
	"os"
	"testing"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// TestPyc reads a .pyc file CPython 3.13's py_compile wrote (of
// json/tool.py, named tool.py; scripts/marshal-golden.sh rewrites it) and
// writes it back.
func TestPyc(t *testing.T) {
	data, err := os.ReadFile("testdata/tool.pyc")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/tool.pyc.txt")
	if err != nil {
		t.Fatal(err)
	}
	h, c, err := ReadPyc(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := Dump(c); got != string(want) {
		t.Fatalf("code differs:\n%s", textdiff.FirstLine(got, string(want), 3))
	}
	out, err := WritePyc(h, c)
	if err != nil {
		t.Fatal(err)
	}
	if string(out[:16]) != string(data[:16]) {
		t.Errorf("header %q, want %q", out[:16], data[:16])
	}
	if _, c2, err := ReadPyc(out); err != nil || Dump(c2) != string(want) {
		t.Errorf("round trip: %v", err)
	}
	bad := append([]byte("\x00\x00\r\n"), data[4:]...)
	if _, _, err := ReadPyc(bad); err == nil || err.Error() != "ImportError: bad magic number" {
		t.Errorf("bad magic: %v", err)
	}
}

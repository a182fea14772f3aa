package dis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/internal/support/textdiff"
)

// TestGolden reads each testdata/NAME.marshal (CPython's code object of
// NAME.py, written by scripts/dis-golden.sh) and prints it: the text must
// be the oracle's `python -m dis` (NAME.dis), `-C -O` (NAME.dis-CO) and
// code dump (NAME.code).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.marshal")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens (scripts/dis-golden.sh writes them): %v", err)
	}
	for _, path := range files {
		base := strings.TrimSuffix(path, ".marshal")
		t.Run(filepath.Base(base), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			v, err := bytecode.Unmarshal(data)
			if err != nil {
				t.Fatal(err)
			}
			c := v.(*bytecode.Code)
			for _, tt := range []struct {
				suffix string
				got    string
			}{
				{".dis", Dis(c, Options{})},
				{".dis-CO", Dis(c, Options{ShowCaches: true, ShowOffsets: true})},
				{".code", Code(c)},
			} {
				want, err := os.ReadFile(base + tt.suffix)
				if err != nil {
					t.Fatal(err)
				}
				if tt.got != string(want) {
					t.Errorf("%s%s differs:\n%s", base, tt.suffix, textdiff.FirstLine(tt.got, string(want), 3))
				}
			}
		})
	}
}

// TestBadCode: code objects no compiler makes (opargs past their tables,
// truncated code, garbage location tables) print without panicking.
func TestBadCode(t *testing.T) {
	codes := [][]byte{
		{byte(bytecode.LOAD_CONST), 9, byte(bytecode.LOAD_GLOBAL), 200},
		{byte(bytecode.EXTENDED_ARG), 255, byte(bytecode.EXTENDED_ARG), 255, byte(bytecode.EXTENDED_ARG), 255, byte(bytecode.JUMP_FORWARD), 255},
		{byte(bytecode.JUMP_BACKWARD), 200, 0, 0},
		{byte(bytecode.BINARY_OP), 99, byte(bytecode.COMPARE_OP), 255, byte(bytecode.CALL_INTRINSIC_1), 77},
		{byte(bytecode.LOAD_ATTR)},
		{255, 255, 200, 1},
	}
	for _, code := range codes {
		c := &bytecode.Code{Bytecode: code, Name: "bad", LineTable: []byte{0xff, 0x7f, 0x01}, ExceptionTable: []byte{0x81, 0x7f}}
		_ = Dis(c, Options{ShowCaches: true, ShowOffsets: true})
		_ = Code(c)
	}
}

func FuzzDis(f *testing.F) {
	f.Add([]byte{byte(bytecode.RESUME), 0, byte(bytecode.RETURN_CONST), 0}, []byte{0x80, 0x00}, []byte{})
	f.Fuzz(func(t *testing.T, code, lines, exc []byte) {
		c := &bytecode.Code{Bytecode: code, Name: "f", Consts: []any{int64(1)}, Names: []string{"n"},
			LocalsPlusNames: []string{"a"}, LocalsPlusKinds: []bytecode.LocalKind{bytecode.FastLocal},
			LineTable: lines, ExceptionTable: exc}
		_ = Dis(c, Options{ShowCaches: true, ShowOffsets: true})
		_ = Code(c)
	})
}

func BenchmarkDis(b *testing.B) {
	data, err := os.ReadFile("testdata/long.marshal")
	if err != nil {
		b.Fatal(err)
	}
	v, err := bytecode.Unmarshal(data)
	if err != nil {
		b.Fatal(err)
	}
	c := v.(*bytecode.Code)
	b.SetBytes(int64(len(c.Bytecode)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = AppendDis(buf[:0], c, Options{})
	}
}

func BenchmarkUnmarshal(b *testing.B) {
	data, err := os.ReadFile("testdata/functions.marshal")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bytecode.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

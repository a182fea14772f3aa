package runtime

import (
	"io"
	"os"
	"testing"

	"github.com/peglab/peglab/compiler/bytecode"
)

func benchProgram(b *testing.B, name string) {
	data, err := os.ReadFile("testdata/bench/" + name + ".marshal")
	if err != nil {
		b.Skip("no marshal (run scripts/runtime-golden.sh)")
	}
	v, err := bytecode.Unmarshal(data)
	if err != nil {
		b.Fatal(err)
	}
	co := v.(*bytecode.Code)
	b.ReportAllocs()
	for b.Loop() {
		if st := RunModule(co, Config{Stdout: io.Discard, Stderr: os.Stderr}); st != 0 {
			b.Fatalf("exit status %d", st)
		}
	}
}

// The programs of scripts/runtime-bench.sh, which times python3.13 on
// the same files and prints the ratios.
func BenchmarkFib30(b *testing.B)    { benchProgram(b, "fib") }
func BenchmarkLoop(b *testing.B)     { benchProgram(b, "loop") }
func BenchmarkStrBuild(b *testing.B) { benchProgram(b, "strbuild") }
func BenchmarkDicts(b *testing.B)    { benchProgram(b, "dicts") }

func BenchmarkObjects(b *testing.B) { benchProgram(b, "objects") }

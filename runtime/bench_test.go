package runtime

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
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

// BenchmarkProgram runs bench/$PEGLAB_BENCH.py (the programs of
// scripts/bench-vm.sh) through peglab's front end, for pprof:
// PEGLAB_BENCH=dicts go test ./runtime -run '^$' -bench Program -cpuprofile cpu.out
func BenchmarkProgram(b *testing.B) {
	name := os.Getenv("PEGLAB_BENCH")
	if name == "" {
		b.Skip("PEGLAB_BENCH names a bench/*.py program")
	}
	path, err := filepath.Abs("../bench/" + name + ".py")
	if err != nil {
		b.Fatal(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	mod, perr := parser.Parse(src, parser.Options{Filename: path, Mode: parser.Mode("exec")})
	if perr != nil {
		b.Fatal(perr)
	}
	st, perr := symtable.Build(mod, path, &symtable.Options{Source: src})
	if perr != nil {
		b.Fatal(perr)
	}
	co, perr := compiler.Compile(mod, st, &compiler.Options{Filename: path})
	if perr != nil {
		b.Fatal(perr)
	}
	b.ReportAllocs()
	for b.Loop() {
		if st := RunModule(co, Config{Stdout: io.Discard, Stderr: os.Stderr}); st != 0 {
			b.Fatalf("exit status %d", st)
		}
	}
}

package pegen_test

import (
	"os"
	"strings"
	"testing"

	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
	"github.com/peglab/peglab/pegen/internal/testparsers"
)

// BenchmarkBuildAndGeneratePython measures what `go generate` does for the
// Python parser: parse python.gram, check, lower, generate Go.
func BenchmarkBuildAndGeneratePython(b *testing.B) {
	src, err := os.ReadFile("../grammar/python.gram")
	if err != nil {
		b.Skip("grammar/python.gram not present")
	}
	cat, err := gogen.ReadHelpers("../parser")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		g, err := pegen.ParseGrammar("python.gram", src)
		if err != nil {
			b.Fatal(err)
		}
		prog, _, err := pegen.Build(g, pegen.BuildOptions{Helpers: cat})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := gogen.Generate(prog, gogen.GenOptions{Package: "parser"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildAndGenerateTestGrammars(b *testing.B) {
	cat, err := gogen.ReadHelpers("internal/testparsers")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, tg := range loadTestGrammars(b) {
			if _, err := gogen.Generate(tg.prog, gogen.GenOptions{Package: "x"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	_ = cat
}

// A long arithmetic expression for calc.gram: left recursion, backtracking over three
// precedence levels.
var benchInput = strings.Repeat("(1 + 2 * 7 - -3 / 5) * 4 - ", 2000) + "5"

func benchGrammar(b *testing.B, name string) *pegen.Program {
	for _, tg := range loadTestGrammars(b) {
		if tg.name == name {
			return tg.prog
		}
	}
	b.Fatal("no grammar " + name)
	return nil
}

func BenchmarkParseGenerated(b *testing.B) {
	prog := benchGrammar(b, "calc")
	run := testparsers.Parsers["calc"]
	b.SetBytes(int64(len(benchInput)))
	for b.Loop() {
		if res, _ := run(tokens(prog, benchInput), "bench"); !res.OK {
			b.Fatal(res.Err)
		}
	}
}

func BenchmarkParseInterpreted(b *testing.B) {
	prog := benchGrammar(b, "calc")
	in, err := pegen.NewInterpreter(prog, testparsers.Helpers)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchInput)))
	for b.Loop() {
		p, _ := in.NewParser(tokens(prog, benchInput))
		if res := p.Parse(""); !res.OK {
			b.Fatal(res.Err)
		}
	}
}

package pegen_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
	"github.com/peglab/peglab/pegen/internal/testparsers"
)

// FuzzGrammar feeds arbitrary text to the metagrammar parser and, when it
// parses and checks, to the lowering, the generator and the interpreter
// setup: none may panic, and generated code must always be valid Go.
func FuzzGrammar(f *testing.F) {
	for _, dir := range []string{"testdata/grammars", "testdata/bad"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.gram"))
		for _, p := range paths {
			data, _ := os.ReadFile(p)
			f.Add(data)
		}
	}
	cat, err := gogen.ReadHelpers("internal/testparsers")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		g, err := pegen.ParseGrammar("fuzz.gram", src)
		if err != nil {
			return
		}
		_ = g.String()
		prog, _, err := pegen.Build(g, pegen.BuildOptions{Helpers: cat})
		if err != nil {
			return
		}
		if _, err := gogen.Generate(prog, gogen.GenOptions{Package: "fuzz"}); err != nil {
			t.Fatalf("generator produced invalid Go for a checked grammar: %v\n%s", err, src)
		}
		if _, err := pegen.NewInterpreter(prog, testparsers.Helpers); err != nil {
			t.Fatalf("interpreter rejected a checked grammar: %v", err)
		}
	})
}

// FuzzParsers runs arbitrary input through every test grammar, generated
// and interpreted: no panic, and the two must agree.
func FuzzParsers(f *testing.F) {
	paths, _ := filepath.Glob("testdata/inputs/*.txt")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		for _, in := range strings.Split(string(data), "\n---\n") {
			f.Add(in)
		}
	}
	grammars := loadTestGrammars(f)
	interps := map[string]*pegen.Interpreter{}
	for _, tg := range grammars {
		in, err := pegen.NewInterpreter(tg.prog, testparsers.Helpers)
		if err != nil {
			f.Fatal(err)
		}
		interps[tg.name] = in
	}
	f.Fuzz(func(t *testing.T, input string) {
		for _, tg := range grammars {
			genOut := render(testparsers.Parsers[tg.name](tokens(tg.prog, input), "<input>", "power", "unless"))
			ip, err := interps[tg.name].NewParser(tokens(tg.prog, input), "power", "unless")
			if err != nil {
				t.Fatal(err)
			}
			ip.Filename = "<input>"
			if interpOut := render(ip.Parse(""), &ip.Parser); genOut != interpOut {
				t.Fatalf("%s: input %q: generated %q, interpreted %q", tg.name, input, genOut, interpOut)
			}
		}
	})
}

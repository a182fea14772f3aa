package pegen_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
	"github.com/peglab/peglab/pegen/internal/testparsers"
	"github.com/peglab/peglab/pegen/peg"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// testGrammar is one of testdata/grammars, built for interpretation.
type testGrammar struct {
	name string
	prog *pegen.Program
}

func loadTestGrammars(t testing.TB) []testGrammar {
	t.Helper()
	cat, err := gogen.ReadHelpers("internal/testparsers")
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/grammars/*.gram")
	if len(paths) == 0 {
		t.Fatal("no test grammars")
	}
	var out []testGrammar
	for _, path := range paths {
		g, err := pegen.LoadGrammar(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		frags, err := pegen.LoadFragments(strings.TrimSuffix(path, ".gram") + ".ext")
		if err != nil {
			t.Fatal(err)
		}
		prog, _, err := pegen.Build(g, pegen.BuildOptions{Helpers: cat, Fragments: frags})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, testGrammar{strings.TrimSuffix(filepath.Base(path), ".gram"), prog})
	}
	return out
}

// render shows an outcome the way the golden files record it.
func render(res peg.Outcome, p *peg.Parser) string {
	if res.Err == nil && !res.OK {
		res.Err = p.InvalidSyntax(res.LastToken)
	}
	if res.Err != nil {
		return strings.TrimRight(res.Err.Format(), "\n")
	}
	return testparsers.Show(res.Value)
}

func tokens(prog *pegen.Program, input string) peg.TokenSource {
	return pegen.NewSimpleTokenizer([]byte(input), pegen.PythonTokens(), pegen.UsesNewlines(prog))
}

// TestGrammars runs every input of every test grammar through the
// generated parser and the interpreter: both must agree, and match the
// golden output.
func TestGrammars(t *testing.T) {
	for _, tg := range loadTestGrammars(t) {
		t.Run(tg.name, func(t *testing.T) {
			gen := testparsers.Parsers[tg.name]
			if gen == nil {
				t.Fatalf("no generated parser registered for %s (pegen/internal/testparsers/registry.go)", tg.name)
			}
			in, err := pegen.NewInterpreter(tg.prog, testparsers.Helpers)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(filepath.Join("testdata/inputs", tg.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			for _, input := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n---\n") {
				var exts []string
				if rest, ok := strings.CutPrefix(input, "@ext "); ok {
					line, text, _ := strings.Cut(rest, "\n")
					exts, input = strings.Split(line, ","), text
				}
				genOut := render(gen(tokens(tg.prog, input), "<input>", exts...))
				ip, err := in.NewParser(tokens(tg.prog, input), exts...)
				if err != nil {
					t.Fatal(err)
				}
				ip.Filename = "<input>"
				interpOut := render(ip.Parse(""), &ip.Parser)
				if genOut != interpOut {
					t.Errorf("input %q: generated and interpreted parsers differ:\ngenerated:   %s\ninterpreted: %s", input, genOut, interpOut)
				}
				if len(exts) > 0 {
					fmt.Fprintf(&out, "=== (extensions %s)\n", strings.Join(exts, ", "))
				}
				fmt.Fprintf(&out, "=== %s\n%s\n", input, interpOut)
			}
			golden.Check(t, filepath.Join("testdata/golden", tg.name+".golden"), []byte(out.String()), *update)
		})
	}
}

// TestGeneratedParsersUpToDate regenerates the test parsers in memory and
// compares them with the committed files.
func TestGeneratedParsersUpToDate(t *testing.T) {
	for _, tg := range loadTestGrammars(t) {
		name := strings.ToUpper(tg.name[:1]) + tg.name[1:]
		src, err := gogen.Generate(tg.prog, gogen.GenOptions{Package: "testparsers", Name: name, Source: tg.name + ".gram"})
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("internal/testparsers", tg.name+"_gen.go"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(src, committed) {
			t.Errorf("internal/testparsers/%s_gen.go is stale: run go generate ./...", tg.name)
		}
	}
}

// TestInterpreterReusesParsers parses every input twice, once with a fresh
// parser and once with parsers the interpreter keeps between parses: a
// reused parser must carry nothing over, and parsers with extensions on
// must not be kept.
func TestInterpreterReusesParsers(t *testing.T) {
	for _, tg := range loadTestGrammars(t) {
		in, err := pegen.NewInterpreter(tg.prog, testparsers.Helpers)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join("testdata/inputs", tg.name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var kept *pegen.IParser
		for _, input := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n---\n") {
			if strings.HasPrefix(input, "@ext ") {
				continue
			}
			fresh, err := in.NewParser(tokens(tg.prog, input))
			if err != nil {
				t.Fatal(err)
			}
			want := render(fresh.Parse(""), &fresh.Parser)
			ip, err := in.Acquire(tokens(tg.prog, input))
			if err != nil {
				t.Fatal(err)
			}
			if kept != nil && ip != kept {
				t.Errorf("%s: the parser given back was not reused", tg.name)
			}
			if got := render(ip.Parse(""), &ip.Parser); got != want {
				t.Errorf("%s %q: a reused parser gives\n%s\nwant\n%s", tg.name, input, got, want)
			}
			in.Release(ip)
			kept = ip
		}
		if len(tg.prog.Exts) > 0 {
			ext, err := in.NewParser(tokens(tg.prog, ""), tg.prog.Exts[0])
			if err != nil {
				t.Fatal(err)
			}
			in.Release(ext)
			if ip, _ := in.Acquire(tokens(tg.prog, "")); ip == ext {
				t.Errorf("%s: a parser with extension %s on was kept for plain parses", tg.name, tg.prog.Exts[0])
			}
		}
	}
}

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
)

func init() {
	register(step{name: "testparsers", rank: 30, run: genTestParsers})
}

// genTestParsers generates pegen's test grammars into one package, each
// parser named after its grammar (leftrec.gram gives LeftrecParser), plus
// the helper table the interpreter tests use.
func genTestParsers(root string) error {
	dir := filepath.Join(root, "pegen/internal/testparsers")
	cat, err := gogen.ReadHelpers(dir)
	if err != nil {
		return err
	}
	grammars, err := filepath.Glob(filepath.Join(root, "pegen/testdata/grammars/*.gram"))
	if err != nil {
		return err
	}
	table, err := gogen.GenerateHelperTable(cat, "testparsers", "pegen/internal/testparsers/actions*.go")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "helpers_gen.go"), table, 0o644); err != nil {
		return err
	}
	for _, path := range grammars {
		g, err := pegen.LoadGrammar(path)
		if err != nil {
			return err
		}
		frags, err := pegen.LoadFragments(strings.TrimSuffix(path, ".gram") + ".ext")
		if err != nil {
			return err
		}
		prog, _, err := pegen.Build(g, pegen.BuildOptions{Helpers: cat, Fragments: frags})
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		base := strings.TrimSuffix(filepath.Base(path), ".gram")
		src, err := gogen.Generate(prog, gogen.GenOptions{
			Package: "testparsers",
			Name:    strings.ToUpper(base[:1]) + base[1:],
			Source:  filepath.Base(path),
		})
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		if err := os.WriteFile(filepath.Join(dir, base+"_gen.go"), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

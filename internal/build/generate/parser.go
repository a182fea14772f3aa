package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
)

// The "parser" step: grammar/python.gram plus extensions/*/ext.gram ->
// parser/parser_gen.go (the Python parser) and parser/helpers_gen.go (the
// table through which the grammar interpreter calls the same action
// helpers). It reads the helpers' signatures from parser/actions*.go,
// including the node constructors the "ast" step writes, so it ranks after
// that step.
func init() { register(step{name: "parser", rank: 40, run: genParser}) }

func genParser(root string) error {
	dir := filepath.Join(root, "parser")
	cat, err := gogen.ReadHelpers(dir)
	if err != nil {
		return err
	}
	table, err := gogen.GenerateHelperTable(cat, "parser", "parser/actions*.go")
	if err != nil {
		return err
	}
	if err := writeIfChanged(filepath.Join(dir, "helpers_gen.go"), table); err != nil {
		return err
	}
	g, err := pegen.LoadGrammar(filepath.Join(root, "grammar", "python.gram"))
	if err != nil {
		return err
	}
	frags, err := loadGrammarFragments(root)
	if err != nil {
		return err
	}
	tokens, err := pythonTokenTable(root)
	if err != nil {
		return err
	}
	prog, diags, err := pegen.Build(g, pegen.BuildOptions{Tokens: tokens, Helpers: cat, Fragments: frags})
	if err != nil {
		return fmt.Errorf("%v", diags.Errors())
	}
	src, err := gogen.Generate(prog, gogen.GenOptions{Package: "parser", Source: "grammar/python.gram"})
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(dir, "parser_gen.go"), src)
}

// loadGrammarFragments reads each extension's ext.gram, named after its
// directory, in name order.
func loadGrammarFragments(root string) ([]pegen.Fragment, error) {
	paths, err := filepath.Glob(filepath.Join(root, "extensions", "*", "ext.gram"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var frags []pegen.Fragment
	for _, p := range paths {
		g, err := pegen.LoadGrammar(p)
		if err != nil {
			return nil, err
		}
		frags = append(frags, pegen.Fragment{Ext: filepath.Base(filepath.Dir(p)), Grammar: g})
	}
	return frags, nil
}

// pythonTokenTable is grammar/Tokens extended by each extension's Tokens
// file, in name order, as the tokenizer's table is.
func pythonTokenTable(root string) (*pegen.TokenTable, error) {
	t := pegen.PythonTokens()
	paths, err := filepath.Glob(filepath.Join(root, "extensions", "*", "Tokens"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if t, err = pegen.ParseTokens(t, p, string(text), filepath.Base(filepath.Dir(p))); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// writeIfChanged writes data to path unless the file already holds it, so
// that regenerating leaves modification times alone.
func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return os.WriteFile(path, data, 0o644)
}

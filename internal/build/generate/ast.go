package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"

	"github.com/peglab/peglab/internal/build/asdl"
	"github.com/peglab/peglab/internal/build/asdl/astgen"
)

// The "ast" step: grammar/Python.asdl plus extensions/*/ext.asdl (sorted by
// extension name) -> package ast's node types, class table and walker, and
// parser/actions_nodes_gen.go. The parser step reads those helpers, so this
// step ranks before it.
func init() { register(step{name: "ast", rank: 20, run: genAST}) }

func genAST(root string) error {
	m, err := loadASDL(root)
	if err != nil {
		return err
	}
	files, err := astgen.Generate(m)
	if err != nil {
		return err
	}
	for _, f := range files {
		path := filepath.Join(root, filepath.FromSlash(f.Path))
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// loadASDL reads the base ASDL and merges every extension's fragment into
// it. File names in errors are relative to root.
func loadASDL(root string) (*asdl.Module, error) {
	src, err := os.ReadFile(filepath.Join(root, "grammar", "Python.asdl"))
	if err != nil {
		return nil, err
	}
	base, err := asdl.Parse("grammar/Python.asdl", string(src))
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(root, "extensions", "*", "ext.asdl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var frags []*asdl.Fragment
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		ext := filepath.Base(filepath.Dir(p))
		f, err := asdl.ParseFragment("extensions/"+ext+"/ext.asdl", ext, string(data))
		if err != nil {
			return nil, err
		}
		frags = append(frags, f)
	}
	return asdl.Merge(base, frags)
}

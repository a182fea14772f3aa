package main

// Every extension folder is checked, together with the others, before any
// step writes a file: an operator two folders claim, a constructor that
// exists already or a grammar fragment that does not merge would
// otherwise stop a later step after earlier ones rewrote their files
// (extensions/all/all_gen.go, the token table), leaving a tree whose
// binary lists extensions it cannot parse.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/peglab/peglab/pegen"
)

// extensionSteps are the steps that read the extension folders.
var extensionSteps = []string{"extensions", "tokens", "ast", "parser"}

// checkExtensions checks the extension folders as a set: their Tokens
// with grammar/Tokens, their ext.asdl with grammar/Python.asdl, their
// ext.gram with grammar/python.gram.
func checkExtensions(root string) error {
	base, err := readTokens(filepath.Join(root, "grammar", "Tokens"), "")
	if err != nil {
		return err
	}
	defs := base
	paths, err := filepath.Glob(filepath.Join(root, "extensions", "*", "Tokens"))
	if err != nil {
		return err
	}
	sort.Strings(paths)
	for _, p := range paths {
		more, err := readTokens(p, filepath.Base(filepath.Dir(p)))
		if err != nil {
			return err
		}
		defs = append(defs, more...)
	}
	if err := checkTokens(defs); err != nil {
		return err
	}
	if _, err := loadASDL(root); err != nil {
		return err
	}
	frags, err := loadGrammarFragments(root)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join(root, "grammar", "python.gram"))
	if err != nil {
		return err
	}
	g, err := pegen.ParseGrammar("grammar/python.gram", src)
	if err != nil {
		return err
	}
	if _, diags := pegen.Merge(g, frags); diags.HasErrors() {
		return fmt.Errorf("the extensions' grammar fragments do not merge:\n%v", diags.Errors())
	}
	return nil
}

// needsCheck reports whether running the steps want (all when empty)
// reads the extension folders.
func needsCheck(want []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		if slices.Contains(extensionSteps, w) {
			return true
		}
	}
	return false
}

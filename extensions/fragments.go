package extensions

import (
	"path/filepath"

	"github.com/peglab/peglab/pegen"
)

// Path names one of the extension's files in messages: the file on disk
// for a folder loaded at run time, else its place in the repository.
func (e *Extension) Path(name string) string {
	if e.Dir != "" {
		return filepath.Join(e.Dir, name)
	}
	return "extensions/" + e.Name + "/" + name
}

// Fragment parses the extension's grammar fragment (ext.gram); it returns
// nil when the extension has none. Its alternatives are gated by the
// extension's name.
func (e *Extension) Fragment() (*pegen.Fragment, error) {
	text, ok := e.File("ext.gram")
	if !ok {
		return nil, nil
	}
	g, err := pegen.ParseGrammar(e.Path("ext.gram"), []byte(text))
	if err != nil {
		return nil, err
	}
	return &pegen.Fragment{Ext: e.Name, Grammar: g}, nil
}

// Fragments returns the grammar fragments of exts, in order, skipping
// extensions without one: what the grammar interpreter merges into the
// base grammar, as the generator does with extensions/*/ext.gram.
func Fragments(exts []*Extension) ([]pegen.Fragment, error) {
	var out []pegen.Fragment
	for _, e := range exts {
		f, err := e.Fragment()
		if err != nil {
			return nil, err
		}
		if f != nil {
			out = append(out, *f)
		}
	}
	return out, nil
}

// Tokens returns base with the tokens of exts added, in order: the table a
// grammar is checked against, as go generate extends grammar/Tokens with
// every extensions/*/Tokens for the tokenizer.
func Tokens(base *pegen.TokenTable, exts []*Extension) (*pegen.TokenTable, error) {
	t := base
	for _, e := range exts {
		if text, ok := e.File("Tokens"); ok {
			var err error
			if t, err = pegen.ParseTokens(t, e.Path("Tokens"), text, e.Name); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

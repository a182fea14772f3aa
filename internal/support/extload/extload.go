// Package extload makes extensions usable by the grammar interpreter, and
// extension folders usable without generating code or rebuilding peglab:
// it is what `--ext-dir DIR` runs. It sits beside the parser: it feeds the
// tokenizer extra operators, the grammar interpreter extra rules and
// helpers, and package ast extra constructors.
//
// A folder loaded at run time can add:
//   - operators (Tokens lines with a text: `PIPE '|>'`), of one to three
//     ASCII punctuation characters;
//   - grammar rules and alternatives (ext.gram), whose actions call the
//     helpers compiled into peglab (BinOp, MakeCmpPair, UnaryOp, ...);
//   - constructors of simple sums (ext.asdl: `operator |= Pipe`, `cmpop |=
//     About`), each with a helper of the same name for the actions, so the
//     AST of `a |> b` is BinOp(op=Pipe()) and ast.dump prints it.
//
// It cannot add what needs Go code: node types or constructors with fields
// (`expr |= Pipe(expr left, expr right)`), helpers, symtable, compiler or
// runtime hooks. Those take `go generate ./...` and a rebuild (peglab ext
// new sets a folder up for that). A folder with the name of a compiled-in
// extension replaces it, so an edited ext.gram can be tried at once.
package extload

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/build/asdl"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pegen/peg"
)

// Set is a group of extension folders loaded at run time.
type Set struct {
	// Exts are the folders, as extensions.LoadDir read them.
	Exts []*extensions.Extension
	// Operators are their operators, for parser.Options.Operators.
	Operators []parser.OperatorDef
	// Tokens is the tokenizer's token table with their tokens added.
	Tokens *pegen.TokenTable
	// Fragments are their grammar fragments.
	Fragments []pegen.Fragment
	// Helpers are the helpers their actions may call: those compiled into
	// the parser, and one per constructor they add.
	Helpers map[string]peg.Helper
	// Added lists the constructors they added to package ast, as
	// "type Name".
	Added []string
}

// Load reads extension folders, in order, and makes them ready: their
// tokens get the kinds after the tokenizer's own, their simple-sum
// constructors are added to package ast. An error names the file and says
// what a folder loaded at run time cannot do.
func Load(dirs ...string) (*Set, error) {
	s := &Set{Tokens: parser.TokenTable(), Helpers: parser.Helpers}
	for _, dir := range dirs {
		e, err := extensions.LoadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, prev := range s.Exts {
			if prev.Name == e.Name {
				return nil, fmt.Errorf("%s: two extension folders are named %s", dir, e.Name)
			}
		}
		if err := s.addTokens(e); err != nil {
			return nil, err
		}
		if err := s.addASDL(e); err != nil {
			return nil, err
		}
		f, err := e.Fragment()
		if err != nil {
			return nil, err
		}
		if f != nil {
			s.Fragments = append(s.Fragments, *f)
		}
		s.Exts = append(s.Exts, e)
	}
	return s, nil
}

// Names returns the names of the loaded extensions.
func (s *Set) Names() []string {
	if s == nil {
		return nil
	}
	var out []string
	for _, e := range s.Exts {
		out = append(out, e.Name)
	}
	return out
}

// TokenizerOperators returns the loaded operators, for the tokenizer; nil
// for a nil Set.
func (s *Set) TokenizerOperators() []parser.OperatorDef {
	if s == nil {
		return nil
	}
	return s.Operators
}

// addTokens adds the operators of e's Tokens file. A token the table
// already has with the same text (a compiled-in extension's, when its
// folder is loaded again) keeps its kind.
func (s *Set) addTokens(e *extensions.Extension) error {
	text, ok := e.File("Tokens")
	if !ok {
		return nil
	}
	file := e.Path("Tokens")
	own, err := pegen.ParseTokens(nil, file, text, e.Name)
	if err != nil {
		return err
	}
	for i, name := range own.Names {
		op := own.Ops[i]
		if op == "" {
			return fmt.Errorf("%s: token %s has no operator text: a folder loaded at run time can add operators only (the tokenizer cannot produce other new tokens)", file, name)
		}
		if err := CheckOperator(op); err != nil {
			return fmt.Errorf("%s: operator '%s': %v", file, op, err)
		}
		kind, known := s.Tokens.Kind(name)
		switch {
		case known && s.Tokens.Ops[kind] == op:
			// Already in the table: a compiled-in extension's token.
		case known:
			return fmt.Errorf("%s: token %s is already defined", file, name)
		default:
			if prev, taken := s.Tokens.OpKind(op); taken {
				return fmt.Errorf("%s: operator '%s' is already token %s", file, op, s.Tokens.Names[prev])
			}
			if s.Tokens, err = pegen.ParseTokens(s.Tokens, file, fmt.Sprintf("%s '%s'\n", name, op), e.Name); err != nil {
				return err
			}
			kind, _ = s.Tokens.Kind(name)
		}
		s.Operators = append(s.Operators, parser.OperatorDef{Text: op, Kind: kind, Extension: e.Name, Exact: true, Name: name})
	}
	return nil
}

// CheckOperator accepts the operators the scanner can match: one to three
// ASCII punctuation characters that start no comment, string, or
// continuation line.
func CheckOperator(op string) error {
	if len(op) > 3 {
		return fmt.Errorf("operators have one to three characters")
	}
	for _, c := range []byte(op) {
		switch {
		case c >= 0x80 || c <= ' ' || c == 0x7f:
			return fmt.Errorf("use ASCII punctuation")
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_':
			return fmt.Errorf("letters, digits and _ would be read as names or numbers")
		case strings.IndexByte("#'\"\\`", c) >= 0:
			return fmt.Errorf("%q starts a comment, a string or a continuation line", c)
		}
	}
	return nil
}

// addASDL registers the simple-sum constructors of e's ext.asdl with
// package ast, and a helper for each.
func (s *Set) addASDL(e *extensions.Extension) error {
	text, ok := e.File("ext.asdl")
	if !ok {
		return nil
	}
	file := e.Path("ext.asdl")
	f, err := asdl.ParseFragment(file, e.Name, text)
	if err != nil {
		return err
	}
	if len(f.Types) > 0 {
		t := f.Types[0]
		return fmt.Errorf("%s: type %s: new types need Go code; run go generate ./... and rebuild peglab (a folder loaded at run time can add constructors to operator, cmpop, unaryop and boolop only)", t.Pos, t.Name)
	}
	for _, a := range f.Additions {
		for _, c := range a.Ctors {
			if cls := ast.LookupClass(c.Name); cls != nil && cls.Type == a.Target && !cls.Enum {
				continue // a compiled-in node class: nothing to add
			}
			if len(c.Fields) > 0 {
				return fmt.Errorf("%s: constructor %s has fields: node classes need Go code; run go generate ./... and rebuild peglab (a folder loaded at run time can add constructors to operator, cmpop, unaryop and boolop only)", c.Pos, c.Name)
			}
			v, err := ast.AddEnumConstructor(a.Target, c.Name, e.Name)
			if err != nil {
				return fmt.Errorf("%s: %v", c.Pos, err)
			}
			result := fmt.Sprintf("%T", v)
			if h, ok := s.Helpers[c.Name]; ok {
				if h.Result != result {
					return fmt.Errorf("%s: constructor %s has the name of a helper", c.Pos, c.Name)
				}
				continue // compiled in, or added by an earlier folder
			}
			if len(s.Added) == 0 {
				s.Helpers = maps.Clone(s.Helpers) // parser.Helpers stays as it is
			}
			s.Helpers[c.Name] = peg.Helper{Params: []string{}, Result: result,
				Call: func(*peg.Parser, []any) any { return v }}
			s.Added = append(s.Added, a.Target+" "+c.Name)
		}
	}
	return nil
}

// Interpreter builds the grammar interpreter for a Python grammar (the
// text of grammar/python.gram, or an edited copy) with the fragments of
// every compiled-in extension merged in, gated as in the generated parser,
// and those of s (which may be nil); a folder named like a compiled-in
// extension replaces it. The diagnostics hold the grammar's warnings, or
// its errors.
func Interpreter(base *gram.Grammar, s *Set) (*pegen.Interpreter, pegen.Diagnostics, error) {
	var compiled []*extensions.Extension
	for _, e := range extensions.All() {
		if !slices.Contains(s.Names(), e.Name) {
			compiled = append(compiled, e)
		}
	}
	frags, err := extensions.Fragments(compiled)
	if err != nil {
		return nil, nil, err
	}
	tokens, helpers := parser.TokenTable(), parser.Helpers
	if s != nil {
		frags = append(frags, s.Fragments...)
		tokens, helpers = s.Tokens, s.Helpers
	}
	prog, diags, err := pegen.Build(base, pegen.BuildOptions{
		Tokens: tokens, Helpers: pegen.CatalogFromTable(helpers), Fragments: frags})
	if err != nil {
		return nil, diags, err
	}
	in, err := pegen.NewInterpreter(prog, helpers)
	return in, diags, err
}

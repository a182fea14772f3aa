package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/extload"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// grammarFlags are the flags of the commands that read a grammar.
type grammarFlags struct {
	tokens  string   // a Tokens file; default grammar/Tokens
	helpers string   // a Go package directory whose actions*.go declare helpers
	extDirs []string // extension folders to merge (check and gen)
}

func (f *grammarFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.tokens, "tokens", "", "token table `FILE` (default: Python 3.13's grammar/Tokens)")
	c.Flags().StringVar(&f.helpers, "helpers", "", "read action helpers from the Go package in `DIR` (its actions*.go files)")
}

// registerExtDirs adds --ext-dir, for the commands that merge extension
// folders into the grammar.
func (f *grammarFlags) registerExtDirs(c *cobra.Command) {
	c.Flags().StringArrayVar(&f.extDirs, "ext-dir", nil, "merge the extension folder `DIR` (its ext.gram, gated by its name, and its Tokens); repeatable")
}

// tokenTable is --tokens (default grammar/Tokens), with the Tokens of the
// --ext-dir folders added in order, as go generate adds extensions/*/Tokens.
func (f *grammarFlags) tokenTable() (*pegen.TokenTable, error) {
	t := pegen.PythonTokens()
	if f.tokens != "" {
		text, err := os.ReadFile(f.tokens)
		if err != nil {
			return nil, err
		}
		if t, err = pegen.ParseTokens(nil, f.tokens, string(text), ""); err != nil {
			return nil, err
		}
	}
	var exts []*extensions.Extension
	for _, dir := range f.extDirs {
		e, err := extensions.LoadDir(dir)
		if err != nil {
			return nil, err
		}
		exts = append(exts, e)
	}
	return extensions.Tokens(t, exts)
}

// fragments are the grammar fragments of the --ext-dir folders.
func (f *grammarFlags) fragments() ([]pegen.Fragment, error) {
	var exts []*extensions.Extension
	for _, dir := range f.extDirs {
		e, err := extensions.LoadDir(dir)
		if err != nil {
			return nil, err
		}
		exts = append(exts, e)
	}
	return extensions.Fragments(exts)
}

// catalog returns the helpers a grammar may call: those read from --helpers
// (or fallbackDir), else the helpers compiled into peglab; and, either way,
// one for each constructor the --ext-dir folders' ext.asdl adds, as the
// grammar interpreter runs them (and go generate would write them).
func (f *grammarFlags) catalog(fallbackDir string) (*pegen.Catalog, error) {
	dir := f.helpers
	if dir == "" {
		dir = fallbackDir
	}
	cat := pegen.CatalogFromTable(builtinHelpers())
	if dir != "" {
		var err error
		if cat, err = gogen.ReadHelpers(dir); err != nil {
			return nil, err
		}
	}
	if len(f.extDirs) == 0 {
		return cat, nil
	}
	set, err := extload.Load(f.extDirs...)
	if err != nil {
		return nil, err
	}
	for _, added := range set.Added {
		_, name, _ := strings.Cut(added, " ")
		if h, ok := set.Helpers[name]; ok && cat.Helpers[name] == nil {
			cat.Helpers[name] = &pegen.HelperSig{Name: name, Params: h.Params, Result: h.Result}
		}
	}
	return cat, nil
}

// builtinHelpers is (a copy of) the table of helpers compiled into this
// binary, for grammars interpreted at run time.
func builtinHelpers() map[string]peg.Helper {
	return maps.Clone(parser.Helpers)
}

// reportDiagnostics prints findings; notes only when verbose. It returns a
// usage-class error (exit 2) when there are errors.
//
// The list is capped for a grammar author's terminal: a few "unknown
// helper" errors stand for all of them (their cause is one: no helper
// catalog), then a line says how many more and what to do; past
// maxErrors errors the rest are counted, not printed.
func reportDiagnostics(c *cobra.Command, diags pegen.Diagnostics, verbose bool) error {
	const maxHelperErrors, maxErrors = 3, 20
	w := c.ErrOrStderr()
	helpers, errs, moreHelpers, more := 0, 0, 0, 0
	for _, d := range diags {
		if d.Severity == pegen.Note && !verbose {
			continue
		}
		if d.Severity == pegen.Error {
			if strings.HasPrefix(d.Msg, "unknown helper ") {
				if helpers++; helpers > maxHelperErrors {
					moreHelpers++
					continue
				}
			}
			if errs++; errs > maxErrors {
				more++
				continue
			}
		}
		fmt.Fprintln(w, d)
	}
	if moreHelpers > 0 {
		hint := "give --helpers DIR, the Go package whose actions*.go define them (--helpers parser for grammar/python.gram)"
		if c.Name() == "parse" {
			hint = "the interpreter runs only the helpers compiled into peglab; --tree ignores the actions"
		}
		fmt.Fprintf(w, "... and %d more unknown helpers: the actions call helpers this catalog lacks; %s\n", moreHelpers, hint)
	}
	if more > 0 {
		fmt.Fprintf(w, "... and %d more errors\n", more)
	}
	if diags.HasErrors() {
		return &exitError{code: 2}
	}
	return nil
}

func loadGrammar(path string) (*gram.Grammar, error) {
	g, err := pegen.LoadGrammar(path)
	if err != nil {
		if _, ok := err.(pegen.Diagnostics); ok {
			return nil, err
		}
		return nil, fmt.Errorf("%v", err)
	}
	return g, nil
}

func newCheckCmd() *cobra.Command {
	var gf grammarFlags
	var verbose bool
	c := &cobra.Command{
		Use:   "check GRAMMAR",
		Short: "Check a grammar file for errors and suspicious rules",
		Long: `Check reads a grammar (pegen metagrammar) and reports, with file:line:col:
undefined rules and unknown helpers (with the nearest known name), duplicate
rules, repetitions of something that can match empty, left-recursive cycles
without a leader, invalid_ rules used outside the error pass (errors or
warnings), unused rules and alternatives an earlier one always pre-empts
(warnings). With -v it also lists nullable rules and the left-recursive
cycles with their leaders.

Exit status: 0 when there are no errors, 2 otherwise.`,
		Example: `  peglab check grammar/python.gram
  peglab check -v --helpers ./mypkg my.gram
  peglab check grammar/python.gram --ext-dir extensions/arrow`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			g, err := loadGrammar(args[0])
			if err != nil {
				return grammarError(c, err)
			}
			tokens, err := gf.tokenTable()
			if err != nil {
				return usageError(c, err)
			}
			cat, err := gf.catalog("")
			if err != nil {
				return usageError(c, err)
			}
			frags, err := gf.fragments()
			if err != nil {
				return usageError(c, err)
			}
			if len(frags) > 0 {
				var diags pegen.Diagnostics
				if g, diags = pegen.Merge(g, frags); diags.HasErrors() {
					return reportDiagnostics(c, diags, verbose)
				}
			}
			a, diags := pegen.Check(g, pegen.CheckOptions{Tokens: tokens, Helpers: cat})
			if err := reportDiagnostics(c, diags, verbose); err != nil {
				return err
			}
			out := c.OutOrStdout()
			fmt.Fprintf(out, "%s: %d rules, %d keywords, %d soft keywords; entry: %s\n", args[0], len(g.Rules), len(a.Keywords), len(a.SoftKeywords), strings.Join(a.Entries, ", "))
			for _, scc := range a.LeftRecursive {
				if verbose || len(scc) > 1 {
					fmt.Fprintf(out, "left-recursive: %s (leader %s)\n", strings.Join(scc, ", "), scc[0])
				}
			}
			if !verbose {
				fmt.Fprintf(out, "%d left-recursive cycles (-v lists them)\n", len(a.LeftRecursive))
			}
			return nil
		},
	}
	gf.register(c)
	gf.registerExtDirs(c)
	c.Flags().BoolVarP(&verbose, "verbose", "v", false, "also list nullable rules and every left-recursive rule")
	return c
}

// grammarError reports a malformed grammar: its diagnostics, exit 2.
func grammarError(c *cobra.Command, err error) error {
	if ds, ok := err.(pegen.Diagnostics); ok {
		return reportDiagnostics(c, ds, false)
	}
	fmt.Fprintf(c.ErrOrStderr(), "peglab %s: %v\n", c.Name(), err)
	return &exitError{code: 2}
}

func newGenCmd() *cobra.Command {
	var gf grammarFlags
	var out, pkg, name string
	c := &cobra.Command{
		Use:   "gen GRAMMAR -o FILE --package NAME",
		Short: "Generate a Go parser from a grammar",
		Long: `Gen checks a grammar and writes a Go parser for it: one method per rule,
memoization for (memo) rules and left-recursion leaders, actions as direct
calls of the helpers declared in the output package's actions*.go files
(or --helpers DIR). The output is gofmt-clean and deterministic.

The generated type is <name>Parser (default Parser), created with
New<name>Parser(tokens, extensions...), and its Parse(entry) runs pegen's
two passes.

--ext-dir DIR merges an extension folder: its ext.gram's rules and
alternatives (each alternative gated: on only when the parser is created
with that extension's name) and its Tokens. go generate ./... builds
peglab's own parser this way, from grammar/python.gram and every folder
under extensions/.`,
		Example: `  peglab gen calc.gram -o calc/parser_gen.go --package calc
  peglab gen my.gram -o out/parser_gen.go --package out --name My
  peglab gen grammar/python.gram --ext-dir extensions/almosteq --ext-dir extensions/arrow -o parser/parser_gen.go --package parser`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if out == "" || pkg == "" {
				return usageError(c, fmt.Errorf("-o FILE and --package NAME are required"))
			}
			start := time.Now()
			g, err := loadGrammar(args[0])
			if err != nil {
				return grammarError(c, err)
			}
			tokens, err := gf.tokenTable()
			if err != nil {
				return usageError(c, err)
			}
			cat, err := gf.catalog(filepath.Dir(out))
			if err != nil {
				return usageError(c, err)
			}
			frags, err := gf.fragments()
			if err != nil {
				return usageError(c, err)
			}
			prog, diags, err := pegen.Build(g, pegen.BuildOptions{Tokens: tokens, Helpers: cat, Fragments: frags})
			if rerr := reportDiagnostics(c, diags, false); rerr != nil || err != nil {
				if rerr == nil {
					return grammarError(c, err)
				}
				return rerr
			}
			src, err := gogen.Generate(prog, gogen.GenOptions{Package: pkg, Name: name, Source: filepath.Base(args[0])})
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return usageError(c, err)
			}
			if err := os.WriteFile(out, src, 0o644); err != nil {
				return usageError(c, err)
			}
			fmt.Fprintf(c.ErrOrStderr(), "wrote %s: %d rules (%d generated), %d bytes in %.0f ms\n", out, len(g.Rules), len(prog.Rules)-len(g.Rules), len(src), float64(time.Since(start).Microseconds())/1000)
			return nil
		},
	}
	gf.register(c)
	gf.registerExtDirs(c)
	c.Flags().StringVarP(&out, "output", "o", "", "write the parser to `FILE`")
	c.Flags().StringVar(&pkg, "package", "", "Go package `NAME` of the output")
	c.Flags().StringVar(&name, "name", "", "prefix of the parser type: `X` gives XParser")
	return c
}

func newParseCmd() *cobra.Command {
	var gf grammarFlags
	var sf sourceFlags
	var grammarPath, start, tokenizer string
	var tree, trace bool
	c := &cobra.Command{
		Use:   "parse --grammar GRAMMAR [FILE | - | -c TEXT]",
		Short: "Parse input with a grammar, interpreted: no generation, no rebuild",
		Long: `Parse runs a grammar directly with pegen's interpreter, which gives the same
results as a parser generated from it. It prints the start rule's value (the
actions' result), or with --tree the parse tree as a one-line S-expression
(a node per rule, tokens as their text), ignoring actions. --trace prints
each rule attempt and its outcome, indented by depth.

Actions may call the helpers compiled into peglab, or those declared in the
Go package of --helpers DIR when it is peglab's own (for other packages, use
--tree or generate a parser).

--tokenizer simple splits input into names, numbers, strings and the token
table's operators (NEWLINE at line ends if the grammar uses it).`,
		Example: `  peglab parse --grammar pegen/testdata/grammars/calc.gram --tree --tokenizer simple -c '1 - 2 - 3'
  peglab parse --grammar pegen/testdata/grammars/calc.gram --tree --trace --tokenizer simple -c '1 + 2'
  peglab parse --grammar grammar/python.gram --start expression -c 'a + b'`,
		Args: maxArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if grammarPath == "" {
				return usageError(c, fmt.Errorf("--grammar FILE is required"))
			}
			src, err := sf.read(c, args)
			if err != nil {
				return err
			}
			g, err := loadGrammar(grammarPath)
			if err != nil {
				return grammarError(c, err)
			}
			tokens, err := gf.tokenTable()
			if err != nil {
				return usageError(c, err)
			}
			var cat *pegen.Catalog
			if !tree {
				cat = pegen.CatalogFromTable(builtinHelpers())
			}
			prog, diags, err := pegen.Build(g, pegen.BuildOptions{Tokens: tokens, Helpers: cat})
			if rerr := reportDiagnostics(c, diags.Errors(), false); rerr != nil || err != nil {
				if rerr == nil {
					return grammarError(c, err)
				}
				return rerr
			}
			var table map[string]peg.Helper
			if !tree {
				table = builtinHelpers()
			}
			in, err := pegen.NewInterpreter(prog, table)
			if err != nil {
				return grammarError(c, err)
			}
			if trace {
				in.Trace = c.OutOrStdout()
			}
			var toks peg.TokenSource
			switch tokenizer {
			case "simple":
				toks = pegen.NewSimpleTokenizer(src.Data, tokens, pegen.UsesNewlines(prog))
			case "python", "":
				toks = parser.NewTokenizer(src.Data, parser.TokenizerOptions{Filename: src.Name})
			default:
				return usageError(c, fmt.Errorf("unknown tokenizer %q (python or simple)", tokenizer))
			}
			p, err := in.NewParser(toks)
			if err != nil {
				return err
			}
			p.Filename = src.Name
			if start != "" {
				if r := prog.ByName[start]; r == nil || r.Synthetic() {
					return usageError(c, fmt.Errorf("no rule %q in %s", start, grammarPath))
				}
			}
			res := p.Parse(start)
			if res.Err == nil && !res.OK {
				res.Err = expectedError(p, res.LastToken)
			}
			if tk, ok := toks.(*parser.Tokenizer); ok {
				// the Python tokenizer's warnings (1if x else y); the
				// parser's need the driver, which a bare grammar lacks
				emitWarnings(c.ErrOrStderr(), tk.Warnings(), warnDefault)
			}
			if res.Err != nil {
				return &pythonError{text: res.Err.Format()}
			}
			fmt.Fprintln(c.OutOrStdout(), formatValue(res.Value))
			return nil
		},
	}
	gf.register(c)
	sf.register(c)
	c.Flags().StringVarP(&grammarPath, "grammar", "g", "", "the grammar `FILE` to run")
	c.Flags().StringVar(&start, "start", "", "start from `RULE` (default: the grammar's entry rule)")
	c.Flags().BoolVar(&tree, "tree", false, "ignore actions; print the parse tree as an S-expression")
	c.Flags().BoolVar(&trace, "trace", false, "print every rule attempt with its position and outcome")
	c.Flags().StringVar(&tokenizer, "tokenizer", "python", "`python` (the Python 3.13 tokenizer) or simple")
	return c
}

// expectedError is the error of a parse that failed without a message of
// the grammar's own: invalid syntax at the farthest token a token item
// failed on, naming what was expected there (at most six).
func expectedError(p *pegen.IParser, last *peg.Token) *pyerr.Error {
	pos, items, ok := p.Expected()
	if !ok || pos >= p.Fill() {
		return p.InvalidSyntax(last)
	}
	if len(items) > 6 {
		items = append(items[:6:6], "...")
	}
	t := p.Tok(pos)
	got := p.TokenName(t.Kind)
	if strings.TrimSpace(t.Text) != "" {
		got += " " + peg.Describe(t)
	}
	return p.NewError(pyerr.SyntaxError, t.Start, t.End, fmt.Sprintf("invalid syntax: expected %s, got %s", strings.Join(items, ", "), got))
}

// formatValue prints a parse result: an AST as ast.dump does.
func formatValue(v any) string {
	if n, ok := v.(ast.Node); ok && n != nil {
		return ast.Dump(n, ast.DumpOptions{})
	}
	switch x := v.(type) {
	case *pegen.Tree:
		return x.String()
	case *peg.Token:
		return x.Text
	case nil:
		return "None"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = formatValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}

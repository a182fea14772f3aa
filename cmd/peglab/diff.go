package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/symtable"
)

// diffStages are the stages peglab diff compares, in pipeline order; the
// grammar and the parser need no source.
var diffStages = []string{"tokens", "ast", "symtable", "dis", "run", "grammar", "parser"}

func newDiffCmd() *cobra.Command {
	var in sourceFlags
	var fe frontendFlags
	var stage, color, mode string
	var attributes bool
	var context int
	c := &cobra.Command{
		Use:   "diff --ext NAME,... [--stage S] FILE | - | -c CODE",
		Short: "Show what an extension changes: a unified diff of a stage without and with it",
		Long: `diff runs one stage of the pipeline twice, as Python 3.13 and with the
extensions of --ext (or the folders of --ext-dir) enabled, and prints the
unified diff of the two outputs:

  tokens     the tokens, as 'peglab tokens -e' prints them
  ast        the AST, as 'peglab ast --indent 2' prints it (the default)
  symtable   the symbol tables, as 'peglab symtable' prints them
  dis        the bytecode, as 'peglab dis' prints it
  run        what the program prints when it runs ('peglab run'): its
             output, its errors, and its exit status when not 0
  grammar    the grammar with the extensions' rules merged in (no source);
             alternatives and rules an extension adds are marked
  parser     the Go code generated from that grammar (no source)

With --grammar FILE and no extension, the change compared is the grammar
edit itself: Python 3.13's generated parser against FILE interpreted (and,
for the grammar and parser stages, grammar/python.gram against FILE).

Where a side fails (a SyntaxError, as usual without the extension), its
error message is what is compared. Colors are used when the output is a
terminal (--color always|never overrides). The exit status is 0 whether or
not the outputs differ.`,
		Example: `  peglab diff --ext almosteq -c 'a ~= b'
  peglab diff --grammar my-python.gram script.py
  peglab diff --ext arrow --stage tokens -c 'def f() -> a -> b: pass'
  peglab diff --ext almosteq --stage dis -c 'a ~= b'
  peglab diff --ext almosteq,arrow --stage run examples/operators.py
  peglab diff --ext arrow --stage grammar
  peglab diff --ext-dir extensions/mine --stage parser`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := nonNegative(c, "-U", context, 0); err != nil {
				return err
			}
			if !containsString(diffStages, stage) {
				return usageError(c, fmt.Errorf("unknown stage %q (%s)", stage, strings.Join(diffStages, ", ")))
			}
			switch color {
			case "auto", "always", "never":
			default:
				return usageError(c, fmt.Errorf("--color must be auto, always or never, not %q", color))
			}
			m := parser.Mode(mode)
			switch m {
			case parser.ModeExec, parser.ModeEval, parser.ModeSingle, parser.ModeFuncType:
			default:
				return usageError(c, fmt.Errorf("unknown mode %q (exec, eval, single or func_type)", mode))
			}
			p, err := fe.resolveCode(c, false)
			if err != nil {
				return err
			}
			on := p.Names()
			// With no extension, --grammar FILE is the change: the edited
			// grammar against the compiled-in one.
			editOnly := len(on) == 0 && fe.grammarPath != ""
			if len(on) == 0 && !editOnly {
				return usageError(c, fmt.Errorf("give the extensions to compare with --ext NAME,... or --ext-dir DIR, or an edited grammar with --grammar FILE"))
			}
			label := strings.Join(on, ", ")
			if editOnly {
				label = fe.grammarPath
			}
			without := p.Without()
			if editOnly {
				without = pipeline.Python
			}
			var before, after string
			switch stage {
			case "grammar", "parser":
				if len(args) > 0 || c.Flags().Changed("code") {
					return usageError(c, fmt.Errorf("--stage %s takes no source", stage))
				}
				before, after, err = grammarStages(c, &fe, p, stage == "parser", editOnly)
				if err != nil {
					return err
				}
			default:
				src, err := in.read(c, args)
				if err != nil {
					return err
				}
				run := func(fe *pipeline.Frontend) string {
					switch stage {
					case "tokens":
						return tokensText(src, fe)
					case "symtable":
						return symtableText(src, fe)
					case "dis", "run":
						return codeStageText(src, fe, stage)
					}
					return astText(src, fe, m, attributes)
				}
				before, after = run(without), run(p)
			}
			out := c.OutOrStdout()
			d := textdiff.Unified(before, after, textdiff.Options{
				From:    stage + ": Python 3.13",
				To:      stage + ": with " + label,
				Context: context,
				Color:   color == "always" || color == "auto" && isTerminal(out),
			})
			if d == "" {
				fmt.Fprintf(c.ErrOrStderr(), "peglab diff: the %s stage is the same with %s\n", stage, label)
				return nil
			}
			_, err = io.WriteString(out, d)
			return err
		},
	}
	in.register(c)
	fe.register(c)
	c.Flags().StringVar(&stage, "stage", "ast", "the stage to compare: `tokens`, ast, symtable, dis, run, grammar or parser")
	c.Flags().StringVar(&color, "color", "auto", "color the diff: `auto` (on a terminal), always or never")
	c.Flags().StringVar(&mode, "mode", "exec", "compile() mode for the ast stage: `exec`, eval, single or func_type")
	c.Flags().BoolVar(&attributes, "attributes", false, "ast stage: include positions")
	c.Flags().IntVarP(&context, "unified", "U", 3, "show `N` lines of context")
	return c
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// tokensText is `peglab tokens -e` of src: its output, then its errors.
func tokensText(src *pipeline.Input, fe *pipeline.Frontend) string {
	var out, errs bytes.Buffer
	parser.DumpTokens(&out, &errs, src.Data, parser.DumpOptions{
		Filename:   src.Name,
		Exact:      true,
		Stdin:      !src.FromFile,
		Extensions: fe.Names(),
		Operators:  fe.Operators(),
	})
	return out.String() + errs.String()
}

// astText is `peglab ast --indent 2` of src, or its SyntaxError.
func astText(src *pipeline.Input, fe *pipeline.Frontend, mode parser.Mode, attributes bool) string {
	tree, perr := fe.Parse(*src, mode)
	if perr != nil {
		return perr.Format()
	}
	return ast.Dump(tree, ast.DumpOptions{Indented: true, Indent: "  ", Attributes: attributes}) + "\n"
}

// symtableText is `peglab symtable` of src, or its SyntaxError.
func symtableText(src *pipeline.Input, fe *pipeline.Frontend) string {
	r, perr := fe.Compile(*src, pipeline.Options{Stop: pipeline.Symtable})
	if perr != nil {
		return perr.Format()
	}
	return string(symtable.AppendDump(nil, r.Symtable.Top))
}

// grammarStages renders the grammar (or the Go parser generated from it)
// without and with the enabled extensions' fragments; editOnly compares
// the compiled-in grammar with --grammar's instead.
func grammarStages(c *cobra.Command, f *frontendFlags, fe *pipeline.Frontend, code, editOnly bool) (string, string, error) {
	base, err := f.baseGrammar()
	if err != nil {
		return "", "", grammarError(c, err)
	}
	from := base
	if editOnly {
		if from, err = parser.Grammar(); err != nil {
			return "", "", grammarError(c, err)
		}
	}
	frags, err := extensions.Fragments(fe.Extensions)
	if err != nil {
		return "", "", grammarError(c, err)
	}
	tokens, helpers := parser.TokenTable(), parser.Helpers
	if fe.Loaded != nil {
		frags = append(frags, fe.Loaded.Fragments...)
		tokens, helpers = fe.Loaded.Tokens, fe.Loaded.Helpers
	}
	merged, diags := pegen.Merge(base, frags)
	if err := reportDiagnostics(c, diags.Errors(), false); err != nil {
		return "", "", err
	}
	if !code {
		return from.Render(gram.RenderOptions{Diffable: true}), merged.Render(gram.RenderOptions{Diffable: true}), nil
	}
	gen := func(g *gram.Grammar) (string, error) {
		prog, diags, err := pegen.Build(g, pegen.BuildOptions{Tokens: tokens, Helpers: pegen.CatalogFromTable(helpers)})
		if rerr := reportDiagnostics(c, diags.Errors(), false); rerr != nil {
			return "", rerr
		}
		if err != nil {
			return "", grammarError(c, err)
		}
		src, err := gogen.Generate(prog, gogen.GenOptions{Package: "parser", Source: "grammar/python.gram"})
		return string(src), err
	}
	before, err := gen(from)
	if err != nil {
		return "", "", err
	}
	after, err := gen(merged)
	return before, after, err
}

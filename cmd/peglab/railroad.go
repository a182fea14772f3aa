package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/railroad"
)

func newRailroadCmd() *cobra.Command {
	var ef extFlags
	var rules []string
	var out string
	var invalid bool
	c := &cobra.Command{
		Use:   "railroad [GRAMMAR] [--ext NAME,...] [--rule R]... [-o FILE.svg|FILE.html]",
		Short: "Draw a grammar's rules as railroad (syntax) diagrams, in SVG",
		Long: `railroad draws the rules of a pegen grammar as syntax diagrams: one SVG per
rule, nonterminals linking to their own rule's diagram in an HTML page, the
alternatives an extension adds drawn in their own colour. GRAMMAR is a .gram
file (default: the compiled-in grammar/python.gram); --ext merges compiled-in
extensions' fragments in, as the parser does.

-o FILE.html writes a page with every rule (or the --rule ones); -o FILE.svg
writes one rule's diagram (give exactly one --rule); with no -o the page goes
to standard output. The error-reporting pass's invalid_ rules and the
alternatives that start with one are left out unless --invalid.`,
		Example: `  peglab railroad -o python.html
  peglab railroad --ext almosteq --rule compare_op_bitwise_or_pair -o cmp.svg
  peglab railroad my.gram --rule expr -o expr.svg`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			var g *gram.Grammar
			var err error
			if len(args) == 1 {
				g, err = loadGrammar(args[0])
			} else {
				g, err = parser.Grammar()
			}
			if err != nil {
				return usageError(c, err)
			}
			exts, err := ef.enabled(c)
			if err != nil {
				return err
			}
			if len(exts) > 0 {
				frags, err := extensions.Fragments(exts)
				if err != nil {
					return usageError(c, err)
				}
				merged, diags := pegen.Merge(g, frags)
				if errs := diags.Errors(); len(errs) > 0 {
					return usageError(c, errs)
				}
				g = merged
			}
			for _, r := range rules {
				if g.Rule(r) == nil {
					return usageError(c, fmt.Errorf("the grammar has no rule %q", r))
				}
			}
			opts := railroad.Options{Invalid: invalid}
			var text string
			switch ext := strings.ToLower(filepath.Ext(out)); {
			case ext == ".svg":
				if len(rules) != 1 {
					return usageError(c, fmt.Errorf("an SVG file holds one rule: give exactly one --rule, or write -o FILE.html"))
				}
				text = railroad.Rule(g, g.Rule(rules[0]), opts)
			case out == "" || ext == ".html" || ext == ".htm":
				text = railroad.Page(g, rules, opts)
			default:
				return usageError(c, fmt.Errorf("-o %s: write FILE.svg or FILE.html", out))
			}
			if out == "" {
				_, err := c.OutOrStdout().Write([]byte(text))
				return err
			}
			if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
				return usageError(c, err)
			}
			return nil
		},
	}
	ef.register(c, false)
	c.Flags().StringArrayVar(&rules, "rule", nil, "draw only the rule `R` (repeatable)")
	c.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` (.svg: one rule; .html: a page)")
	c.Flags().BoolVar(&invalid, "invalid", false, "also draw the error pass's invalid_ rules and alternatives")
	return c
}

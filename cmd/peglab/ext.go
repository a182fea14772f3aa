package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/extensions"
	_ "github.com/peglab/peglab/extensions/all" // every extension, registered
	"github.com/peglab/peglab/internal/build/asdl"
	"github.com/peglab/peglab/pegen"
)

func init() {
	commands = append(commands, newExtCmd)
}

func newExtCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "ext",
		Short: "List language extensions, or scaffold a new one",
		Long: `Extensions are folders under extensions/ that add syntax to Python: a
grammar fragment, tokens, AST nodes, and hooks for the later stages. They are
compiled into every build and off by default; --ext NAME,... (or the
PEGLAB_EXT environment variable) turns them on for a command.`,
	}
	c.AddCommand(newExtListCmd(), newExtNewCmd())
	return c
}

func newExtListCmd() *cobra.Command {
	var ext string
	c := &cobra.Command{
		Use:   "list",
		Short: "List the extensions: name, what each adds, enabled or not",
		Example: `  peglab ext list
  peglab ext list --ext almosteq`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			enabled, err := enabledExtensions(c, ext)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "NAME\tENABLED\tADDS")
			for _, e := range extensions.All() {
				on := "no"
				for _, x := range enabled {
					if x == e {
						on = "yes"
					}
				}
				fmt.Fprintf(w, "%s\t%s\t%s\n", e.Name, on, strings.Join(extAdds(e), "; "))
			}
			return w.Flush()
		},
	}
	c.Flags().StringVar(&ext, "ext", "", "treat these extensions (comma-separated) as enabled")
	return c
}

// enabledExtensions resolves --ext, falling back to $PEGLAB_EXT.
func enabledExtensions(c *cobra.Command, flag string) ([]*extensions.Extension, error) {
	list := flag
	if !c.Flags().Changed("ext") {
		list = os.Getenv("PEGLAB_EXT")
	}
	exts, err := extensions.Resolve(list)
	if err != nil {
		return nil, usageError(c, err)
	}
	return exts, nil
}

// extAdds describes what an extension adds, from its data files: tokens,
// AST constructors, grammar rules.
func extAdds(e *extensions.Extension) []string {
	var out []string
	if text, ok := e.File("Tokens"); ok {
		if t, err := pegen.ParseTokens(nil, e.Name+"/Tokens", text, e.Name); err == nil {
			for i, name := range t.Names {
				if t.Ops[i] != "" {
					out = append(out, fmt.Sprintf("token %s '%s'", name, t.Ops[i]))
				} else {
					out = append(out, "token "+name)
				}
			}
		}
	}
	if text, ok := e.File("ext.asdl"); ok {
		if f, err := asdl.ParseFragment(e.Name+"/ext.asdl", e.Name, text); err == nil {
			out = append(out, describeASDL(f)...)
		}
	}
	if text, ok := e.File("ext.gram"); ok {
		if g, err := pegen.ParseGrammar(e.Name+"/ext.gram", []byte(text)); err == nil {
			var added, extended []string
			for _, r := range g.Rules {
				if r.Extend != "" {
					extended = append(extended, fmt.Sprintf("%s (%s %d)", r.Name, r.Extend, len(r.Alts)))
				} else {
					added = append(added, r.Name)
				}
			}
			if len(added) > 0 {
				out = append(out, "rules "+strings.Join(added, ", "))
			}
			if len(extended) > 0 {
				out = append(out, "alternatives in "+strings.Join(extended, ", "))
			}
		}
	}
	if len(out) == 0 {
		out = append(out, e.Summary)
	}
	return out
}

func describeASDL(f *asdl.Fragment) []string {
	var out []string
	for _, a := range f.Additions {
		for _, c := range a.Ctors {
			out = append(out, fmt.Sprintf("%s %s", a.Target, c.Name))
		}
	}
	for _, t := range f.Types {
		out = append(out, "type "+t.Name)
	}
	return out
}

package pegen

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/peglab/peglab/pegen/gram"
)

// Fragment is an extension's grammar: new rules, and rules marked
// (prepend) or (append) whose alternatives go at the front or the end of the
// base rule of the same name.
type Fragment struct {
	// Ext is the extension's name; merged rules and alternatives carry it.
	Ext     string
	Grammar *gram.Grammar
}

// Merge returns base with the fragments merged in, in the order of their
// names. base is not modified. Unknown targets, rules defined twice and
// alternatives two extensions both add are errors.
func Merge(base *gram.Grammar, frags []Fragment) (*gram.Grammar, Diagnostics) {
	frags = append([]Fragment(nil), frags...)
	sort.SliceStable(frags, func(i, j int) bool { return frags[i].Ext < frags[j].Ext })
	out := &gram.Grammar{File: base.File, Metas: append([]*gram.Meta(nil), base.Metas...)}
	byName := map[string]*gram.Rule{}
	for _, r := range base.Rules {
		cp := *r
		cp.Alts = append([]*gram.Alt(nil), r.Alts...)
		out.Rules = append(out.Rules, &cp)
		if byName[r.Name] == nil {
			byName[r.Name] = &cp
		}
	}
	var diags Diagnostics
	errorf := func(pos gram.Position, format string, args ...any) {
		diags = append(diags, &Diagnostic{Pos: pos, Severity: Error, Msg: sprintf(format, args...)})
	}
	addedBy := map[string]string{} // rule name or rule+alt text -> extension
	for _, f := range frags {
		for _, m := range f.Grammar.Metas {
			errorf(m.Pos, "extension %s: metas (@%s) are not allowed in a fragment", f.Ext, m.Name)
		}
		for _, r := range f.Grammar.Rules {
			if r.Extend == "" {
				if prev := byName[r.Name]; prev != nil {
					if owner := addedBy[r.Name]; owner != "" {
						errorf(r.Pos, "extension %s defines rule %s, which extension %s already defines", f.Ext, r.Name, owner)
					} else {
						errorf(r.Pos, "extension %s defines rule %s, which the base grammar already has (use (prepend) or (append) to add alternatives to it)", f.Ext, r.Name)
					}
					continue
				}
				cp := *r
				cp.Ext = f.Ext
				out.Rules = append(out.Rules, &cp)
				byName[r.Name] = &cp
				addedBy[r.Name] = f.Ext
				continue
			}
			target := byName[r.Name]
			if target == nil {
				errorf(r.Pos, "extension %s extends rule %s, which does not exist%s", f.Ext, r.Name, suggest(r.Name, ruleNames(out)))
				continue
			}
			if r.Type != "" && r.Type != target.Type {
				errorf(r.Pos, "extension %s gives rule %s the type %s, but it has type %s", f.Ext, r.Name, r.Type, orAny(target.Type))
				continue
			}
			var alts []*gram.Alt
			for _, a := range r.Alts {
				key := r.Name + "|" + a.String()
				if owner := addedBy[key]; owner != "" {
					errorf(a.Pos, "extension %s adds the alternative %q to %s, which extension %s also adds", f.Ext, a.String(), r.Name, owner)
					continue
				}
				addedBy[key] = f.Ext
				cp := *a
				cp.Ext = f.Ext
				alts = append(alts, &cp)
			}
			if r.Extend == "prepend" {
				target.Alts = append(alts, target.Alts...)
			} else {
				target.Alts = append(target.Alts, alts...)
			}
		}
	}
	return out, diags
}

func ruleNames(g *gram.Grammar) []string {
	names := make([]string, len(g.Rules))
	for i, r := range g.Rules {
		names[i] = r.Name
	}
	return names
}

func orAny(t string) string {
	if t == "" {
		return "any"
	}
	return t
}

// LoadFragments reads every NAME.gram in dir as the fragment of extension
// NAME. A missing directory means no fragments.
func LoadFragments(dir string) ([]Fragment, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gram"))
	if err != nil {
		return nil, err
	}
	var out []Fragment
	for _, path := range paths {
		g, err := LoadGrammar(path)
		if err != nil {
			return nil, err
		}
		out = append(out, Fragment{Ext: strings.TrimSuffix(filepath.Base(path), ".gram"), Grammar: g})
	}
	return out, nil
}

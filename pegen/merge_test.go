package pegen_test

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
)

func mustParse(t *testing.T, file, src string) *gram.Grammar {
	t.Helper()
	g, err := pegen.ParseGrammar(file, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestMergeErrors(t *testing.T) {
	base := "start: expr $\nexpr[any]: NAME | NUMBER\n"
	tests := []struct {
		name  string
		frags map[string]string
		want  []string
	}{
		{"unknown target", map[string]string{"x": "exprr (append): STRING\n"},
			[]string{"x.gram:1:1: error: extension x extends rule exprr, which does not exist; did you mean expr?"}},
		{"redefines base rule", map[string]string{"x": "expr: STRING\n"},
			[]string{"x.gram:1:1: error: extension x defines rule expr, which the base grammar already has (use (prepend) or (append) to add alternatives to it)"}},
		{"two extensions define a rule", map[string]string{"a": "extra: STRING\nexpr (append): extra\n", "b": "extra: NAME\nexpr (prepend): extra NAME\n"},
			[]string{"b.gram:1:1: error: extension b defines rule extra, which extension a already defines"}},
		{"two extensions add one alternative", map[string]string{"a": "expr (append): STRING\n", "b": "expr (prepend): STRING\n"},
			[]string{`b.gram:1:17: error: extension b adds the alternative "STRING" to expr, which extension a also adds`}},
		{"type clash", map[string]string{"x": "expr[string] (append): STRING\n"},
			[]string{"x.gram:1:1: error: extension x gives rule expr the type string, but it has type any"}},
		{"metas", map[string]string{"x": "@entry start\nexpr (append): STRING\n"},
			[]string{"x.gram:1:1: error: extension x: metas (@entry) are not allowed in a fragment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var frags []pegen.Fragment
			for name, src := range tt.frags {
				frags = append(frags, pegen.Fragment{Ext: name, Grammar: mustParse(t, name+".gram", src)})
			}
			_, diags := pegen.Merge(mustParse(t, "base.gram", base), frags)
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMergePlacesAlternatives(t *testing.T) {
	base := mustParse(t, "base.gram", "start: expr $\nexpr: NAME | NUMBER\n")
	frags := []pegen.Fragment{
		{Ext: "b", Grammar: mustParse(t, "b.gram", "expr (append): STRING\n")},
		{Ext: "a", Grammar: mustParse(t, "a.gram", "expr (prepend): '(' expr ')'\nexpr (append): '[' ']'\n")},
	}
	merged, diags := pegen.Merge(base, frags)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var got []string
	for _, a := range merged.Rule("expr").Alts {
		got = append(got, a.Ext+":"+a.String())
	}
	want := "a:'(' expr ')' | :NAME | :NUMBER | a:'[' ']' | b:STRING"
	if strings.Join(got, " | ") != want {
		t.Errorf("merged alternatives: %s\nwant %s", strings.Join(got, " | "), want)
	}
	if len(base.Rule("expr").Alts) != 2 {
		t.Errorf("Merge modified the base grammar")
	}
}

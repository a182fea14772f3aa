package railroad

import (
	"encoding/xml"
	"flag"
	"strings"
	"testing"

	"github.com/peglab/peglab/extensions"
	_ "github.com/peglab/peglab/extensions/all"
	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func merged(t *testing.T) *gram.Grammar {
	t.Helper()
	base, err := pegen.ParseGrammar("grammar/python.gram", []byte(grammar.Python))
	if err != nil {
		t.Fatal(err)
	}
	frags, err := extensions.Fragments(extensions.All())
	if err != nil {
		t.Fatal(err)
	}
	g, diags := pegen.Merge(base, frags)
	if errs := diags.Errors(); len(errs) > 0 {
		t.Fatal(errs)
	}
	return g
}

// Every rule of the merged Python grammar draws as well-formed SVG.
func TestEveryRuleIsWellFormed(t *testing.T) {
	g := merged(t)
	for _, r := range g.Rules {
		svg := Rule(g, r, Options{Invalid: true})
		d := xml.NewDecoder(strings.NewReader(svg))
		for {
			_, err := d.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("rule %s: %v", r.Name, err)
				}
				break
			}
		}
	}
}

func TestGolden(t *testing.T) {
	src := `start: expr NEWLINE
expr: term ('+' term | '-' term)* | &'(' group | !NAME [sign] NUMBER
group: '(' ~ ','.expr+ &&')'
term: NAME+ | invalid_term
sign: '-'
invalid_term: '!'
`
	g, err := pegen.ParseGrammar("calc.gram", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/calc.html", []byte(Page(g, nil, Options{})), *update)
}

func TestExtensionAlternativesAreMarked(t *testing.T) {
	g := merged(t)
	svg := Rule(g, g.Rule("compare_op_bitwise_or_pair"), Options{})
	if !strings.Contains(svg, `class="ext"`) || !strings.Contains(svg, "almosteq") {
		t.Errorf("the ~= alternative is not marked as an extension's:\n%s", svg)
	}
}

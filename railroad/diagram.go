package railroad

import (
	"fmt"
	"html"
	"strings"

	"github.com/peglab/peglab/pegen/gram"
)

// Options choose what a diagram shows.
type Options struct {
	// Invalid keeps the alternatives that start with an invalid_ rule (the
	// error-reporting pass's, which CPython's grammar docs leave out) and
	// the invalid_ rules themselves.
	Invalid bool
	// Link makes a nonterminal link to "#" + Anchor(name) (true in HTML
	// pages, where every rule has its own diagram).
	Link bool
}

// Anchor is the id of a rule's diagram in an HTML page.
func Anchor(rule string) string { return "rule-" + rule }

// Style is the stylesheet the SVG uses: monospace text (the layout assumes
// it), boxes, and the colours of extension alternatives and lookaheads.
const Style = `svg.railroad{background:#fff}
svg.railroad path{stroke:#333;stroke-width:2;fill:none}
svg.railroad text{font:13px monospace;text-anchor:middle;fill:#000}
svg.railroad .title text{text-anchor:start;font-weight:bold}
svg.railroad .terminal rect{fill:#fde9c9;stroke:#333;stroke-width:1.5}
svg.railroad .token rect{fill:#e3f2e1;stroke:#333;stroke-width:1.5}
svg.railroad .nonterminal rect{fill:#dce8fa;stroke:#333;stroke-width:1.5}
svg.railroad a .nonterminal:hover rect{fill:#b7d0f7}
svg.railroad .cut rect{fill:#eee;stroke:#999}
svg.railroad .lookahead>rect,svg.railroad .forced>rect{fill:none;stroke:#888;stroke-dasharray:4 3}
svg.railroad .lookahead>text,svg.railroad .forced>text{text-anchor:start;font-size:11px;fill:#666}
svg.railroad .ext>path{stroke:#c2185b}
svg.railroad .ext .nonterminal rect,svg.railroad .ext .terminal rect{stroke:#c2185b;stroke-width:2}
svg.railroad .marker{fill:#333}`

// Rule draws one rule of g as a standalone SVG document.
func Rule(g *gram.Grammar, r *gram.Rule, opts Options) string {
	var b strings.Builder
	writeSVG(&b, g, r, opts, true)
	return b.String()
}

// Page draws the named rules of g (all of them when names is empty) as one
// HTML page, each rule with its own anchor, nonterminals linking to them.
func Page(g *gram.Grammar, names []string, opts Options) string {
	opts.Link = true
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(g.File))
	b.WriteString("</title><style>body{font-family:sans-serif;margin:2em}h2{font:bold 15px monospace;margin:1.5em 0 .3em}\n")
	b.WriteString(Style)
	b.WriteString("</style></head><body>\n<h1>")
	b.WriteString(html.EscapeString(g.File))
	b.WriteString("</h1>\n")
	for _, r := range selectRules(g, names, opts) {
		fmt.Fprintf(&b, "<h2 id=\"%s\">%s</h2>\n", Anchor(r.Name), html.EscapeString(r.Name))
		writeSVG(&b, g, r, opts, false)
		b.WriteString("\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// SVGs draws the named rules (all when names is empty) one after another,
// as the playground shows them.
func SVGs(g *gram.Grammar, names []string, opts Options) map[string]string {
	out := map[string]string{}
	for _, r := range selectRules(g, names, opts) {
		out[r.Name] = Rule(g, r, opts)
	}
	return out
}

func selectRules(g *gram.Grammar, names []string, opts Options) []*gram.Rule {
	var out []*gram.Rule
	if len(names) == 0 {
		for _, r := range g.Rules {
			if opts.Invalid || !strings.HasPrefix(r.Name, "invalid_") {
				out = append(out, r)
			}
		}
		return out
	}
	for _, n := range names {
		if r := g.Rule(n); r != nil {
			out = append(out, r)
		}
	}
	return out
}

const margin = 12.0

func writeSVG(b *strings.Builder, g *gram.Grammar, r *gram.Rule, opts Options, standalone bool) {
	d := &drawer{g: g, opts: opts}
	n := d.alts(r.Alts)
	w, up, down := n.dims()
	const title = 22.0
	width := w + 2*margin + 2*hGap + 8
	height := title + up + down + 2*margin
	y := margin + title + up
	fmt.Fprintf(b, `<svg class="railroad" xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f">`, width, height, width, height)
	if standalone {
		fmt.Fprintf(b, "<style>%s</style>", Style)
	}
	fmt.Fprintf(b, `<g class="title"><text x="%.1f" y="%.1f">%s</text></g>`, margin, margin+12, html.EscapeString(r.Name))
	// the entry and exit markers: a bar at each end of the line
	fmt.Fprintf(b, `<rect class="marker" x="%.1f" y="%.1f" width="4" height="16"/>`, margin, y-8)
	line(b, margin+4, y, margin+4+hGap, y)
	n.draw(b, margin+4+hGap, y)
	ex := margin + 4 + hGap + w
	line(b, ex, y, ex+hGap, y)
	fmt.Fprintf(b, `<rect class="marker" x="%.1f" y="%.1f" width="4" height="16"/>`, ex+hGap, y-8)
	b.WriteString("</svg>")
}

type drawer struct {
	g    *gram.Grammar
	opts Options
}

func (d *drawer) alts(alts []*gram.Alt) node {
	var nodes []node
	var classes []string
	for _, a := range alts {
		if !d.opts.Invalid && startsInvalid(a) {
			continue
		}
		nodes = append(nodes, d.alt(a))
		classes = append(classes, a.Ext)
	}
	if len(nodes) == 0 {
		return skip{}
	}
	return newChoice(nodes, classes)
}

func startsInvalid(a *gram.Alt) bool {
	if len(a.Items) == 0 {
		return false
	}
	n, ok := a.Items[0].Item.(*gram.NameLeaf)
	return ok && strings.HasPrefix(n.Name, "invalid_")
}

func (d *drawer) alt(a *gram.Alt) node {
	var items []node
	for _, it := range a.Items {
		items = append(items, d.item(it.Item))
	}
	if len(items) == 0 {
		return skip{}
	}
	return newSequence(items)
}

func (d *drawer) item(it gram.Item) node {
	switch it := it.(type) {
	case *gram.NameLeaf:
		if d.g.Rule(it.Name) != nil {
			href := ""
			if d.opts.Link {
				href = "#" + Anchor(it.Name)
			}
			return newBox(it.Name, "nonterminal", href, false)
		}
		return newBox(it.Name, "token", "", true)
	case *gram.StringLeaf:
		return newBox(it.String(), "terminal", "", true)
	case *gram.Group:
		return d.alts(it.Alts)
	case *gram.Opt:
		return newChoice([]node{skip{}, d.item(it.Item)}, []string{"", ""})
	case *gram.Repeat0:
		return newChoice([]node{skip{}, newLoop(d.item(it.Item), nil)}, []string{"", ""})
	case *gram.Repeat1:
		return newLoop(d.item(it.Item), nil)
	case *gram.Gather:
		return newLoop(d.item(it.Elem), d.item(it.Sep))
	case *gram.Lookahead:
		label := "! not followed by"
		if it.Positive {
			label = "& followed by"
		}
		return newFrame(d.item(it.Item), label, "lookahead")
	case *gram.Forced:
		return newFrame(d.item(it.Item), "&& required", "forced")
	case *gram.Cut:
		return newBox("~", "cut", "", true)
	}
	return newBox(it.String(), "terminal", "", true)
}

package railroad

import (
	"fmt"
	"html"
	"strings"
)

// Geometry, in SVG user units (pixels at 100%).
const (
	charWidth = 7.8  // monospace 13px
	boxHeight = 22.0 // a terminal's or nonterminal's box
	boxPad    = 10.0 // text padding inside a box
	hGap      = 10.0 // line between sequence items
	vGap      = 10.0 // space between stacked alternatives
	arc       = 10.0 // radius of every bend
	labelH    = 14.0 // the label above a lookahead frame
)

// node is a laid-out element: width, extent above and below its line.
type node interface {
	dims() (w, up, down float64)
	draw(b *strings.Builder, x, y float64)
}

type box struct {
	text    string
	href    string // nonterminals link to their rule
	class   string // "terminal", "nonterminal", "cut"
	rounded bool
	w       float64
}

func newBox(text, class, href string, rounded bool) *box {
	return &box{text: text, class: class, href: href, rounded: rounded, w: float64(len([]rune(text)))*charWidth + 2*boxPad}
}

func (b *box) dims() (float64, float64, float64) { return b.w, boxHeight / 2, boxHeight / 2 }

func (b *box) draw(sb *strings.Builder, x, y float64) {
	r := 0.0
	if b.rounded {
		r = boxHeight / 2
	}
	if b.href != "" {
		fmt.Fprintf(sb, `<a href="%s">`, html.EscapeString(b.href))
	}
	fmt.Fprintf(sb, `<g class="%s"><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="%.1f"/>`, b.class, x, y-boxHeight/2, b.w, boxHeight, r)
	fmt.Fprintf(sb, `<text x="%.1f" y="%.1f">%s</text></g>`, x+b.w/2, y+4.5, html.EscapeString(b.text))
	if b.href != "" {
		sb.WriteString(`</a>`)
	}
}

// skip is an empty path: the bypass of an optional item.
type skip struct{}

func (skip) dims() (float64, float64, float64)       { return 0, 0, 0 }
func (skip) draw(*strings.Builder, float64, float64) {}

type sequence struct {
	items       []node
	w, up, down float64
}

func newSequence(items []node) node {
	if len(items) == 1 {
		return items[0]
	}
	s := &sequence{items: items}
	for i, it := range items {
		w, up, down := it.dims()
		s.w += w
		if i > 0 {
			s.w += hGap
		}
		s.up, s.down = max(s.up, up), max(s.down, down)
	}
	return s
}

func (s *sequence) dims() (float64, float64, float64) { return s.w, s.up, s.down }

func (s *sequence) draw(b *strings.Builder, x, y float64) {
	for i, it := range s.items {
		if i > 0 {
			line(b, x, y, x+hGap, y)
			x += hGap
		}
		w, _, _ := it.dims()
		it.draw(b, x, y)
		x += w
	}
}

// choice stacks alternatives: the first on the line, the others below it.
type choice struct {
	alts     []node
	classes  []string // per alternative: "" or "ext"
	offsets  []float64
	inner    float64 // widest alternative
	up, down float64
}

func newChoice(alts []node, classes []string) node {
	if len(alts) == 1 && classes[0] == "" {
		return alts[0]
	}
	c := &choice{alts: alts, classes: classes}
	var y float64
	for i, a := range alts {
		w, up, down := a.dims()
		c.inner = max(c.inner, w)
		if i == 0 {
			c.up = up
		} else {
			_, _, prevDown := alts[i-1].dims()
			y += prevDown + vGap + up
			y = max(y, c.offsets[i-1]+2*arc) // room for the bends
		}
		c.offsets = append(c.offsets, y)
		c.down = y + down
	}
	return c
}

func (c *choice) dims() (float64, float64, float64) { return c.inner + 4*arc, c.up, c.down }

func (c *choice) draw(b *strings.Builder, x, y float64) {
	end := x + c.inner + 4*arc
	// Extension alternatives first, so the base alternatives' rails, drawn
	// over them, stay black down to the last base alternative.
	order := make([]int, 0, len(c.alts))
	for pass := 0; pass < 2; pass++ {
		for i := range c.alts {
			if (c.classes[i] != "") == (pass == 0) {
				order = append(order, i)
			}
		}
	}
	for _, i := range order {
		a := c.alts[i]
		w, _, _ := a.dims()
		ay := y + c.offsets[i]
		if c.classes[i] != "" {
			fmt.Fprintf(b, `<g class="ext"><title>added by %s</title>`, html.EscapeString(c.classes[i]))
		}
		if i == 0 {
			line(b, x, y, x+2*arc, y)
		} else {
			// down from the entry line, along, and back up to the exit
			fmt.Fprintf(b, `<path d="M%.1f %.1f a%.0f %.0f 0 0 1 %.0f %.0f V%.1f a%.0f %.0f 0 0 0 %.0f %.0f"/>`,
				x, y, arc, arc, arc, arc, ay-arc, arc, arc, arc, arc)
		}
		a.draw(b, x+2*arc, ay)
		line(b, x+2*arc+w, ay, end-2*arc, ay)
		if i == 0 {
			line(b, end-2*arc, y, end, y)
		} else {
			fmt.Fprintf(b, `<path d="M%.1f %.1f a%.0f %.0f 0 0 0 %.0f %.0f V%.1f a%.0f %.0f 0 0 1 %.0f %.0f"/>`,
				end-2*arc, ay, arc, arc, arc, -arc, y+arc, arc, arc, arc, -arc)
		}
		if c.classes[i] != "" {
			b.WriteString(`</g>`)
		}
	}
}

// loop is item+ with an optional separator drawn on the way back.
type loop struct {
	item, sep node
	inner     float64
	up, down  float64
	back      float64 // y offset of the return path
}

func newLoop(item, sep node) node {
	w, up, down := item.dims()
	l := &loop{item: item, sep: sep, inner: w, up: up}
	sw, sup, sdown := 0.0, 0.0, 0.0
	if sep != nil {
		sw, sup, sdown = sep.dims()
	}
	l.inner = max(l.inner, sw)
	l.back = max(down+vGap+sup, 2*arc)
	l.down = l.back + sdown
	return l
}

func (l *loop) dims() (float64, float64, float64) { return l.inner + 2*arc, l.up, l.down }

func (l *loop) draw(b *strings.Builder, x, y float64) {
	w, _, _ := l.item.dims()
	line(b, x, y, x+arc, y)
	l.item.draw(b, x+arc+(l.inner-w)/2, y)
	line(b, x+arc, y, x+arc+(l.inner-w)/2, y)
	line(b, x+arc+(l.inner+w)/2, y, x+2*arc+l.inner, y)
	by := y + l.back
	// from the exit, down and back to the entry
	fmt.Fprintf(b, `<path d="M%.1f %.1f a%.0f %.0f 0 0 1 %.0f %.0f V%.1f a%.0f %.0f 0 0 1 %.0f %.0f"/>`,
		x+arc+l.inner, y, arc, arc, arc, arc, by-arc, arc, arc, -arc, arc)
	if l.sep != nil {
		sw, _, _ := l.sep.dims()
		sx := x + arc + (l.inner-sw)/2
		line(b, x+arc+l.inner, by, sx+sw, by)
		l.sep.draw(b, sx, by)
		line(b, sx, by, x+arc, by)
	} else {
		line(b, x+arc+l.inner, by, x+arc, by)
	}
	fmt.Fprintf(b, `<path d="M%.1f %.1f a%.0f %.0f 0 0 1 %.0f %.0f V%.1f a%.0f %.0f 0 0 1 %.0f %.0f"/>`,
		x+arc, by, arc, arc, -arc, -arc, y+arc, arc, arc, arc, -arc)
}

// frame is a dashed box around an item with a label: lookaheads.
type frame struct {
	item        node
	label       string
	class       string
	w, up, down float64
}

func newFrame(item node, label, class string) node {
	w, up, down := item.dims()
	lw := float64(len(label))*charWidth + 8
	return &frame{item: item, label: label, class: class, w: max(w, lw) + 2*boxPad, up: up + boxPad/2 + labelH, down: down + boxPad/2}
}

func (f *frame) dims() (float64, float64, float64) { return f.w, f.up, f.down }

func (f *frame) draw(b *strings.Builder, x, y float64) {
	w, _, _ := f.item.dims()
	fmt.Fprintf(b, `<g class="%s"><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="4"/>`, f.class, x, y-f.up, f.w, f.up+f.down)
	fmt.Fprintf(b, `<text x="%.1f" y="%.1f">%s</text></g>`, x+4, y-f.up+labelH-3, html.EscapeString(f.label))
	ix := x + (f.w-w)/2
	line(b, x, y, ix, y)
	f.item.draw(b, ix, y)
	line(b, ix+w, y, x+f.w, y)
}

func line(b *strings.Builder, x1, y1, x2, y2 float64) {
	if x1 == x2 && y1 == y2 {
		return
	}
	fmt.Fprintf(b, `<path d="M%.1f %.1f H%.1f"/>`, x1, y1, x2)
	_ = y2
}

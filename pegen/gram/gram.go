package gram

import (
	"fmt"
	"strings"
)

// Position locates a grammar construct: file, 1-based line and column.
type Position struct {
	File      string
	Line, Col int
}

func (p Position) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Grammar is a parsed grammar file, or the result of merging fragments into
// one.
type Grammar struct {
	File  string
	Metas []*Meta
	Rules []*Rule
	rules map[string]*Rule
}

// Meta is an @name value line. Values holds the value's words (a string
// value is one word, unquoted).
type Meta struct {
	Name   string
	Values []string
	Pos    Position
}

// Value returns the meta's value as one string.
func (m *Meta) Value() string { return strings.Join(m.Values, " ") }

// Rule is a named choice of alternatives.
type Rule struct {
	Name string
	// Type is the Go type of the rule's value, "" when the grammar gives
	// none (the value is then any).
	Type string
	Memo bool
	Alts []*Alt
	Pos  Position
	// Extend is set in a fragment: "prepend" or "append" adds Alts to the
	// base rule of the same name instead of defining a new rule.
	Extend string
	// Ext names the extension a merged rule came from ("" for the base).
	Ext string

	// Set by Analyze.
	Nullable      bool
	LeftRecursive bool
	Leader        bool
}

// Alt is one alternative: items in sequence and an optional action.
type Alt struct {
	Items  []*NamedItem
	Action *Action
	Pos    Position
	// Ext names the extension that added the alternative ("" for the base):
	// the parser tries it only when that extension is enabled.
	Ext string
}

// NamedItem is an item with an optional name (a=expr) under which an action
// sees its value.
type NamedItem struct {
	Name string
	Type string // optional annotation, a[ast.Expr]=expr
	Item Item
	Pos  Position
}

// Item is one element of an alternative.
type Item interface {
	fmt.Stringer
	item()
}

type (
	// NameLeaf refers to a rule or a token kind (NAME, NUMBER, ...).
	NameLeaf struct{ Name string }
	// StringLeaf is a quoted literal: a keyword ('if'), a soft keyword
	// ("match") or an operator ('+=').
	StringLeaf struct {
		Value string // unquoted
		Quote byte   // '\'' or '"'
	}
	// Group is ( alts ).
	Group struct{ Alts []*Alt }
	// Opt is [ alts ] or x?.
	Opt struct{ Item Item }
	// Repeat0 is x*.
	Repeat0 struct{ Item Item }
	// Repeat1 is x+.
	Repeat1 struct{ Item Item }
	// Gather is sep.elem+.
	Gather struct{ Sep, Elem Item }
	// Lookahead is &x (Positive) or !x.
	Lookahead struct {
		Positive bool
		Item     Item
	}
	// Forced is &&x.
	Forced struct{ Item Item }
	// Cut is ~.
	Cut struct{}
)

func (*NameLeaf) item()   {}
func (*StringLeaf) item() {}
func (*Group) item()      {}
func (*Opt) item()        {}
func (*Repeat0) item()    {}
func (*Repeat1) item()    {}
func (*Gather) item()     {}
func (*Lookahead) item()  {}
func (*Forced) item()     {}
func (*Cut) item()        {}

func (n *NameLeaf) String() string { return n.Name }
func (s *StringLeaf) String() string {
	q := string(s.Quote)
	return q + strings.ReplaceAll(s.Value, q, `\`+q) + q
}
func (g *Group) String() string {
	return "(" + altsString(g.Alts) + ")"
}
func (o *Opt) String() string {
	if g, ok := o.Item.(*Group); ok {
		return "[" + altsString(g.Alts) + "]"
	}
	return o.Item.String() + "?"
}
func (r *Repeat0) String() string { return r.Item.String() + "*" }
func (r *Repeat1) String() string { return r.Item.String() + "+" }
func (g *Gather) String() string  { return g.Sep.String() + "." + g.Elem.String() + "+" }
func (l *Lookahead) String() string {
	if l.Positive {
		return "&" + l.Item.String()
	}
	return "!" + l.Item.String()
}
func (f *Forced) String() string { return "&&" + f.Item.String() }
func (*Cut) String() string      { return "~" }

// IsKeyword reports whether the literal is alphabetic, which makes it a
// keyword ('...') or a soft keyword ("...") rather than an operator.
func (s *StringLeaf) IsKeyword() bool {
	if s.Value == "" {
		return false
	}
	for i, c := range s.Value {
		if c != '_' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && (i == 0 || !(c >= '0' && c <= '9')) {
			return false
		}
	}
	return true
}

// IsSoftKeyword reports whether the literal is a soft keyword: alphabetic
// and double-quoted.
func (s *StringLeaf) IsSoftKeyword() bool { return s.Quote == '"' && s.IsKeyword() }

func altsString(alts []*Alt) string {
	parts := make([]string, len(alts))
	for i, a := range alts {
		parts[i] = a.String()
	}
	return strings.Join(parts, " | ")
}

func (a *Alt) String() string {
	var b strings.Builder
	for i, it := range a.Items {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(it.String())
	}
	if a.Action != nil {
		b.WriteString(" { ")
		b.WriteString(a.Action.Expr.String())
		b.WriteString(" }")
	}
	return b.String()
}

func (n *NamedItem) String() string {
	if n.Name == "" {
		return n.Item.String()
	}
	if n.Type != "" {
		return n.Name + "[" + n.Type + "]=" + n.Item.String()
	}
	return n.Name + "=" + n.Item.String()
}

// String renders the rule in grammar syntax, one alternative per line.
func (r *Rule) String() string {
	var b strings.Builder
	r.render(&b, RenderOptions{})
	return b.String()
}

func (r *Rule) render(b *strings.Builder, o RenderOptions) {
	if o.Diffable && r.Ext != "" {
		b.WriteString("# extension " + r.Ext + "\n")
	}
	b.WriteString(r.Name)
	if r.Type != "" {
		b.WriteString("[" + r.Type + "]")
	}
	if r.Memo {
		b.WriteString(" (memo)")
	}
	if r.Extend != "" && !o.Diffable {
		b.WriteString(" (" + r.Extend + ")")
	}
	b.WriteString(":")
	if !o.Diffable && len(r.Alts) == 1 && len(r.Alts[0].String()) < 60 {
		b.WriteString(" " + r.Alts[0].String() + "\n")
		return
	}
	b.WriteString("\n")
	for _, a := range r.Alts {
		b.WriteString("    | " + a.String())
		if o.Diffable && a.Ext != "" && r.Ext == "" {
			b.WriteString("  # extension " + a.Ext)
		}
		b.WriteString("\n")
	}
}

// Rule returns the rule with the given name, or nil.
func (g *Grammar) Rule(name string) *Rule {
	if g.rules == nil || len(g.rules) != len(g.Rules) {
		g.index()
	}
	return g.rules[name]
}

func (g *Grammar) index() {
	g.rules = make(map[string]*Rule, len(g.Rules))
	for _, r := range g.Rules {
		if _, dup := g.rules[r.Name]; !dup {
			g.rules[r.Name] = r
		}
	}
}

// Meta returns the first meta with the given name, or nil.
func (g *Grammar) Meta(name string) *Meta {
	for _, m := range g.Metas {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// String renders the grammar back in grammar syntax (metas, then rules).
func (g *Grammar) String() string { return g.Render(RenderOptions{}) }

// RenderOptions choose how Render prints a grammar.
type RenderOptions struct {
	// Diffable prints every alternative on a line of its own, a blank line
	// before every rule, and marks what extensions added ("# extension
	// NAME"): the form in which peglab diff compares grammars.
	Diffable bool
}

// Render renders the grammar in grammar syntax: metas, then rules.
func (g *Grammar) Render(o RenderOptions) string {
	var b strings.Builder
	for _, m := range g.Metas {
		b.WriteString("@" + m.Name)
		for _, v := range m.Values {
			b.WriteString(" " + v)
		}
		b.WriteString("\n")
	}
	if len(g.Metas) > 0 && !o.Diffable {
		b.WriteString("\n")
	}
	for i, r := range g.Rules {
		if i > 0 || o.Diffable {
			b.WriteString("\n")
		}
		r.render(&b, o)
	}
	return b.String()
}

// Action is the expression of an alternative's action.
type Action struct {
	Expr ActExpr
	Pos  Position
}

// ActExpr is an expression of the action language.
type ActExpr interface {
	fmt.Stringer
	actExpr()
}

type (
	// CallExpr is Name(args...): a helper call.
	CallExpr struct {
		Name string
		Args []ActExpr
		Pos  Position
	}
	// IdentExpr is a named item, EXTRA, nil, true or false.
	IdentExpr struct {
		Name string
		Pos  Position
	}
	// StringExpr is a string literal.
	StringExpr struct{ Value string }
	// IntExpr is an integer literal.
	IntExpr struct{ Value int64 }
)

func (*CallExpr) actExpr()   {}
func (*IdentExpr) actExpr()  {}
func (*StringExpr) actExpr() {}
func (*IntExpr) actExpr()    {}

func (c *CallExpr) String() string {
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.String()
	}
	return c.Name + "(" + strings.Join(args, ", ") + ")"
}
func (i *IdentExpr) String() string  { return i.Name }
func (s *StringExpr) String() string { return fmt.Sprintf("%q", s.Value) }
func (n *IntExpr) String() string    { return fmt.Sprint(n.Value) }

package pegen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/peglab/peglab/pegen/gram"
)

// Program is a checked grammar lowered for execution. Every group,
// repetition and gather has become a rule of its own (as in pegen's _tmp_,
// _loop and _gather rules), so an alternative is a flat list of simple
// items. The code generator and the interpreter both run a Program, which is
// what keeps their results identical.
type Program struct {
	Analysis *Analysis
	// Rules are the grammar's rules in order, then the synthetic ones in
	// the order lowering created them. Rule.ID is the index plus one.
	Rules  []*Rule
	ByName map[string]*Rule
	// Keywords maps each hard keyword to its token kind.
	Keywords map[string]int32
	// Exts are the extensions that contributed alternatives, sorted; an
	// alternative's ExtBit indexes it.
	Exts []string
	// ExtKeywords maps an extension to the keywords only it introduces.
	ExtKeywords map[string][]string
}

// RuleKind distinguishes grammar rules from the synthetic rules lowering
// creates.
type RuleKind int

// Rule kinds.
const (
	KindRule   RuleKind = iota // a rule of the grammar
	KindGroup                  // ( alts ), _tmp_N
	KindLoop0                  // x*, _loop0_N
	KindLoop1                  // x+, _loop1_N
	KindGather                 // s.e+, _gather_N
)

// Rule is a lowered rule.
type Rule struct {
	Name string
	ID   int32
	Kind RuleKind
	// Type is the Go type of the rule's value ("any" when unknown).
	Type                        string
	Memo, LeftRecursive, Leader bool
	// NoInvalid is set for a rule whose name ends in "without_invalid": as
	// in pegen, it runs with the error-pass alternatives off, whatever the
	// pass (CPython's expression_without_invalid).
	NoInvalid bool
	// Alts are the alternatives of grammar rules and groups.
	Alts []*Alt
	// Elem is the repeated item of a loop or gather, Sep a gather's
	// separator.
	Elem, Sep *Item
	// Src is the grammar rule (nil for synthetic rules); Text renders what
	// the rule stands for in grammar syntax.
	Src  *gram.Rule
	Text string
}

// Synthetic reports whether the rule was created by lowering.
func (r *Rule) Synthetic() bool { return r.Kind != KindRule }

// Alt is a lowered alternative.
type Alt struct {
	Items  []*Item
	Action gram.ActExpr
	// ErrorPass is set for alternatives tried only in the second pass.
	ErrorPass bool
	// Ext names the extension that added the alternative, "" for the base;
	// ExtBit is its index in Program.Exts.
	Ext    string
	ExtBit int
	// Type is the Go type of the alternative's value.
	Type string
	Src  *gram.Alt
	// ID numbers the program's alternatives from 0, so that engines can
	// keep per-alternative data in slices.
	ID int
}

// ItemKind says what an item matches.
type ItemKind int

// Item kinds.
const (
	ItemToken   ItemKind = iota // a token kind, NAME or '+='
	ItemKeyword                 // a hard keyword, 'if'
	ItemSoft                    // a soft keyword, "match"
	ItemRule                    // a rule call
	ItemCut                     // ~
)

// Item is a lowered item: one token or rule call, optionally optional, a
// lookahead, or forced.
type Item struct {
	// Name is the item's name in the action, "" when unnamed.
	Name  string
	Kind  ItemKind
	Token int32  // ItemToken, ItemKeyword: the kind to expect
	Text  string // ItemSoft: the keyword; otherwise how the grammar wrote it
	Rule  *Rule  // ItemRule
	Opt   bool
	// Look is +1 for &x, -1 for !x, 0 otherwise.
	Look   int
	Forced bool
	// Type is the Go type of the item's value.
	Type string
	// Annot is the type a named item is converted to (a[T]=x), "" if none.
	Annot string
}

// setText records how the grammar wrote a modified item, for comments and
// messages. A soft keyword keeps its Text: it is the keyword the parser
// compares NAMEs with, whatever modifier the grammar put on it.
func (it *Item) setText(s string) {
	if it.Kind != ItemSoft {
		it.Text = s
	}
}

// HasValue reports whether the item yields a value an action can use.
func (it *Item) HasValue() bool { return it.Look == 0 && it.Kind != ItemCut }

// Lower turns a checked grammar into a Program.
func Lower(a *Analysis) (*Program, error) {
	l := &lowerer{
		a:        a,
		p:        &Program{Analysis: a, ByName: map[string]*Rule{}, Keywords: map[string]int32{}, ExtKeywords: map[string][]string{}},
		dedupe:   map[string]*Rule{},
		declared: map[string]string{},
	}
	for _, kw := range a.Keywords {
		l.p.Keywords[kw] = a.KeywordKind(kw)
	}
	exts := map[string]bool{}
	for _, r := range a.Grammar.Rules {
		for _, alt := range r.Alts {
			if alt.Ext != "" {
				exts[alt.Ext] = true
			}
		}
	}
	for e := range exts {
		l.p.Exts = append(l.p.Exts, e)
	}
	sort.Strings(l.p.Exts)
	l.extKeywords()
	// Declare the grammar's rules first so calls resolve in any order.
	for _, gr := range a.Grammar.Rules {
		typ := gr.Type
		if typ == "" {
			typ = "any"
		}
		r := &Rule{Name: gr.Name, Kind: KindRule, Type: typ, Memo: gr.Memo,
			LeftRecursive: gr.LeftRecursive, Leader: gr.Leader, Src: gr, Text: strings.TrimSpace(gr.String()),
			NoInvalid: strings.HasSuffix(gr.Name, "without_invalid")}
		l.add(r)
	}
	for _, gr := range a.Grammar.Rules {
		r := l.p.ByName[gr.Name]
		for _, ga := range gr.Alts {
			alt, err := l.alt(ga)
			if err != nil {
				return nil, err
			}
			r.Alts = append(r.Alts, alt)
		}
	}
	return l.p, nil
}

type lowerer struct {
	a        *Analysis
	p        *Program
	dedupe   map[string]*Rule
	declared map[string]string
	counter  int
	alts     int // alternatives numbered so far
}

func (l *lowerer) add(r *Rule) {
	r.ID = int32(len(l.p.Rules) + 1)
	l.p.Rules = append(l.p.Rules, r)
	l.p.ByName[r.Name] = r
}

// extKeywords finds the keywords that only extension alternatives use: the
// parser must treat them as names unless the extension is on.
func (l *lowerer) extKeywords() {
	base := map[string]bool{}
	byExt := map[string]map[string]bool{}
	var visit func(ext string, it gram.Item)
	visitAlts := func(ext string, alts []*gram.Alt) {
		for _, a := range alts {
			e := ext
			if a.Ext != "" {
				e = a.Ext
			}
			for _, ni := range a.Items {
				visit(e, ni.Item)
			}
		}
	}
	visit = func(ext string, it gram.Item) {
		if s, ok := it.(*gram.StringLeaf); ok && s.IsKeyword() && !s.IsSoftKeyword() {
			if ext == "" {
				base[s.Value] = true
			} else {
				if byExt[ext] == nil {
					byExt[ext] = map[string]bool{}
				}
				byExt[ext][s.Value] = true
			}
		}
		eachChild(it, func(sub gram.Item) { visit(ext, sub) }, func(alts []*gram.Alt) { visitAlts(ext, alts) })
	}
	for _, r := range l.a.Grammar.Rules {
		visitAlts(r.Ext, r.Alts)
	}
	for ext, kws := range byExt {
		for kw := range kws {
			if !base[kw] {
				l.p.ExtKeywords[ext] = append(l.p.ExtKeywords[ext], kw)
			}
		}
		sort.Strings(l.p.ExtKeywords[ext])
	}
}

func (l *lowerer) alt(ga *gram.Alt) (*Alt, error) {
	alt := &Alt{Action: nil, ErrorPass: ErrorPassOnly(ga), Ext: ga.Ext, Src: ga, ID: l.alts}
	l.alts++
	if ga.Ext != "" {
		alt.ExtBit = sort.SearchStrings(l.p.Exts, ga.Ext)
	}
	for _, ni := range ga.Items {
		it, err := l.item(ni.Item)
		if err != nil {
			return nil, err
		}
		it.Name = ni.Name
		it.Annot = ni.Type
		alt.Items = append(alt.Items, it)
	}
	if ga.Action != nil {
		alt.Action = ga.Action.Expr
	}
	alt.Type = l.altType(alt)
	return alt, nil
}

// altType is the static type of an alternative's value: its action's, or
// its single value item's, or []any for several.
func (l *lowerer) altType(alt *Alt) string {
	if alt.Action != nil {
		return l.exprType(alt, alt.Action)
	}
	var vals []*Item
	for _, it := range alt.Items {
		if it.HasValue() {
			vals = append(vals, it)
		}
	}
	switch len(vals) {
	case 0:
		return "any"
	case 1:
		if vals[0].Annot != "" {
			return vals[0].Annot
		}
		return vals[0].Type
	}
	return "[]any"
}

func (l *lowerer) exprType(alt *Alt, e gram.ActExpr) string {
	switch x := e.(type) {
	case *gram.CallExpr:
		if l.a.Helpers != nil {
			if h := l.a.Helpers.Helpers[x.Name]; h != nil {
				return h.Result
			}
		}
		return "any"
	case *gram.IdentExpr:
		switch x.Name {
		case "EXTRA":
			return "peg.Span"
		case "nil":
			return "any"
		case "true", "false":
			return "bool"
		}
		for _, it := range alt.Items {
			if it.Name == x.Name {
				if it.Annot != "" {
					return it.Annot
				}
				return it.Type
			}
		}
	case *gram.StringExpr:
		return "string"
	case *gram.IntExpr:
		return "int"
	}
	return "any"
}

// item lowers one grammar item to a simple item, creating synthetic rules
// for anything that is not a single token or call.
func (l *lowerer) item(gi gram.Item) (*Item, error) {
	switch x := gi.(type) {
	case *gram.NameLeaf:
		if r := l.p.ByName[x.Name]; r != nil && !r.Synthetic() {
			return &Item{Kind: ItemRule, Rule: r, Type: r.Type, Text: x.Name}, nil
		}
		kind, ok := l.a.Tokens.Kind(x.Name)
		if !ok {
			return nil, fmt.Errorf("undefined name %s", x.Name)
		}
		return &Item{Kind: ItemToken, Token: kind, Type: "*peg.Token", Text: x.Name}, nil
	case *gram.StringLeaf:
		switch {
		case x.IsSoftKeyword():
			return &Item{Kind: ItemSoft, Text: x.Value, Type: "*peg.Token"}, nil
		case x.IsKeyword():
			return &Item{Kind: ItemKeyword, Token: l.p.Keywords[x.Value], Text: x.String(), Type: "*peg.Token"}, nil
		}
		kind, ok := l.a.Tokens.OpKind(x.Value)
		if !ok {
			return nil, fmt.Errorf("unknown token %s", x)
		}
		return &Item{Kind: ItemToken, Token: kind, Text: x.String(), Type: "*peg.Token"}, nil
	case *gram.Cut:
		return &Item{Kind: ItemCut, Text: "~"}, nil
	case *gram.Group:
		if len(x.Alts) == 1 && len(x.Alts[0].Items) == 1 && x.Alts[0].Action == nil && x.Alts[0].Ext == "" {
			inner := x.Alts[0].Items[0].Item
			switch inner.(type) {
			case *gram.Cut, *gram.Lookahead, *gram.Forced:
			default:
				if !ErrorPassOnly(x.Alts[0]) {
					return l.item(inner)
				}
			}
		}
		r, err := l.synthetic(KindGroup, gi, func(r *Rule) error {
			for _, ga := range x.Alts {
				alt, err := l.alt(ga)
				if err != nil {
					return err
				}
				r.Alts = append(r.Alts, alt)
			}
			r.Type = unifyTypes(r.Alts)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return &Item{Kind: ItemRule, Rule: r, Type: r.Type, Text: gi.String()}, nil
	case *gram.Opt:
		it, err := l.modifiable(x.Item)
		if err != nil {
			return nil, err
		}
		it.Opt = true
		it.setText(gi.String())
		return it, nil
	case *gram.Lookahead:
		it, err := l.modifiable(x.Item)
		if err != nil {
			return nil, err
		}
		it.Look = -1
		if x.Positive {
			it.Look = 1
		}
		it.setText(gi.String())
		return it, nil
	case *gram.Forced:
		it, err := l.modifiable(x.Item)
		if err != nil {
			return nil, err
		}
		it.Forced = true
		it.setText(gi.String())
		return it, nil
	case *gram.Repeat0, *gram.Repeat1:
		kind := KindLoop0
		var elem gram.Item
		if r0, ok := gi.(*gram.Repeat0); ok {
			elem = r0.Item
		} else {
			kind, elem = KindLoop1, gi.(*gram.Repeat1).Item
		}
		r, err := l.synthetic(kind, gi, func(r *Rule) error {
			it, err := l.modifiable(elem)
			if err != nil {
				return err
			}
			r.Elem = it
			r.Type = sliceOf(it.Type)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return &Item{Kind: ItemRule, Rule: r, Type: r.Type, Text: gi.String()}, nil
	case *gram.Gather:
		r, err := l.synthetic(KindGather, gi, func(r *Rule) error {
			sep, err := l.modifiable(x.Sep)
			if err != nil {
				return err
			}
			elem, err := l.modifiable(x.Elem)
			if err != nil {
				return err
			}
			r.Sep, r.Elem = sep, elem
			r.Type = sliceOf(elem.Type)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return &Item{Kind: ItemRule, Rule: r, Type: r.Type, Text: gi.String()}, nil
	}
	return nil, fmt.Errorf("unexpected item %T", gi)
}

// modifiable lowers an item that a modifier (optional, lookahead, forced,
// repetition) applies to: it must be a plain token or call, so an item that
// already carries a modifier is wrapped in a group rule.
func (l *lowerer) modifiable(gi gram.Item) (*Item, error) {
	it, err := l.item(gi)
	if err != nil {
		return nil, err
	}
	if !it.Opt && it.Look == 0 && !it.Forced && it.Kind != ItemCut {
		return it, nil
	}
	group := &gram.Group{Alts: []*gram.Alt{{Items: []*gram.NamedItem{{Item: gi}}}}}
	r, err := l.synthetic(KindGroup, group, func(r *Rule) error {
		alt, err := l.alt(group.Alts[0])
		if err != nil {
			return err
		}
		r.Alts = []*Alt{alt}
		r.Type = alt.Type
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Item{Kind: ItemRule, Rule: r, Type: r.Type, Text: gi.String()}, nil
}

// synthetic creates (or reuses, for identical text) a rule for a group,
// loop or gather. fill completes it; the rule is registered first so that
// recursion through it resolves.
func (l *lowerer) synthetic(kind RuleKind, gi gram.Item, fill func(*Rule) error) (*Rule, error) {
	text := gi.String()
	key := fmt.Sprint(kind, "|", text)
	if r := l.dedupe[key]; r != nil {
		return r, nil
	}
	l.counter++
	prefix := map[RuleKind]string{KindGroup: "_tmp_", KindLoop0: "_loop0_", KindLoop1: "_loop1_", KindGather: "_gather_"}[kind]
	r := &Rule{Name: fmt.Sprintf("%s%d", prefix, l.counter), Kind: kind, Type: "any", Text: text}
	l.add(r)
	l.dedupe[key] = r
	if err := fill(r); err != nil {
		return nil, err
	}
	return r, nil
}

func sliceOf(t string) string {
	if t == "" {
		t = "any"
	}
	return "[]" + t
}

// unifyTypes is the type of a choice: the type its alternatives share, or
// any.
func unifyTypes(alts []*Alt) string {
	t := ""
	for _, a := range alts {
		switch {
		case t == "":
			t = a.Type
		case t != a.Type:
			return "any"
		}
	}
	if t == "" {
		return "any"
	}
	return t
}

// FirstCalls lists the memoized rules that two or more alternatives of r
// start with (a=term '*' b=factor | a=term '/' b=factor ...). Every
// alternative starts at the same position and a memoized rule gives the
// same result there each time, so the generated rule calls it once and the
// other alternatives reuse the result, saving a call and a memo lookup.
// (A left-recursion leader called from its own body returns its current
// seed, which is fixed for the duration of the body.)
func FirstCalls(r *Rule) []*Rule {
	count := map[*Rule]int{}
	var order []*Rule
	for _, a := range r.Alts {
		if fr := FirstCall(a); fr != nil {
			if count[fr] == 0 {
				order = append(order, fr)
			}
			count[fr]++
		}
	}
	var out []*Rule
	for _, fr := range order {
		if count[fr] > 1 {
			out = append(out, fr)
		}
	}
	return out
}

// FirstCall is the memoized rule an alternative starts by calling, if any.
func FirstCall(a *Alt) *Rule {
	if len(a.Items) == 0 {
		return nil
	}
	it := a.Items[0]
	if it.Kind != ItemRule || it.Look != 0 || it.Opt || it.Forced || it.Annot != "" {
		return nil
	}
	if fr := it.Rule; fr.Leader || fr.Memo && !fr.LeftRecursive {
		return fr
	}
	return nil
}

// GrowTokens is, for a leader whose left-recursive alternatives all start
// with the rule itself followed by a token (a=sum '+' b=term), the token
// kinds that can come after its current result. When the next token is
// none of them, another round of growing cannot get further: its
// left-recursive alternatives fail at once and the others match what they
// matched before. So the generated leader stops there, skipping a round
// that would only confirm it. A rule in second place whose alternatives
// all start with a token counts as those tokens. It reports false when the
// rule does not have that shape (indirect left recursion, a modifier or
// another rule in second place, an alternative that can reach the rule
// without consuming, through a group or a rule that can match nothing).
func GrowTokens(prog *Program, r *Rule) ([]int32, bool) {
	scc := map[string]bool{}
	for _, c := range prog.Analysis.LeftRecursive {
		if len(c) > 0 && c[0] == r.Name {
			for _, n := range c {
				scc[n] = true
			}
		}
	}
	if len(scc) != 1 {
		return nil, false
	}
	seen := map[int32]bool{}
	var kinds []int32
	for _, a := range r.Alts {
		if len(a.Items) == 0 {
			return nil, false
		}
		first := a.Items[0]
		plain := first.Look == 0 && !first.Opt && !first.Forced
		switch {
		case !plain:
			return nil, false
		case first.Kind == ItemRule && first.Rule == r:
			if len(a.Items) < 2 {
				return nil, false
			}
			second := a.Items[1]
			if second.Look != 0 || second.Opt || second.Forced {
				return nil, false
			}
			next, ok := itemFirstTokens(second, map[*Rule]bool{})
			if !ok {
				return nil, false
			}
			for _, k := range next {
				if !seen[k] {
					seen[k] = true
					kinds = append(kinds, k)
				}
			}
		case first.Kind == ItemRule && scc[first.Rule.Name]:
			return nil, false
		case first.Kind == ItemRule && first.Rule.Synthetic():
			// A group or loop might hide a call of the rule itself.
			return nil, false
		case first.Kind == ItemRule && first.Rule.Src.Nullable:
			// A rule that can match nothing (sign: ['-']) may put a call
			// of the rule itself at the start: `sign expr '+' term`.
			return nil, false
		}
	}
	return kinds, len(kinds) > 0
}

// itemFirstTokens is the set of token kinds every match of the item starts
// with: a token, or a rule (genexp: '(' ...; or a group, loop or gather)
// whose every match starts with a token, its error-pass alternatives
// included (invalid_comprehension: ('[' | '(' | '{') ...), so that the set
// holds in both passes. It reports false for anything that could start
// otherwise: a lookahead, an optional item, a soft keyword, a rule that can
// match nothing, or a rule that reaches itself before a token.
func itemFirstTokens(it *Item, visiting map[*Rule]bool) ([]int32, bool) {
	if it.Look != 0 || it.Opt || it.Forced {
		return nil, false
	}
	switch it.Kind {
	case ItemToken, ItemKeyword:
		return []int32{it.Token}, true
	case ItemRule:
		return ruleFirstTokens(it.Rule, visiting)
	}
	return nil, false
}

func ruleFirstTokens(r *Rule, visiting map[*Rule]bool) ([]int32, bool) {
	if visiting[r] || r.Src != nil && r.Src.Nullable {
		return nil, false
	}
	visiting[r] = true
	defer delete(visiting, r)
	switch r.Kind {
	case KindLoop1, KindGather:
		return itemFirstTokens(r.Elem, visiting)
	case KindLoop0:
		return nil, false
	}
	var out []int32
	for _, a := range r.Alts {
		if len(a.Items) == 0 {
			return nil, false
		}
		ks, ok := itemFirstTokens(a.Items[0], visiting)
		if !ok {
			return nil, false
		}
		out = append(out, ks...)
	}
	return out, len(out) > 0
}

// ForcedText is what "expected ..." names for a forced item.
func ForcedText(it *Item) string {
	s := strings.TrimPrefix(it.Text, "&&")
	if it.Kind == ItemRule && strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = s[1 : len(s)-1]
	}
	return s
}

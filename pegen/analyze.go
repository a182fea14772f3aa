package pegen

import (
	"fmt"
	goast "go/ast"
	"go/parser"
	"slices"
	"sort"
	"strings"

	"github.com/peglab/peglab/pegen/gram"
)

// Analysis is what pegen knows about a grammar once it has checked it.
type Analysis struct {
	Grammar *gram.Grammar
	Tokens  *TokenTable
	Helpers *Catalog
	// Entries are the rules a parse may start from: @entry names, else
	// start, else the first rule.
	Entries []string
	// Keywords are the hard keywords ('if'), in order of first use; their
	// kinds follow the token table's.
	Keywords []string
	// SoftKeywords are the soft keywords ("match"), sorted.
	SoftKeywords []string
	// LeftRecursive lists the strongly connected components of the
	// left-call graph that recurse, each with its leader first.
	LeftRecursive [][]string
}

// KeywordKind returns the token kind assigned to a hard keyword.
func (a *Analysis) KeywordKind(kw string) int32 {
	return int32(len(a.Tokens.Names) + slices.Index(a.Keywords, kw))
}

// CheckOptions configure Check.
type CheckOptions struct {
	// Tokens is the token table; nil means grammar/Tokens.
	Tokens *TokenTable
	// Helpers is the set of action helpers; nil skips the helper checks.
	Helpers *Catalog
}

// Check validates a grammar and computes what generation needs: nullable
// rules, left recursion and leaders, keywords. It sets Rule.Nullable,
// LeftRecursive and Leader. The analysis is nil when there are errors.
func Check(g *gram.Grammar, opts CheckOptions) (*Analysis, Diagnostics) {
	c := &checker{g: g, tokens: opts.Tokens, helpers: opts.Helpers}
	if c.tokens == nil {
		c.tokens = PythonTokens()
	}
	c.run()
	sort.SliceStable(c.diags, func(i, j int) bool {
		a, b := c.diags[i].Pos, c.diags[j].Pos
		return a.File < b.File || a.File == b.File && (a.Line < b.Line || a.Line == b.Line && a.Col < b.Col)
	})
	if c.diags.HasErrors() {
		return nil, c.diags
	}
	return c.analysis, c.diags
}

type checker struct {
	g        *gram.Grammar
	tokens   *TokenTable
	helpers  *Catalog
	rules    map[string]*gram.Rule
	diags    Diagnostics
	analysis *Analysis
}

func (c *checker) errorf(pos gram.Position, format string, args ...any) {
	c.diags = append(c.diags, &Diagnostic{Pos: pos, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) warnf(pos gram.Position, format string, args ...any) {
	c.diags = append(c.diags, &Diagnostic{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) notef(pos gram.Position, format string, args ...any) {
	c.diags = append(c.diags, &Diagnostic{Pos: pos, Severity: Note, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) run() {
	g := c.g
	c.rules = map[string]*gram.Rule{}
	for _, r := range g.Rules {
		if prev, dup := c.rules[r.Name]; dup {
			c.errorf(r.Pos, "rule %s is already defined at line %d", r.Name, prev.Pos.Line)
			continue
		}
		if strings.HasPrefix(r.Name, "_") {
			c.errorf(r.Pos, "rule names cannot start with _ (reserved for generated rules): %s", r.Name)
		}
		if r.Extend != "" {
			c.errorf(r.Pos, "(%s) extends a rule of a base grammar: it belongs in an extension fragment", r.Extend)
		}
		if len(r.Alts) == 0 {
			c.errorf(r.Pos, "rule %s has no alternatives", r.Name)
		}
		if r.Type != "" && !IsGoType(r.Type) {
			c.errorf(r.Pos, "rule %s: %q is not a Go type", r.Name, r.Type)
		}
		c.rules[r.Name] = r
	}
	if len(g.Rules) == 0 {
		c.errorf(gram.Position{File: g.File, Line: 1, Col: 1}, "grammar has no rules")
		return
	}
	a := &Analysis{Grammar: g, Tokens: c.tokens, Helpers: c.helpers}
	c.analysis = a
	a.Entries = c.entries()
	for _, r := range g.Rules {
		for _, alt := range r.Alts {
			c.checkAlt(r, alt)
		}
	}
	c.collectKeywords()
	nullable := c.computeNullable()
	for _, r := range g.Rules {
		r.Nullable = nullable[r.Name]
		if r.Nullable {
			c.notef(r.Pos, "rule %s can match the empty string", r.Name)
		}
	}
	c.checkLoops(nullable)
	c.computeLeftRecursion(nullable)
	c.checkUnused()
	c.checkUnreachable()
	c.checkErrorPassOnly()
	for _, r := range g.Rules {
		if strings.HasSuffix(r.Name, "without_invalid") && r.LeftRecursive {
			c.errorf(r.Pos, "rule %s turns the error pass off while it runs, which a left-recursive rule cannot do", r.Name)
		}
	}
}

// checkErrorPassOnly looks at how rules outside the invalid_ family use
// invalid_ rules. Such a rule is meant for the second pass only, through an
// alternative that is just the call (`| invalid_block`); a call anywhere else
// runs in the first pass too, where it can raise errors meant for the second
// or slow down valid input. A rule whose every alternative is error-pass only
// never matches in the first pass.
func (c *checker) checkErrorPassOnly() {
	for _, r := range c.g.Rules {
		if strings.HasPrefix(r.Name, "invalid_") || len(r.Alts) == 0 {
			continue
		}
		all := true
		for _, a := range r.Alts {
			if !ErrorPassOnly(a) {
				all = false
			}
			if name := firstPassInvalidCall(a); name != "" {
				c.warnf(a.Pos, "%s is called outside the error pass: only an alternative that is just `%s` is kept for the second pass", name, name)
			}
		}
		if all {
			c.warnf(r.Pos, "rule %s matches only in the error pass (every alternative calls an invalid_ rule); name it invalid_%s or give it a normal alternative", r.Name, r.Name)
		}
	}
}

// entries resolves the start rules: the @entry meta, else "start", else
// the first rule.
func (c *checker) entries() []string {
	var out []string
	for _, m := range c.g.Metas {
		if m.Name != "entry" {
			continue
		}
		for _, v := range m.Values {
			for _, name := range strings.Fields(v) {
				if c.rules[name] == nil {
					c.errorf(m.Pos, "@entry names an undefined rule %s%s", name, c.suggestRule(name))
				} else if strings.HasPrefix(name, "invalid_") {
					c.errorf(m.Pos, "@entry %s: invalid_ rules run only in the error pass and cannot start a parse", name)
				} else {
					out = append(out, name)
				}
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	if c.rules["start"] != nil {
		return []string{"start"}
	}
	return []string{c.g.Rules[0].Name}
}

func (c *checker) checkAlt(r *gram.Rule, alt *gram.Alt) {
	names := map[string]bool{}
	for _, ni := range alt.Items {
		if ni.Name != "" {
			if strings.HasPrefix(ni.Name, "_") {
				c.errorf(ni.Pos, "item names cannot start with _: %s", ni.Name)
			}
			if ni.Name == "EXTRA" || ni.Name == "nil" || ni.Name == "true" || ni.Name == "false" {
				c.errorf(ni.Pos, "%s is reserved in actions and cannot name an item", ni.Name)
			}
			if names[ni.Name] {
				c.errorf(ni.Pos, "item name %s is used twice in one alternative", ni.Name)
			}
			names[ni.Name] = true
			if _, isLook := ni.Item.(*gram.Lookahead); isLook {
				c.errorf(ni.Pos, "a lookahead has no value to name: %s", ni)
			}
		}
		if ni.Type != "" && !IsGoType(ni.Type) {
			c.errorf(ni.Pos, "item %s: %q is not a Go type", ni.Name, ni.Type)
		}
		c.checkItem(ni.Pos, ni.Item)
	}
	if alt.Action != nil {
		c.checkAction(alt, names, alt.Action.Expr, alt.Action.Pos)
		c.checkRejects(alt.Action.Expr, true)
	}
}

func (c *checker) checkItem(pos gram.Position, it gram.Item) {
	switch x := it.(type) {
	case *gram.NameLeaf:
		if c.rules[x.Name] != nil {
			return
		}
		if _, ok := c.tokens.Kind(x.Name); ok {
			return
		}
		c.errorf(pos, "undefined rule or token %s%s", x.Name, c.suggestRule(x.Name))
	case *gram.StringLeaf:
		if x.IsKeyword() {
			return
		}
		if _, ok := c.tokens.OpKind(x.Value); !ok {
			c.errorf(pos, "%s is not a token of the token table (add it to a Tokens file)", x)
		}
	case *gram.Group:
		for _, a := range x.Alts {
			c.checkAlt(nil, a)
		}
	case *gram.Opt:
		c.checkItem(pos, x.Item)
	case *gram.Repeat0:
		c.checkItem(pos, x.Item)
	case *gram.Repeat1:
		c.checkItem(pos, x.Item)
	case *gram.Gather:
		c.checkItem(pos, x.Sep)
		c.checkItem(pos, x.Elem)
	case *gram.Lookahead:
		c.checkItem(pos, x.Item)
	case *gram.Forced:
		c.checkItem(pos, x.Item)
	}
}

// checkRejects reports a helper that can reject a match (it returns a
// bool beside its value) called anywhere but as the whole action: only
// there can the generated code turn its refusal into the rule's failure.
func (c *checker) checkRejects(e gram.ActExpr, top bool) {
	x, ok := e.(*gram.CallExpr)
	if !ok {
		return
	}
	if h := c.helpers.Lookup(x.Name); h != nil && h.Rejects && !top {
		c.errorf(x.Pos, "helper %s can reject a match, so it must be the whole action, not an argument", x.Name)
	}
	for _, arg := range x.Args {
		c.checkRejects(arg, false)
	}
}

func (c *checker) checkAction(alt *gram.Alt, names map[string]bool, e gram.ActExpr, pos gram.Position) {
	switch x := e.(type) {
	case *gram.IdentExpr:
		switch x.Name {
		case "EXTRA", "nil", "true", "false":
			return
		}
		if !names[x.Name] {
			known := make([]string, 0, len(names))
			for n := range names {
				known = append(known, n)
			}
			c.errorf(x.Pos, "action uses %s, which names no item of the alternative%s", x.Name, suggest(x.Name, known))
		}
	case *gram.CallExpr:
		for _, arg := range x.Args {
			c.checkAction(alt, names, arg, pos)
		}
		if c.helpers == nil {
			return
		}
		h := c.helpers.Helpers[x.Name]
		if h == nil {
			c.errorf(x.Pos, "unknown helper %s%s", x.Name, suggest(x.Name, c.helpers.Names()))
			return
		}
		if len(h.Params) != len(x.Args) {
			c.errorf(x.Pos, "helper %s takes %d arguments (%s), the action passes %d", x.Name, len(h.Params), strings.Join(h.Params, ", "), len(x.Args))
		}
	}
}

func (c *checker) collectKeywords() {
	seen := map[string]bool{}
	soft := map[string]bool{}
	var visit func(it gram.Item)
	visitAlts := func(alts []*gram.Alt) {
		for _, a := range alts {
			for _, ni := range a.Items {
				visit(ni.Item)
			}
		}
	}
	visit = func(it gram.Item) {
		switch x := it.(type) {
		case *gram.StringLeaf:
			if x.IsSoftKeyword() {
				soft[x.Value] = true
			} else if x.IsKeyword() && !seen[x.Value] {
				seen[x.Value] = true
				c.analysis.Keywords = append(c.analysis.Keywords, x.Value)
			}
		default:
			eachChild(it, visit, visitAlts)
		}
	}
	for _, r := range c.g.Rules {
		visitAlts(r.Alts)
	}
	for s := range soft {
		c.analysis.SoftKeywords = append(c.analysis.SoftKeywords, s)
	}
	sort.Strings(c.analysis.SoftKeywords)
}

// eachChild calls item on every direct sub-item of it, and alts on the
// alternatives of a group.
func eachChild(it gram.Item, item func(gram.Item), alts func([]*gram.Alt)) {
	switch x := it.(type) {
	case *gram.Group:
		alts(x.Alts)
	case *gram.Opt:
		item(x.Item)
	case *gram.Repeat0:
		item(x.Item)
	case *gram.Repeat1:
		item(x.Item)
	case *gram.Gather:
		item(x.Sep)
		item(x.Elem)
	case *gram.Lookahead:
		item(x.Item)
	case *gram.Forced:
		item(x.Item)
	}
}

// computeNullable finds the rules that can succeed without consuming
// input, by iterating to a fixed point. Lookaheads, optional items and
// star repetitions consume nothing; a forced item counts as nullable, as
// pegen counts it.
func (c *checker) computeNullable() map[string]bool {
	nullable := map[string]bool{}
	for changed := true; changed; {
		changed = false
		for _, r := range c.g.Rules {
			if !nullable[r.Name] && altsNullable(r.Alts, nullable) {
				nullable[r.Name] = true
				changed = true
			}
		}
	}
	return nullable
}

func altsNullable(alts []*gram.Alt, nullable map[string]bool) bool {
	for _, a := range alts {
		ok := true
		for _, ni := range a.Items {
			if !itemNullable(ni.Item, nullable) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func itemNullable(it gram.Item, nullable map[string]bool) bool {
	switch x := it.(type) {
	case *gram.NameLeaf:
		return nullable[x.Name]
	case *gram.StringLeaf:
		return x.Value == ""
	case *gram.Group:
		return altsNullable(x.Alts, nullable)
	case *gram.Opt, *gram.Repeat0, *gram.Lookahead, *gram.Forced:
		return true
	case *gram.Repeat1:
		return itemNullable(x.Item, nullable)
	case *gram.Gather:
		return itemNullable(x.Elem, nullable)
	}
	return false // cut
}

// checkLoops rejects repetitions of something that can match empty: at
// run time such a loop would never advance.
func (c *checker) checkLoops(nullable map[string]bool) {
	var visit func(pos gram.Position, it gram.Item)
	visitAlts := func(alts []*gram.Alt) {
		for _, a := range alts {
			for _, ni := range a.Items {
				visit(ni.Pos, ni.Item)
			}
		}
	}
	visit = func(pos gram.Position, it gram.Item) {
		var body gram.Item
		switch x := it.(type) {
		case *gram.Repeat0:
			body = x.Item
		case *gram.Repeat1:
			body = x.Item
		case *gram.Gather:
			body = x.Elem
			if itemNullable(x.Sep, nullable) && itemNullable(x.Elem, nullable) {
				c.errorf(pos, "%s: separator and element can both match the empty string, so the gather would loop forever", it)
				body = nil
			}
		}
		if body != nil && itemNullable(body, nullable) {
			if _, ok := it.(*gram.Gather); !ok {
				c.errorf(pos, "%s repeats something that can match the empty string: it would loop forever", it)
			}
		}
		eachChild(it, func(sub gram.Item) { visit(pos, sub) }, visitAlts)
	}
	for _, r := range c.g.Rules {
		visitAlts(r.Alts)
	}
}

// computeLeftRecursion builds the graph of rules called at the start of an
// alternative, finds its strongly connected components and, in each
// recursive one, a leader that lies on every cycle (the alphabetically first
// candidate, as pegen picks it).
func (c *checker) computeLeftRecursion(nullable map[string]bool) {
	graph := map[string][]string{}
	for _, r := range c.g.Rules {
		set := map[string]bool{}
		initialNames(r.Alts, nullable, set)
		var names []string
		for n := range set {
			if c.rules[n] != nil {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		graph[r.Name] = names
	}
	for _, scc := range stronglyConnected(c.g.Rules, graph) {
		if len(scc) == 1 {
			name := scc[0]
			if !slices.Contains(graph[name], name) {
				continue
			}
			r := c.rules[name]
			r.LeftRecursive, r.Leader = true, true
			c.analysis.LeftRecursive = append(c.analysis.LeftRecursive, scc)
			continue
		}
		inSCC := map[string]bool{}
		for _, n := range scc {
			inSCC[n] = true
			c.rules[n].LeftRecursive = true
		}
		leaders := map[string]bool{}
		for _, n := range scc {
			leaders[n] = true
		}
		for _, start := range scc {
			for _, cycle := range findCycles(graph, inSCC, start) {
				onCycle := map[string]bool{}
				for _, n := range cycle {
					onCycle[n] = true
				}
				for n := range leaders {
					if !onCycle[n] {
						delete(leaders, n)
					}
				}
			}
		}
		if len(leaders) == 0 {
			c.errorf(c.rules[scc[0]].Pos, "left-recursive rules %s have no leader: no rule lies on every cycle, so seed growing cannot work; make one rule the entry of the recursion", strings.Join(scc, ", "))
			continue
		}
		var cands []string
		for n := range leaders {
			cands = append(cands, n)
		}
		sort.Strings(cands)
		leader := cands[0]
		c.rules[leader].Leader = true
		ordered := []string{leader}
		for _, n := range scc {
			if n != leader {
				ordered = append(ordered, n)
			}
		}
		c.analysis.LeftRecursive = append(c.analysis.LeftRecursive, ordered)
	}
}

// initialNames collects the names an alternative may call before it
// consumes anything: items up to and including the first that cannot match
// empty. A lookahead's contents are called at the initial position too.
func initialNames(alts []*gram.Alt, nullable map[string]bool, set map[string]bool) {
	for _, a := range alts {
		for _, ni := range a.Items {
			itemInitialNames(ni.Item, nullable, set)
			if !itemNullable(ni.Item, nullable) {
				break
			}
		}
	}
}

func itemInitialNames(it gram.Item, nullable map[string]bool, set map[string]bool) {
	switch x := it.(type) {
	case *gram.NameLeaf:
		set[x.Name] = true
	case *gram.Group:
		initialNames(x.Alts, nullable, set)
	case *gram.Opt:
		itemInitialNames(x.Item, nullable, set)
	case *gram.Repeat0:
		itemInitialNames(x.Item, nullable, set)
	case *gram.Repeat1:
		itemInitialNames(x.Item, nullable, set)
	case *gram.Gather:
		itemInitialNames(x.Elem, nullable, set)
	case *gram.Lookahead:
		itemInitialNames(x.Item, nullable, set)
	case *gram.Forced:
		itemInitialNames(x.Item, nullable, set)
	}
}

// stronglyConnected returns the strongly connected components of graph
// (Tarjan), each sorted, in the order of the rules.
func stronglyConnected(rules []*gram.Rule, graph map[string][]string) [][]string {
	index := map[string]int{}
	low := map[string]int{}
	onStack := map[string]bool{}
	var stack []string
	var out [][]string
	next := 0
	var connect func(v string)
	connect = func(v string) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range graph[v] {
			if _, seen := index[w]; !seen {
				connect(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var scc []string
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				scc = append(scc, w)
				if w == v {
					break
				}
			}
			sort.Strings(scc)
			out = append(out, scc)
		}
	}
	for _, r := range rules {
		if _, seen := index[r.Name]; !seen {
			connect(r.Name)
		}
	}
	return out
}

// findCycles lists the simple cycles through start that stay inside the
// component.
func findCycles(graph map[string][]string, inSCC map[string]bool, start string) [][]string {
	var out [][]string
	path := []string{start}
	onPath := map[string]bool{start: true}
	var walk func(v string)
	walk = func(v string) {
		for _, w := range graph[v] {
			if !inSCC[w] {
				continue
			}
			if w == start {
				out = append(out, slices.Clone(path))
				continue
			}
			if onPath[w] {
				continue
			}
			onPath[w] = true
			path = append(path, w)
			walk(w)
			path = path[:len(path)-1]
			onPath[w] = false
		}
	}
	walk(start)
	return out
}

// checkUnused warns about rules no entry rule can reach.
func (c *checker) checkUnused() {
	reached := map[string]bool{}
	var visitAlts func([]*gram.Alt)
	var visit func(gram.Item)
	visit = func(it gram.Item) {
		if n, ok := it.(*gram.NameLeaf); ok {
			if r := c.rules[n.Name]; r != nil && !reached[n.Name] {
				reached[n.Name] = true
				visitAlts(r.Alts)
			}
			return
		}
		eachChild(it, visit, visitAlts)
	}
	visitAlts = func(alts []*gram.Alt) {
		for _, a := range alts {
			for _, ni := range a.Items {
				visit(ni.Item)
			}
		}
	}
	for _, e := range c.analysis.Entries {
		visit(&gram.NameLeaf{Name: e})
	}
	for _, r := range c.g.Rules {
		if !reached[r.Name] {
			c.warnf(r.Pos, "rule %s is never used (entry rules: %s)", r.Name, strings.Join(c.analysis.Entries, ", "))
		}
	}
}

// checkUnreachable warns, on a best-effort basis, about an alternative that
// an earlier one of the same rule always pre-empts: the earlier one's items
// are a prefix of the later one's, or always succeed.
func (c *checker) checkUnreachable() {
	for _, r := range c.g.Rules {
		for j, later := range r.Alts {
			for i := 0; i < j; i++ {
				earlier := r.Alts[i]
				if gate(earlier) != "" && gate(earlier) != gate(later) {
					continue
				}
				if isPrefix(earlier.Items, later.Items) {
					c.warnf(later.Pos, "alternative %q can never match: the earlier alternative %q (line %d) matches a prefix of it first", later.String(), earlier.String(), earlier.Pos.Line)
					break
				}
				if alwaysSucceeds(earlier) {
					c.warnf(later.Pos, "alternative %q can never match: the earlier alternative %q (line %d) always succeeds", later.String(), earlier.String(), earlier.Pos.Line)
					break
				}
			}
		}
	}
}

// gate says when an alternative is tried: always (""), only in the error
// pass, or only with an extension enabled.
func gate(a *gram.Alt) string {
	g := a.Ext
	if ErrorPassOnly(a) {
		g += "/invalid"
	}
	return g
}

// ErrorPassOnly reports whether an alternative runs only in the second,
// error-reporting pass. As in pegen, that is an alternative made of a single
// item that calls an invalid_ rule (unnamed: `| invalid_block`).
func ErrorPassOnly(a *gram.Alt) bool {
	return len(a.Items) == 1 && strings.HasPrefix(a.Items[0].String(), "invalid_")
}

func isPrefix(short, long []*gram.NamedItem) bool {
	if len(short) > len(long) {
		return false
	}
	for i, ni := range short {
		if _, isCut := ni.Item.(*gram.Cut); isCut {
			return false
		}
		if ni.Item.String() != long[i].Item.String() {
			return false
		}
	}
	return true
}

func alwaysSucceeds(a *gram.Alt) bool {
	for _, ni := range a.Items {
		switch ni.Item.(type) {
		case *gram.Opt, *gram.Repeat0:
		default:
			return false
		}
	}
	return true
}

// firstPassInvalidCall returns an invalid_ rule that an alternative calls
// outside any error-pass-only alternative (so in the first pass), or "".
func firstPassInvalidCall(a *gram.Alt) string {
	if ErrorPassOnly(a) {
		return ""
	}
	found := ""
	var visit func(gram.Item)
	visitAlts := func(alts []*gram.Alt) {
		for _, a := range alts {
			if found == "" {
				found = firstPassInvalidCall(a)
			}
		}
	}
	visit = func(it gram.Item) {
		if n, ok := it.(*gram.NameLeaf); ok && strings.HasPrefix(n.Name, "invalid_") && found == "" {
			found = n.Name
		}
		eachChild(it, visit, visitAlts)
	}
	for _, ni := range a.Items {
		visit(ni.Item)
	}
	return found
}

// IsGoType reports whether s is a Go type expression: a (qualified) name,
// a pointer, slice, array, map, or an instantiated generic type.
func IsGoType(s string) bool {
	e, err := parser.ParseExpr(s)
	return err == nil && isTypeExpr(e)
}

func isTypeExpr(e goast.Expr) bool {
	switch x := e.(type) {
	case *goast.Ident:
		return true
	case *goast.SelectorExpr:
		_, ok := x.X.(*goast.Ident)
		return ok
	case *goast.StarExpr:
		return isTypeExpr(x.X)
	case *goast.ArrayType:
		return x.Len == nil && isTypeExpr(x.Elt)
	case *goast.MapType:
		return isTypeExpr(x.Key) && isTypeExpr(x.Value)
	case *goast.InterfaceType:
		return x.Methods == nil || len(x.Methods.List) == 0
	case *goast.IndexExpr:
		return isTypeExpr(x.X) && isTypeExpr(x.Index)
	case *goast.ParenExpr:
		return isTypeExpr(x.X)
	}
	return false
}

func (c *checker) suggestRule(name string) string {
	known := make([]string, 0, len(c.rules)+len(c.tokens.Names))
	for n := range c.rules {
		known = append(known, n)
	}
	known = append(known, c.tokens.Names...)
	return suggest(name, known)
}

// suggest returns "; did you mean X?" for the closest known name, if one is
// close enough to be a likely typo.
func suggest(name string, known []string) string {
	best, bestDist := "", 1<<30
	for _, k := range known {
		d := editDistance(strings.ToLower(name), strings.ToLower(k))
		if d < bestDist || d == bestDist && k < best {
			best, bestDist = k, d
		}
	}
	if best == "" || bestDist > max(2, len(name)/3) {
		return ""
	}
	return fmt.Sprintf("; did you mean %s?", best)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

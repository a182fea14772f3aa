package pegen

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// Interpreter runs a Program without generating code: the same rules, the
// same memoization and left-recursion growing, the same actions through
// the helpers' table, on the same runtime, so its results equal the
// generated parser's.
type Interpreter struct {
	prog    *Program
	actions []action // by Alt.ID
	// grow holds, by Rule.ID, the tokens that can continue a leader's
	// result (see GrowTokens); nil when growing must always go on.
	grow [][]int32
	// shared marks, by Alt.ID, the alternatives whose first item is a call
	// of a memoized rule that other alternatives of their rule start with
	// too (see FirstCalls): 1 + the index of that call's cache.
	shared []int
	// Tree makes parses ignore actions and return parse trees (*Tree).
	Tree bool
	// Trace, when set, receives a line for each rule attempt and outcome.
	Trace io.Writer

	idleMu sync.Mutex
	idle   []*IParser // parsers kept between parses (Acquire, Release)
}

type action func(p *IParser, mark int, vals []any) any

// NewInterpreter prepares prog to run with the given helpers. Every helper
// an action calls must be in the table. With a nil table the interpreter
// can only build parse trees (Tree is set).
func NewInterpreter(prog *Program, helpers map[string]peg.Helper) (*Interpreter, error) {
	in := &Interpreter{prog: prog}
	in.grow = make([][]int32, len(prog.Rules)+1)
	nalts := 0
	for _, r := range prog.Rules {
		for _, a := range r.Alts {
			nalts = max(nalts, a.ID+1)
		}
	}
	in.shared = make([]int, nalts)
	for _, r := range prog.Rules {
		if r.Leader {
			if kinds, ok := GrowTokens(prog, r); ok {
				in.grow[r.ID] = kinds
			}
		}
		for i, fr := range FirstCalls(r) {
			for _, a := range r.Alts {
				if FirstCall(a) == fr {
					in.shared[a.ID] = i + 1
				}
			}
		}
	}
	if helpers == nil {
		in.Tree = true
		return in, nil
	}
	for _, r := range prog.Rules {
		for _, a := range r.Alts {
			act, err := in.compileAlt(a, helpers)
			if err != nil {
				return nil, err
			}
			for len(in.actions) <= a.ID {
				in.actions = append(in.actions, nil)
			}
			in.actions[a.ID] = act
		}
	}
	return in, nil
}

// Program returns the program the interpreter runs.
func (in *Interpreter) Program() *Program { return in.prog }

func (in *Interpreter) compileAlt(a *Alt, helpers map[string]peg.Helper) (action, error) {
	index := map[string]int{}
	var values []int
	for i, it := range a.Items {
		if it.Name != "" {
			index[it.Name] = i
		}
		if it.HasValue() {
			values = append(values, i)
		}
	}
	if a.Action != nil {
		return compileExpr(a.Action, index, helpers)
	}
	switch len(values) {
	case 0:
		return func(*IParser, int, []any) any { return nil }, nil
	case 1:
		i := values[0]
		return func(_ *IParser, _ int, vals []any) any { return vals[i] }, nil
	}
	return func(_ *IParser, _ int, vals []any) any {
		out := make([]any, len(values))
		for j, i := range values {
			out[j] = vals[i]
		}
		return out
	}, nil
}

func compileExpr(e gram.ActExpr, index map[string]int, helpers map[string]peg.Helper) (action, error) {
	switch x := e.(type) {
	case *gram.IdentExpr:
		switch x.Name {
		case "EXTRA":
			return func(p *IParser, mark int, _ []any) any { return p.Span(mark) }, nil
		case "nil":
			return func(*IParser, int, []any) any { return nil }, nil
		case "true", "false":
			b := x.Name == "true"
			return func(*IParser, int, []any) any { return b }, nil
		}
		i, ok := index[x.Name]
		if !ok {
			return nil, fmt.Errorf("%s: action uses %s, which names no item", x.Pos, x.Name)
		}
		return func(_ *IParser, _ int, vals []any) any { return vals[i] }, nil
	case *gram.StringExpr:
		s := x.Value
		return func(*IParser, int, []any) any { return s }, nil
	case *gram.IntExpr:
		n := int(x.Value)
		return func(*IParser, int, []any) any { return n }, nil
	case *gram.CallExpr:
		h, ok := helpers[x.Name]
		if !ok {
			return nil, fmt.Errorf("%s: unknown helper %s", x.Pos, x.Name)
		}
		if len(h.Params) != len(x.Args) {
			return nil, fmt.Errorf("%s: helper %s takes %d arguments, the action passes %d", x.Pos, x.Name, len(h.Params), len(x.Args))
		}
		args := make([]action, len(x.Args))
		for i, arg := range x.Args {
			f, err := compileExpr(arg, index, helpers)
			if err != nil {
				return nil, err
			}
			args[i] = f
		}
		call, name := h.Call, x.Name
		return func(p *IParser, mark int, vals []any) any {
			// The arguments go on the parser's argument stack (a local
			// array would escape through the call); nested calls push
			// above them and pop before returning.
			base := len(p.args)
			for _, f := range args {
				v := f(p, mark, vals)
				p.args = append(p.args, v)
			}
			defer func() {
				if r := recover(); r != nil {
					if te, ok := r.(*peg.HelperTypeError); ok {
						panic(&pyerr.Error{Type: pyerr.GrammarError, Msg: fmt.Sprintf("helper %s: %v", name, te)})
					}
					panic(r)
				}
			}()
			v := call(&p.Parser, p.args[base:])
			clear(p.args[base:])
			p.args = p.args[:base]
			return v
		}, nil
	}
	return nil, fmt.Errorf("unexpected action expression %T", e)
}

// IParser is one parse run by an Interpreter.
type IParser struct {
	peg.Parser
	in    *Interpreter
	vals  []any
	args  []any // helper arguments being passed
	depth int
}

// NewParser returns a parser reading src with the named extensions on.
func (in *Interpreter) NewParser(src peg.TokenSource, exts ...string) (*IParser, error) {
	base := map[string]int32{}
	extKw := map[string]map[string]int32{}
	for kw, k := range in.prog.Keywords {
		base[kw] = k
	}
	for ext, kws := range in.prog.ExtKeywords {
		extKw[ext] = map[string]int32{}
		for _, kw := range kws {
			extKw[ext][kw] = base[kw]
			delete(base, kw)
		}
	}
	kw, bits, err := peg.EnableExtensions(base, in.prog.Exts, extKw, exts)
	if err != nil {
		return nil, err
	}
	p := &IParser{in: in}
	p.Reset(src, kw)
	p.Exts = bits
	return p, nil
}

// Acquire returns a parser reading src without extensions, reusing one
// given back by Release when there is one: the token and memo buffers of a
// parser, sized by the biggest source it has read, are what a parse
// allocates most. (A sync.Pool would drop them at every garbage
// collection, and a parse makes many.)
func (in *Interpreter) Acquire(src peg.TokenSource) (*IParser, error) {
	in.idleMu.Lock()
	if n := len(in.idle); n > 0 {
		p := in.idle[n-1]
		in.idle = in.idle[:n-1]
		in.idleMu.Unlock()
		p.Restart(src)
		return p, nil
	}
	in.idleMu.Unlock()
	return in.NewParser(src)
}

// Release gives a parser back for later parses once its results are no
// longer needed. The interpreter keeps a few (two per CPU), without their
// source and data; it drops the rest, and parsers with extensions on.
func (in *Interpreter) Release(p *IParser) {
	if p == nil || p.in != in || p.Exts != 0 {
		return
	}
	p.Restart(nil)
	p.Data = nil
	in.idleMu.Lock()
	defer in.idleMu.Unlock()
	if len(in.idle) < 2*runtime.GOMAXPROCS(0) {
		in.idle = append(in.idle, p)
	}
}

// Restart prepares p to parse src, with the same extensions, reusing its
// buffers: a caller parsing many sources keeps a few parsers.
func (p *IParser) Restart(src peg.TokenSource) {
	p.Reset(src, p.Keywords)
	clear(p.vals)
	clear(p.args)
	p.vals, p.args = p.vals[:0], p.args[:0]
	p.depth = 0
}

// Parse parses the whole input from the named entry rule (the first entry
// when empty), with the error pass after a failure.
func (p *IParser) Parse(entry string) peg.Outcome {
	if entry == "" {
		entry = p.in.prog.Analysis.Entries[0]
	}
	r := p.in.prog.ByName[entry]
	if r == nil || r.Synthetic() {
		return peg.Outcome{Err: &pyerr.Error{Type: pyerr.ValueError, Msg: "no rule " + entry}}
	}
	return p.TwoPass(func() (any, bool) { return p.rule(r) })
}

func (p *IParser) trace(format string, args ...any) {
	fmt.Fprintf(p.in.Trace, "%s%s\n", strings.Repeat("  ", p.depth), fmt.Sprintf(format, args...))
}

func (p *IParser) where() string {
	t := p.Peek()
	return fmt.Sprintf("%d:%d %q", t.Start.Line, t.Start.Col, t.Text)
}

// rule runs one rule at the current position.
func (p *IParser) rule(r *Rule) (any, bool) {
	tracing := p.in.Trace != nil && !r.Synthetic()
	if tracing {
		p.trace("%s? at %s", r.Name, p.where())
		p.depth++
	}
	p.Enter()
	prevInvalid := p.CallInvalidRules
	if r.NoInvalid {
		p.CallInvalidRules = false
	}
	var v any
	var ok bool
	switch {
	case r.Kind == KindLoop0 || r.Kind == KindLoop1:
		v, ok = p.loop(r)
	case r.Kind == KindGather:
		v, ok = p.gather(r)
	case r.Leader:
		v, ok = p.leader(r)
	case r.Memo && !r.LeftRecursive:
		mark := p.Pos
		if mv, hit, found := p.Memo(r.ID); found {
			v, ok = mv, hit
		} else {
			v, ok = p.alts(r)
			p.SetMemo(mark, r.ID, v, ok)
		}
	default:
		v, ok = p.alts(r)
	}
	p.CallInvalidRules = prevInvalid
	p.Level--
	if tracing {
		p.depth--
		if ok {
			p.trace("%s ok, up to %s", r.Name, p.where())
		} else {
			p.trace("%s failed", r.Name)
		}
	}
	return v, ok
}

// leader grows a left-recursive rule's result from a failing seed, as the
// generated code does.
func (p *IParser) leader(r *Rule) (any, bool) {
	mark := p.Pos
	if v, hit, found := p.Memo(r.ID); found {
		return v, hit
	}
	var res any
	ok, end := false, mark
	seed := p.SeedMemo(r.ID)
	for {
		p.Pos = mark
		p.Enter() // the generated leader calls a separate _raw rule function
		v, vok := p.alts(r)
		p.Level--
		if !vok || p.Pos <= end {
			break
		}
		res, ok, end = v, true, p.Pos
		p.GrowMemo(seed, v)
		if kinds := p.in.grow[r.ID]; kinds != nil && !slices.Contains(kinds, p.Peek().Kind) {
			break // no left-recursive alternative can go on from here
		}
	}
	p.Pos = end
	return res, ok
}

// alts tries a rule's alternatives in order.
func (p *IParser) alts(r *Rule) (any, bool) {
	mark := p.Pos
	var firsts [4]firstResult
	for _, a := range r.Alts {
		if a.ErrorPass && !p.CallInvalidRules || a.Ext != "" && p.Exts&(1<<a.ExtBit) == 0 {
			continue
		}
		var first *firstResult
		if i := p.in.shared[a.ID]; i > 0 && i <= len(firsts) {
			first = &firsts[i-1]
		}
		v, ok, cut := p.alt(a, mark, first)
		if ok {
			if v == peg.Rejected {
				// A helper refused the match: the rule fails.
				p.Pos = mark
				return nil, false
			}
			return p.result(r, v), true
		}
		p.Pos = mark
		if cut {
			break
		}
	}
	return nil, false
}

// result shapes an alternative's value for tree mode: a grammar rule
// becomes a node, a group passes its children up to be spliced.
func (p *IParser) result(r *Rule, v any) any {
	if !p.in.Tree || r.Kind != KindRule {
		return v
	}
	kids, _ := v.([]any)
	return &Tree{Rule: r.Name, Children: kids}
}

// firstResult keeps the result of a memoized rule that several
// alternatives start with, as the generated code does: state 0 when not
// called yet, 1 when it failed, 2 when it matched up to end.
type firstResult struct {
	state int
	val   any
	end   int
}

func (p *IParser) alt(a *Alt, mark int, first *firstResult) (v any, ok, cut bool) {
	base := len(p.vals)
	for i, it := range a.Items {
		if it.Kind == ItemCut {
			cut = true
			p.vals = append(p.vals, nil)
			continue
		}
		var val any
		var ok bool
		if i == 0 && first != nil {
			if first.state == 0 {
				first.state = 1
				if first.val, ok = p.item(it); ok {
					first.state, first.end = 2, p.Pos
				}
			}
			val, ok, p.Pos = first.val, first.state == 2, first.end
			if !ok {
				p.Pos = mark
			}
		} else {
			val, ok = p.item(it)
		}
		if !ok {
			p.vals = p.vals[:base]
			return nil, false, cut
		}
		p.vals = append(p.vals, val)
	}
	vals := p.vals[base:]
	if p.in.Tree {
		v = treeChildren(a, vals)
	} else {
		v = p.in.actions[a.ID](p, mark, vals)
	}
	p.vals = p.vals[:base]
	return v, true, cut
}

// treeChildren collects the children of a parse-tree node: tokens and rule
// nodes, with groups and repetitions spliced in.
func treeChildren(a *Alt, vals []any) []any {
	var kids []any
	for i, it := range a.Items {
		if it.HasValue() {
			kids = appendTree(kids, vals[i])
		}
	}
	if kids == nil {
		kids = []any{}
	}
	return kids
}

func appendTree(kids []any, v any) []any {
	switch x := v.(type) {
	case nil:
		return kids
	case []any:
		for _, y := range x {
			kids = appendTree(kids, y)
		}
		return kids
	}
	return append(kids, v)
}

// item matches one item; a lookahead or an absent optional item yields nil.
func (p *IParser) item(it *Item) (any, bool) {
	switch it.Kind {
	case ItemToken, ItemKeyword, ItemSoft:
		if it.Look != 0 {
			var match bool
			if it.Kind == ItemSoft {
				match = p.PeekSoft(it.Text)
			} else {
				match = p.Peek().Kind == it.Token
			}
			return nil, match == (it.Look > 0)
		}
		var t *peg.Token
		if it.Kind == ItemSoft {
			t = p.ExpectSoft(it.Text)
		} else {
			t = p.Expect(it.Token)
		}
		if t != nil {
			return t, true
		}
		switch {
		case it.Forced && it.Kind == ItemSoft:
			p.ExpectForcedSoft(it.Text)
		case it.Forced:
			p.ExpectForced(it.Token, ForcedText(it))
		}
		return nil, it.Opt
	}
	if it.Look != 0 {
		m := p.Pos
		_, ok := p.rule(it.Rule)
		p.Pos = m
		return nil, ok == (it.Look > 0)
	}
	v, ok := p.rule(it.Rule)
	if ok {
		return v, true
	}
	if it.Forced {
		p.RaiseForced(ForcedText(it))
	}
	return nil, it.Opt
}

func (p *IParser) loop(r *Rule) (any, bool) {
	mark := p.Pos
	var out []any
	for {
		m := p.Pos
		v, ok := p.item(r.Elem)
		if !ok || p.Pos == m {
			p.Pos = m
			break
		}
		out = p.appendElem(out, v)
	}
	if r.Kind == KindLoop1 && len(out) == 0 {
		p.Pos = mark
		return nil, false
	}
	return p.seq(out), true
}

func (p *IParser) gather(r *Rule) (any, bool) {
	v, ok := p.item(r.Elem)
	if !ok {
		return nil, false
	}
	out := p.appendElem(nil, v)
	for {
		m := p.Pos
		if _, ok := p.item(r.Sep); !ok {
			break
		}
		v, ok := p.item(r.Elem)
		if !ok {
			p.Pos = m
			break
		}
		out = p.appendElem(out, v)
	}
	return p.seq(out), true
}

func (p *IParser) appendElem(out []any, v any) []any {
	if p.in.Tree {
		return appendTree(out, v)
	}
	return append(out, v)
}

// seq is the value of a repetition: a []any (nil when empty, as the
// generated code's nil slice).
func (p *IParser) seq(out []any) any {
	if out == nil && p.in.Tree {
		return []any{}
	}
	return out
}

// Tree is a parse-tree node of tree mode: a rule and what it matched.
type Tree struct {
	Rule     string
	Children []any // *Tree or *peg.Token
}

// String renders the tree as a one-line S-expression, tokens as their
// source text: (expr (expr (term 1)) - (term 2)). Tokens without text
// (ENDMARKER, DEDENT) are left out; text with spaces or line breaks is
// quoted.
func (t *Tree) String() string {
	var b strings.Builder
	t.write(&b)
	return b.String()
}

func (t *Tree) write(b *strings.Builder) {
	b.WriteString("(" + t.Rule)
	for _, c := range t.Children {
		if tok, ok := c.(*peg.Token); ok && tok.Text == "" {
			continue
		}
		b.WriteByte(' ')
		switch x := c.(type) {
		case *Tree:
			x.write(b)
		case *peg.Token:
			if strings.ContainsAny(x.Text, " \t\n\r\f()") {
				b.WriteString(strconv.Quote(x.Text))
			} else {
				b.WriteString(x.Text)
			}
		default:
			fmt.Fprint(b, x)
		}
	}
	b.WriteByte(')')
}

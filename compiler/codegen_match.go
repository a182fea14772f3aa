package compiler

import (
	"slices"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// match statements, as compiler_match and the compiler_pattern_* helpers
// emit them (PEP 634). Each case matches against a copy of the subject
// (the last one against the subject itself). A pattern works on the
// subject on top of the stack and consumes it; on failure it jumps to one
// of the case's fail_pop labels, chosen by how many values it must pop on
// the way out: the items it keeps on top (onTop) plus the captured values
// stashed so far. The captures stay on the stack under the subject until
// the whole pattern has matched; then they are stored in the order
// captured. emitFailPop lays the labels out in a cascade of POP_TOPs:
//
//	fail_pop[n]: POP_TOP
//	...
//	fail_pop[1]: POP_TOP
//	fail_pop[0]: (the next case)

// matchContext is pattern_context (the checker's patternContext keeps only
// what its checks need).
type matchContext struct {
	stores           []string // the names captured, in order
	allowIrrefutable bool     // an irrefutable pattern is allowed here
	failPop          []Label  // failPop[n] pops n values, then fails
	onTop            int      // items on top of the subject to keep
}

// isWildcardStar is WILDCARD_STAR_CHECK: a bare *_.
func isWildcardStar(p ast.Pattern) bool {
	s, ok := p.(*ast.MatchStar)
	return ok && s.Name == ""
}

// ensureFailPop is ensure_fail_pop: labels for popping up to n values.
func (c *compiler) ensureFailPop(pc *matchContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop is jump_to_fail_pop: op to the label that pops what is on
// top and the captures.
func (c *compiler) jumpToFailPop(loc Loc, pc *matchContext, op bytecode.Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.addopJ(op, pc.failPop[pops], loc)
}

// emitFailPop is emit_and_reset_fail_pop.
func (c *compiler) emitFailPop(loc Loc, pc *matchContext) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useLabel(pc.failPop[i])
		c.addop(bytecode.POP_TOP, loc)
	}
	c.useLabel(pc.failPop[0])
	pc.failPop = nil
}

// rotate is pattern_helper_rotate: the top item moves count-1 places down.
func (c *compiler) rotate(loc Loc, count int) {
	for ; count > 1; count-- {
		c.addopI(bytecode.SWAP, count, loc)
	}
}

// storeName is pattern_helper_store_name: the value on top becomes a
// capture, moved under what must stay on top and the earlier captures.
func (c *compiler) storeName(loc Loc, name string, pc *matchContext) {
	if name == "" {
		c.addop(bytecode.POP_TOP, loc)
		return
	}
	if name == "__debug__" {
		c.raise(loc, "cannot assign to __debug__")
	}
	if slices.Contains(pc.stores, name) {
		c.raise(loc, "multiple assignments to name "+ast.ReprString(name)+" in pattern")
	}
	c.rotate(loc, pc.onTop+len(pc.stores)+1)
	pc.stores = append(pc.stores, name)
}

// patternUnpack is pattern_unpack_helper.
func (c *compiler) patternUnpack(loc Loc, elts []ast.Pattern) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.MatchStar); !ok {
			continue
		}
		if seenStar {
			c.raise(loc, "multiple starred expressions in sequence pattern")
		}
		if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
			c.raise(loc, "too many expressions in star-unpacking sequence pattern")
		}
		c.addopI(bytecode.UNPACK_EX, i+(n-i-1)<<8, loc)
		seenStar = true
	}
	if !seenStar {
		c.addopI(bytecode.UNPACK_SEQUENCE, n, loc)
	}
}

// sequenceUnpack is pattern_helper_sequence_unpack: the items as new
// subjects on the stack, matched first to last.
func (c *compiler) sequenceUnpack(loc Loc, patterns []ast.Pattern, pc *matchContext) {
	c.patternUnpack(loc, patterns)
	pc.onTop += len(patterns)
	for _, p := range patterns {
		pc.onTop--
		c.subpattern(p, pc)
	}
}

// sequenceSubscr is pattern_helper_sequence_subscr: with a *_ the items
// are read by index (from the end by len() - k after the star) instead of
// unpacked.
func (c *compiler) sequenceSubscr(loc Loc, patterns []ast.Pattern, star int, pc *matchContext) {
	pc.onTop++ // the subject stays, to index
	size := len(patterns)
	for i, p := range patterns {
		if isWildcard(p) || i == star {
			continue
		}
		c.addopI(bytecode.COPY, 1, loc)
		if i < star {
			c.loadConst(int64(i), loc)
		} else {
			// The subject may not support negative indexing.
			c.addop(bytecode.GET_LEN, loc)
			c.loadConst(int64(size-i), loc)
			c.binaryOp(loc, ast.Sub, false)
		}
		c.addop(bytecode.BINARY_SUBSCR, loc)
		c.subpattern(p, pc)
	}
	pc.onTop--
	c.addop(bytecode.POP_TOP, loc)
}

// subpattern is compiler_pattern_subpattern: irrefutable patterns are
// fine inside others.
func (c *compiler) subpattern(p ast.Pattern, pc *matchContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

// pattern is compiler_pattern.
func (c *compiler) pattern(p ast.Pattern, pc *matchContext) {
	switch p := p.(type) {
	case *ast.MatchValue:
		c.patternValue(p, pc)
	case *ast.MatchSingleton:
		loc := locOf(p)
		c.loadConst(p.Value, loc)
		c.addCompare(loc, ast.Is)
		c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	case *ast.MatchSequence:
		c.patternSequence(p, pc)
	case *ast.MatchMapping:
		c.patternMapping(p, pc)
	case *ast.MatchClass:
		c.patternClass(p, pc)
	case *ast.MatchStar:
		c.storeName(locOf(p), p.Name, pc)
	case *ast.MatchAs:
		c.patternAs(p, pc)
	case *ast.MatchOr:
		c.patternOr(p, pc)
	default:
		c.internal("invalid match pattern node in AST")
	}
}

// patternValue is compiler_pattern_value: subject == value.
func (c *compiler) patternValue(p *ast.MatchValue, pc *matchContext) {
	loc := locOf(p)
	switch p.Value.(type) {
	case *ast.Constant, *ast.Attribute:
	default:
		c.raise(loc, "patterns may only match literals and attribute lookups")
	}
	c.expr(p.Value)
	c.addCompare(loc, ast.Eq)
	c.addop(bytecode.TO_BOOL, loc)
	c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
}

// patternAs is compiler_pattern_as: a capture, alone (irrefutable) or of
// what a pattern matched.
func (c *compiler) patternAs(p *ast.MatchAs, pc *matchContext) {
	loc := locOf(p)
	if p.Pattern == nil {
		if !pc.allowIrrefutable {
			if p.Name != "" {
				c.raise(loc, "name capture "+ast.ReprString(p.Name)+" makes remaining patterns unreachable")
			}
			c.raise(loc, "wildcard makes remaining patterns unreachable")
		}
		c.storeName(loc, p.Name, pc)
		return
	}
	// A copy to store if the pattern matches.
	pc.onTop++
	c.addopI(bytecode.COPY, 1, loc)
	c.pattern(p.Pattern, pc)
	pc.onTop--
	c.storeName(loc, p.Name, pc)
}

// patternSequence is compiler_pattern_sequence.
func (c *compiler) patternSequence(p *ast.MatchSequence, pc *matchContext) {
	loc := locOf(p)
	patterns := p.Patterns
	size := len(patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, sp := range patterns {
		if _, ok := sp.(*ast.MatchStar); ok {
			if star >= 0 {
				c.raise(loc, "multiple starred names in sequence pattern")
			}
			starWildcard = isWildcardStar(sp)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sp)
	}
	// The subject stays on top through the type and length checks.
	pc.onTop++
	c.addop(bytecode.MATCH_SEQUENCE, loc)
	c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	if star < 0 {
		c.addop(bytecode.GET_LEN, loc)
		c.loadConst(int64(size), loc)
		c.addCompare(loc, ast.Eq)
		c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	} else if size > 1 {
		c.addop(bytecode.GET_LEN, loc)
		c.loadConst(int64(size-1), loc)
		c.addCompare(loc, ast.GtE)
		c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		// [], [_], [_, *_], ...: nothing more to look at.
		c.addop(bytecode.POP_TOP, loc)
	case starWildcard:
		c.sequenceSubscr(loc, patterns, star, pc)
	default:
		c.sequenceUnpack(loc, patterns, pc)
	}
}

// patternMapping is compiler_pattern_mapping.
func (c *compiler) patternMapping(p *ast.MatchMapping, pc *matchContext) {
	loc := locOf(p)
	keys, patterns := p.Keys, p.Patterns
	size := len(keys)
	if size != len(patterns) {
		c.raise(loc, "keys ("+itoa(size)+") / patterns ("+itoa(len(patterns))+") length mismatch in mapping pattern")
	}
	// The subject stays on top through the type and length checks.
	pc.onTop++
	c.addop(bytecode.MATCH_MAPPING, loc)
	c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		// {}: done; pop the subject.
		pc.onTop--
		c.addop(bytecode.POP_TOP, loc)
		return
	}
	if size > 0 {
		c.addop(bytecode.GET_LEN, loc)
		c.loadConst(int64(size), loc)
		c.addCompare(loc, ast.GtE)
		c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	}
	var seen []any
	for i, key := range keys {
		if key == nil {
			c.raise(locOf(patterns[i]), "can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
		}
		switch k := key.(type) {
		case *ast.Constant:
			for _, s := range seen {
				if constEqual(s, k.Value) {
					c.raise(loc, "mapping pattern checks duplicate key ("+ast.Repr(k.Value)+")")
				}
			}
			seen = append(seen, k.Value)
		case *ast.Attribute:
		default:
			c.raise(loc, "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	c.addopI(bytecode.BUILD_TUPLE, size, loc)
	c.addop(bytecode.MATCH_KEYS, loc)
	// A tuple of keys and one of values (or None) over the subject.
	pc.onTop += 2
	c.addopI(bytecode.COPY, 1, loc)
	c.loadConst(ast.None, loc)
	c.addopI(bytecode.IS_OP, 1, loc)
	c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	c.addopI(bytecode.UNPACK_SEQUENCE, size, loc)
	pc.onTop += size - 1
	for _, sp := range patterns {
		pc.onTop--
		c.subpattern(sp, pc)
	}
	// A match: what follows consumes the keys and the subject.
	pc.onTop -= 2
	if p.Rest != "" {
		// rest = dict(subject); del rest[key] for each key
		c.addopI(bytecode.BUILD_MAP, 0, loc)          // [subject, keys, empty]
		c.addopI(bytecode.SWAP, 3, loc)               // [empty, keys, subject]
		c.addopI(bytecode.DICT_UPDATE, 2, loc)        // [copy, keys]
		c.addopI(bytecode.UNPACK_SEQUENCE, size, loc) // [copy, keys...]
		for n := size; n > 0; n-- {
			c.addopI(bytecode.COPY, 1+n, loc) // [copy, keys..., copy]
			c.addopI(bytecode.SWAP, 2, loc)   // [copy, keys..., copy, key]
			c.addop(bytecode.DELETE_SUBSCR, loc)
		}
		c.storeName(loc, p.Rest, pc)
	} else {
		c.addop(bytecode.POP_TOP, loc) // the keys
		c.addop(bytecode.POP_TOP, loc) // the subject
	}
}

// patternClass is compiler_pattern_class: MATCH_CLASS leaves a tuple of
// the positional and keyword attributes (or None), unpacked and matched
// in order.
func (c *compiler) patternClass(p *ast.MatchClass, pc *matchContext) {
	loc := locOf(p)
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.raise(loc, "kwd_attrs ("+itoa(nattrs)+") / kwd_patterns ("+itoa(len(p.KwdPatterns))+") length mismatch in class pattern")
	}
	for i, attr := range p.KwdAttrs {
		if attr == "__debug__" {
			c.raise(locOf(p.KwdPatterns[i]), "cannot assign to __debug__")
		}
		for j := i + 1; j < nattrs; j++ {
			if p.KwdAttrs[j] == attr {
				c.raise(locOf(p.KwdPatterns[j]), "attribute name repeated in class pattern: "+attr)
			}
		}
	}
	c.expr(p.Cls)
	names := make(bytecode.Tuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names, loc)
	c.addopI(bytecode.MATCH_CLASS, nargs, loc)
	c.addopI(bytecode.COPY, 1, loc)
	c.loadConst(ast.None, loc)
	c.addopI(bytecode.IS_OP, 1, loc)
	pc.onTop++
	c.jumpToFailPop(loc, pc, bytecode.POP_JUMP_IF_FALSE)
	c.addopI(bytecode.UNPACK_SEQUENCE, nargs+nattrs, loc)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sp ast.Pattern
		if i < nargs {
			sp = p.Patterns[i]
		} else {
			sp = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sp) {
			c.addop(bytecode.POP_TOP, loc)
			continue
		}
		c.subpattern(sp, pc)
	}
}

// patternOr is compiler_pattern_or: each alternative on a copy of the
// subject, with its own fail_pop labels; all must capture the same names,
// and an alternative that captures them in another order rotates its
// captures into the first one's order.
func (c *compiler) patternOr(p *ast.MatchOr, pc *matchContext) {
	loc := locOf(p)
	end := c.newLabel()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		altLoc := locOf(alt)
		pc.stores = nil
		// An irrefutable alternative must be last, if allowed at all.
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.addopI(bytecode.COPY, 1, altLoc)
		c.pattern(alt, pc)
		n := len(pc.stores)
		switch {
		case i == 0:
			control = pc.stores
		case n != len(control):
			c.raise(loc, "alternative patterns bind different names")
		case n > 0:
			for ic := n - 1; ic >= 0; ic-- {
				is := slices.Index(pc.stores, control[ic])
				if is < 0 {
					c.raise(loc, "alternative patterns bind different names")
				}
				if ic == is {
					continue
				}
				// Move stores[:is+1] to just before position ic-is,
				// on the stack as on the list.
				rot := is + 1
				rotated := slices.Clone(pc.stores[:rot])
				rest := slices.Clone(pc.stores[rot:])
				at := ic - is
				pc.stores = slices.Concat(rest[:at], rotated, rest[at:])
				for ; rot > 0; rot-- {
					c.rotate(altLoc, ic+1)
				}
			}
		}
		c.addopJ(bytecode.JUMP, end, altLoc)
		c.emitFailPop(altLoc, pc)
	}
	*pc = old
	// No alternative matched: pop the subject's copy and fail.
	c.addop(bytecode.POP_TOP, loc)
	c.jumpToFailPop(loc, pc, bytecode.JUMP)

	c.useLabel(end)
	// Rotate each capture past the other captures, the subject's copy,
	// what is on top and the earlier captures, to its place.
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(loc, nrots)
		if slices.Contains(pc.stores, name) {
			c.raise(loc, "multiple assignments to name "+ast.ReprString(name)+" in pattern")
		}
		pc.stores = append(pc.stores, name)
	}
	c.addop(bytecode.POP_TOP, loc) // the subject's copy
}

// match is compiler_match.
func (c *compiler) match(s *ast.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	pc := &matchContext{}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		ploc := locOf(m.Pattern)
		// Only the last case matches against the subject itself.
		if i != cases-hasDefault-1 {
			c.addopI(bytecode.COPY, 1, ploc)
		}
		pc.stores = nil
		// Irrefutable cases must be guarded, last, or both.
		pc.allowIrrefutable = m.Guard != nil || i == cases-1
		pc.failPop = nil
		pc.onTop = 0
		c.pattern(m.Pattern, pc)
		// A match: store the captures, which are on the stack.
		for _, name := range pc.stores {
			c.nameop(ploc, name, ast.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(ploc, m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.addop(bytecode.POP_TOP, ploc) // the subject
		}
		c.stmts(m.Body)
		c.addopJ(bytecode.JUMP, end, NoLoc)
		// A failed pattern's cleanup has the pattern's line, not the
		// body's last.
		c.emitFailPop(ploc, pc)
	}
	if hasDefault == 1 {
		// A trailing case _ needs no copy of the subject.
		m := last
		ploc := locOf(m.Pattern)
		if cases == 1 {
			c.addop(bytecode.POP_TOP, ploc)
		} else {
			c.addop(bytecode.NOP, ploc) // for the line's coverage
		}
		if m.Guard != nil {
			c.jumpIf(ploc, m.Guard, end, false)
		}
		c.stmts(m.Body)
	}
	c.useLabel(end)
}

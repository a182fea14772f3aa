package compiler

import (
	"math/big"
	"slices"

	"github.com/peglab/peglab/ast"
)

// Match statements, checked as compiler_match and compiler_pattern compile
// them.

// patternContext is the part of compile.c's pattern_context the checks
// need: the names the pattern binds so far, and whether an irrefutable
// pattern is allowed here.
type patternContext struct {
	stores           []string
	allowIrrefutable bool
}

// match is compiler_match_inner: the subject, then each case's pattern,
// guard and body. Only the last case may be irrefutable (unless guarded);
// a final wildcard case is the default.
func (c *checker) match(s *ast.Match) {
	c.expr(s.Subject)
	n := len(s.Cases)
	if n == 0 {
		return
	}
	hasDefault := isWildcard(s.Cases[n-1].Pattern) && n > 1
	for i, m := range s.Cases[:n-boolInt(hasDefault)] {
		pc := &patternContext{allowIrrefutable: m.Guard != nil || i == n-1}
		c.pattern(m.Pattern, pc)
		c.expr(m.Guard)
		c.stmts(m.Body)
	}
	if hasDefault {
		m := s.Cases[n-1]
		c.expr(m.Guard)
		c.stmts(m.Body)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isWildcard is WILDCARD_CHECK: a bare _.
func isWildcard(p ast.Pattern) bool {
	as, ok := p.(*ast.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

// pattern is compiler_pattern.
func (c *checker) pattern(p ast.Pattern, pc *patternContext) {
	switch p := p.(type) {
	case *ast.MatchValue:
		// compiler_pattern_value: after the AST optimizer's folding only
		// a constant or an attribute lookup is left; an f-string is not
		// folded.
		if _, ok := constantKey(p.Value); !ok {
			if _, ok := p.Value.(*ast.Attribute); !ok {
				c.errorAt(p, "patterns may only match literals and attribute lookups")
			}
		}
		c.expr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		star := false
		for _, sub := range p.Patterns {
			if _, ok := sub.(*ast.MatchStar); ok {
				if star {
					c.errorAt(p, "multiple starred names in sequence pattern")
				}
				star = true
			}
		}
		for _, sub := range p.Patterns {
			c.subpattern(sub, pc)
		}
	case *ast.MatchMapping:
		c.mappingPattern(p, pc)
	case *ast.MatchClass:
		c.classPattern(p, pc)
	case *ast.MatchStar:
		c.storeName(p, p.Name, pc)
	case *ast.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.errorAt(p, "name capture %s makes remaining patterns unreachable", ast.ReprString(p.Name))
				}
				c.errorAt(p, "wildcard makes remaining patterns unreachable")
			}
			c.storeName(p, p.Name, pc)
			return
		}
		c.pattern(p.Pattern, pc)
		c.storeName(p, p.Name, pc)
	case *ast.MatchOr:
		c.orPattern(p, pc)
	case nil:
	default:
		c.children(p)
	}
}

// subpattern is compiler_pattern_subpattern: inside a sequence, mapping or
// class pattern an irrefutable pattern is fine.
func (c *checker) subpattern(p ast.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

// storeName is pattern_helper_store_name.
func (c *checker) storeName(at ast.Positioned, name string, pc *patternContext) {
	if name == "" {
		return
	}
	c.forbidden(at, name, ast.Store)
	if slices.Contains(pc.stores, name) {
		c.errorAt(at, "multiple assignments to name %s in pattern", ast.ReprString(name))
	}
	pc.stores = append(pc.stores, name)
}

// orPattern is compiler_pattern_or: every alternative must bind the same
// names; only the last may be irrefutable.
func (c *checker) orPattern(p *ast.MatchOr, pc *patternContext) {
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		apc := &patternContext{allowIrrefutable: i == len(p.Patterns)-1 && old.allowIrrefutable}
		c.pattern(alt, apc)
		if i == 0 {
			control = apc.stores
			continue
		}
		if len(apc.stores) != len(control) {
			c.errorAt(p, "alternative patterns bind different names")
		}
		for _, name := range control {
			if !slices.Contains(apc.stores, name) {
				c.errorAt(p, "alternative patterns bind different names")
			}
		}
	}
	pc.stores = old.stores
	for _, name := range control {
		if slices.Contains(pc.stores, name) {
			c.errorAt(p, "multiple assignments to name %s in pattern", ast.ReprString(name))
		}
		pc.stores = append(pc.stores, name)
	}
}

// mappingPattern is compiler_pattern_mapping: the keys (literals without
// duplicates, or attribute lookups), then the values, then **rest.
func (c *checker) mappingPattern(p *ast.MatchMapping, pc *patternContext) {
	var seen []any
	for _, key := range p.Keys {
		if v, ok := constantKey(key); ok {
			for _, s := range seen {
				if pyEqual(s, v) {
					c.errorAt(p, "mapping pattern checks duplicate key (%s)", ast.Repr(v))
				}
			}
			seen = append(seen, v)
		} else if _, ok := key.(*ast.Attribute); !ok {
			c.errorAt(p, "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	for _, sub := range p.Patterns {
		c.subpattern(sub, pc)
	}
	c.storeName(p, p.Rest, pc)
}

// classPattern is compiler_pattern_class: the keyword names (no
// __debug__, no name twice, errors at their patterns), the class, then
// the sub-patterns.
func (c *checker) classPattern(p *ast.MatchClass, pc *patternContext) {
	for i, attr := range p.KwdAttrs {
		if i >= len(p.KwdPatterns) {
			break
		}
		c.forbidden(p.KwdPatterns[i], attr, ast.Store)
		for j := i + 1; j < len(p.KwdAttrs) && j < len(p.KwdPatterns); j++ {
			if p.KwdAttrs[j] == attr {
				c.errorAt(p.KwdPatterns[j], "attribute name repeated in class pattern: %s", attr)
			}
		}
	}
	c.expr(p.Cls)
	for _, sub := range p.Patterns {
		c.subpattern(sub, pc)
	}
	for _, sub := range p.KwdPatterns {
		c.subpattern(sub, pc)
	}
}

// constantKey is the value of a mapping pattern key that is a constant
// once CPython's AST optimizer has folded it: a literal, a negated number,
// or a complex literal (1+2j).
func constantKey(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		return e.Value, true
	case *ast.UnaryOp:
		if e.Op != ast.USub {
			return nil, false
		}
		v, ok := constantKey(e.Operand)
		if !ok {
			return nil, false
		}
		return negate(v)
	case *ast.BinOp:
		l, ok1 := constantKey(e.Left)
		r, ok2 := constantKey(e.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		rc, ok := r.(complex128)
		if !ok {
			return nil, false
		}
		lc, ok := toComplex(l)
		if !ok {
			return nil, false
		}
		switch e.Op {
		case ast.Add:
			return lc + rc, true
		case ast.Sub:
			return lc - rc, true
		}
	}
	return nil, false
}

func negate(v any) (any, bool) {
	switch v := v.(type) {
	case int64:
		if v == -1<<63 {
			return new(big.Int).Neg(big.NewInt(v)), true
		}
		return -v, true
	case *big.Int:
		return new(big.Int).Neg(v), true
	case float64:
		return -v, true
	case complex128:
		return -v, true
	}
	return nil, false
}

func toComplex(v any) (complex128, bool) {
	switch v := v.(type) {
	case int64:
		return complex(float64(v), 0), true
	case float64:
		return complex(v, 0), true
	case complex128:
		return v, true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		return complex(f, 0), true
	}
	return 0, false
}

// pyEqual is Python's == between constant keys, as a set compares them:
// numbers by value across int, float, complex and bool; str and bytes
// each among themselves; None with None.
func pyEqual(a, b any) bool {
	an, aNum := number(a)
	bn, bNum := number(b)
	if aNum || bNum {
		if !aNum || !bNum {
			return false
		}
		return an.eq(bn)
	}
	switch a := a.(type) {
	case string:
		s, ok := b.(string)
		return ok && s == a
	case ast.Bytes:
		s, ok := b.(ast.Bytes)
		return ok && s == a
	}
	return a == b
}

// num is a Python number for comparisons: an exact integer when it is
// one, else a complex value.
type num struct {
	i *big.Int // set for int and bool
	c complex128
}

func number(v any) (num, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return num{i: big.NewInt(1)}, true
		}
		return num{i: big.NewInt(0)}, true
	case int64:
		return num{i: big.NewInt(v)}, true
	case *big.Int:
		return num{i: v}, true
	case float64:
		return num{c: complex(v, 0)}, true
	case complex128:
		return num{c: v}, true
	}
	return num{}, false
}

func (a num) eq(b num) bool {
	if a.i != nil && b.i != nil {
		return a.i.Cmp(b.i) == 0
	}
	if a.i != nil {
		a, b = b, a
	}
	if b.i != nil {
		// A float or complex against an integer: equal only when the
		// float is that integer exactly.
		if imag(a.c) != 0 {
			return false
		}
		f := new(big.Float).SetFloat64(real(a.c))
		if !f.IsInt() {
			return false
		}
		i, _ := f.Int(nil)
		return i.Cmp(b.i) == 0
	}
	return a.c == b.c
}

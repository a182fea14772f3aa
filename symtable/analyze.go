package symtable

import (
	"slices"
	"strings"

	"github.com/peglab/peglab/pyerr"
)

// The second pass (symtable_analyze in symtable.c): each block decides the
// scope of its names from what it records and from the names its
// enclosing blocks bind, then hands its children the names they can see.
// The children report back the names they use freely; a function that
// binds such a name makes it a cell.
//
// The sets below are those of analyze_block: bound holds the names bound
// in enclosing functions (nil for the module), global the names declared
// global on the way down, free the names children use freely (an output),
// typeParams the type parameters in scope; classEntry is the class an
// annotation scope can see.

func (b *builder) analyze(top *Table) {
	b.size = (len(b.in.names) + 63) / 64
	free, global, typeParams := b.newSet(), b.newSet(), b.newSet()
	b.analyzeBlock(top, nil, free, global, typeParams, nil)
	b.release(free, global, typeParams)
}

// getSet returns a set of the module's size from the pool (which may
// hold sets of earlier, smaller modules), its contents undefined.
func (b *builder) getSet() nameSet {
	for n := len(b.pool); n > 0; n = len(b.pool) {
		s := b.pool[n-1]
		b.pool = b.pool[:n-1]
		if cap(s) >= b.size {
			return s[:b.size]
		}
	}
	return make(nameSet, b.size, max(b.size, 4))
}

func (b *builder) newSet() nameSet {
	s := b.getSet()
	clear(s)
	return s
}

func (b *builder) copySet(s nameSet) nameSet {
	t := b.getSet()
	copy(t, s)
	return t
}

func (b *builder) release(sets ...nameSet) {
	for _, s := range sets {
		b.pool = append(b.pool, s)
	}
}

func (b *builder) analyzeBlock(ste *Table, bound, free, global, typeParams nameSet, classEntry *Table) {
	local := b.newSet()
	newGlobal, newFree, newBound, inlinedCells := b.newSet(), b.newSet(), b.newSet(), b.newSet()
	ste.bs.scopes = slices.Grow(ste.bs.scopes[:0], len(ste.bs.syms)+4)[:len(ste.bs.syms)]
	clear(ste.bs.scopes)

	// A class's own names are not visible in its methods: what they see
	// is fixed before the class's names are looked at.
	if ste.Type == ClassBlock {
		newGlobal.or(global)
		if bound != nil {
			newBound.or(bound)
		}
	}
	for i := range ste.bs.syms {
		b.analyzeName(ste, i, bound, local, free, global, typeParams, classEntry)
	}
	if ste.Type != ClassBlock {
		if ste.IsFunctionLike() {
			newBound.or(local)
		}
		if bound != nil {
			newBound.or(bound)
		}
		newGlobal.or(global)
	} else {
		newBound.add(idClass)
		newBound.add(idClassdict)
	}

	inlined := false
	for _, c := range ste.Children {
		var childClass *Table
		if c.CanSeeClassScope {
			if ste.Type == ClassBlock {
				childClass = ste
			} else {
				childClass = classEntry
			}
		}
		// PEP 709: list, set and dict comprehensions run inline, except
		// in annotation scopes of classes.
		inline := c.Comprehension != NoComprehension && !c.Generator && !ste.CanSeeClassScope
		childFree := b.analyzeChild(c, newBound, newFree, newGlobal, typeParams, childClass)
		if inline {
			b.inlineComprehension(ste, c, childFree, inlinedCells)
			c.CompInlined = true
			inlined = true
		}
		newFree.or(childFree)
		b.release(childFree)
		if c.Free || c.ChildFree {
			ste.ChildFree = true
		}
	}
	if inlined {
		ste.Children = spliceInlined(ste.Children)
	}

	if ste.IsFunctionLike() {
		analyzeCells(ste, newFree, inlinedCells)
	} else if ste.Type == ClassBlock {
		if newFree.discard(idClass) {
			ste.NeedsClassClosure = true
		}
		if newFree.discard(idClassdict) {
			ste.NeedsClassdict = true
		}
	}
	updateSymbols(ste, bound, newFree, inlinedCells, ste.Type == ClassBlock || ste.CanSeeClassScope)
	free.or(newFree)
	b.release(local, newGlobal, newFree, newBound, inlinedCells)
}

// analyzeChild analyses a child with copies of the sets, so that what it
// learns stays in its subtree; it returns the child's free set.
func (b *builder) analyzeChild(c *Table, bound, free, global, typeParams nameSet, classEntry *Table) nameSet {
	tb, tf, tg, tt := b.copySet(bound), b.copySet(free), b.copySet(global), b.copySet(typeParams)
	b.analyzeBlock(c, tb, tf, tg, tt, classEntry)
	b.release(tb, tg, tt)
	return tf
}

// analyzeName decides the scope of ste.bs.syms[i] (analyze_name).
func (b *builder) analyzeName(ste *Table, i int, bound, local, free, global, typeParams nameSet, classEntry *Table) {
	name := ste.bs.syms[i].name
	flags := Flags(ste.bs.syms[i].flags)
	set := func(s Scope) { ste.bs.scopes[i] = s }
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			b.errorAtDirective(ste, name, "name '%s' is nonlocal and global")
		}
		set(GlobalExplicit)
		global.add(name)
		if bound != nil {
			bound.discard(name)
		}
		return
	}
	if flags&DefNonlocal != 0 {
		switch {
		case bound == nil:
			b.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level")
		case !bound.has(name):
			b.errorAtDirective(ste, name, "no binding for nonlocal '%s' found")
		case typeParams.has(name):
			b.errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '%s'")
		}
		set(Free)
		ste.Free = true
		free.add(name)
		return
	}
	if flags&DefBound != 0 {
		set(Local)
		local.add(name)
		global.discard(name)
		if flags&DefTypeParam != 0 {
			typeParams.add(name)
		} else {
			typeParams.discard(name)
		}
		return
	}
	// An annotation scope in a class sees the class's names first: a name
	// the class binds (or declares global) is looked up in the class
	// namespace and the globals, not in an enclosing function.
	if classEntry != nil {
		cf := Flags(classEntry.bs.flagsOf(name))
		if cf&DefGlobal != 0 {
			set(GlobalExplicit)
			return
		}
		if cf&DefBound != 0 && cf&DefNonlocal == 0 {
			set(GlobalImplicit)
			return
		}
	}
	if bound != nil && bound.has(name) {
		set(Free)
		ste.Free = true
		free.add(name)
		return
	}
	if global.has(name) {
		set(GlobalImplicit)
		return
	}
	if ste.Nested {
		ste.Free = true
	}
	set(GlobalImplicit)
}

// errorAtDirective raises msg (with the name for %s) at the global or
// nonlocal statement that declared name in ste.
func (b *builder) errorAtDirective(ste *Table, name nameID, msg string) {
	for _, d := range ste.bs.directives {
		if d.name == name {
			if strings.Contains(msg, "%s") {
				b.syntaxError(d.at, msg, b.in.names[name])
			}
			b.syntaxError(d.at, "%s", msg)
		}
	}
	panic(&pyerr.Error{Type: pyerr.RuntimeError, Msg: "BUG: internal directive bookkeeping broken"})
}

// inlineComprehension merges an analysed comprehension's symbols into the
// block it runs in (inline_comprehension).
func (b *builder) inlineComprehension(ste, comp *Table, compFree, inlinedCells nameSet) {
	removeClass := false
	for _, s := range comp.bs.syms {
		if Flags(s.flags)&DefParam != 0 {
			continue // .0
		}
		k := s.name
		scope := Scope(s.flags >> scopeOffset & 15)
		only := s.flags & (1<<scopeOffset - 1)
		if scope == Cell || Flags(only)&DefCompCell != 0 {
			inlinedCells.add(k)
		}
		j := ste.bs.find(k)
		// __class__ is never free through a class scope.
		if scope == Free && ste.Type == ClassBlock && k == idClass {
			scope = GlobalImplicit
			compFree.discard(k)
			removeClass = true
		}
		if j < 0 {
			ste.bs.insert(k, only)
			ste.bs.scopes = append(ste.bs.scopes, scope)
		} else if Flags(ste.bs.syms[j].flags)&DefBound != 0 && ste.Type != ClassBlock {
			// A name the comprehension used freely but this block binds
			// is simply local now, unless a block inside the
			// comprehension needs it as a cell.
			if !isFreeInAnyChild(comp, k) {
				compFree.discard(k)
			}
		}
	}
	if removeClass {
		comp.bs.remove(idClass)
	}
}

func isFreeInAnyChild(t *Table, name nameID) bool {
	for _, c := range t.Children {
		if Scope(c.bs.flagsOf(name)>>scopeOffset&15) == Free {
			return true
		}
	}
	return false
}

// remove deletes a symbol, keeping the order of the others.
func (s *blockState) remove(name nameID) {
	i := s.find(name)
	if i < 0 {
		return
	}
	s.syms = append(s.syms[:i], s.syms[i+1:]...)
	if len(s.index) > 0 {
		clear(s.index)
		for j := range s.syms {
			s.indexAdd(s.syms[j].name, int32(j+1))
		}
	}
}

// spliceInlined replaces each inlined comprehension by its children.
func spliceInlined(children []*Table) []*Table {
	out := make([]*Table, 0, len(children))
	for _, c := range children {
		if c.CompInlined {
			out = append(out, c.Children...)
		} else {
			out = append(out, c)
		}
	}
	return out
}

// analyzeCells makes cells of the locals that children use freely
// (analyze_cells).
func analyzeCells(ste *Table, free, inlinedCells nameSet) {
	for i, sc := range ste.bs.scopes {
		if sc != Local {
			continue
		}
		name := ste.bs.syms[i].name
		if !free.has(name) && !inlinedCells.has(name) {
			continue
		}
		ste.bs.scopes[i] = Cell
		free.discard(name)
	}
}

// updateSymbols stores the scopes in the symbols and adds the names that
// children use freely and that must pass through this block
// (update_symbols).
func updateSymbols(ste *Table, bound, free, inlinedCells nameSet, classFlag bool) {
	for i := range ste.bs.syms {
		s := &ste.bs.syms[i]
		if inlinedCells.has(s.name) {
			s.flags |= uint32(DefCompCell)
		}
		s.flags |= uint32(ste.bs.scopes[i]) << scopeOffset
	}
	free.each(func(name nameID) {
		if j := ste.bs.find(name); j >= 0 {
			// A method's free variable that the class also binds or uses.
			if classFlag {
				ste.bs.syms[j].flags |= uint32(DefFreeClass)
			}
			return
		}
		if bound != nil && !bound.has(name) {
			return // a global
		}
		ste.bs.insert(name, uint32(Free)<<scopeOffset)
	})
}

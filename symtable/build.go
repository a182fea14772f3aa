package symtable

import (
	"fmt"
	"sync"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
)

// SymbolTable is the result of Build: every block of a module, and the
// way back from AST nodes to their blocks (CPython's struct symtable).
type SymbolTable struct {
	// Top is the module's block, named "top".
	Top *Table
	// Filename is the name errors were reported under.
	Filename string
	// Future holds the features the module's __future__ imports enable,
	// and where the last such import is.
	Future Future

	blocks []*Table // every block, in creation order
	byKey  map[blockKey]*Table
}

// blockKey identifies the AST node a block was made for. A generic def,
// class or alias makes two blocks (type parameters, then its own), and a
// type parameter up to two (bound or constraints, and default), so the
// node alone is not enough: part tells them apart.
type blockKey struct {
	node ast.Node
	part uint8
}

const (
	partOwn        = iota // the node's own block
	partTypeParams        // the type parameters block of a generic
	partDefault           // the default of a type parameter
	partNone              // blocks nobody looks up (future annotations)
)

// Lookup returns the block made for n: the module's for the Module node,
// a def's, class's, lambda's or comprehension's own block, a type alias's
// value block, or a type parameter's bound (or constraints) block. It
// returns nil for nodes that make no block.
func (st *SymbolTable) Lookup(n ast.Node) *Table { return st.lookup(blockKey{n, partOwn}) }

// LookupTypeParams returns the type parameters block of a generic def,
// class or type alias statement, or nil.
func (st *SymbolTable) LookupTypeParams(n ast.Stmt) *Table {
	return st.lookup(blockKey{n, partTypeParams})
}

// LookupDefault returns the block of a type parameter's default, or nil.
func (st *SymbolTable) LookupDefault(tp ast.TypeParam) *Table {
	return st.lookup(blockKey{tp, partDefault})
}

func (st *SymbolTable) lookup(k blockKey) *Table {
	if st.byKey == nil {
		st.byKey = make(map[blockKey]*Table, len(st.blocks))
		for _, t := range st.blocks {
			if t.key.part != partNone {
				st.byKey[t.key] = t
			}
		}
	}
	return st.byKey[k]
}

// Options adjust Build.
type Options struct {
	// Source is the program's text. CPython fills the text of the errors
	// this pass raises by reading the line back from the file named
	// filename; give Source when filename names the file it came from, and
	// leave it nil for "<stdin>" and "<string>", whose errors carry no text.
	Source []byte
	// Features are future features in force before the module's own
	// imports, as compile()'s flags set them.
	Features Feature
}

// Build runs both passes over mod (a Module, Interactive or Expression)
// and returns its symbol table, or the SyntaxError CPython's symtable.c
// (or future.c, which runs first) would raise. filename is used in errors
// only.
func Build(mod ast.Mod, filename string, opts *Options) (st *SymbolTable, err *pyerr.Error) {
	if opts == nil {
		opts = &Options{}
	}
	b := builders.Get().(*builder)
	b.reset(filename, opts.Source)
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*pyerr.Error)
			if !ok {
				panic(r)
			}
			st, err = nil, e
		}
		b.reset("", nil)
		builders.Put(b)
	}()
	fut := b.future(mod)
	fut.Features |= opts.Features
	b.features = fut.Features
	st = &SymbolTable{Filename: filename, Future: fut}
	b.st = st

	b.enterBlock(idTop(&b.in), ModuleBlock, blockKey{mod, partOwn}, loc{})
	st.Top = b.cur
	switch m := mod.(type) {
	case *ast.Module:
		b.visitStmts(m.Body)
	case *ast.Interactive:
		b.visitStmts(m.Body)
	case *ast.Expression:
		b.visitExpr(m.Body)
	default:
		panic(&pyerr.Error{Type: pyerr.RuntimeError, Msg: fmt.Sprintf("this compiler does not handle %s", className(mod))})
	}
	b.exitBlock()
	b.analyze(st.Top)
	b.finish()
	return st, nil
}

func idTop(in *interner) nameID { return in.intern("top") }

func className(n ast.Node) string {
	if n == nil {
		return "nothing"
	}
	if n.Class().Name == "FunctionType" {
		return "FunctionTypes"
	}
	return n.Class().Name
}

// builders keeps builders between runs: their interner's map, their sets
// and their stack keep their capacity, so that building the tables of many
// modules allocates little besides the tables.
var builders = sync.Pool{New: func() any {
	b := &builder{}
	b.in.init()
	return b
}}

// reset prepares b for a new module, or (with no filename) drops what
// the last one referenced.
func (b *builder) reset(filename string, src []byte) {
	b.in.reset()
	b.st, b.filename, b.src, b.features = nil, filename, src, 0
	clear(b.stack)
	b.stack, b.cur, b.global, b.private = b.stack[:0], nil, nil, noPrivate
	b.slab, b.slabs = nil, 0
	b.depth = recursionStart
	for _, s := range b.states[:b.nstates] {
		s.mangled = nil
	}
	b.nstates = 0
}

// newTableSlot returns a zero Table, allocated with others in slabs.
func (b *builder) newTableSlot() *Table {
	if len(b.slab) == 0 {
		// Slabs grow 4, 8, 16, 32, then stay at 64 tables (the shift is
		// bounded: a module with thousands of functions makes hundreds).
		b.slab = make([]Table, 4<<min(b.slabs, 4))
		b.slabs++
	}
	t := &b.slab[0]
	b.slab = b.slab[1:]
	return t
}

// builder holds the state of both passes (CPython's struct symtable).
type builder struct {
	slab     []Table // tables to hand out
	slabs    int     // slabs made for this module: each is larger
	in       interner
	st       *SymbolTable
	filename string
	src      []byte
	features Feature

	stack   []*Table
	cur     *Table
	global  *Table // the module's block (st_global)
	private nameID // the class whose names are mangled, or noPrivate

	depth int // nesting of visits, as CPython's recursion_depth

	states  []*blockState // reused from module to module
	nstates int           // how many this module uses

	pool [][]uint64 // analysis sets, reused
	size int        // words per analysis set
}

// loc is a source extent as CPython's _Py_SourceLocation: 1-based lines,
// 0-based UTF-8 byte columns.
type loc struct{ line, col, endLine, endCol int }

func locOf(n ast.Positioned) loc {
	p := n.Position()
	return loc{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset}
}

// directive records where a global or nonlocal statement (or a walrus
// acting as one) named a name, for errors found later by the analysis.
type directive struct {
	name nameID
	at   loc
}

// sym is a symbol as the passes keep it: a name and its flags, with the
// scope stored above the flags once analysed (CPython's layout).
type sym struct {
	name  nameID
	flags uint32
}

// syntaxError raises a SyntaxError at at, as CPython's
// PyErr_RangedSyntaxLocationObject does: offsets are the byte columns plus
// one, and the text is the line read back from the source.
func (b *builder) syntaxError(at loc, format string, args ...any) {
	panic(b.newError(at, true, format, args...))
}

func (b *builder) newError(at loc, ranged bool, format string, args ...any) *pyerr.Error {
	e := &pyerr.Error{
		Type:     pyerr.SyntaxError,
		Msg:      fmt.Sprintf(format, args...),
		Filename: b.filename,
		Line:     at.line,
		Offset:   at.col + 1,
		EndLine:  at.line,
	}
	if ranged {
		e.EndLine, e.EndOffset = at.endLine, at.endCol+1
	}
	e.Text = pyerr.SourceLine(b.src, at.line)
	return e
}

// newTable makes a block the way ste_new does.
func (b *builder) newTable(name nameID, typ BlockType, key blockKey, at loc) *Table {
	t := b.newTableSlot()
	*t = Table{
		bs:   b.newState(),
		Type: typ, Name: b.in.names[name], key: key, Node: key.node,
		Lineno: at.line, ColOffset: at.col, EndLineno: at.endLine, EndColOffset: at.endCol,
	}
	if b.cur != nil && (b.cur.Nested || b.cur.IsFunctionLike()) {
		t.Nested = true
	}
	return t
}

// enterBlock is symtable_enter_block.
func (b *builder) enterBlock(name nameID, typ BlockType, key blockKey, at loc) {
	t := b.newTable(name, typ, key, at)
	b.st.blocks = append(b.st.blocks, t)
	prev := b.cur
	b.stack = append(b.stack, t)
	if prev != nil {
		// bpo-37757: no walrus anywhere in a comprehension's outermost
		// iterable, even inside nested blocks.
		t.bs.compIterExpr = prev.bs.compIterExpr
		if prev.bs.mangled != nil && typ != ClassBlock {
			t.bs.mangled = prev.bs.mangled
		}
	}
	b.cur = t
	// Annotation blocks (future annotations) are dropped: they bind
	// nothing and are never analysed.
	if typ == AnnotationBlock {
		return
	}
	if typ == ModuleBlock {
		b.global = t
	}
	if prev != nil {
		prev.Children = append(prev.Children, t)
	}
}

// exitBlock is symtable_exit_block.
func (b *builder) exitBlock() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

// blockState is what the passes keep for a block besides its Table. The
// builder reuses these from module to module, with their slices' capacity.
type blockState struct {
	syms       []sym   // insertion order, as CPython's dict
	index      []int32 // open addressing over syms by name id, once syms is long
	varnames   []nameID
	directives []directive
	mangled    *growSet // ste_mangled_names, shared with child blocks
	scopes     []Scope  // the scope analyze gives each of syms

	compIterExpr int  // ste_comp_iter_expr
	compIterTgt  bool // ste_comp_iter_target
}

// newState returns a blank blockState for the next block.
func (b *builder) newState() *blockState {
	if b.nstates == len(b.states) {
		b.states = append(b.states, &blockState{})
	}
	s := b.states[b.nstates]
	b.nstates++
	*s = blockState{
		syms: s.syms[:0], index: s.index[:0], varnames: s.varnames[:0],
		directives: s.directives[:0], scopes: s.scopes[:0],
	}
	return s
}

// find returns the index of name's symbol, or -1.
func (s *blockState) find(name nameID) int {
	if len(s.index) == 0 {
		for i := range s.syms {
			if s.syms[i].name == name {
				return i
			}
		}
		return -1
	}
	mask := uint32(len(s.index) - 1)
	for h := hashName(name) & mask; ; h = (h + 1) & mask {
		j := s.index[h]
		if j == 0 {
			return -1
		}
		if s.syms[j-1].name == name {
			return int(j - 1)
		}
	}
}

// flagsOf is _PyST_GetSymbol: name's raw value in t, 0 if absent.
func (s *blockState) flagsOf(name nameID) uint32 {
	if i := s.find(name); i >= 0 {
		return s.syms[i].flags
	}
	return 0
}

const linearSyms = 8 // blocks with more symbols get a hash index

func hashName(id nameID) uint32 { return uint32(id) * 0x9E3779B1 >> 7 }

// insert appends a new symbol; the caller knows name is not in t.
func (s *blockState) insert(name nameID, flags uint32) {
	s.syms = append(s.syms, sym{name, flags})
	n := len(s.syms)
	switch {
	case n <= linearSyms:
		return
	case 2*n > len(s.index):
		size := 32
		for size < 4*n {
			size <<= 1
		}
		if cap(s.index) >= size {
			s.index = s.index[:size]
			clear(s.index)
		} else {
			s.index = make([]int32, size)
		}
		for i := range s.syms {
			s.indexAdd(s.syms[i].name, int32(i+1))
		}
	default:
		s.indexAdd(name, int32(n))
	}
}

func (s *blockState) indexAdd(name nameID, j int32) {
	mask := uint32(len(s.index) - 1)
	h := hashName(name) & mask
	for s.index[h] != 0 {
		h = (h + 1) & mask
	}
	s.index[h] = j
}

// maybeMangle is _Py_MaybeMangle: in a generic class's type parameters
// block (and the blocks inside it), only the type parameters are mangled.
func (b *builder) maybeMangle(t *Table, name nameID) nameID {
	if t.bs.mangled != nil && !t.bs.mangled.has(name) {
		return name
	}
	return b.in.mangle(b.private, name)
}

// lookup is symtable_lookup_entry: the raw flags of name in t.
func (b *builder) lookup(t *Table, name nameID) uint32 {
	return t.bs.flagsOf(b.maybeMangle(b.cur, name))
}

// addDef records flag for name in the current block (symtable_add_def).
func (b *builder) addDef(name nameID, flag Flags, at loc) {
	if flag&DefTypeParam != 0 && b.cur.bs.mangled != nil {
		b.cur.bs.mangled.add(name)
	}
	b.addDefIn(b.cur, name, flag, at)
}

// addDefIn is symtable_add_def_helper: it records flag for name in t,
// raising the errors that depend on what t already knows of the name.
func (b *builder) addDefIn(t *Table, name nameID, flag Flags, at loc) {
	mangled := b.maybeMangle(b.cur, name)
	val := uint32(flag)
	i := t.bs.find(mangled)
	if i >= 0 {
		old := t.bs.syms[i].flags
		if flag&DefParam != 0 && old&uint32(DefParam) != 0 {
			b.syntaxError(at, "duplicate argument '%s' in function definition", b.in.names[name])
		}
		if flag&DefTypeParam != 0 && old&uint32(DefTypeParam) != 0 {
			b.syntaxError(at, "duplicate type parameter '%s'", b.in.names[name])
		}
		val |= old
	}
	if t.bs.compIterTgt {
		// An iteration variable of a comprehension: it may not have been
		// made global or nonlocal by a walrus in an earlier loop.
		if val&uint32(DefGlobal|DefNonlocal) != 0 {
			b.syntaxError(at, "comprehension inner loop cannot rebind assignment expression target '%s'", b.in.names[name])
		}
		val |= uint32(DefCompIter)
	}
	if i >= 0 {
		t.bs.syms[i].flags = val
	} else {
		t.bs.insert(mangled, val)
	}
	if flag&DefParam != 0 {
		t.bs.varnames = append(t.bs.varnames, mangled)
	} else if flag&DefGlobal != 0 {
		g := b.global
		if j := g.bs.find(mangled); j >= 0 {
			g.bs.syms[j].flags |= uint32(flag)
		} else {
			g.bs.insert(mangled, uint32(flag))
		}
	}
}

// recordDirective is symtable_record_directive.
func (b *builder) recordDirective(name nameID, at loc) {
	b.cur.bs.directives = append(b.cur.bs.directives, directive{b.maybeMangle(b.cur, name), at})
}

// intern returns the id of an identifier from the tree.
func (b *builder) intern(s string) nameID { return b.in.intern(s) }

// finish turns the passes' state into the public fields: sorted symbols
// with their scopes, and the varnames' strings.
func (b *builder) finish() {
	total := 0
	for _, t := range b.st.blocks {
		if t.Type != AnnotationBlock {
			total += len(t.bs.syms)
		}
	}
	slab := make([]Symbol, 0, total)
	names := b.in.names
	var mangled map[*growSet][]string
	for _, t := range b.st.blocks {
		if t.Type == AnnotationBlock {
			t.bs = nil
			continue
		}
		start := len(slab)
		for i, s := range t.bs.syms {
			slab = append(slab, Symbol{
				Name:  names[s.name],
				Flags: Flags(s.flags & (1<<scopeOffset - 1)),
				Scope: Scope(s.flags >> scopeOffset & 15),
				Order: int32(i),
			})
		}
		t.Symbols = slab[start:len(slab):len(slab)]
		sortSymbols(t.Symbols)
		if g := t.bs.mangled; g != nil {
			list, ok := mangled[g]
			if !ok {
				list = []string{}
				g.s.each(func(id nameID) { list = append(list, names[id]) })
				if mangled == nil {
					mangled = make(map[*growSet][]string)
				}
				mangled[g] = list
			}
			t.mangledNames = list
		}
		if len(t.bs.varnames) > 0 {
			t.Varnames = make([]string, len(t.bs.varnames))
			for i, v := range t.bs.varnames {
				t.Varnames[i] = names[v]
			}
		}
		t.bs = nil
	}
}

// sortSymbols sorts by name; an insertion sort for the many small blocks.
func sortSymbols(s []Symbol) {
	if len(s) > 12 {
		sortSymbolsLarge(s)
		return
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Name < s[j-1].Name; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

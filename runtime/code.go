package runtime

import (
	"math/big"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// Code is a code object as the VM runs it: the bytecode.Code it came from
// (which dis shows, never changed) and the quickened form made once, when
// the code object is loaded.
type Code struct {
	Header
	co        *bytecode.Code
	instrs    []instr
	gcache    []globalCache
	acache    []attrCache
	units     []int32 // instruction index → code unit of the instruction
	consts    []Value
	names     []*Str
	lpNames   []*Str
	kinds     []bytecode.LocalKind
	nlp       int // len(localsplus)
	argcount  int
	posonly   int
	kwonly    int
	flags     bytecode.CodeFlags
	nTotalArg int // argcount + kwonly + varargs + varkw
	excTable  []excEntry
	positions []position // by code unit, decoded on first traceback
	name      *Str
	qualname  *Str
	filename  string
	frameSize int  // nlp + stacksize
	simple    bool // no *args/**kwargs/kw-only/cells/free: the exact-args fast path
	exactArgs int  // argcount when simple (and not a generator), else -1: CALL_PY_EXACT_ARGS's test
}

// instr is one quickened instruction: EXTENDED_ARG folded into arg, the
// inline caches dropped, jump args turned into absolute instruction indices.
type instr struct {
	op    uint8
	_     uint8
	cache uint16 // the instruction's inline cache slot (LOAD_GLOBAL)
	arg   uint32
}

// globalCache is LOAD_GLOBAL's inline cache: where the name was found,
// valid while neither dict gains or loses a key.
type globalCache struct {
	g, b      *Dict
	name      *Str
	gkv, bkv  uint64
	idx       int
	inGlobals bool
}

func loadGlobalSlow(c *globalCache, g, b *Dict, name *Str) (Value, bool) {
	if ix := g.indexOf(name); ix >= 0 {
		*c = globalCache{g, b, name, g.keysVersion, b.keysVersion, ix, true}
		return g.entries[ix].val, true
	}
	if ix := b.indexOf(name); ix >= 0 {
		*c = globalCache{g, b, name, g.keysVersion, b.keysVersion, ix, false}
		return b.entries[ix].val, true
	}
	return Null, false
}

type excEntry struct {
	start, end, target int // instruction indices; end exclusive
	depth              int
	lasti              bool
}

type position struct {
	line, endLine, col, endCol int // -1: unknown
}

// NewCode converts a code object for the VM (recursively, its nested code
// constants too).
func NewCode(co *bytecode.Code) *Code {
	c := &Code{Header: Header{CodeType}, co: co}
	c.argcount = co.ArgCount
	c.posonly = co.PosOnlyArgCount
	c.kwonly = co.KwOnlyArgCount
	c.flags = co.Flags
	c.nTotalArg = co.ArgCount + co.KwOnlyArgCount
	if co.Flags&bytecode.CoVarArgs != 0 {
		c.nTotalArg++
	}
	if co.Flags&bytecode.CoVarKeywords != 0 {
		c.nTotalArg++
	}
	c.name = intern(co.Name)
	c.qualname = intern(co.QualName)
	c.filename = co.Filename
	c.lpNames = make([]*Str, len(co.LocalsPlusNames))
	for i, n := range co.LocalsPlusNames {
		c.lpNames[i] = intern(n)
	}
	c.kinds = co.LocalsPlusKinds
	c.nlp = len(co.LocalsPlusNames)
	c.frameSize = c.nlp + co.StackSize + 1
	c.names = make([]*Str, len(co.Names))
	for i, n := range co.Names {
		c.names[i] = intern(n)
	}
	c.consts = make([]Value, len(co.Consts))
	for i, k := range co.Consts {
		c.consts[i] = constValue(k)
	}
	c.simple = co.Flags&(bytecode.CoVarArgs|bytecode.CoVarKeywords) == 0 && co.KwOnlyArgCount == 0
	for _, k := range co.LocalsPlusKinds {
		if k&(bytecode.FastCell|bytecode.FastFree) != 0 {
			c.simple = false
		}
	}
	if co.Flags&(bytecode.CoGenerator|bytecode.CoCoroutine|bytecode.CoAsyncGenerator) != 0 {
		c.simple = false
	}
	// cells and free variables do not stop it: MAKE_CELL and
	// COPY_FREE_VARS run in the callee's own prologue
	c.exactArgs = -1
	if co.Flags&(bytecode.CoVarArgs|bytecode.CoVarKeywords|genFlags) == 0 && co.KwOnlyArgCount == 0 {
		c.exactArgs = c.argcount
	}
	c.quicken()
	return c
}

func constValue(k any) Value {
	switch x := k.(type) {
	case nil:
		return None
	case bool:
		return MakeBool(x)
	case int64:
		return MakeInt(x)
	case int:
		return MakeInt(int64(x))
	case *big.Int:
		return newBig(x)
	case float64:
		return MakeFloat(x)
	case complex128:
		return newComplex(x)
	case string:
		return obj(intern(x))
	case ast.Bytes:
		return obj(&Bytes{Header{BytesType}, []byte(x)})
	case []byte:
		return obj(&Bytes{Header{BytesType}, x})
	case bytecode.Tuple:
		items := make([]Value, len(x))
		for i, it := range x {
			items[i] = constValue(it)
		}
		return obj(newTuple(items))
	case bytecode.FrozenSet:
		s := newSet(FrozenSetType)
		for _, it := range x {
			s.add(constValue(it))
		}
		return obj(s)
	case *bytecode.Code:
		return obj(NewCode(x))
	}
	switch k {
	case ast.None:
		return None
	case ast.Ellipsis:
		return Ellipsis
	}
	return None
}

func (c *Code) quicken() {
	code := c.co.Bytecode
	nunits := len(code) / 2
	unit2idx := make([]int32, nunits+1)
	type pending struct {
		idx    int
		target int // code unit
	}
	var jumps []pending
	ext := uint32(0)
	for u := 0; u < nunits; {
		op := bytecode.Opcode(code[2*u])
		arg := ext | uint32(code[2*u+1])
		unit2idx[u] = int32(len(c.instrs))
		if op == bytecode.EXTENDED_ARG {
			ext = arg << 8
			u++
			continue
		}
		ext = 0
		idx := len(c.instrs)
		in := instr{op: uint8(op), arg: arg}
		if op == bytecode.LOAD_ATTR || op == bytecode.STORE_ATTR {
			in.cache = uint16(min(len(c.acache), 0xffff))
			if len(c.acache) <= 0xffff {
				c.acache = append(c.acache, attrCache{})
			}
		}
		if op == bytecode.LOAD_GLOBAL {
			// past 65535 LOAD_GLOBALs the last slot is shared (still correct: it revalidates)
			in.cache = uint16(min(len(c.gcache), 0xffff))
			if len(c.gcache) <= 0xffff {
				c.gcache = append(c.gcache, globalCache{})
			}
		}
		c.instrs = append(c.instrs, in)
		c.units = append(c.units, int32(u))
		ncache := op.Caches()
		next := u + 1 + ncache
		for k := u + 1; k < next && k < nunits; k++ {
			unit2idx[k] = int32(idx + 1)
		}
		if op.Has(bytecode.HasJump) {
			t := next + int(arg)
			if op.Has(bytecode.JumpBackward) {
				t = next - int(arg)
			}
			jumps = append(jumps, pending{idx, t})
		}
		u = next
	}
	unit2idx[nunits] = int32(len(c.instrs))
	// EXTENDED_ARG units map to the instruction they prefix
	for u := nunits - 1; u >= 0; u-- {
		if bytecode.Opcode(code[2*u]) == bytecode.EXTENDED_ARG {
			unit2idx[u] = unit2idx[u+1]
		}
	}
	for _, j := range jumps {
		t := j.target
		if t < 0 {
			t = 0
		}
		if t > nunits {
			t = nunits
		}
		c.instrs[j.idx].arg = uint32(unit2idx[t])
	}
	// exception table
	tab := c.co.ExceptionTable
	pos := 0
	readVarint := func() int {
		b := int(tab[pos])
		pos++
		v := b & 63
		for b&64 != 0 {
			b = int(tab[pos])
			pos++
			v = v<<6 | b&63
		}
		return v
	}
	for pos < len(tab) {
		start := readVarint()
		length := readVarint()
		target := readVarint()
		dl := readVarint()
		clip := func(u int) int {
			if u > nunits {
				u = nunits
			}
			return int(unit2idx[u])
		}
		c.excTable = append(c.excTable, excEntry{clip(start), clip(start + length), clip(target), dl >> 1, dl&1 != 0})
	}
}

// handler finds the exception table entry covering instruction pc.
func (c *Code) handler(pc int) *excEntry {
	for i := range c.excTable {
		e := &c.excTable[i]
		if pc >= e.start && pc < e.end {
			return e
		}
	}
	return nil
}

// position returns the source location of instruction pc.
func (c *Code) position(pc int) position {
	if c.positions == nil {
		c.positions = decodeLineTable(c.co.LineTable, c.co.FirstLineNo, len(c.co.Bytecode)/2)
	}
	if pc < 0 || pc >= len(c.units) {
		return position{-1, -1, -1, -1}
	}
	return c.positions[c.units[pc]]
}

// decodeLineTable expands co_linetable (3.11+ location table) to one
// position per code unit.
func decodeLineTable(tab []byte, first, nunits int) []position {
	out := make([]position, nunits)
	for i := range out {
		out[i] = position{-1, -1, -1, -1}
	}
	line := first
	pos, u := 0, 0
	varint := func() int {
		b := int(tab[pos])
		pos++
		v := b & 63
		shift := 6
		for b&64 != 0 {
			b = int(tab[pos])
			pos++
			v |= (b & 63) << shift
			shift += 6
		}
		return v
	}
	svarint := func() int {
		v := varint()
		if v&1 != 0 {
			return -(v >> 1)
		}
		return v >> 1
	}
	for pos < len(tab) {
		h := tab[pos]
		pos++
		code := int(h>>3) & 15
		n := int(h&7) + 1
		var p position
		switch {
		case code == 15:
			p = position{-1, -1, -1, -1}
		case code == 14:
			line += svarint()
			end := line + varint()
			col := varint() - 1
			endCol := varint() - 1
			p = position{line, end, col, endCol}
		case code == 13:
			line += svarint()
			p = position{line, line, -1, -1}
		case code >= 10:
			line += code - 10
			col := int(tab[pos])
			endCol := int(tab[pos+1])
			pos += 2
			p = position{line, line, col, endCol}
		default:
			b := int(tab[pos])
			pos++
			col := code*8 + (b >> 4)
			p = position{line, line, col, col + b&15}
		}
		for k := 0; k < n && u < nunits; k++ {
			out[u] = p
			u++
		}
	}
	return out
}

// attrCache is LOAD_ATTR's inline cache: for one type (at one typeVersion)
// what the type's side of PyObject_GenericGetAttr found, so only the
// instance dict is consulted per execution.
type attrCache struct {
	t      *Type
	ver    uint64
	descr  Value
	method bool // descr is a plain function or method descriptor: load it unbound
	plain  bool // no descriptor on the type: the instance dict decides
	inst   bool // instances are *Instance (else no dict, or another layout)
	// hint is the entry number the name had in the last instance dict
	// seen (LOAD_ATTR_WITH_HINT): instances of one class built by one
	// __init__ share their key order, so one pointer compare replaces the
	// hash probe
	hint int32
	// store: STORE_ATTR may write the instance dict directly (generic
	// __setattr__, no data descriptor on the type)
	store bool
	// negDict at negKV is the last instance dict known not to hold the
	// name (a method's receiver is often the same object call after call)
	negDict *Dict
	negKV   uint64
	// prop: descr is a property whose getter is a Python function taking
	// just self (LOAD_ATTR_PROPERTY: its frame is pushed in the loop)
	prop *Function
}

func (c *attrCache) fill(t *Type, name *Str) {
	hint := c.hint
	*c = attrCache{hint: hint}
	if !t.genericGA() {
		return
	}
	descr := t.lookup(name)
	c.t, c.ver, c.descr = t, typeVersion, descr
	c.inst = t.layout == layoutInstance
	if descr.p == nil {
		c.plain = c.inst
		return
	}
	dt := descr.Type()
	if dt == PropertyType {
		if g := (*Property)(descr.p).get; g.p != nil && g.p != intTag && g.p != floatTag && g.hdr().typ == FunctionType && g.fn().code.exactArgs == 1 {
			c.prop = g.fn()
		}
	}
	c.method = dt == FunctionType || dt == MethodDescrType
	if c.method && t.instDict && !c.inst {
		c.method = false // a dict this cache cannot reach
	}
}

func (c *attrCache) dictOf(o Value) *Dict {
	if c.inst {
		return o.inst().dict
	}
	return nil
}

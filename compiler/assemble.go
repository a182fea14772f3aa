package compiler

import (
	"github.com/peglab/peglab/compiler/bytecode"
)

// The back end's last half, after CPython 3.13's
// _PyCfg_OptimizedCfgToInstructionSequence (flowgraph.c) and
// Python/assemble.c: frame layout, pseudo-instructions, jump directions and
// offsets, then co_code, co_linetable and co_exceptiontable.

// assemble turns the instruction sequence codegen made for one code unit
// into its code object, as compile.c's optimize_and_assemble_code_unit:
// it builds the CFG, runs every pass of _PyCfg_OptimizeCodeUnit, lays the
// blocks out again and assembles them.
//
// seq's jumps and SETUP_* carry target labels; an instruction without an
// oparg has Arg 0. meta.Consts is the unit's constant list as codegen added
// them (index order; it is not modified); meta.ArgCount does not count the
// positional-only parameters (co_argcount is ArgCount+PosOnlyArgCount, as
// in _PyCompile_CodeUnitMetadata). flags is the unit's co_flags as
// compile.c's compute_code_flags makes them; the back end reads
// CO_VARARGS, CO_VARKEYWORDS (the number of parameters, for
// LOAD_FAST_CHECK) and the generator flags (RETURN_GENERATOR) from it and
// stores it unchanged. Nested code objects in meta.Consts are kept as
// they are. A malformed sequence is an error (SystemError or ValueError as
// CPython words it), never a panic.
func assemble(seq *InstrSeq, meta *UnitMeta, flags bytecode.CodeFlags, filename string) (*bytecode.Code, error) {
	if len(seq.Instrs) == 0 {
		return nil, sysErr("empty instruction sequence")
	}
	g, err := buildCFG(seq)
	if err != nil {
		return nil, err
	}
	g.consts = append(make([]any, 0, len(meta.Consts)+4), meta.Consts...)
	for i := range seq.Instrs {
		if hasConst(seq.Instrs[i].Op) && (seq.Instrs[i].Arg < 0 || int(seq.Instrs[i].Arg) >= len(g.consts)) {
			return nil, sysErr("constant index out of range")
		}
	}
	nlocals := len(meta.VarNames)
	nparams := meta.PosOnlyArgCount + meta.ArgCount + meta.KwOnlyArgCount
	if flags&bytecode.CoVarArgs != 0 {
		nparams++
	}
	if flags&bytecode.CoVarKeywords != 0 {
		nparams++
	}
	firstLineno := meta.FirstLineNo
	if err := g.optimizeCodeUnit(nlocals, nparams, firstLineno); err != nil {
		return nil, err
	}
	// _PyCfg_OptimizedCfgToInstructionSequence
	depth, err := g.stackDepth()
	if err != nil {
		return nil, err
	}
	// A unit's stack holds at least one item (its last instruction,
	// RETURN_CONST or a raise, keeps one as 3.13 counts it).
	depth = max(depth, 1)
	nlocalsplus, err := g.prepareLocalsplus(meta, flags)
	if err != nil {
		return nil, err
	}
	g.convertPseudoOps()
	if err := g.normalizeJumps(); err != nil {
		return nil, err
	}
	instrs, err := g.linearize()
	if err != nil {
		return nil, err
	}
	// _PyAssemble_MakeCodeObject
	resolveUnconditionalJumps(instrs)
	resolveJumpOffsets(instrs)
	co := &bytecode.Code{
		ArgCount:        meta.PosOnlyArgCount + meta.ArgCount,
		PosOnlyArgCount: meta.PosOnlyArgCount,
		KwOnlyArgCount:  meta.KwOnlyArgCount,
		Flags:           flags,
		StackSize:       depth,
		FirstLineNo:     firstLineno,
		Name:            meta.Name,
		QualName:        meta.QualName,
		Filename:        filename,
		Consts:          g.consts,
		Names:           append([]string(nil), meta.Names...),
	}
	if co.QualName == "" {
		co.QualName = meta.Name
	}
	co.Bytecode = emitCode(instrs)
	co.LineTable = emitLineTable(instrs, firstLineno)
	co.ExceptionTable = emitExceptionTable(instrs)
	co.LocalsPlusNames, co.LocalsPlusKinds = localsPlusInfo(meta, nlocalsplus)
	return co, nil
}

const generatorFlags = bytecode.CoGenerator | bytecode.CoCoroutine | bytecode.CoAsyncGenerator

// cellFixedOffsets maps each cell and free variable to its frame slot: a
// cell that is also a parameter lives in the parameter's slot.
func cellFixedOffsets(meta *UnitMeta) []int {
	nlocals := len(meta.VarNames)
	n := len(meta.CellVars) + len(meta.FreeVars)
	fixed := make([]int, n)
	for i := range fixed {
		fixed[i] = nlocals + i
	}
	for ci, name := range meta.CellVars {
		if vi := indexOf(meta.VarNames, name); vi >= 0 {
			fixed[ci] = vi
		}
	}
	return fixed
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

func insertInstr(b *block, pos int, in cfgInstr) {
	b.instrs = append(b.instrs, cfgInstr{})
	copy(b.instrs[pos+1:], b.instrs[pos:])
	b.instrs[pos] = in
}

// prepareLocalsplus inserts the prefix (RETURN_GENERATOR, POP_TOP for a
// generator; MAKE_CELL for each cell in slot order; COPY_FREE_VARS) and
// turns cell and free-variable indexes into frame slots. It returns the
// number of slots.
func (g *cfg) prepareLocalsplus(meta *UnitMeta, flags bytecode.CodeFlags) (int, error) {
	nlocals := len(meta.VarNames)
	ncells := len(meta.CellVars)
	nfrees := len(meta.FreeVars)
	fixed := cellFixedOffsets(meta)
	entry := g.entry
	if flags&generatorFlags != 0 {
		line := int32(meta.FirstLineNo)
		loc := Loc{line, line, -1, -1}
		insertInstr(entry, 0, cfgInstr{op: bytecode.RETURN_GENERATOR, loc: loc})
		insertInstr(entry, 1, cfgInstr{op: bytecode.POP_TOP, loc: loc})
	}
	if ncells > 0 {
		sorted := make([]int, ncells+nlocals)
		for i := 0; i < ncells; i++ {
			sorted[fixed[i]] = i + 1
		}
		used := 0
		for i := 0; used < ncells; i++ {
			old := sorted[i] - 1
			if old == -1 {
				continue
			}
			insertInstr(entry, used, cfgInstr{op: bytecode.MAKE_CELL, arg: int32(old), loc: NoLoc})
			used++
		}
	}
	if nfrees > 0 {
		insertInstr(entry, 0, cfgInstr{op: bytecode.COPY_FREE_VARS, arg: int32(nfrees), loc: NoLoc})
	}
	// fix_cell_offsets
	n := ncells + nfrees
	dropped := 0
	for i := 0; i < n; i++ {
		if fixed[i] == i+nlocals {
			fixed[i] -= dropped
		} else {
			dropped++
		}
	}
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch in.op {
			case bytecode.MAKE_CELL, bytecode.LOAD_CLOSURE, bytecode.LOAD_DEREF,
				bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_FROM_DICT_OR_DEREF:
				if in.arg < 0 || int(in.arg) >= n {
					return 0, sysErr("cell index out of range")
				}
				in.arg = int32(fixed[in.arg])
			}
		}
	}
	return nlocals + ncells + nfrees - dropped, nil
}

// convertPseudoOps: SETUP_* become NOPs, LOAD_CLOSURE LOAD_FAST,
// STORE_FAST_MAYBE_NULL STORE_FAST.
func (g *cfg) convertPseudoOps() {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op):
				setOp0(in, bytecode.NOP)
			case in.op == bytecode.LOAD_CLOSURE:
				in.op = bytecode.LOAD_FAST
			case in.op == bytecode.STORE_FAST_MAYBE_NULL:
				in.op = bytecode.STORE_FAST
			}
		}
	}
	g.removeRedundantNopsAndJumps()
}

// normalizeJumps: a conditional jump backward becomes the reversed jump
// forward over a new block holding an unconditional jump back.
func (g *cfg) normalizeJumps() error {
	for b := g.entry; b != nil; b = b.next {
		b.visited = false
	}
	for b := g.entry; b != nil; b = b.next {
		b.visited = true
		l := b.last()
		if l == nil || !isJump(l.op) || isUncondJump(l.op) {
			continue
		}
		if !l.target.visited {
			continue // forward
		}
		var rev bytecode.Opcode
		switch l.op {
		case bytecode.POP_JUMP_IF_NOT_NONE:
			rev = bytecode.POP_JUMP_IF_NONE
		case bytecode.POP_JUMP_IF_NONE:
			rev = bytecode.POP_JUMP_IF_NOT_NONE
		case bytecode.POP_JUMP_IF_FALSE:
			rev = bytecode.POP_JUMP_IF_TRUE
		case bytecode.POP_JUMP_IF_TRUE:
			rev = bytecode.POP_JUMP_IF_FALSE
		}
		if b.next == nil {
			return sysErr("malformed control flow graph.")
		}
		target := l.target
		bj := g.newBlock()
		bj.instrs = append(bj.instrs, cfgInstr{op: bytecode.JUMP, arg: target.label, loc: l.loc, target: target})
		l.op = rev
		l.target = b.next
		bj.cold = b.cold
		bj.next = b.next
		b.next = bj
	}
	return nil
}

// asmInstr is an instruction of the final sequence (instruction in
// assemble.c): target is the index of a jump's target instruction.
type asmInstr struct {
	op     bytecode.Opcode
	arg    int32
	loc    Loc
	target int32
	offset int32
	// handler is the index of the handler's first instruction, -1 for
	// none; depth and lasti are the handler's stack depth and whether it
	// pushes lasti.
	handler int32
	depth   int32
	lasti   bool
	hblock  *block
}

// linearize lays the blocks out in order (_PyCfg_ToInstructionSequence):
// jumps and handlers name the index of their block's first instruction.
func (g *cfg) linearize() ([]asmInstr, error) {
	n := 0
	for _, b := range g.blocks {
		b.index = -1
	}
	for b := g.entry; b != nil; b = b.next {
		b.index = int32(n)
		n += len(b.instrs)
	}
	out := make([]asmInstr, 0, n)
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if (in.op > 255 && in.op != bytecode.JUMP && in.op != bytecode.JUMP_NO_INTERRUPT) || !in.op.Valid() {
				return nil, sysErrf("opcode %d is no instruction of 3.13's bytecode", int(in.op))
			}
			a := asmInstr{op: in.op, arg: in.arg, loc: in.loc, handler: -1}
			if hasTarget(in.op) {
				t := in.target.index
				if t < 0 {
					return nil, sysErr("jump to a block not in the layout")
				}
				a.arg, a.target = t, t
			}
			if in.except != nil {
				h := in.except.index
				if h < 0 {
					return nil, sysErr("handler not in the layout")
				}
				a.handler = h
				a.hblock = in.except
				a.depth = int32(in.except.startDepth)
				a.lasti = in.except.preserveLasti
			}
			out = append(out, a)
		}
	}
	for i := range out {
		if (hasTarget(out[i].op) && int(out[i].target) >= len(out)) || int(out[i].handler) >= len(out) {
			return nil, sysErr("jump past the last instruction")
		}
	}
	return out, nil
}

// resolveUnconditionalJumps picks JUMP_FORWARD or JUMP_BACKWARD[_NO_INTERRUPT].
func resolveUnconditionalJumps(instrs []asmInstr) {
	for i := range instrs {
		in := &instrs[i]
		forward := in.arg > int32(i)
		switch in.op {
		case bytecode.JUMP:
			if forward {
				in.op = bytecode.JUMP_FORWARD
			} else {
				in.op = bytecode.JUMP_BACKWARD
			}
		case bytecode.JUMP_NO_INTERRUPT:
			if forward {
				in.op = bytecode.JUMP_FORWARD
			} else {
				in.op = bytecode.JUMP_BACKWARD_NO_INTERRUPT
			}
		}
	}
}

// instrSize is the instruction's size in code units: EXTENDED_ARGs, the
// instruction, its inline caches.
func instrSize(op bytecode.Opcode, arg int32) int32 {
	ext := int32(0)
	if uint32(arg) > 0xFFFFFF {
		ext = 3
	} else if uint32(arg) > 0xFFFF {
		ext = 2
	} else if uint32(arg) > 0xFF {
		ext = 1
	}
	return ext + 1 + int32(op.Caches())
}

// resolveJumpOffsets turns jump targets into relative offsets, resizing
// until no EXTENDED_ARG appears or disappears (the first sizing uses the
// target index as oparg, as assemble.c does).
func resolveJumpOffsets(instrs []asmInstr) {
	for {
		total := int32(0)
		for i := range instrs {
			instrs[i].offset = total
			total += instrSize(instrs[i].op, instrs[i].arg)
		}
		again := false
		offset := int32(0)
		for i := range instrs {
			in := &instrs[i]
			size := instrSize(in.op, in.arg)
			offset += size
			if isJump(in.op) {
				t := instrs[in.target].offset
				if t < offset {
					in.arg = offset - t
				} else {
					in.arg = t - offset
				}
				if instrSize(in.op, in.arg) != size {
					again = true
				}
			}
		}
		if !again {
			return
		}
	}
}

func emitCode(instrs []asmInstr) []byte {
	n := int32(0)
	for i := range instrs {
		n += instrSize(instrs[i].op, instrs[i].arg)
	}
	code := make([]byte, 0, 2*n)
	for i := range instrs {
		in := &instrs[i]
		arg := uint32(in.arg)
		caches := in.op.Caches()
		switch instrSize(in.op, in.arg) - int32(caches) {
		case 4:
			code = append(code, byte(bytecode.EXTENDED_ARG), byte(arg>>24))
			fallthrough
		case 3:
			code = append(code, byte(bytecode.EXTENDED_ARG), byte(arg>>16))
			fallthrough
		case 2:
			code = append(code, byte(bytecode.EXTENDED_ARG), byte(arg>>8))
			fallthrough
		default:
			code = append(code, byte(in.op), byte(arg))
		}
		for ; caches > 0; caches-- {
			code = append(code, byte(bytecode.CACHE), 0)
		}
	}
	return code
}

// The location table codes of 3.13 (PY_CODE_LOCATION_INFO_*).
const (
	locShort0   = 0
	locOneLine0 = 10
	locNoColumn = 13
	locLong     = 14
	locNone     = 15
)

type lineTableWriter struct {
	buf    []byte
	lineno int32
}

func (w *lineTableWriter) first(code, length int) {
	w.buf = append(w.buf, byte(0x80|code<<3|(length-1)))
}

func (w *lineTableWriter) varint(v uint32) {
	for v >= 64 {
		w.buf = append(w.buf, byte(64|v&63))
		v >>= 6
	}
	w.buf = append(w.buf, byte(v))
}

func (w *lineTableWriter) svarint(v int32) {
	if v < 0 {
		w.varint(uint32(-v)<<1 | 1)
	} else {
		w.varint(uint32(v) << 1)
	}
}

func (w *lineTableWriter) entry(loc Loc, size int) {
	if loc.Line < 0 {
		w.first(locNone, size)
		return
	}
	delta := loc.Line - w.lineno
	col, endCol := loc.Col, loc.EndCol
	if col < 0 || endCol < 0 {
		if loc.EndLine == loc.Line || loc.EndLine == -1 {
			w.first(locNoColumn, size)
			w.svarint(delta)
			w.lineno = loc.Line
			return
		}
	} else if loc.EndLine == loc.Line {
		if delta == 0 && col < 80 && endCol-col < 16 && endCol >= col {
			w.first(locShort0+int(col>>3), size)
			w.buf = append(w.buf, byte((col&7)<<4|(endCol-col)))
			return
		}
		if delta >= 0 && delta < 3 && col < 128 && endCol < 128 {
			w.first(locOneLine0+int(delta), size)
			w.buf = append(w.buf, byte(col), byte(endCol))
			w.lineno = loc.Line
			return
		}
	}
	w.first(locLong, size)
	w.svarint(delta)
	w.varint(uint32(loc.EndLine - loc.Line))
	w.varint(uint32(col + 1))
	w.varint(uint32(endCol + 1))
	w.lineno = loc.Line
}

func (w *lineTableWriter) location(loc Loc, size int) {
	for size > 8 {
		w.entry(loc, 8)
		size -= 8
	}
	if size > 0 {
		w.entry(loc, size)
	}
}

// emitLineTable writes co_linetable: one entry per run of code units with
// the same location, at most 8 units each.
func emitLineTable(instrs []asmInstr, firstLineno int) []byte {
	w := lineTableWriter{lineno: int32(firstLineno), buf: make([]byte, 0, len(instrs)*2)}
	loc := NoLoc
	size := 0
	for i := range instrs {
		in := &instrs[i]
		if in.loc != loc {
			w.location(loc, size)
			loc = in.loc
			size = 0
		}
		size += int(instrSize(in.op, in.arg))
	}
	w.location(loc, size)
	return w.buf
}

func appendExceptItem(buf []byte, v uint32, msb byte) []byte {
	const cont = 64
	if v >= 1<<24 {
		buf = append(buf, byte(v>>24)|cont|msb)
		msb = 0
	}
	if v >= 1<<18 {
		buf = append(buf, byte((v>>18)&0x3f)|cont|msb)
		msb = 0
	}
	if v >= 1<<12 {
		buf = append(buf, byte((v>>12)&0x3f)|cont|msb)
		msb = 0
	}
	if v >= 1<<6 {
		buf = append(buf, byte((v>>6)&0x3f)|cont|msb)
		msb = 0
	}
	return append(buf, byte(v&0x3f)|msb)
}

// emitExceptionTable writes co_exceptiontable: for each run of
// instructions under one handler, start, length, handler offset and
// depth<<1|lasti, as varints whose first has the high bit set.
func emitExceptionTable(instrs []asmInstr) []byte {
	var buf []byte
	var cur *asmInstr // the handler info of the current run (nil block: none)
	var curBlock *block
	start := int32(0)
	offset := int32(0)
	emit := func(end int32) {
		depth := cur.depth - 1
		if cur.lasti {
			depth--
		}
		dl := uint32(depth) << 1
		if cur.lasti {
			dl |= 1
		}
		buf = appendExceptItem(buf, uint32(start), 0x80)
		buf = appendExceptItem(buf, uint32(end-start), 0)
		buf = appendExceptItem(buf, uint32(instrs[cur.handler].offset), 0)
		buf = appendExceptItem(buf, dl, 0)
	}
	for i := range instrs {
		in := &instrs[i]
		if in.hblock != curBlock {
			if curBlock != nil {
				emit(offset)
			}
			start = offset
			cur, curBlock = in, in.hblock
		}
		offset += instrSize(in.op, in.arg)
	}
	if curBlock != nil {
		emit(offset)
	}
	return buf
}

// localsPlusInfo is compute_localsplus_info: co_localsplusnames and
// co_localspluskinds. A name present in meta.FastHidden is hidden,
// whatever its value (PyDict_Contains).
func localsPlusInfo(meta *UnitMeta, n int) ([]string, []bytecode.LocalKind) {
	names := make([]string, n)
	kinds := make([]bytecode.LocalKind, n)
	for i, name := range meta.VarNames {
		if i >= n {
			break
		}
		k := bytecode.FastLocal
		if _, ok := meta.FastHidden[name]; ok {
			k |= bytecode.FastHidden
		}
		if indexOf(meta.CellVars, name) >= 0 {
			k |= bytecode.FastCell
		}
		names[i], kinds[i] = name, k
	}
	nlocals := len(meta.VarNames)
	dropped := 0
	for i, name := range meta.CellVars {
		if indexOf(meta.VarNames, name) >= 0 {
			dropped++
			continue
		}
		if off := i + nlocals - dropped; off < n {
			names[off], kinds[off] = name, bytecode.FastCell
		}
	}
	for i, name := range meta.FreeVars {
		if off := i + len(meta.CellVars) + nlocals - dropped; off < n {
			names[off], kinds[off] = name, bytecode.FastFree
		}
	}
	return names, kinds
}

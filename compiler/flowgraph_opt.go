package compiler

import (
	"fmt"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pyerr"
)

// The passes of _PyCfg_OptimizeCodeUnit, in CPython 3.13's order.

func sysErr(msg string) error { return &pyerr.Error{Type: "SystemError", Msg: msg} }

func sysErrf(format string, args ...any) error { return sysErr(fmt.Sprintf(format, args...)) }

func valueErr(msg string) error { return &pyerr.Error{Type: "ValueError", Msg: msg} }

// optimizeCodeUnit is _PyCfg_OptimizeCodeUnit.
func (g *cfg) optimizeCodeUnit(nlocals, nparams, firstLineno int) error {
	if err := g.translateJumpLabels(); err != nil {
		return err
	}
	g.markExceptHandlers()
	if err := g.labelExceptionTargets(); err != nil {
		return err
	}
	if err := g.optimize(firstLineno); err != nil {
		return err
	}
	g.removeUnusedConsts()
	g.addChecksForLoadsOfUninitializedVariables(nlocals, nparams)
	g.insertSuperinstructions()
	g.pushColdBlocksToEnd()
	g.resolveLineNumbers(firstLineno)
	return nil
}

// optimize is optimize_cfg.
func (g *cfg) optimize(firstLineno int) error {
	if err := g.check(); err != nil {
		return err
	}
	g.inlineSmallOrNoLinenoBlocks()
	g.removeUnreachable()
	g.duplicateExitsWithoutLineno()
	g.propagateLineNumbers()
	for b := g.entry; b != nil; b = b.next {
		if err := g.optimizeBasicBlock(b); err != nil {
			return err
		}
	}
	g.removeRedundantNopsAndPairs()
	g.removeUnreachable()
	g.removeRedundantNopsAndJumps()
	return nil
}

func setOp0(in *cfgInstr, op bytecode.Opcode) { in.op, in.arg = op, 0 }

func setOp1(in *cfgInstr, op bytecode.Opcode, arg int32) { in.op, in.arg = op, arg }

// removeRedundantNops drops the NOPs of b no line number needs.
func removeRedundantNops(b *block) int {
	dest := 0
	prevLineno := int32(-1)
	n := len(b.instrs)
	for src := 0; src < n; src++ {
		lineno := b.instrs[src].loc.Line
		if b.instrs[src].op == bytecode.NOP {
			if lineno < 0 {
				continue
			}
			if prevLineno == lineno {
				continue
			}
			if src < n-1 {
				nextLineno := b.instrs[src+1].loc.Line
				if nextLineno == lineno {
					continue
				}
				if nextLineno < 0 {
					b.instrs[src+1].loc = b.instrs[src].loc
					continue
				}
			} else if next := nextNonemptyBlock(b.next); next != nil {
				nextLoc := NoLoc
				for j := range next.instrs {
					in := &next.instrs[j]
					if in.op == bytecode.NOP && in.loc.Line == NoLoc.Line {
						continue
					}
					nextLoc = in.loc
					break
				}
				if lineno == nextLoc.Line {
					continue
				}
			}
		}
		if dest != src {
			b.instrs[dest] = b.instrs[src]
		}
		dest++
		prevLineno = lineno
	}
	removed := n - dest
	b.instrs = b.instrs[:dest]
	return removed
}

func (g *cfg) removeRedundantNops() int {
	changes := 0
	for b := g.entry; b != nil; b = b.next {
		changes += removeRedundantNops(b)
	}
	return changes
}

// removeRedundantNopsAndPairs also drops LOAD_CONST/COPY 1 followed by
// POP_TOP, across blocks reached only by fall-through.
func (g *cfg) removeRedundantNopsAndPairs() {
	done := false
	for !done {
		done = true
		var prev, instr *cfgInstr
		for b := g.entry; b != nil; b = b.next {
			removeRedundantNops(b)
			if b.label >= 0 {
				instr = nil
			}
			for i := range b.instrs {
				prev = instr
				instr = &b.instrs[i]
				var prevOp bytecode.Opcode
				var prevArg int32
				if prev != nil {
					prevOp, prevArg = prev.op, prev.arg
				}
				if instr.op == bytecode.POP_TOP &&
					(prevOp == bytecode.LOAD_CONST || (prevOp == bytecode.COPY && prevArg == 1)) {
					setOp0(prev, bytecode.NOP)
					setOp0(instr, bytecode.NOP)
					done = false
				}
			}
			if (instr != nil && isJump(instr.op)) || b.noFallthrough() {
				instr = nil
			}
		}
	}
}

// removeRedundantJumps turns into NOP an unconditional jump to the next
// non-empty block.
func (g *cfg) removeRedundantJumps() int {
	changes := 0
	for b := g.entry; b != nil; b = b.next {
		l := b.last()
		if l == nil || !isUncondJump(l.op) {
			continue
		}
		target := nextNonemptyBlock(l.target)
		if target == nextNonemptyBlock(b.next) {
			changes++
			setOp0(l, bytecode.NOP)
		}
	}
	return changes
}

func (g *cfg) removeRedundantNopsAndJumps() {
	for {
		n := g.removeRedundantNops()
		j := g.removeRedundantJumps()
		if n+j == 0 {
			return
		}
	}
}

// maxCopySize is MAX_COPY_SIZE: the largest exit block copied into its
// jumps.
const maxCopySize = 4

func (g *cfg) inlineSmallOrNoLinenoBlock(b *block) bool {
	l := b.last()
	if l == nil || !isUncondJump(l.op) {
		return false
	}
	target := l.target
	smallExit := target.exitsScope() && len(target.instrs) <= maxCopySize
	noLinenoNoFallthrough := target.hasNoLineno() && target.noFallthrough()
	if !smallExit && !noLinenoNoFallthrough {
		return false
	}
	removed := l.op
	setOp0(l, bytecode.NOP)
	b.instrs = append(b.instrs, target.instrs...)
	if noLinenoNoFallthrough {
		l = b.last()
		if isUncondJump(l.op) && removed == bytecode.JUMP {
			// Keep the eval breaker check of the jump removed.
			l.op = bytecode.JUMP
		}
	}
	target.predecessors--
	return true
}

func (g *cfg) inlineSmallOrNoLinenoBlocks() {
	for {
		changed := false
		for b := g.entry; b != nil; b = b.next {
			if g.inlineSmallOrNoLinenoBlock(b) {
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// jumpThread makes the jump ending bb (at index i) go where the jump at
// its target goes: the jump becomes a NOP (kept for its line if needed)
// followed by a new jump with the target jump's location.
func jumpThread(bb *block, i int, target *cfgInstr, op bytecode.Opcode) bool {
	if bb.instrs[i].target == target.target {
		return false
	}
	setOp0(&bb.instrs[i], bytecode.NOP)
	bb.instrs = append(bb.instrs, cfgInstr{op: op, arg: target.target.label, loc: target.loc, target: target.target})
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// optimizeBasicBlock is optimize_basic_block: peephole rewrites within
// one block, then SWAP elimination.
func (g *cfg) optimizeBasicBlock(bb *block) error {
	var op bytecode.Opcode
	var oparg int32
	var target cfgInstr // a copy of the first instruction of the jump target, or a NOP
	target.op = bytecode.NOP
	for i := 0; i < len(bb.instrs); i++ {
		inst := &bb.instrs[i]
		isCopyOfLoadConst := op == bytecode.LOAD_CONST && inst.op == bytecode.COPY && inst.arg == 1
		if !isCopyOfLoadConst {
			op, oparg = inst.op, inst.arg
			if hasTarget(op) {
				if len(inst.target.instrs) == 0 {
					return sysErr("jump to an empty block")
				}
				target = inst.target.instrs[0]
			} else {
				target = cfgInstr{op: bytecode.NOP}
			}
		}
		var nextop bytecode.Opcode
		if i+1 < len(bb.instrs) {
			nextop = bb.instrs[i+1].op
		}
		switch op {
		case bytecode.LOAD_CONST:
			switch nextop {
			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				isTrue := constTruth(g.consts[oparg])
				setOp0(inst, bytecode.NOP)
				jumpIfTrue := nextop == bytecode.POP_JUMP_IF_TRUE
				if isTrue == jumpIfTrue {
					bb.instrs[i+1].op = bytecode.JUMP
				} else {
					setOp0(&bb.instrs[i+1], bytecode.NOP)
				}
			case bytecode.IS_OP:
				// LOAD_CONST None; IS_OP; [TO_BOOL;] POP_JUMP_IF_x
				// becomes POP_JUMP_IF_[NOT_]NONE.
				if !isNone(g.consts[oparg]) {
					break
				}
				if len(bb.instrs) <= i+2 {
					break
				}
				isInstr := &bb.instrs[i+1]
				jumpInstr := &bb.instrs[i+2]
				if jumpInstr.op == bytecode.TO_BOOL {
					setOp0(jumpInstr, bytecode.NOP)
					if len(bb.instrs) <= i+3 {
						break
					}
					jumpInstr = &bb.instrs[i+3]
				}
				invert := isInstr.arg != 0
				if jumpInstr.op == bytecode.POP_JUMP_IF_FALSE {
					invert = !invert
				} else if jumpInstr.op != bytecode.POP_JUMP_IF_TRUE {
					break
				}
				setOp0(inst, bytecode.NOP)
				setOp0(isInstr, bytecode.NOP)
				if invert {
					jumpInstr.op = bytecode.POP_JUMP_IF_NOT_NONE
				} else {
					jumpInstr.op = bytecode.POP_JUMP_IF_NONE
				}
			case bytecode.RETURN_VALUE:
				setOp0(inst, bytecode.NOP)
				i++
				setOp1(&bb.instrs[i], bytecode.RETURN_CONST, oparg)
			case bytecode.TO_BOOL:
				isTrue := constTruth(g.consts[oparg])
				index := g.addConst(isTrue)
				setOp0(inst, bytecode.NOP)
				setOp1(&bb.instrs[i+1], bytecode.LOAD_CONST, int32(index))
			}
		case bytecode.BUILD_TUPLE:
			// BUILD_TUPLE n; UNPACK_SEQUENCE n is nothing (n == 1) or a SWAP.
			if nextop == bytecode.UNPACK_SEQUENCE && oparg == bb.instrs[i+1].arg {
				switch oparg {
				case 1:
					setOp0(inst, bytecode.NOP)
					setOp0(&bb.instrs[i+1], bytecode.NOP)
					continue
				case 2, 3:
					setOp0(inst, bytecode.NOP)
					bb.instrs[i+1].op = bytecode.SWAP
					continue
				}
			}
			if i >= int(oparg) {
				g.foldTupleOnConstants(bb, i-int(oparg), int(oparg))
			}
		case bytecode.POP_JUMP_IF_NOT_NONE, bytecode.POP_JUMP_IF_NONE,
			bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
			if target.op == bytecode.JUMP {
				i -= b2i(jumpThread(bb, i, &target, inst.op))
			}
		case bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT:
			switch target.op {
			case bytecode.JUMP:
				i -= b2i(jumpThread(bb, i, &target, bytecode.JUMP))
				continue
			case bytecode.JUMP_NO_INTERRUPT:
				i -= b2i(jumpThread(bb, i, &target, op))
				continue
			}
		case bytecode.STORE_FAST:
			if op == nextop && oparg == bb.instrs[i+1].arg && bb.instrs[i].loc.Line == bb.instrs[i+1].loc.Line {
				setOp0(&bb.instrs[i], bytecode.POP_TOP)
			}
		case bytecode.SWAP:
			if oparg == 1 {
				setOp0(inst, bytecode.NOP)
			}
		case bytecode.LOAD_GLOBAL:
			if nextop == bytecode.PUSH_NULL && oparg&1 == 0 {
				setOp1(inst, bytecode.LOAD_GLOBAL, oparg|1)
				setOp0(&bb.instrs[i+1], bytecode.NOP)
			}
		case bytecode.COMPARE_OP:
			if nextop == bytecode.TO_BOOL {
				setOp0(inst, bytecode.NOP)
				setOp1(&bb.instrs[i+1], bytecode.COMPARE_OP, oparg|16)
				continue
			}
		case bytecode.CONTAINS_OP, bytecode.IS_OP:
			if nextop == bytecode.TO_BOOL {
				setOp0(inst, bytecode.NOP)
				setOp1(&bb.instrs[i+1], op, oparg)
				continue
			}
			if nextop == bytecode.UNARY_NOT {
				setOp0(inst, bytecode.NOP)
				setOp1(&bb.instrs[i+1], op, oparg^1)
				continue
			}
		case bytecode.TO_BOOL:
			if nextop == bytecode.TO_BOOL {
				setOp0(inst, bytecode.NOP)
				continue
			}
		case bytecode.UNARY_NOT:
			if nextop == bytecode.TO_BOOL {
				setOp0(inst, bytecode.NOP)
				setOp0(&bb.instrs[i+1], bytecode.UNARY_NOT)
				continue
			}
			if nextop == bytecode.UNARY_NOT {
				setOp0(inst, bytecode.NOP)
				setOp0(&bb.instrs[i+1], bytecode.NOP)
				continue
			}
		}
	}
	for i := 0; i < len(bb.instrs); i++ {
		if bb.instrs[i].op == bytecode.SWAP {
			i = swaptimize(bb, i)
			applyStaticSwaps(bb, i)
		}
	}
	return nil
}

// foldTupleOnConstants replaces n LOAD_CONSTs at start followed by
// BUILD_TUPLE n with one LOAD_CONST of the tuple.
func (g *cfg) foldTupleOnConstants(bb *block, start, n int) {
	for i := 0; i < n; i++ {
		if !hasConst(bb.instrs[start+i].op) {
			return
		}
	}
	t := make(bytecode.Tuple, n)
	for i := 0; i < n; i++ {
		t[i] = g.consts[bb.instrs[start+i].arg]
	}
	index := g.addConst(t)
	for i := 0; i < n; i++ {
		setOp0(&bb.instrs[start+i], bytecode.NOP)
	}
	setOp1(&bb.instrs[start+n], bytecode.LOAD_CONST, int32(index))
}

// addConst returns the index of c in the constants, appending it when no
// equal constant (as the const cache sees equality) is there yet.
func (g *cfg) addConst(c any) int {
	for i, x := range g.consts {
		if cacheConstEqual(x, c) {
			return i
		}
	}
	g.consts = append(g.consts, c)
	return len(g.consts) - 1
}

// swaptimize replaces the run of SWAPs and NOPs starting at ix with the
// shortest equivalent one and returns the index of its last instruction.
func swaptimize(b *block, ix int) int {
	ins := b.instrs[ix:]
	depth := int(ins[0].arg)
	n := 0
	more := false
	limit := len(ins)
	for n = 1; n < limit; n++ {
		op := ins[n].op
		if op == bytecode.SWAP {
			if int(ins[n].arg) > depth {
				depth = int(ins[n].arg)
			}
			more = true
		} else if op != bytecode.NOP {
			break
		}
	}
	if !more {
		return ix
	}
	var small [32]int
	stack := small[:0]
	if depth > len(small) {
		stack = make([]int, depth)
	} else {
		stack = small[:depth]
	}
	for i := range stack {
		stack[i] = i
	}
	for i := 0; i < n; i++ {
		if ins[i].op == bytecode.SWAP {
			a := int(ins[i].arg)
			stack[0], stack[a-1] = stack[a-1], stack[0]
		}
	}
	const visited = -1
	current := n - 1
	for i := 0; i < depth; i++ {
		if stack[i] == visited || stack[i] == i {
			continue
		}
		j := i
		for {
			if j != 0 {
				ins[current].op = bytecode.SWAP
				ins[current].arg = int32(j + 1)
				current--
			}
			if stack[j] == visited {
				break
			}
			next := stack[j]
			stack[j] = visited
			j = next
		}
	}
	for current >= 0 {
		setOp0(&ins[current], bytecode.NOP)
		current--
	}
	return ix + n - 1
}

func swappable(op bytecode.Opcode) bool {
	return op == bytecode.STORE_FAST || op == bytecode.STORE_FAST_MAYBE_NULL || op == bytecode.POP_TOP
}

func storesTo(in *cfgInstr) int32 {
	if in.op == bytecode.STORE_FAST || in.op == bytecode.STORE_FAST_MAYBE_NULL {
		return in.arg
	}
	return -1
}

func nextSwappableInstruction(b *block, i int, lineno int32) int {
	for i++; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		if lineno >= 0 && in.loc.Line != lineno {
			// Reordering across a line would change the names bound
			// between line events.
			return -1
		}
		if in.op == bytecode.NOP {
			continue
		}
		if swappable(in.op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps swaps instructions instead of stack items: SWAP 2;
// POP_TOP; STORE_FAST x becomes NOP; STORE_FAST x; POP_TOP.
func applyStaticSwaps(b *block, i int) {
	for ; i >= 0; i-- {
		swap := &b.instrs[i]
		if swap.op != bytecode.SWAP {
			if swap.op == bytecode.NOP || swappable(swap.op) {
				continue
			}
			return
		}
		j := nextSwappableInstruction(b, i, -1)
		if j < 0 {
			return
		}
		k := j
		lineno := b.instrs[j].loc.Line
		for count := swap.arg - 1; count > 0; count-- {
			k = nextSwappableInstruction(b, k, lineno)
			if k < 0 {
				return
			}
		}
		sj, sk := storesTo(&b.instrs[j]), storesTo(&b.instrs[k])
		if sj >= 0 || sk >= 0 {
			if sj == sk {
				return
			}
			for idx := j + 1; idx < k; idx++ {
				s := storesTo(&b.instrs[idx])
				if s >= 0 && (s == sj || s == sk) {
					return
				}
			}
		}
		setOp0(swap, bytecode.NOP)
		b.instrs[j], b.instrs[k] = b.instrs[k], b.instrs[j]
	}
}

// removeUnusedConsts drops the constants no instruction loads (the first,
// maybe a docstring, stays) and renumbers the loads.
func (g *cfg) removeUnusedConsts() {
	n := len(g.consts)
	if n == 0 {
		return
	}
	used := make([]int32, n) // old index -> new index + 1, 0 unused
	used[0] = 1
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if hasConst(b.instrs[i].op) {
				used[b.instrs[i].arg] = 1
			}
		}
	}
	kept := 0
	for i := 0; i < n; i++ {
		if used[i] != 0 {
			g.consts[kept] = g.consts[i]
			kept++
			used[i] = int32(kept)
		}
	}
	if kept == n {
		return
	}
	for i := kept; i < n; i++ {
		g.consts[i] = nil
	}
	g.consts = g.consts[:kept]
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if hasConst(b.instrs[i].op) {
				b.instrs[i].arg = used[b.instrs[i].arg] - 1
			}
		}
	}
}

func maybePush(b *block, unsafe uint64, sp *[]*block) {
	both := b.unsafeLocals | unsafe
	if b.unsafeLocals != both {
		b.unsafeLocals = both
		if !b.visited {
			*sp = append(*sp, b)
			b.visited = true
		}
	}
}

func scanBlockForLocals(b *block, sp *[]*block) {
	unsafe := b.unsafeLocals
	for i := range b.instrs {
		in := &b.instrs[i]
		if in.except != nil {
			maybePush(in.except, unsafe, sp)
		}
		if in.arg >= 64 || in.arg < 0 {
			continue
		}
		bit := uint64(1) << uint(in.arg)
		switch in.op {
		case bytecode.DELETE_FAST, bytecode.LOAD_FAST_AND_CLEAR, bytecode.STORE_FAST_MAYBE_NULL:
			unsafe |= bit
		case bytecode.STORE_FAST, bytecode.LOAD_FAST_CHECK:
			unsafe &^= bit
		case bytecode.LOAD_FAST:
			if unsafe&bit != 0 {
				in.op = bytecode.LOAD_FAST_CHECK
			}
			unsafe &^= bit
		}
	}
	if b.next != nil && !b.noFallthrough() {
		maybePush(b.next, unsafe, sp)
	}
	if l := b.last(); l != nil && isJump(l.op) {
		maybePush(l.target, unsafe, sp)
	}
}

// fastScanManyLocals: locals past the 64th are followed within each
// block only.
func (g *cfg) fastScanManyLocals(nlocals int) {
	states := make([]int, nlocals-64)
	blocknum := 0
	for b := g.entry; b != nil; b = b.next {
		blocknum++
		for i := range b.instrs {
			in := &b.instrs[i]
			arg := int(in.arg)
			if arg < 64 || arg >= nlocals {
				continue
			}
			switch in.op {
			case bytecode.DELETE_FAST, bytecode.LOAD_FAST_AND_CLEAR, bytecode.STORE_FAST_MAYBE_NULL:
				states[arg-64] = blocknum - 1
			case bytecode.STORE_FAST:
				states[arg-64] = blocknum
			case bytecode.LOAD_FAST:
				if states[arg-64] != blocknum {
					in.op = bytecode.LOAD_FAST_CHECK
				}
				states[arg-64] = blocknum
			}
		}
	}
}

// addChecksForLoadsOfUninitializedVariables turns into LOAD_FAST_CHECK
// each LOAD_FAST of a local that may be unbound there.
func (g *cfg) addChecksForLoadsOfUninitializedVariables(nlocals, nparams int) {
	if nlocals == 0 {
		return
	}
	if nlocals > 64 {
		g.fastScanManyLocals(nlocals)
		nlocals = 64
	}
	stack := g.traversalStack()
	var start uint64
	for i := nparams; i < nlocals; i++ {
		start |= uint64(1) << uint(i)
	}
	maybePush(g.entry, start, &stack)
	for b := g.entry; b != nil; b = b.next {
		scanBlockForLocals(b, &stack)
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.visited = false
		scanBlockForLocals(b, &stack)
	}
}

func makeSuperInstruction(a, b *cfgInstr, op bytecode.Opcode) {
	l1, l2 := a.loc.Line, b.loc.Line
	if l1 >= 0 && l2 >= 0 && l1 != l2 {
		return
	}
	if a.arg >= 16 || b.arg >= 16 {
		return
	}
	setOp1(a, op, a.arg<<4|b.arg)
	setOp0(b, bytecode.NOP)
}

func (g *cfg) insertSuperinstructions() {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if i+1 >= len(b.instrs) {
				continue
			}
			next := &b.instrs[i+1]
			switch in.op {
			case bytecode.LOAD_FAST:
				if next.op == bytecode.LOAD_FAST {
					makeSuperInstruction(in, next, bytecode.LOAD_FAST_LOAD_FAST)
				}
			case bytecode.STORE_FAST:
				switch next.op {
				case bytecode.LOAD_FAST:
					makeSuperInstruction(in, next, bytecode.STORE_FAST_LOAD_FAST)
				case bytecode.STORE_FAST:
					makeSuperInstruction(in, next, bytecode.STORE_FAST_STORE_FAST)
				}
			}
		}
	}
	g.removeRedundantNops()
}

func (g *cfg) markWarm() {
	stack := g.traversalStack()
	stack = append(stack, g.entry)
	g.entry.visited = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.warm = true
		if next := b.next; next != nil && !b.noFallthrough() && !next.visited {
			stack = append(stack, next)
			next.visited = true
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) && !in.target.visited {
				stack = append(stack, in.target)
				in.target.visited = true
			}
		}
	}
}

func (g *cfg) markCold() {
	g.markWarm()
	stack := g.traversalStack()
	for b := g.entry; b != nil; b = b.next {
		if b.exceptHandler {
			stack = append(stack, b)
			b.visited = true
		}
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.cold = true
		if next := b.next; next != nil && !b.noFallthrough() {
			if !next.warm && !next.visited {
				stack = append(stack, next)
				next.visited = true
			}
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) {
				t := in.target
				if !t.warm && !t.visited {
					stack = append(stack, t)
					t.visited = true
				}
			}
		}
	}
}

// pushColdBlocksToEnd moves the blocks only exception handlers reach
// after all the others, with an explicit jump where one fell through into
// a warm block.
func (g *cfg) pushColdBlocksToEnd() {
	if g.entry.next == nil {
		return
	}
	g.markCold()
	nextLabel := int32(g.maxLabel() + 1)
	for b := g.entry; b != nil; b = b.next {
		if b.cold && !b.noFallthrough() && b.next != nil && b.next.warm {
			j := g.newBlock()
			if b.next.label < 0 {
				b.next.label = nextLabel
				nextLabel++
			}
			j.instrs = append(j.instrs, cfgInstr{op: bytecode.JUMP_NO_INTERRUPT, arg: b.next.label, loc: NoLoc, target: b.next})
			j.cold = true
			j.next = b.next
			j.predecessors = 1
			b.next = j
		}
	}
	var coldHead, coldTail *block
	b := g.entry
	for b.next != nil {
		for b.next != nil && !b.next.cold {
			b = b.next
		}
		if b.next == nil {
			break
		}
		end := b.next
		for end.next != nil && end.next.cold {
			end = end.next
		}
		if coldHead == nil {
			coldHead = b.next
		} else {
			coldTail.next = b.next
		}
		coldTail = end
		b.next = end.next
		end.next = nil
	}
	b.next = coldHead
	if coldHead != nil {
		g.removeRedundantNopsAndJumps()
	}
}

func (b *block) isExitOrEvalCheckWithoutLineno() bool {
	if b.exitsScope() || b.hasEvalBreak() {
		return b.hasNoLineno()
	}
	return false
}

// duplicateExitsWithoutLineno copies each exit block without a line that
// several jumps reach, so that each copy can take its jump's line
// (PEP 626: every exit has a line).
func (g *cfg) duplicateExitsWithoutLineno() {
	nextLabel := int32(g.maxLabel() + 1)
	for b := g.entry; b != nil; b = b.next {
		l := b.last()
		if l == nil || !isJump(l.op) {
			continue
		}
		target := nextNonemptyBlock(l.target)
		if target != nil && target.isExitOrEvalCheckWithoutLineno() && target.predecessors > 1 {
			nt := g.newBlock()
			nt.instrs = append(nt.instrs, target.instrs...)
			nt.instrs[0].loc = l.loc
			l.target = nt
			target.predecessors--
			nt.predecessors = 1
			nt.next = target.next
			nt.label = nextLabel
			nextLabel++
			target.next = nt
		}
	}
	for b := g.entry; b != nil; b = b.next {
		if !b.noFallthrough() && b.next != nil && len(b.instrs) > 0 {
			if b.next.isExitOrEvalCheckWithoutLineno() {
				b.next.instrs[0].loc = b.last().loc
			}
		}
	}
}

// propagateLineNumbers gives an instruction without a location the one
// before it in its block, and a block's first instruction that of its
// only predecessor.
func (g *cfg) propagateLineNumbers() {
	for b := g.entry; b != nil; b = b.next {
		l := b.last()
		if l == nil {
			continue
		}
		prev := NoLoc
		for i := range b.instrs {
			if b.instrs[i].loc.Line == NoLoc.Line {
				b.instrs[i].loc = prev
			} else {
				prev = b.instrs[i].loc
			}
		}
		if !b.noFallthrough() && b.next != nil && b.next.predecessors == 1 {
			if len(b.next.instrs) > 0 && b.next.instrs[0].loc.Line == NoLoc.Line {
				b.next.instrs[0].loc = prev
			}
		}
		if isJump(l.op) {
			t := l.target
			if t.predecessors == 1 && len(t.instrs) > 0 && t.instrs[0].loc.Line == NoLoc.Line {
				t.instrs[0].loc = prev
			}
		}
	}
}

// guaranteeLinenoForExits gives a return still without a line the last
// line seen before it (or the first line), its line only.
func (g *cfg) guaranteeLinenoForExits(firstLineno int) {
	lineno := int32(firstLineno)
	for b := g.entry; b != nil; b = b.next {
		l := b.last()
		if l == nil {
			continue
		}
		if l.loc.Line < 0 {
			if l.op == bytecode.RETURN_VALUE {
				for i := range b.instrs {
					b.instrs[i].loc.Line = lineno
				}
			}
		} else {
			lineno = l.loc.Line
		}
	}
}

func (g *cfg) resolveLineNumbers(firstLineno int) {
	g.duplicateExitsWithoutLineno()
	g.propagateLineNumbers()
	g.guaranteeLinenoForExits(firstLineno)
}

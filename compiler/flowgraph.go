package compiler

import (
	"github.com/peglab/peglab/compiler/bytecode"
)

// The back end's control-flow graph, after CPython 3.13's
// Python/flowgraph.c: the instruction sequence is cut into basic blocks,
// optimized as a graph and laid out again. See doc.go ("The back end").

// cfgInstr is an instruction of a basic block (cfg_instr).
type cfgInstr struct {
	op  bytecode.Opcode
	arg int32
	loc Loc
	// target is the block a jump or SETUP_* goes to; except is the handler
	// active at the instruction (from label_exception_targets).
	target *block
	except *block
}

// block is a basic block (basicblock).
type block struct {
	instrs []cfgInstr
	// next is the block that follows in the layout (b_next); fall-through
	// goes there.
	next *block
	// label is the block's label when it is a jump target (b_label), -1
	// otherwise; only whether it has one matters to the passes.
	label int32
	// exceptStack is the handler stack at the block's start, while
	// label_exception_targets runs.
	exceptStack *exceptStack
	// unsafeLocals: bit i is set when local i may be unbound at the start.
	unsafeLocals uint64
	predecessors int
	startDepth   int
	// index is the position of the block's first instruction in the final
	// layout (linearize).
	index int32
	// preserveLasti: an exception handler that pushes lasti (SETUP_WITH,
	// SETUP_CLEANUP).
	preserveLasti bool
	visited       bool
	exceptHandler bool
	cold, warm    bool
}

func (b *block) last() *cfgInstr {
	if n := len(b.instrs); n > 0 {
		return &b.instrs[n-1]
	}
	return nil
}

// cfg is a code unit's graph (cfg_builder): the blocks in layout order from
// entry through next, and every block made (b_list; unordered).
type cfg struct {
	entry  *block
	blocks []*block
	// slab holds the blocks made at first, allocated together.
	slab []block
	// stack is the buffer the graph walks share.
	stack []*block
	// consts is the constant list the optimizer folds into.
	consts []any
}

func (g *cfg) newBlock() *block {
	var b *block
	if len(g.slab) < cap(g.slab) {
		g.slab = append(g.slab, block{label: -1})
		b = &g.slab[len(g.slab)-1]
	} else {
		b = &block{label: -1}
	}
	g.blocks = append(g.blocks, b)
	return b
}

// The opcode classes flowgraph.c tests, as switches (no table look-ups by
// name on the hot path).

func isJump(op bytecode.Opcode) bool {
	switch op {
	case bytecode.FOR_ITER, bytecode.JUMP_BACKWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT,
		bytecode.JUMP_FORWARD, bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_NONE,
		bytecode.POP_JUMP_IF_NOT_NONE, bytecode.POP_JUMP_IF_TRUE, bytecode.SEND,
		bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT:
		return true
	}
	return false
}

func isBlockPush(op bytecode.Opcode) bool {
	return op == bytecode.SETUP_FINALLY || op == bytecode.SETUP_WITH || op == bytecode.SETUP_CLEANUP
}

func hasTarget(op bytecode.Opcode) bool { return isJump(op) || isBlockPush(op) }

func isScopeExit(op bytecode.Opcode) bool {
	switch op {
	case bytecode.RETURN_VALUE, bytecode.RETURN_CONST, bytecode.RAISE_VARARGS, bytecode.RERAISE:
		return true
	}
	return false
}

func isUncondJump(op bytecode.Opcode) bool {
	switch op {
	case bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT, bytecode.JUMP_FORWARD,
		bytecode.JUMP_BACKWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT:
		return true
	}
	return false
}

func isTerminator(op bytecode.Opcode) bool { return isJump(op) || isScopeExit(op) }

// hasEvalBreak: the instructions that check the eval breaker (the
// HAS_EVAL_BREAK_FLAG of the unspecialized opcodes and pseudo-ops).
func hasEvalBreak(op bytecode.Opcode) bool {
	switch op {
	case bytecode.CALL, bytecode.CALL_FUNCTION_EX, bytecode.CALL_KW,
		bytecode.JUMP_BACKWARD, bytecode.RESUME, bytecode.JUMP:
		return true
	}
	return false
}

func hasConst(op bytecode.Opcode) bool {
	return op == bytecode.LOAD_CONST || op == bytecode.RETURN_CONST
}

// noFallthrough: the block ends in a scope exit or an unconditional jump.
func (b *block) noFallthrough() bool {
	l := b.last()
	return l != nil && (isScopeExit(l.op) || isUncondJump(l.op))
}

func (b *block) exitsScope() bool {
	l := b.last()
	return l != nil && isScopeExit(l.op)
}

func (b *block) hasEvalBreak() bool {
	for i := range b.instrs {
		if hasEvalBreak(b.instrs[i].op) {
			return true
		}
	}
	return false
}

func (b *block) hasNoLineno() bool {
	for i := range b.instrs {
		if b.instrs[i].loc.Line >= 0 {
			return false
		}
	}
	return true
}

func nextNonemptyBlock(b *block) *block {
	for b != nil && len(b.instrs) == 0 {
		b = b.next
	}
	return b
}

// buildCFG cuts seq into blocks as instr_sequence_to_cfg does: every
// instruction a jump or SETUP_* targets starts a labelled block (its label
// is its index), and a block ends after a jump or a scope exit.
func buildCFG(seq *InstrSeq) (*cfg, error) {
	n := len(seq.Instrs)
	isTarget := make([]bool, n)
	for i := range seq.Instrs {
		in := &seq.Instrs[i]
		if hasTarget(in.Op) {
			if in.Arg < 0 || int(in.Arg) >= len(seq.LabelAt) {
				return nil, sysErr("jump to an unknown label")
			}
			at := seq.LabelAt[in.Arg]
			if at < 0 || int(at) >= n {
				return nil, sysErr("jump to a label not placed before an instruction")
			}
			isTarget[at] = true
		}
	}
	// One array holds every instruction; each block gets its run of it,
	// capped, so that a block that grows later copies itself out.
	all := make([]cfgInstr, n)
	for i := range seq.Instrs {
		in := &seq.Instrs[i]
		arg := in.Arg
		if hasTarget(in.Op) {
			arg = seq.LabelAt[in.Arg]
		}
		all[i] = cfgInstr{op: in.Op, arg: arg, loc: in.Loc}
	}
	nblocks := 1
	for i := 1; i < n; i++ {
		if isTarget[i] || isTerminator(all[i-1].op) {
			nblocks++
		}
	}
	g := &cfg{}
	g.slab = make([]block, 0, nblocks)
	cur := g.newBlock()
	g.entry = cur
	start := 0
	for i := 0; i < n; i++ {
		// cfg_builder_maybe_start_new_block
		empty := i == start
		split := !empty && isTerminator(all[i-1].op)
		if !split && isTarget[i] {
			if !empty || cur.label >= 0 {
				split = true
			} else {
				cur.label = int32(i)
			}
		}
		if split {
			cur.instrs = all[start:i:i]
			start = i
			nb := g.newBlock()
			if isTarget[i] {
				nb.label = int32(i)
			}
			cur.next = nb
			cur = nb
		}
	}
	cur.instrs = all[start:n:n]
	return g, nil
}

// translateJumpLabels points each jump at the block its label names.
func (g *cfg) translateJumpLabels() error {
	maxLabel := g.maxLabel()
	byLabel := make([]*block, maxLabel+1)
	for b := g.entry; b != nil; b = b.next {
		if b.label >= 0 {
			byLabel[b.label] = b
		}
	}
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if hasTarget(in.op) {
				if in.arg < 0 || int(in.arg) > maxLabel || byLabel[in.arg] == nil {
					return sysErr("jump target not found")
				}
				in.target = byLabel[in.arg]
			}
		}
	}
	return nil
}

func (g *cfg) maxLabel() int {
	m := -1
	for b := g.entry; b != nil; b = b.next {
		if int(b.label) > m {
			m = int(b.label)
		}
	}
	return m
}

func (g *cfg) markExceptHandlers() {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if isBlockPush(b.instrs[i].op) {
				b.instrs[i].target.exceptHandler = true
			}
		}
	}
}

// checkCFG: a jump or exit is always last in its block.
func (g *cfg) check() error {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if isTerminator(b.instrs[i].op) && i != len(b.instrs)-1 {
				return sysErr("malformed control flow graph.")
			}
		}
	}
	return nil
}

// exceptStack is a block's stack of active handlers; handlers[0] is nil
// (no handler) and the depth never passes maxBlocks (CO_MAXBLOCKS) plus one.
type exceptStack struct {
	handlers [maxBlocks + 2]*block
	depth    int
}

// traversalStack resets every block's visited mark and returns an empty
// stack able to hold each block once.
func (g *cfg) traversalStack() []*block {
	n := 0
	for b := g.entry; b != nil; b = b.next {
		b.visited = false
		n++
	}
	if cap(g.stack) < n {
		g.stack = make([]*block, 0, n)
	}
	return g.stack[:0]
}

// labelExceptionTargets records on each instruction the handler that
// covers it, turns POP_BLOCK into NOP, and marks RESUMEs after a yield
// at exception depth 1 (RESUME_OPARG_DEPTH1_MASK).
func (g *cfg) labelExceptionTargets() error {
	todo := g.traversalStack()
	es := &exceptStack{}
	todo = append(todo, g.entry)
	g.entry.visited = true
	g.entry.exceptStack = es
	for len(todo) > 0 {
		b := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		es = b.exceptStack
		b.exceptStack = nil
		handler := es.handlers[es.depth]
		lastYieldDepth := -1
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op):
				if !in.target.visited {
					cp := *es
					in.target.exceptStack = &cp
					todo = append(todo, in.target)
					in.target.visited = true
				}
				if in.op == bytecode.SETUP_WITH || in.op == bytecode.SETUP_CLEANUP {
					in.target.preserveLasti = true
				}
				if es.depth > maxBlocks {
					return sysErr("too many statically nested blocks")
				}
				es.depth++
				es.handlers[es.depth] = in.target
				handler = in.target
			case in.op == bytecode.POP_BLOCK:
				if es.depth == 0 {
					return sysErr("POP_BLOCK without a block")
				}
				es.depth--
				handler = es.handlers[es.depth]
				in.op, in.arg = bytecode.NOP, 0
			case isJump(in.op):
				in.except = handler
				if !in.target.visited {
					if !b.noFallthrough() {
						cp := *es
						in.target.exceptStack = &cp
					} else {
						in.target.exceptStack = es
						es = nil
					}
					todo = append(todo, in.target)
					in.target.visited = true
				}
			case in.op == bytecode.YIELD_VALUE:
				in.except = handler
				lastYieldDepth = es.depth
			case in.op == bytecode.RESUME:
				in.except = handler
				if in.arg != resumeAtFuncStart {
					if lastYieldDepth == 1 {
						in.arg |= resumeDepth1Mask
					}
					lastYieldDepth = -1
				}
			default:
				in.except = handler
			}
		}
		if !b.noFallthrough() && b.next != nil && !b.next.visited {
			if es == nil {
				return sysErr("malformed control flow graph.")
			}
			b.next.exceptStack = es
			todo = append(todo, b.next)
			b.next.visited = true
		}
	}
	return nil
}

const (
	resumeAtFuncStart = 0
	resumeDepth1Mask  = 4
)

// removeUnreachable empties the blocks no path reaches and counts each
// block's predecessors.
func (g *cfg) removeUnreachable() {
	for b := g.entry; b != nil; b = b.next {
		b.predecessors = 0
	}
	stack := g.traversalStack()
	g.entry.predecessors = 1
	stack = append(stack, g.entry)
	g.entry.visited = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.next != nil && !b.noFallthrough() {
			if !b.next.visited {
				stack = append(stack, b.next)
				b.next.visited = true
			}
			b.next.predecessors++
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) || isBlockPush(in.op) {
				t := in.target
				if !t.visited {
					stack = append(stack, t)
					t.visited = true
				}
				t.predecessors++
			}
		}
	}
	for b := g.entry; b != nil; b = b.next {
		if b.predecessors == 0 {
			b.instrs = b.instrs[:0]
			b.exceptHandler = false
		}
	}
}

// stackDepth is calculate_stackdepth: the deepest stack any path reaches,
// setting each block's start depth.
func (g *cfg) stackDepth() (int, error) {
	for b := g.entry; b != nil; b = b.next {
		b.startDepth = -1 << 31
	}
	stack := g.traversalStack()
	maxDepth := 0
	push := func(b *block, depth int) error {
		if !(b.startDepth < 0 || b.startDepth == depth) {
			return valueErr("Invalid CFG, inconsistent stackdepth")
		}
		if b.startDepth < depth && b.startDepth < 100 {
			b.startDepth = depth
			stack = append(stack, b)
		}
		return nil
	}
	if err := push(g.entry, 0); err != nil {
		return 0, err
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.next
		for i := range b.instrs {
			in := &b.instrs[i]
			eff, ok := stackEffect(in.op, in.arg, false)
			if !ok {
				return 0, sysErrf("Invalid stack effect for opcode=%d, arg=%d", int(in.op), int(in.arg))
			}
			newDepth := depth + eff
			if newDepth < 0 {
				return 0, valueErr("Invalid CFG, stack underflow")
			}
			if newDepth > maxDepth {
				maxDepth = newDepth
			}
			if hasTarget(in.op) {
				jeff, ok := stackEffect(in.op, in.arg, true)
				if !ok {
					return 0, sysErrf("Invalid stack effect for opcode=%d, arg=%d", int(in.op), int(in.arg))
				}
				td := depth + jeff
				if td > maxDepth {
					maxDepth = td
				}
				if err := push(in.target, td); err != nil {
					return 0, err
				}
			}
			depth = newDepth
			if isUncondJump(in.op) || isScopeExit(in.op) {
				next = nil
				break
			}
		}
		if next != nil {
			if err := push(next, depth); err != nil {
				return 0, err
			}
		}
	}
	return maxDepth, nil
}

// stackEffect is get_stack_effects: a SETUP_* changes the stack only on
// its jump.
func stackEffect(op bytecode.Opcode, arg int32, jump bool) (int, bool) {
	if isBlockPush(op) && !jump {
		return 0, true
	}
	return bytecode.StackEffect(op, int(arg), jump)
}

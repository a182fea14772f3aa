package sre

// run is SRE(match): does the program at code[pc0:] match at st.ptr? It
// returns 1 (st.ptr is the match's end), 0, or a negative error status.
//
// The C engine's recursion is an explicit stack of frames (st.ctx): a
// "call" saves pc and ptr in the current frame, pushes a frame for the
// sub-pattern with the continuation to resume at (jump), and restarts the
// dispatch loop; a "return" pops the frame and goes to the continuation
// of the frame below. Continuations are labelled blocks below the
// dispatch loop, one per JUMP_* of sre_lib.h, so that long subjects and
// deep backtracking use heap, never Go stack.
func run[T char](st *State, s []T, pc0 int, toplevel bool) int {
	code := st.prog.code
	end := st.end
	base := len(st.ctx)
	st.ctx = append(st.ctx, mctx{pc: pc0, toplevel: toplevel, jump: jNone})

	var (
		c        *mctx
		pc, ptr  int
		ret      int
		jump     uint8
		op       uint32
		n        int
		nextpc   int
		nexttop  bool
		nextjump uint8
	)

entrance:
	c = &st.ctx[len(st.ctx)-1]
	pc = c.pc
	ptr = st.ptr
	if code[pc] == opINFO {
		// <INFO> <1=skip> <2=flags> <3=min> ...
		if code[pc+3] != 0 && uint(end-ptr) < uint(code[pc+3]) {
			ret = 0
			goto exit
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	st.steps++
	if st.steps&0xfff == 0 && st.Check != nil {
		if err := st.Check(); err != nil {
			st.err = err
			st.ctx = st.ctx[:base]
			return errInterrupted
		}
	}
	op = code[pc]
	pc++
	switch op {
	case opMARK:
		n = int(code[pc])
		if n&1 != 0 {
			st.lastindex = n/2 + 1
		}
		if n > st.lastmark {
			// marks skipped over become unset
			for j := st.lastmark + 1; j < n; j++ {
				st.mark[j] = -1
			}
			st.lastmark = n
		}
		st.mark[n] = ptr
		pc++
		goto dispatch

	case opLITERAL:
		if ptr >= end || uint32(s[ptr]) != code[pc] {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL:
		if ptr >= end || uint32(s[ptr]) == code[pc] {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opSUCCESS:
		if c.toplevel && ((st.matchAll && ptr != st.end) || (st.mustAdvance && ptr == st.start)) {
			goto fail
		}
		st.ptr = ptr
		goto success

	case opAT:
		if !at(st, s, ptr, code[pc]) {
			goto fail
		}
		pc++
		goto dispatch

	case opCATEGORY:
		if ptr >= end || !category(code[pc], uint32(s[ptr])) {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opANY:
		if ptr >= end || s[ptr] == '\n' {
			goto fail
		}
		ptr++
		goto dispatch

	case opANY_ALL:
		if ptr >= end {
			goto fail
		}
		ptr++
		goto dispatch

	case opIN:
		if ptr >= end || !charset(code, pc+1, uint32(s[ptr])) {
			goto fail
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opLITERAL_IGNORE:
		if ptr >= end || lowerASCII(uint32(s[ptr])) != code[pc] {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opLITERAL_UNI_IGNORE:
		if ptr >= end || lowerUnicode(uint32(s[ptr])) != code[pc] {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opLITERAL_LOC_IGNORE:
		if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL_IGNORE:
		if ptr >= end || lowerASCII(uint32(s[ptr])) == code[pc] {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL_UNI_IGNORE:
		if ptr >= end || lowerUnicode(uint32(s[ptr])) == code[pc] {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL_LOC_IGNORE:
		if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
			goto fail
		}
		pc++
		ptr++
		goto dispatch

	case opIN_IGNORE:
		if ptr >= end || !charset(code, pc+1, lowerASCII(uint32(s[ptr]))) {
			goto fail
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opIN_UNI_IGNORE:
		if ptr >= end || !charset(code, pc+1, lowerUnicode(uint32(s[ptr]))) {
			goto fail
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opIN_LOC_IGNORE:
		if ptr >= end || !charsetLocIgnore(code, pc+1, uint32(s[ptr])) {
			goto fail
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opJUMP, opINFO:
		pc += int(code[pc])
		goto dispatch

	case opBRANCH:
		// <BRANCH> <0=skip> code <JUMP> ... <NULL>
		c.lastmark, c.lastindex = st.lastmark, st.lastindex
		if st.repeat != nil {
			st.markPush(c.lastmark)
		}
		goto branchTry

	case opREPEAT_ONE:
		// <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
		if int(code[pc+1]) > end-ptr {
			goto fail
		}
		st.ptr = ptr
		n = count(st, s, pc+3, code[pc+2])
		if n < 0 {
			goto errorN
		}
		c = &st.ctx[len(st.ctx)-1]
		c.count = n
		ptr += n
		if c.count < int(code[pc+1]) {
			goto fail
		}
		if code[pc+int(code[pc])] == opSUCCESS && ptr == st.end &&
			!(c.toplevel && st.mustAdvance && ptr == st.start) {
			// tail is empty: done
			st.ptr = ptr
			goto success
		}
		c.lastmark, c.lastindex = st.lastmark, st.lastindex
		if st.repeat != nil {
			st.markPush(c.lastmark)
		}
		if code[pc+int(code[pc])] == opLITERAL {
			// the tail starts with a literal: skip places it cannot match
			c.chr = code[pc+int(code[pc])+1]
			goto repeatOne1
		}
		goto repeatOne2

	case opMIN_REPEAT_ONE:
		// <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
		if int(code[pc+1]) > end-ptr {
			goto fail
		}
		st.ptr = ptr
		if code[pc+1] == 0 {
			c.count = 0
		} else {
			n = count(st, s, pc+3, code[pc+1])
			if n < 0 {
				goto errorN
			}
			c = &st.ctx[len(st.ctx)-1]
			if n < int(code[pc+1]) {
				goto fail
			}
			c.count = n
			ptr += n
		}
		if code[pc+int(code[pc])] == opSUCCESS &&
			!(c.toplevel && ((st.matchAll && ptr != st.end) || (st.mustAdvance && ptr == st.start))) {
			st.ptr = ptr
			goto success
		}
		c.lastmark, c.lastindex = st.lastmark, st.lastindex
		if st.repeat != nil {
			st.markPush(c.lastmark)
		}
		goto minRepeatOne

	case opPOSSESSIVE_REPEAT_ONE:
		if int(code[pc+1]) > end-ptr {
			goto fail
		}
		st.ptr = ptr
		n = count(st, s, pc+3, code[pc+2])
		if n < 0 {
			goto errorN
		}
		c = &st.ctx[len(st.ctx)-1]
		c.count = n
		ptr += n
		if c.count < int(code[pc+1]) {
			goto fail
		}
		pc += int(code[pc])
		if code[pc] == opSUCCESS && ptr == st.end && !(c.toplevel && st.mustAdvance && ptr == st.start) {
			st.ptr = ptr
			goto success
		}
		goto dispatch

	case opREPEAT:
		// <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
		{
			r := st.newRepeat()
			r.count = -1
			r.pc = pc
			r.prev = st.repeat
			r.lastPtr = -1
			st.repeat = r
			c.rep = r
		}
		st.ptr = ptr
		nextpc, nexttop, nextjump = pc+int(code[pc]), c.toplevel, jRepeat
		goto call

	case opMAX_UNTIL:
		c.rep = st.repeat
		if c.rep == nil {
			ret = errState
			goto errorRet
		}
		st.ptr = ptr
		c.count = c.rep.count + 1
		if c.count < int(code[c.rep.pc+1]) {
			// not enough matches
			c.rep.count = c.count
			nextpc, nexttop, nextjump = c.rep.pc+3, c.toplevel, jMaxUntil1
			goto call
		}
		if (c.count < int(code[c.rep.pc+2]) || code[c.rep.pc+2] == MaxRepeat) && st.ptr != c.rep.lastPtr {
			// enough matches, but match another item if possible
			c.rep.count = c.count
			c.lastmark, c.lastindex = st.lastmark, st.lastindex
			st.markPush(c.lastmark)
			// zero-width match protection
			st.data = append(st.data, c.rep.lastPtr)
			c.rep.lastPtr = st.ptr
			nextpc, nexttop, nextjump = c.rep.pc+3, c.toplevel, jMaxUntil2
			goto call
		}
		goto maxUntilTail

	case opMIN_UNTIL:
		c.rep = st.repeat
		if c.rep == nil {
			ret = errState
			goto errorRet
		}
		st.ptr = ptr
		c.count = c.rep.count + 1
		if c.count < int(code[c.rep.pc+1]) {
			c.rep.count = c.count
			nextpc, nexttop, nextjump = c.rep.pc+3, c.toplevel, jMinUntil1
			goto call
		}
		// see if the tail matches
		st.repeat = c.rep.prev
		c.lastmark, c.lastindex = st.lastmark, st.lastindex
		if st.repeat != nil {
			st.markPush(c.lastmark)
		}
		nextpc, nexttop, nextjump = pc, c.toplevel, jMinUntil2
		goto call

	case opPOSSESSIVE_REPEAT:
		// <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
		st.ptr = ptr
		c.count = 0
		goto possMin

	case opATOMIC_GROUP:
		// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
		st.ptr = ptr
		nextpc, nexttop, nextjump = pc+1, false, jAtomicGroup
		goto call

	case opGROUPREF, opGROUPREF_IGNORE, opGROUPREF_UNI_IGNORE, opGROUPREF_LOC_IGNORE:
		{
			g := int(code[pc]) * 2
			if g >= st.lastmark {
				goto fail
			}
			p, e := st.mark[g], st.mark[g+1]
			if p < 0 || e < 0 || e < p {
				goto fail
			}
			switch op {
			case opGROUPREF:
				for ; p < e; p, ptr = p+1, ptr+1 {
					if ptr >= end || s[ptr] != s[p] {
						goto fail
					}
				}
			case opGROUPREF_IGNORE:
				for ; p < e; p, ptr = p+1, ptr+1 {
					if ptr >= end || lowerASCII(uint32(s[ptr])) != lowerASCII(uint32(s[p])) {
						goto fail
					}
				}
			case opGROUPREF_UNI_IGNORE:
				for ; p < e; p, ptr = p+1, ptr+1 {
					if ptr >= end || lowerUnicode(uint32(s[ptr])) != lowerUnicode(uint32(s[p])) {
						goto fail
					}
				}
			default:
				for ; p < e; p, ptr = p+1, ptr+1 {
					if ptr >= end || lowerLocale(uint32(s[ptr])) != lowerLocale(uint32(s[p])) {
						goto fail
					}
				}
			}
		}
		pc++
		goto dispatch

	case opGROUPREF_EXISTS:
		// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
		{
			g := int(code[pc]) * 2
			if g >= st.lastmark || st.mark[g] < 0 || st.mark[g+1] < 0 || st.mark[g+1] < st.mark[g] {
				pc += int(code[pc+1])
				goto dispatch
			}
		}
		pc += 2
		goto dispatch

	case opASSERT:
		// <ASSERT> <skip> <back> <pattern>
		if int64(ptr) < int64(code[pc+1]) {
			goto fail
		}
		st.ptr = ptr - int(code[pc+1])
		nextpc, nexttop, nextjump = pc+2, false, jAssert
		goto call

	case opASSERT_NOT:
		if int64(ptr) >= int64(code[pc+1]) {
			st.ptr = ptr - int(code[pc+1])
			c.lastmark, c.lastindex = st.lastmark, st.lastindex
			if st.repeat != nil {
				st.markPush(c.lastmark)
			}
			nextpc, nexttop, nextjump = pc+2, false, jAssertNot
			goto call
		}
		pc += int(code[pc])
		goto dispatch

	case opFAILURE:
		goto fail
	}
	// an opcode that cannot be executed
	ret = errIllegal
	goto errorRet

	// ---- continuations ----

branchTry:
	for ; code[pc] != 0; pc += int(code[pc]) {
		if code[pc+1] == opLITERAL && (ptr >= end || uint32(s[ptr]) != code[pc+2]) {
			continue
		}
		if code[pc+1] == opIN && (ptr >= end || !charset(code, pc+3, uint32(s[ptr]))) {
			continue
		}
		st.ptr = ptr
		nextpc, nexttop, nextjump = pc+1, c.toplevel, jBranch
		goto call
	}
	if st.repeat != nil {
		st.markDiscard(c.lastmark)
	}
	goto fail

jumpBranch:
	if ret != 0 {
		if st.repeat != nil {
			st.markDiscard(c.lastmark)
		}
		goto success
	}
	if st.repeat != nil {
		st.markPopKeep(c.lastmark)
	}
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	pc += int(code[pc])
	goto branchTry

repeatOne1:
	for {
		for c.count >= int(code[pc+1]) && (ptr >= end || uint32(s[ptr]) != c.chr) {
			ptr--
			c.count--
		}
		if c.count < int(code[pc+1]) {
			break
		}
		st.ptr = ptr
		nextpc, nexttop, nextjump = pc+int(code[pc]), c.toplevel, jRepeatOne1
		goto call
	}
	if st.repeat != nil {
		st.markDiscard(c.lastmark)
	}
	goto fail

jumpRepeatOne1:
	if ret != 0 {
		if st.repeat != nil {
			st.markDiscard(c.lastmark)
		}
		goto success
	}
	if st.repeat != nil {
		st.markPopKeep(c.lastmark)
	}
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	ptr--
	c.count--
	goto repeatOne1

repeatOne2:
	if c.count >= int(code[pc+1]) {
		st.ptr = ptr
		nextpc, nexttop, nextjump = pc+int(code[pc]), c.toplevel, jRepeatOne2
		goto call
	}
	if st.repeat != nil {
		st.markDiscard(c.lastmark)
	}
	goto fail

jumpRepeatOne2:
	if ret != 0 {
		if st.repeat != nil {
			st.markDiscard(c.lastmark)
		}
		goto success
	}
	if st.repeat != nil {
		st.markPopKeep(c.lastmark)
	}
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	ptr--
	c.count--
	goto repeatOne2

minRepeatOne:
	if code[pc+2] == MaxRepeat || c.count <= int(code[pc+2]) {
		st.ptr = ptr
		nextpc, nexttop, nextjump = pc+int(code[pc]), c.toplevel, jMinRepeatOne
		goto call
	}
	if st.repeat != nil {
		st.markDiscard(c.lastmark)
	}
	goto fail

jumpMinRepeatOne:
	if ret != 0 {
		if st.repeat != nil {
			st.markDiscard(c.lastmark)
		}
		goto success
	}
	if st.repeat != nil {
		st.markPopKeep(c.lastmark)
	}
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	st.ptr = ptr
	n = count(st, s, pc+3, 1)
	if n < 0 {
		goto errorN
	}
	c = &st.ctx[len(st.ctx)-1]
	if n == 0 {
		if st.repeat != nil {
			st.markDiscard(c.lastmark)
		}
		goto fail
	}
	ptr++
	c.count++
	goto minRepeatOne

jumpRepeat:
	st.repeat = c.rep.prev
	st.freeReps = append(st.freeReps, c.rep)
	if ret != 0 {
		goto success
	}
	goto fail

jumpMaxUntil1:
	if ret != 0 {
		goto success
	}
	c.rep.count = c.count - 1
	st.ptr = ptr
	goto fail

jumpMaxUntil2:
	c.rep.lastPtr = st.data[len(st.data)-1]
	st.data = st.data[:len(st.data)-1]
	if ret != 0 {
		st.markDiscard(c.lastmark)
		goto success
	}
	st.markPop(c.lastmark)
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	c.rep.count = c.count - 1
	st.ptr = ptr
	goto maxUntilTail

maxUntilTail:
	// no more items here: the tail must match
	st.repeat = c.rep.prev
	nextpc, nexttop, nextjump = pc, c.toplevel, jMaxUntil3
	goto call

jumpMaxUntil3:
	st.repeat = c.rep
	if ret != 0 {
		goto success
	}
	st.ptr = ptr
	goto fail

jumpMinUntil1:
	if ret != 0 {
		goto success
	}
	c.rep.count = c.count - 1
	st.ptr = ptr
	goto fail

jumpMinUntil2:
	{
		tailRepeat := st.repeat
		st.repeat = c.rep
		if ret != 0 {
			if tailRepeat != nil {
				st.markDiscard(c.lastmark)
			}
			goto success
		}
		if tailRepeat != nil {
			st.markPop(c.lastmark)
		}
	}
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	st.ptr = ptr
	if (c.count >= int(code[c.rep.pc+2]) && code[c.rep.pc+2] != MaxRepeat) || st.ptr == c.rep.lastPtr {
		goto fail
	}
	c.rep.count = c.count
	st.data = append(st.data, c.rep.lastPtr)
	c.rep.lastPtr = st.ptr
	nextpc, nexttop, nextjump = c.rep.pc+3, c.toplevel, jMinUntil3
	goto call

jumpMinUntil3:
	c.rep.lastPtr = st.data[len(st.data)-1]
	st.data = st.data[:len(st.data)-1]
	if ret != 0 {
		goto success
	}
	c.rep.count = c.count - 1
	st.ptr = ptr
	goto fail

possMin:
	if c.count < int(code[pc+1]) {
		nextpc, nexttop, nextjump = pc+3, false, jPossRepeat1
		goto call
	}
	// ptr is no position, so that the loop is entered
	ptr = -1
	goto possLoop

jumpPossRepeat1:
	if ret != 0 {
		c.count++
		goto possMin
	}
	st.ptr = ptr
	goto fail

possLoop:
	if (c.count < int(code[pc+2]) || code[pc+2] == MaxRepeat) && st.ptr != ptr {
		c.lastmark, c.lastindex = st.lastmark, st.lastindex
		st.markPush(c.lastmark)
		// zero-width match protection
		ptr = st.ptr
		nextpc, nexttop, nextjump = pc+3, false, jPossRepeat2
		goto call
	}
	goto possTail

jumpPossRepeat2:
	if ret != 0 {
		st.markDiscard(c.lastmark)
		c.count++
		goto possLoop
	}
	st.markPop(c.lastmark)
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	st.ptr = ptr
	goto possTail

possTail:
	pc += int(code[pc]) + 1
	ptr = st.ptr
	goto dispatch

jumpAtomicGroup:
	if ret == 0 {
		st.ptr = ptr
		goto fail
	}
	pc += int(code[pc])
	ptr = st.ptr
	goto dispatch

jumpAssert:
	if ret == 0 {
		goto fail
	}
	pc += int(code[pc])
	goto dispatch

jumpAssertNot:
	if ret != 0 {
		if st.repeat != nil {
			st.markDiscard(c.lastmark)
		}
		goto fail
	}
	if st.repeat != nil {
		st.markPop(c.lastmark)
	}
	st.lastmark, st.lastindex = c.lastmark, c.lastindex
	pc += int(code[pc])
	goto dispatch

	// ---- calls and returns ----

call:
	c.pc, c.ptr = pc, ptr
	st.ctx = append(st.ctx, mctx{pc: nextpc, toplevel: nexttop, jump: nextjump})
	goto entrance

fail:
	ret = 0
	goto exit

success:
	ret = 1
	goto exit

errorN:
	ret = n
	goto errorRet

errorRet:
	st.ctx = st.ctx[:base]
	return ret

exit:
	jump = st.ctx[len(st.ctx)-1].jump
	st.ctx = st.ctx[:len(st.ctx)-1]
	if len(st.ctx) == base {
		return ret
	}
	c = &st.ctx[len(st.ctx)-1]
	pc, ptr = c.pc, c.ptr
	switch jump {
	case jMaxUntil1:
		goto jumpMaxUntil1
	case jMaxUntil2:
		goto jumpMaxUntil2
	case jMaxUntil3:
		goto jumpMaxUntil3
	case jMinUntil1:
		goto jumpMinUntil1
	case jMinUntil2:
		goto jumpMinUntil2
	case jMinUntil3:
		goto jumpMinUntil3
	case jRepeat:
		goto jumpRepeat
	case jRepeatOne1:
		goto jumpRepeatOne1
	case jRepeatOne2:
		goto jumpRepeatOne2
	case jMinRepeatOne:
		goto jumpMinRepeatOne
	case jBranch:
		goto jumpBranch
	case jAssert:
		goto jumpAssert
	case jAssertNot:
		goto jumpAssertNot
	case jPossRepeat1:
		goto jumpPossRepeat1
	case jPossRepeat2:
		goto jumpPossRepeat2
	case jAtomicGroup:
		goto jumpAtomicGroup
	}
	return ret
}

// search is SRE(search): the first match at or after st.start, using the
// INFO block's prefix (with its overlap table) or charset to skip ahead.
func search[T char](st *State, s []T) int {
	code := st.prog.code
	ptr := st.start
	end := st.end
	if ptr > end {
		return 0
	}
	var (
		flags                 uint32
		prefixLen, prefixSkip int
		prefix, overlap       int
		charsetPC             = -1
		pc                    int
		status                int
	)
	if code[0] == opINFO {
		// <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
		flags = code[2]
		if code[3] != 0 && end-ptr < int(code[3]) {
			return 0
		}
		if code[3] > 1 {
			// leave at least one character, for the literal search
			end -= int(code[3]) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPREFIX != 0 {
			// <length> <skip> <prefix data> <overlap data>
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefix = 7
			overlap = prefix + prefixLen - 1
		} else if flags&infoCHARSET != 0 {
			charsetPC = 5
		}
		pc = 1 + int(code[1])
		if prefixLen > 0 && (prefixSkip > prefixLen || pc+2*prefixSkip >= len(code)) {
			// a prefix skip past the prefix or the code: no program
			// re._compiler writes; CPython would read out of bounds
			return errIllegal
		}
	}

	if prefixLen == 1 {
		c := code[prefix]
		end = st.end
		st.mustAdvance = false
		for ptr < end {
			for uint32(s[ptr]) != c {
				ptr++
				if ptr >= end {
					return 0
				}
			}
			st.start = ptr
			st.ptr = ptr + prefixSkip
			if flags&infoLITERAL != 0 {
				return 1 // the prefix is the whole pattern
			}
			status = run(st, s, pc+2*prefixSkip, false)
			if status != 0 {
				return status
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
		return 0
	}

	if prefixLen > 1 {
		end = st.end
		if prefixLen > end-ptr {
			return 0
		}
		for ptr < end {
			c := code[prefix]
			for {
				v := uint32(s[ptr])
				ptr++
				if v == c {
					break
				}
				if ptr >= end {
					return 0
				}
			}
			if ptr >= end {
				return 0
			}
			i := 1
			st.mustAdvance = false
			for {
				if uint32(s[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return 0
						}
						continue
					}
					// a potential match
					st.start = ptr - (prefixLen - 1)
					st.ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLITERAL != 0 {
						return 1
					}
					status = run(st, s, pc+2*prefixSkip, false)
					if status != 0 {
						return status
					}
					// close but no cigar: try again
					ptr++
					if ptr >= end {
						return 0
					}
					st.lastmark, st.lastindex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return 0
	}

	if charsetPC >= 0 {
		end = st.end
		st.mustAdvance = false
		for {
			for ptr < end && !charset(code, charsetPC, uint32(s[ptr])) {
				ptr++
			}
			if ptr >= end {
				return 0
			}
			st.start = ptr
			st.ptr = ptr
			status = run(st, s, pc, false)
			if status != 0 {
				return status
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
	}

	st.start, st.ptr = ptr, ptr
	status = run(st, s, pc, true)
	st.mustAdvance = false
	if status == 0 && code[pc] == opAT && (code[pc+1] == atBEGINNING || code[pc+1] == atBEGINNING_STRING) {
		st.start, st.ptr = end, end
		return 0
	}
	// Not in sre_lib.h: when the pattern must start with a character of a
	// set (IN, or a REPEAT_ONE of an IN with min >= 1), positions whose
	// character is not in it would fail at once and are skipped. The
	// positions tried and the result are the same.
	skip := -1
	switch code[pc] {
	case opIN:
		skip = pc + 2
	case opREPEAT_ONE, opMIN_REPEAT_ONE, opPOSSESSIVE_REPEAT_ONE:
		if code[pc+2] >= 1 && code[pc+4] == opIN {
			skip = pc + 6
		}
	}
	for status == 0 && ptr < end {
		ptr++
		if skip >= 0 {
			for ptr < end && !charset(code, skip, uint32(s[ptr])) {
				ptr++
			}
		}
		st.lastmark, st.lastindex = -1, -1
		st.start, st.ptr = ptr, ptr
		status = run(st, s, pc, false)
	}
	return status
}

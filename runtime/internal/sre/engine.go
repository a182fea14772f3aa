package sre

// char is the engine's unit: a byte (bytes, ASCII and Latin-1 str) or a
// rune. The generic functions are stenciled per unit, so the inner loops
// index a plain slice.
type char interface{ ~byte | ~rune }

// Continuation points of the match stack: where a frame resumes when the
// frame it pushed returns (the JUMP_* of sre_lib.h).
const (
	jNone = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomicGroup
)

// charset is SRE(charset): is ch in the set at code[i:]?
func charset(code []uint32, i int, ch uint32) bool {
	ok := true
	for {
		op := code[i]
		i++
		switch op {
		case opFAILURE:
			return !ok
		case opLITERAL:
			if ch == code[i] {
				return ok
			}
			i++
		case opCATEGORY:
			if category(code[i], ch) {
				return ok
			}
			i++
		case opCHARSET:
			if ch < 256 && code[i+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			i += 8
		case opRANGE:
			if code[i] <= ch && ch <= code[i+1] {
				return ok
			}
			i += 2
		case opRANGE_UNI_IGNORE:
			// ch is already lower cased
			if code[i] <= ch && ch <= code[i+1] {
				return ok
			}
			u := upperUnicode(ch)
			if code[i] <= u && u <= code[i+1] {
				return ok
			}
			i += 2
		case opNEGATE:
			ok = !ok
		case opBIGCHARSET:
			n := int(code[i])
			i++
			// the 256 block numbers are bytes packed in 64 words, in the
			// little-endian order re._compiler's array('I') gives them
			if ch < 0x10000 {
				b := ch >> 8
				blk := int(code[i+int(b>>2)]>>(8*(b&3))) & 0xff
				w := code[i+64+blk*8+int(ch&255)>>5]
				if w&(1<<(ch&31)) != 0 {
					return ok
				}
			}
			i += 64 + n*8
		default:
			return false
		}
	}
}

func charsetLocIgnore(code []uint32, i int, ch uint32) bool {
	lo := lowerLocale(ch)
	if charset(code, i, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && charset(code, i, up)
}

// at is SRE(at).
func at[T char](st *State, s []T, ptr int, code uint32) bool {
	end := st.end
	switch code {
	case atBEGINNING, atBEGINNING_STRING:
		return ptr == 0
	case atBEGINNING_LINE:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEND:
		return (end-ptr == 1 && s[ptr] == '\n') || ptr == end
	case atEND_LINE:
		// with pos > endpos, ptr may be past end: C reads the string (or
		// its terminating NUL) there
		return ptr == end || ptr < len(s) && s[ptr] == '\n'
	case atEND_STRING:
		return ptr == end
	}
	if end == 0 {
		return false
	}
	var word func(uint32) bool
	neg := false
	switch code {
	case atBOUNDARY:
		word = isWord
	case atNON_BOUNDARY:
		word, neg = isWord, true
	case atLOC_BOUNDARY:
		word = isLocWord
	case atLOC_NON_BOUNDARY:
		word, neg = isLocWord, true
	case atUNI_BOUNDARY:
		word = isUniWord
	case atUNI_NON_BOUNDARY:
		word, neg = isUniWord, true
	default:
		return false
	}
	that := ptr > 0 && word(uint32(s[ptr-1]))
	this := ptr < end && word(uint32(s[ptr]))
	return (this != that) != neg
}

// count is SRE(count): how many times (up to maxcount) the single-width
// item at code[pc:] matches from st.ptr; negative for an error.
func count[T char](st *State, s []T, pc int, maxcount uint32) int {
	code := st.prog.code
	ptr := st.ptr
	end := st.end
	if maxcount != MaxRepeat && int(maxcount) < end-ptr {
		end = ptr + int(maxcount)
	}
	switch code[pc] {
	case opIN:
		for ptr < end && charset(code, pc+2, uint32(s[ptr])) {
			ptr++
		}
	case opANY:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opANY_ALL:
		ptr = end
	case opLITERAL:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case opLITERAL_IGNORE:
		c := code[pc+1]
		for ptr < end && lowerASCII(uint32(s[ptr])) == c {
			ptr++
		}
	case opLITERAL_UNI_IGNORE:
		c := code[pc+1]
		for ptr < end && lowerUnicode(uint32(s[ptr])) == c {
			ptr++
		}
	case opLITERAL_LOC_IGNORE:
		c := code[pc+1]
		for ptr < end && charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	case opNOT_LITERAL:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case opNOT_LITERAL_IGNORE:
		c := code[pc+1]
		for ptr < end && lowerASCII(uint32(s[ptr])) != c {
			ptr++
		}
	case opNOT_LITERAL_UNI_IGNORE:
		c := code[pc+1]
		for ptr < end && lowerUnicode(uint32(s[ptr])) != c {
			ptr++
		}
	case opNOT_LITERAL_LOC_IGNORE:
		c := code[pc+1]
		for ptr < end && !charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	default:
		// a single-width item of another kind: run the matcher per step
		for st.ptr < end {
			i := run(st, s, pc, false)
			if i < 0 {
				return i
			}
			if i == 0 {
				break
			}
		}
		return st.ptr - ptr
	}
	return ptr - st.ptr
}

package sre

import "errors"

// ErrInvalidCode is _validate's verdict on a code list (RuntimeError
// "invalid SRE code" in CPython).
var ErrInvalidCode = errors.New("invalid SRE code")

// ErrInternal is what the engine reports for a state it cannot be in with a
// valid program (RuntimeError "internal error in regular expression engine").
var ErrInternal = errors.New("internal error in regular expression engine")

// Prog is a validated code list: what _sre.compile keeps of re._compiler's
// output. It is immutable and may be shared by any number of States.
type Prog struct {
	code   []uint32
	groups int
}

// Code returns the program's code list (not to be modified).
func (p *Prog) Code() []uint32 { return p.code }

// Groups is the number of capturing groups (pattern.groups).
func (p *Prog) Groups() int { return p.groups }

// Compile validates code as sre.c's _validate does and returns the program.
// The slice is kept, not copied.
func Compile(code []uint32, groups int) (*Prog, error) {
	loadUnicode()
	if validateOuter(code, groups) != 0 {
		return nil, ErrInvalidCode
	}
	return &Prog{code: code, groups: groups}, nil
}

// The validator walks [c, end) of the code as _validate_inner does; it
// returns 0 (ok), -1 (invalid) or 1 (the region ends with a JUMP). Where the
// C code would compute a region that ends before it starts (unsigned
// wrap-around, undefined behaviour there) the code is invalid here.
type validator struct {
	code   []uint32
	groups int
}

func validateOuter(code []uint32, groups int) int {
	if groups < 0 || groups > MaxGroups || len(code) == 0 || code[len(code)-1] != opSUCCESS {
		return -1
	}
	v := validator{code, groups}
	return v.inner(0, len(code)-1)
}

func (v *validator) charset(c, end int) int {
	code := v.code
	if c > end || end > len(code) {
		return -1
	}
	for c < end {
		op := code[c]
		c++
		switch op {
		case opNEGATE:
		case opLITERAL:
			if c >= end {
				return -1
			}
			c++
		case opRANGE, opRANGE_UNI_IGNORE:
			if c+2 > end {
				return -1
			}
			c += 2
		case opCHARSET:
			if 8 > end-c {
				return -1
			}
			c += 8
		case opBIGCHARSET:
			if c >= end {
				return -1
			}
			n := code[c]
			c++
			if 64 > end-c {
				return -1
			}
			for i := range 256 {
				if (code[c+i/4]>>(8*(i%4)))&0xff >= n {
					return -1
				}
			}
			c += 64
			if int64(n)*8 > int64(end-c) {
				return -1
			}
			c += int(n) * 8
		case opCATEGORY:
			if c >= end {
				return -1
			}
			if code[c] > catUNI_NOT_LINEBREAK {
				return -1
			}
			c++
		default:
			return -1
		}
	}
	return 0
}

func (v *validator) inner(c, end int) int {
	code := v.code
	if c > end || end > len(code) {
		return -1
	}
	// getSkip reads a skip at c as GET_SKIP_ADJ(adj): it must not reach
	// past end.
	for c < end {
		op := code[c]
		c++
		switch op {
		case opMARK:
			if c >= end {
				return -1
			}
			if int64(code[c]) > 2*int64(v.groups)+1 {
				return -1
			}
			c++
		case opLITERAL, opNOT_LITERAL, opLITERAL_IGNORE, opNOT_LITERAL_IGNORE,
			opLITERAL_UNI_IGNORE, opNOT_LITERAL_UNI_IGNORE, opLITERAL_LOC_IGNORE, opNOT_LITERAL_LOC_IGNORE:
			if c >= end {
				return -1
			}
			c++
		case opSUCCESS, opFAILURE:
		case opAT:
			if c >= end {
				return -1
			}
			if code[c] > atUNI_NON_BOUNDARY {
				return -1
			}
			c++
		case opANY, opANY_ALL:
		case opIN, opIN_IGNORE, opIN_UNI_IGNORE, opIN_LOC_IGNORE:
			skip, ok := v.skip(c, end, 0)
			if !ok {
				return -1
			}
			c++
			if skip < 2 {
				return -1
			}
			if v.charset(c, c+skip-2) != 0 {
				return -1
			}
			if code[c+skip-2] != opFAILURE {
				return -1
			}
			c += skip - 1
		case opINFO:
			skip, ok := v.skip(c, end, 0)
			if !ok {
				return -1
			}
			c++
			newcode := c + skip - 1
			if c+3 > end {
				return -1
			}
			flags := code[c]
			c += 3
			if flags&^(infoPREFIX|infoLITERAL|infoCHARSET) != 0 {
				return -1
			}
			if flags&infoPREFIX != 0 && flags&infoCHARSET != 0 {
				return -1
			}
			if flags&infoLITERAL != 0 && flags&infoPREFIX == 0 {
				return -1
			}
			if flags&infoPREFIX != 0 {
				if c+2 > end {
					return -1
				}
				plen := int64(code[c])
				c += 2
				if plen > int64(newcode-c) {
					return -1
				}
				c += int(plen)
				if plen > int64(newcode-c) {
					return -1
				}
				for i := 0; i < int(plen); i++ {
					if int64(code[c+i]) >= plen {
						return -1
					}
				}
				c += int(plen)
			}
			if flags&infoCHARSET != 0 {
				if newcode < 1 || v.charset(c, newcode-1) != 0 {
					return -1
				}
				if code[newcode-1] != opFAILURE {
					return -1
				}
				c = newcode
			} else if c != newcode {
				return -1
			}
		case opBRANCH:
			target := -1
			for {
				skip, ok := v.skip(c, end, 0)
				if !ok {
					return -1
				}
				c++
				if skip == 0 {
					break
				}
				if skip < 3 || v.inner(c, c+skip-3) != 0 {
					return -1
				}
				c += skip - 3
				if c >= end || code[c] != opJUMP {
					return -1
				}
				c++
				skip, ok = v.skip(c, end, 0)
				if !ok {
					return -1
				}
				c++
				if target < 0 {
					target = c + skip - 1
				} else if c+skip-1 != target {
					return -1
				}
			}
			if c != target {
				return -1
			}
		case opREPEAT_ONE, opMIN_REPEAT_ONE, opPOSSESSIVE_REPEAT_ONE:
			skip, ok := v.skip(c, end, 0)
			if !ok {
				return -1
			}
			c++
			if c+2 > end {
				return -1
			}
			lo, hi := code[c], code[c+1]
			c += 2
			if lo > hi {
				return -1
			}
			if skip < 4 || v.inner(c, c+skip-4) != 0 {
				return -1
			}
			c += skip - 4
			if c >= end || code[c] != opSUCCESS {
				return -1
			}
			c++
		case opREPEAT, opPOSSESSIVE_REPEAT:
			skip, ok := v.skip(c, end, 0)
			if !ok {
				return -1
			}
			c++
			if c+2 > end {
				return -1
			}
			lo, hi := code[c], code[c+1]
			c += 2
			if lo > hi {
				return -1
			}
			if skip < 3 || v.inner(c, c+skip-3) != 0 {
				return -1
			}
			c += skip - 3
			if c >= end {
				return -1
			}
			op2 := code[c]
			c++
			if op == opPOSSESSIVE_REPEAT {
				if op2 != opSUCCESS {
					return -1
				}
			} else if op2 != opMAX_UNTIL && op2 != opMIN_UNTIL {
				return -1
			}
		case opATOMIC_GROUP:
			skip, ok := v.skip(c, end, 0)
			if !ok {
				return -1
			}
			c++
			if skip < 2 || v.inner(c, c+skip-2) != 0 {
				return -1
			}
			c += skip - 2
			if c >= end || code[c] != opSUCCESS {
				return -1
			}
			c++
		case opGROUPREF, opGROUPREF_IGNORE, opGROUPREF_UNI_IGNORE, opGROUPREF_LOC_IGNORE:
			if c >= end {
				return -1
			}
			if int64(code[c]) >= int64(v.groups) {
				return -1
			}
			c++
		case opGROUPREF_EXISTS:
			if c >= end {
				return -1
			}
			if int64(code[c]) >= int64(v.groups) {
				return -1
			}
			c++
			skip, ok := v.skip(c, end, 1)
			if !ok {
				return -1
			}
			// c stays at the skip: it is relative to the first arg
			if skip < 2 {
				return -1
			}
			rc := v.inner(c+1, c+skip-1)
			if rc == 1 {
				c += skip - 2
				skip, ok = v.skip(c, end, 0)
				if !ok {
					return -1
				}
				c++
				if skip < 1 {
					return -1
				}
				rc = v.inner(c, c+skip-1)
			}
			if rc != 0 {
				return -1
			}
			c += skip - 1
		case opASSERT, opASSERT_NOT:
			skip, ok := v.skip(c, end, 0)
			if !ok {
				return -1
			}
			c++
			if c >= end {
				return -1
			}
			// c is at the lookbehind width, where the C code's code-- leaves it
			if skip < 3 || v.inner(c+1, c+skip-2) != 0 {
				return -1
			}
			c += skip - 2
			if c >= end || code[c] != opSUCCESS {
				return -1
			}
			c++
		case opJUMP:
			if c+1 != end {
				return -1
			}
			return 1
		default:
			return -1
		}
	}
	return 0
}

// skip reads the skip at c (GET_SKIP_ADJ): it fails past end or when it
// reaches beyond end.
func (v *validator) skip(c, end, adj int) (int, bool) {
	if c >= end {
		return 0, false
	}
	s := int64(v.code[c])
	if s < int64(adj) || s-int64(adj) > int64(end-c) {
		return 0, false
	}
	return int(s), true
}

package bytecode

// Opcode is one of CPython 3.13's opcodes (0-255) or one of its compiler's
// pseudo-instructions (256 and up, never in an assembled code object). The
// constants and their facts are generated from opcodes.tsv.
type Opcode uint16

// Flag is a fact of an opcode, as the opcode module's has* lists give it.
type Flag uint16

const (
	HasArg       Flag = 1 << iota // takes an oparg (opcode >= HAVE_ARGUMENT, or a pseudo with one)
	HasConst                      // oparg indexes co_consts
	HasName                       // oparg indexes co_names (LOAD_GLOBAL, LOAD_ATTR, ... shift it)
	HasJump                       // oparg is a jump delta
	JumpBackward                  // the jump goes backward
	HasLocal                      // oparg indexes the fast locals
	HasFree                       // oparg indexes the cells and free variables
	HasCompare                    // oparg holds a comparison
	HasExc                        // a pseudo that sets up an exception handler
	Pseudo                        // a compiler pseudo-instruction (>= 256)
	Instrumented                  // a sys.monitoring form
	Specialized                   // a PEP 659 specialized form of Info.Family
)

// Info is what the opcode table says of an opcode.
type Info struct {
	Name   string
	Flags  Flag
	Caches uint8  // inline cache entries (2-byte code units) after the instruction
	Family Opcode // for a specialized form, the generic opcode; else 0
}

// Info returns the table row of op; the zero Info for numbers no opcode has.
func (op Opcode) Info() *Info {
	if int(op) < len(opcodeInfo) {
		return &opcodeInfo[op]
	}
	return &Info{}
}

// Valid reports whether op names an opcode of the table.
func (op Opcode) Valid() bool { return int(op) < len(opcodeInfo) && opcodeInfo[op].Name != "" }

// String returns the opcode's name as dis prints it, or "<N>" for an
// unknown number (as dis.opname's placeholders).
func (op Opcode) String() string {
	if op.Valid() {
		return opcodeInfo[op].Name
	}
	return "<" + itoa(int(op)) + ">"
}

// Has reports whether op has every flag of f.
func (op Opcode) Has(f Flag) bool { return op.Info().Flags&f == f }

// Caches is the number of inline cache entries that follow op.
func (op Opcode) Caches() int { return int(op.Info().Caches) }

// StackEffect is the net stack effect of op with oparg, on the fall-through
// path (jump false) or the jump path (jump true), as dis.stack_effect. ok is
// false for specialized and instrumented forms, which the compiler never
// emits.
func StackEffect(op Opcode, oparg int, jump bool) (effect int, ok bool) {
	return stackEffect(op, oparg, jump)
}

// buildSliceEffect: BUILD_SLICE pops 3 with oparg 3, else 2, and pushes one.
func buildSliceEffect(n int) int {
	if n == 3 {
		return -2
	}
	return -1
}

// Lookup returns the opcode named name.
func Lookup(name string) (Opcode, bool) {
	for i := range opcodeInfo {
		if opcodeInfo[i].Name == name {
			return Opcode(i), true
		}
	}
	return 0, false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

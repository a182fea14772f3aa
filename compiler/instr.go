package compiler

import "github.com/peglab/peglab/compiler/bytecode"

// This file is the seam between code generation (codegen*.go, after
// compile.c) and the back end (flowgraph*.go and assemble*.go, after
// flowgraph.c and assemble.c): codegen appends instructions, pseudo ones
// included, to an InstrSeq whose jumps name labels; the back end turns the
// sequence into a control-flow graph, optimizes it and assembles a
// bytecode.Code.

// Label names a position in an InstrSeq; jump instructions and the SETUP_*
// pseudo-instructions carry their target label in Arg, as CPython's
// instruction sequence does.
type Label int32

// NoLabel is the zero of no label at all.
const NoLabel Label = -1

// Loc is a source location: 1-based lines, 0-based UTF-8 byte columns, as
// CPython's _Py_SourceLocation. NoLoc (all -1) marks an artificial
// instruction whose line the back end propagates.
type Loc struct {
	Line, EndLine, Col, EndCol int32
}

// NoLoc is CPython's NO_LOCATION.
var NoLoc = Loc{-1, -1, -1, -1}

// Instr is one instruction of a sequence.
type Instr struct {
	Op  bytecode.Opcode
	Arg int32 // the oparg; for a jump or SETUP_*, the target Label
	Loc Loc
}

// InstrSeq is the instruction sequence of one code unit, as CPython's
// _PyInstructionSequence: instructions in emission order and where each
// label was placed.
type InstrSeq struct {
	Instrs []Instr
	// LabelAt maps a label to the index of the instruction it precedes
	// (len(Instrs) when placed at the end); -1 while not yet placed.
	LabelAt []int32
}

// NewLabel returns a fresh, unplaced label.
func (s *InstrSeq) NewLabel() Label {
	s.LabelAt = append(s.LabelAt, -1)
	return Label(len(s.LabelAt) - 1)
}

// UseLabel places l before the next instruction to be added.
func (s *InstrSeq) UseLabel(l Label) { s.LabelAt[l] = int32(len(s.Instrs)) }

// Add appends an instruction.
func (s *InstrSeq) Add(op bytecode.Opcode, arg int32, loc Loc) {
	s.Instrs = append(s.Instrs, Instr{Op: op, Arg: arg, Loc: loc})
}

// UnitMeta is what the back end needs of a code unit besides its
// instructions, as CPython's _PyCompile_CodeUnitMetadata.
type UnitMeta struct {
	Name, QualName string
	// Consts is co_consts as codegen added them (the optimizer may add and
	// drop some).
	Consts []any
	// Names, VarNames, CellVars and FreeVars are in index order: names for
	// co_names, the fast locals (parameters first), the cell variables and
	// the free variables.
	Names, VarNames, CellVars, FreeVars []string
	// FastHidden lists the locals of inlined comprehensions (PEP 709) that
	// are hidden (CO_FAST_HIDDEN).
	FastHidden                                map[string]bool
	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	FirstLineNo                               int
}

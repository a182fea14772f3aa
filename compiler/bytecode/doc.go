// Package bytecode holds what the compiler hands the VM and dis: CPython
// 3.13's opcode table (generated from opcodes.tsv, which scripts/opcodes.py
// prints from the oracle's opcode module), the code object, and CPython's
// marshal format, which carries code objects between the two.
//
// A Code holds every co_* field as CPython stores it; the views CPython
// derives are methods: VarNames, CellVars, FreeVars and NLocals from the
// localsplus kinds (FastLocal, FastCell, FastFree, FastHidden, the bits of
// Include/internal/pycore_code.h), Lines and Positions from the location
// table (Objects/locations.md: one entry per run of code units, a 4-bit
// form code choosing among no location, a line delta only, one-line short
// forms with columns, and the long form with varint deltas), and
// ExceptionEntries from the exception table (big-endian 6-bit varints:
// start, length, target, depth<<1|lasti).
//
// Unmarshal reads marshal.loads's format (every type code of versions 0
// to 4, back-references included; CPython's error classes and messages),
// Marshal writes version 4. Values are ast.Constant's (ast.None,
// ast.Ellipsis, bool, int64/*big.Int, float64, complex128, WTF-8 string,
// ast.Bytes) plus Tuple, FrozenSet, List, Set, *Dict, *Code and
// StopIteration. Dump prints every field of a code object tree, the text
// of `peglab code` and of scripts/oracle.py's code stage.
//
// It imports nothing of the pipeline but ast (for the constant types), so
// the compiler, the disassembler and the runtime all depend on it and on
// nothing of each other. Tests: goldens of CPython's marshal bytes
// (scripts/marshal-golden.sh) and a round trip over the standard library
// against the oracle when there is one (TestMarshalOracle).
package bytecode

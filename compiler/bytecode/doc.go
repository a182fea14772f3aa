// Package bytecode holds what the compiler hands the VM and dis: CPython
// 3.13's opcode table (generated from opcodes.tsv, which scripts/opcodes.py
// prints from the oracle's opcode module) and the code object.
//
// It imports nothing of the pipeline, so the compiler, the disassembler and
// the runtime all depend on it and on nothing of each other.
package bytecode

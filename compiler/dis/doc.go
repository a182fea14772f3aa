// Package dis prints code objects exactly as CPython 3.13's dis module
// does (`python3.13 -m dis FILE`, with -C/--show-caches and
// -O/--show-offsets), and, in Code, every field of them (the text of
// `peglab code`, which scripts/oracle.py prints from CPython).
//
// The machine it reads is bytecode.Code: co_code is a sequence of 2-byte
// code units (opcode, oparg), an EXTENDED_ARG unit shifting 8 more bits
// into the next oparg, and each instruction followed by its inline cache
// entries (zeroed in a code object; dis skips them or, with ShowCaches,
// shows them as CACHE lines with their field names). Dis walks the units
// once, as dis._unpack_opargs, and resolves each oparg as dis.ArgResolver:
// constants by repr, names (LOAD_GLOBAL's and LOAD_ATTR's low bit, "+
// NULL" and "+ NULL|self"), locals and cells by co_localsplusnames, jump
// targets by label. Labels L1, L2, ... number, in offset order, every jump
// target and every start, end and target of the exception table. The line
// column comes from co_lines (dis.findlinestarts), its width from the
// largest line.
//
// The one run-dependent part of dis's text, the address in a code
// object's repr, is printed as bytecode.CodeAddr; comparisons mask it on
// both sides (scripts/oracle.py's dis stage does). A frozenset constant
// is printed in the order CPython's set iterates it (bytecode.SetOrder),
// which depends on the hashes of its elements: for str and bytes that is
// string hashing, so the oracle runs with PYTHONHASHSEED=0 and
// bytecode.PyHash hashes as it then does.
//
// Tests: TestGolden prints CPython's own code objects of testdata/*.py
// (their marshal bytes, from scripts/dis-golden.sh) and must give the
// oracle's text; TestDisOracle does the same over the oracle's whole
// standard library when it is installed (scripts/dis-parity.sh); and
// TestCompileGolden prints our compiler's code objects of the same
// programs, the end-to-end check, which over a tree is
// `peglab corpus --oracle PYTHON --stage dis|code DIR`.
package dis

// Package extops puts the operators of language extensions into the
// stages after the parser: it gives each one its bytecode argument and
// registers it with the compiler (AST operator → BINARY_OP or COMPARE_OP
// oparg), with dis (the operator's text, `BINARY_OP 26 (->)`) and with the
// VM's operator tables (symbol, dunders, Go or Python semantics).
//
// The operators come from the extensions' declarations, never from code
// that names them: extensions.Operator for compiled-in extensions (Impl
// holds Go semantics, as almosteq's isclose), and the OPERATORS dict of
// ext.py for folders loaded with --ext-dir, which the VM runs to get
// their semantics in Python (runtime.LoadExtPy). Opargs are assigned over
// the extensions enabled, compiled-in ones by name first, then loaded
// folders, each from the first free index: NB 26 after NB_INPLACE_XOR,
// comparison 6 after Py_GE. So with --ext almosteq,arrow `~=` is
// COMPARE_OP 6<<5 and `->` BINARY_OP 26, and a folder loaded alone gets
// 26 or 6 too: the bytecode of a program depends only on what is enabled.
package extops

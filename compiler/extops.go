package compiler

import (
	"sync"

	"github.com/peglab/peglab/ast"
)

// Operators that language extensions add (an ast.Operator or ast.Cmpop
// past Python's own) compile to BINARY_OP and COMPARE_OP like the
// built-in ones, with the oparg the extension machinery assigned: the
// next NB_* after NB_INPLACE_XOR (26, ...) and the next comparison after
// Py_GE (6, ...). The table is filled before compiling, from the
// extensions' declarations (internal/support/extops); no compiler file
// names an extension.

var (
	extOpsMu  sync.RWMutex
	extBinary = map[ast.Operator]int{}
	extCmp    = map[ast.Cmpop]int{}
)

// FirstExtBinaryOp and FirstExtCompareOp are the first opargs free for
// extensions: one past NB_INPLACE_XOR, one past Py_GE.
const (
	FirstExtBinaryOp  = 26
	FirstExtCompareOp = 6
)

// RegisterBinaryOp makes op compile to BINARY_OP oparg.
func RegisterBinaryOp(op ast.Operator, oparg int) {
	extOpsMu.Lock()
	extBinary[op] = oparg
	extOpsMu.Unlock()
}

// RegisterCompareOp makes op compile to COMPARE_OP with index as the
// comparison (oparg index<<5, plus the to-bool flag where CPython sets
// it).
func RegisterCompareOp(op ast.Cmpop, index int) {
	extOpsMu.Lock()
	extCmp[op] = index
	extOpsMu.Unlock()
}

func extBinaryOparg(op ast.Operator) (int, bool) {
	extOpsMu.RLock()
	n, ok := extBinary[op]
	extOpsMu.RUnlock()
	return n, ok
}

func extCompareIndex(op ast.Cmpop) (int, bool) {
	extOpsMu.RLock()
	n, ok := extCmp[op]
	extOpsMu.RUnlock()
	return n, ok
}

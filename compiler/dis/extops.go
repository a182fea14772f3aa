package dis

import "sync"

// The text of operators that language extensions add, for the argrepr of
// BINARY_OP (NB_* past NB_INPLACE_XOR) and COMPARE_OP (past Py_GE): dis
// prints `BINARY_OP 26 (->)` as it prints `BINARY_OP 0 (+)`. Filled from
// the extensions' declarations (internal/support/extops).
var (
	extMu  sync.RWMutex
	extCmp = map[int]string{}
	extNb  = map[int]string{}
)

// RegisterBinaryOp names BINARY_OP oparg.
func RegisterBinaryOp(oparg int, symbol string) {
	extMu.Lock()
	extNb[oparg] = symbol
	extMu.Unlock()
}

// RegisterCompareOp names COMPARE_OP's comparison index (oparg >> 5).
func RegisterCompareOp(index int, symbol string) {
	extMu.Lock()
	extCmp[index] = symbol
	extMu.Unlock()
}

// opName is lookup(table, i), falling back to the extensions' names.
func opName(table []string, ext map[int]string, i int) string {
	if i >= 0 && i < len(table) {
		return table[i]
	}
	extMu.RLock()
	s, ok := ext[i]
	extMu.RUnlock()
	if ok {
		return s
	}
	return bad
}

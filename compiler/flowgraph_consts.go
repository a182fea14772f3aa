package compiler

import (
	"math"
	"math/big"
	"reflect"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// Constants as the optimizer sees them: their truth value (PyObject_IsTrue)
// and their identity in the compiler's const cache (_PyCode_ConstantKey),
// under which 1 and True, 0.0 and -0.0, or 1 and 1.0 are different
// constants.

// Truther is implemented by a constant of a type the back end does not
// know, to say its truth value (others are true).
type Truther interface{ Truth() bool }

func constTruth(c any) bool {
	switch c := c.(type) {
	case nil, ast.NoneType:
		return false
	case bool:
		return c
	case int64:
		return c != 0
	case int:
		return c != 0
	case *big.Int:
		return c.Sign() != 0
	case float64:
		return c != 0
	case complex128:
		return c != 0
	case string:
		return c != ""
	case ast.Bytes:
		return c != ""
	case bytecode.Tuple:
		return len(c) != 0
	case bytecode.FrozenSet:
		return len(c) != 0
	case Truther:
		return c.Truth()
	}
	return true
}

func isNone(c any) bool {
	switch c.(type) {
	case nil, ast.NoneType:
		return true
	}
	return false
}

// cacheConstEqual reports whether a and b are one constant for the const cache.
func cacheConstEqual(a, b any) bool {
	switch a := a.(type) {
	case nil, ast.NoneType:
		return isNone(b)
	case ast.EllipsisType:
		_, ok := b.(ast.EllipsisType)
		return ok
	case bool:
		b, ok := b.(bool)
		return ok && a == b
	case int64:
		switch b := b.(type) {
		case int64:
			return a == b
		case int:
			return a == int64(b)
		case *big.Int:
			return b.IsInt64() && b.Int64() == a
		}
		return false
	case int:
		return cacheConstEqual(int64(a), b)
	case *big.Int:
		switch b := b.(type) {
		case *big.Int:
			return a.Cmp(b) == 0
		case int64, int:
			return cacheConstEqual(b, a)
		}
		return false
	case float64:
		b, ok := b.(float64)
		return ok && math.Float64bits(a) == math.Float64bits(b)
	case complex128:
		b, ok := b.(complex128)
		return ok && math.Float64bits(real(a)) == math.Float64bits(real(b)) &&
			math.Float64bits(imag(a)) == math.Float64bits(imag(b))
	case string:
		b, ok := b.(string)
		return ok && a == b
	case ast.Bytes:
		b, ok := b.(ast.Bytes)
		return ok && a == b
	case bytecode.Tuple:
		b, ok := b.(bytecode.Tuple)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !cacheConstEqual(a[i], b[i]) {
				return false
			}
		}
		return true
	case bytecode.FrozenSet:
		b, ok := b.(bytecode.FrozenSet)
		if !ok || len(a) != len(b) {
			return false
		}
	outer:
		for i := range a {
			for j := range b {
				if cacheConstEqual(a[i], b[j]) {
					continue outer
				}
			}
			return false
		}
		return true
	case *bytecode.Code:
		b, ok := b.(*bytecode.Code)
		return ok && a == b
	}
	// A constant of another type is itself only.
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta.Comparable() && a == b
}

package almosteq

import (
	"math"

	"github.com/peglab/peglab/runtime"
)

// The tolerances of `~=`: math.isclose(a, b, rel_tol=1e-9, abs_tol=0.1).
const (
	relTol = 1e-9
	absTol = 0.1
)

// almostEqual is a ~= b on bool, int and float; other operands get
// NotImplemented, which the VM turns into "'~=' not supported between
// instances of ...".
func almostEqual(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	x, ok, err := runtime.ToFloat(a)
	if err != nil || !ok {
		return runtime.NotImplemented, err
	}
	y, ok, err := runtime.ToFloat(b)
	if err != nil || !ok {
		return runtime.NotImplemented, err
	}
	return runtime.MakeBool(isClose(x, y)), nil
}

// isClose is math.isclose's test.
func isClose(a, b float64) bool {
	if a == b {
		return true // exact, infinities of one sign included
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol
}

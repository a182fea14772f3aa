package runtime

import (
	"math"
	"math/cmplx"
)

// cmath (Modules/cmathmodule.c). sqrt, exp and log follow cmathmodule.c's
// own algorithms (scaling to avoid overflow, log via hypot); the other
// functions come from Go's math/cmplx. Errors follow CPython's rule: a
// finite argument whose result is infinite raises OverflowError for the
// growing functions (exp, cosh, sinh) and ValueError("math domain error")
// for the singular ones (log, atanh, ...); a NaN from non-NaN input is a
// domain error. CPython looks non-finite arguments up in C99 Annex G
// tables; Go's cmplx agrees with most, not all, of their entries.

func cmathArg(v Value) (complex128, *Exception) {
	if v.p != intTag && v.p != floatTag && v.p != nil && v.Type() == ComplexType {
		return (*Complex)(v.p).v, nil
	}
	if v.p != intTag && v.p != floatTag && v.p != nil {
		if m := v.Type().lookupS("__complex__"); m.p != nil {
			r, err := callMethod(m, v)
			if err != nil {
				return 0, err
			}
			if r.p != intTag && r.p != floatTag && r.Type().IsSubtype(ComplexType) {
				return (*Complex)(r.p).v, nil
			}
			return 0, newErr(TypeError, "__complex__ returned non-complex (type %s)", typeName(r))
		}
		if v.Type().IsSubtype(ComplexType) {
			return (*Complex)(v.p).v, nil
		}
	}
	x, err := mathArg(v)
	if err != nil {
		return 0, err
	}
	return complex(x, 0), nil
}

func cfinite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsNaN(real(z)) && !math.IsInf(imag(z), 0) && !math.IsNaN(imag(z))
}

func chasNaN(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }
func chasInf(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }

// cSqrt is c_sqrt: the principal root, scaled so that no intermediate
// overflows or loses precision to underflow.
func cSqrt(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !cfinite(z) {
		return cmplx.Sqrt(z)
	}
	if x == 0 && y == 0 {
		return complex(0, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < math.SmallestNonzeroFloat64*(1<<52) && ay < math.SmallestNonzeroFloat64*(1<<52) {
		ax = math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(ax+math.Hypot(ax, math.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+math.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y))
	}
	return complex(d, math.Copysign(s, y))
}

func cLog(z complex128) (complex128, bool) {
	x, y := real(z), imag(z)
	if !cfinite(z) {
		return cmplx.Log(z), true
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	const large = math.MaxFloat64 / 4
	switch {
	case ax > large || ay > large:
		re = math.Log(math.Hypot(ax/2, ay/2)) + math.Ln2
	case ax < math.SmallestNonzeroFloat64*(1<<52) && ay < math.SmallestNonzeroFloat64*(1<<52):
		if ax > 0 || ay > 0 {
			re = math.Log(math.Hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*math.Ln2
		} else {
			return complex(math.Inf(-1), math.Atan2(y, x)), false
		}
	default:
		h := math.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = math.Log(h)
		}
	}
	return complex(re, math.Atan2(y, x)), true
}

func cExp(z complex128) (complex128, *Exception) {
	x, y := real(z), imag(z)
	if !cfinite(z) {
		if math.IsInf(x, 0) && !math.IsNaN(y) && y != 0 && !math.IsInf(y, 0) {
			if x > 0 {
				return complex(math.Copysign(math.Inf(1), math.Cos(y)), math.Copysign(math.Inf(1), math.Sin(y))), nil
			}
			return complex(math.Copysign(0, math.Cos(y)), math.Copysign(0, math.Sin(y))), nil
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return 0, mathDomain()
		}
		return cmplx.Exp(z), nil
	}
	var l float64
	if x > 708 {
		l = math.Exp(x-1) * math.E
	} else {
		l = math.Exp(x)
	}
	r := complex(l*math.Cos(y), l*math.Sin(y))
	if y == 0 {
		r = complex(l, y)
	}
	if chasInf(r) {
		return 0, mathRange()
	}
	return r, nil
}

func initCmath() *Module {
	m := NewModule("cmath")
	d := m.dict
	d.SetS("pi", MakeFloat(math.Pi))
	d.SetS("e", MakeFloat(math.E))
	d.SetS("tau", MakeFloat(2*math.Pi))
	d.SetS("inf", MakeFloat(math.Inf(1)))
	d.SetS("nan", MakeFloat(math.NaN()))
	d.SetS("infj", newComplex(complex(0, math.Inf(1))))
	d.SetS("nanj", newComplex(complex(0, math.NaN())))
	one := func(name string, a []Value, kw *Tuple) (complex128, *Exception) {
		if kwCount(kw) > 0 || len(a) != 1 {
			return 0, newErr(TypeError, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		return cmathArg(a[0])
	}
	// kind: 0 plain, 1 grows (overflow is a range error), 2 singular
	// (an infinity from a finite argument is a domain error)
	fn := func(name string, f func(complex128) complex128, kind int) {
		d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			z, err := one(name, a, kw)
			if err != nil {
				return Null, err
			}
			r := f(z)
			if cfinite(z) {
				if chasNaN(r) {
					return Null, mathDomain()
				}
				if chasInf(r) {
					if kind == 1 {
						return Null, mathRange()
					}
					return Null, mathDomain()
				}
			} else if kind != 2 && !chasNaN(z) && (math.IsInf(real(z), 0) && (name == "sin" || name == "cos" || name == "tan") ||
				math.IsInf(imag(z), 0) && (name == "sinh" || name == "cosh" || name == "tanh")) && !math.IsInf(real(r), 0) && chasNaN(r) {
				return Null, mathDomain()
			}
			return newComplex(r), nil
		}))
	}
	fn("sqrt", cSqrt, 0)
	d.SetS("exp", goFunc("exp", func(a []Value, kw *Tuple) (Value, *Exception) {
		z, err := one("exp", a, kw)
		if err != nil {
			return Null, err
		}
		r, err := cExp(z)
		if err != nil {
			return Null, err
		}
		return newComplex(r), nil
	}))
	logOf := func(z complex128) (complex128, *Exception) {
		r, ok := cLog(z)
		if !ok {
			return 0, mathDomain()
		}
		return r, nil
	}
	d.SetS("log", goFunc("log", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 || len(a) < 1 || len(a) > 2 {
			return Null, newErr(TypeError, "log expected at least 1 argument, got %d", len(a))
		}
		z, err := cmathArg(a[0])
		if err != nil {
			return Null, err
		}
		r, ok := cLog(z)
		if len(a) == 2 {
			b, err := cmathArg(a[1])
			if err != nil {
				return Null, err
			}
			lb, err := logOf(b)
			if err != nil {
				return Null, err
			}
			if lb == 0 {
				return Null, mathDomain()
			}
			return newComplex(cDiv(r, lb)), nil
		}
		if !ok {
			return Null, mathDomain()
		}
		return newComplex(r), nil
	}))
	d.SetS("log10", goFunc("log10", func(a []Value, kw *Tuple) (Value, *Exception) {
		z, err := one("log10", a, kw)
		if err != nil {
			return Null, err
		}
		r, err := logOf(z)
		if err != nil {
			return Null, err
		}
		return newComplex(complex(real(r)/math.Ln10, imag(r)/math.Ln10)), nil
	}))
	fn("acos", cmplx.Acos, 0)
	fn("asin", cmplx.Asin, 0)
	fn("atan", cmplx.Atan, 2)
	fn("cos", cmplx.Cos, 1)
	fn("sin", cmplx.Sin, 1)
	fn("tan", func(z complex128) complex128 {
		// tan(z) = -i tanh(iz)
		r := cTanh(complex(-imag(z), real(z)))
		return complex(imag(r), -real(r))
	}, 1)
	fn("acosh", cmplx.Acosh, 0)
	fn("asinh", cmplx.Asinh, 0)
	fn("atanh", cmplx.Atanh, 2)
	fn("cosh", realFirst(cmplx.Cosh, math.Cosh), 1)
	fn("sinh", realFirst(cmplx.Sinh, math.Sinh), 1)
	fn("tanh", cTanh, 1)
	d.SetS("phase", goFunc("phase", func(a []Value, kw *Tuple) (Value, *Exception) {
		z, err := one("phase", a, kw)
		if err != nil {
			return Null, err
		}
		return MakeFloat(math.Atan2(imag(z), real(z))), nil
	}))
	d.SetS("polar", goFunc("polar", func(a []Value, kw *Tuple) (Value, *Exception) {
		z, err := one("polar", a, kw)
		if err != nil {
			return Null, err
		}
		r := math.Hypot(real(z), imag(z))
		if math.IsInf(r, 0) && cfinite(z) {
			return Null, mathRange()
		}
		return NewTuple(MakeFloat(r), MakeFloat(math.Atan2(imag(z), real(z)))), nil
	}))
	d.SetS("rect", goFunc("rect", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 || len(a) != 2 {
			return Null, newErr(TypeError, "rect expected 2 arguments, got %d", len(a))
		}
		r, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		phi, err := mathArg(a[1])
		if err != nil {
			return Null, err
		}
		switch {
		case math.IsInf(phi, 0) && !math.IsNaN(r) && r != 0:
			return Null, mathDomain()
		case math.IsInf(r, 0) && !math.IsInf(phi, 0) && !math.IsNaN(phi) && phi != 0:
			return newComplex(complex(math.Copysign(math.Inf(1), math.Cos(phi))*math.Copysign(1, r), math.Copysign(math.Inf(1), math.Sin(phi))*math.Copysign(1, r))), nil
		case r == 0 && (math.IsInf(phi, 0) || math.IsNaN(phi)):
			return newComplex(0), nil
		case phi == 0:
			if math.IsInf(r, 0) || math.IsNaN(r) {
				return newComplex(complex(r, phi)), nil
			}
			return newComplex(complex(r, phi*r)), nil
		}
		return newComplex(complex(r*math.Cos(phi), r*math.Sin(phi))), nil
	}))
	pred := func(name string, f func(complex128) bool) {
		d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			z, err := one(name, a, kw)
			if err != nil {
				return Null, err
			}
			return MakeBool(f(z)), nil
		}))
	}
	pred("isfinite", cfinite)
	pred("isinf", chasInf)
	pred("isnan", chasNaN)
	d.SetS("isclose", goFunc("isclose", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [4]Value
		pos, _ := splitKw(a, kw)
		if len(pos) > 2 {
			return Null, newErr(TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
		}
		if err := parseArgsKw("isclose", []string{"a", "b", "rel_tol", "abs_tol"}, 2, a, kw, args[:]); err != nil {
			return Null, err
		}
		x, err := cmathArg(args[0])
		if err != nil {
			return Null, err
		}
		y, err := cmathArg(args[1])
		if err != nil {
			return Null, err
		}
		rel, absT := 1e-9, 0.0
		if args[2].p != nil {
			if rel, err = mathArg(args[2]); err != nil {
				return Null, err
			}
		}
		if args[3].p != nil {
			if absT, err = mathArg(args[3]); err != nil {
				return Null, err
			}
		}
		if rel < 0 || absT < 0 {
			return Null, newErr(ValueError, "tolerances must be non-negative")
		}
		if x == y {
			return True, nil
		}
		if chasInf(x) || chasInf(y) {
			return False, nil
		}
		diff := cmplx.Abs(x - y)
		return MakeBool(diff <= rel*cmplx.Abs(y) || diff <= rel*cmplx.Abs(x) || diff <= absT), nil
	}))
	return m
}

// cDiv is complex division as CPython's _Py_c_quot does it (Smith's
// method), which Go's / on complex128 does not follow bit for bit.
func cDiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return complex(math.NaN(), math.NaN())
		}
		ratio := bi / br
		den := br + bi*ratio
		return complex((ar+ai*ratio)/den, (ai-ar*ratio)/den)
	case abi >= abr:
		ratio := br / bi
		den := br*ratio + bi
		return complex((ar*ratio+ai)/den, (ai*ratio-ar)/den)
	}
	return complex(math.NaN(), math.NaN())
}

func init() { RegisterModule("cmath", initCmath) }

// realFirst evaluates f on the real axis by its real counterpart (which
// stays finite up to the overflow threshold, as CPython's does).
func realFirst(f func(complex128) complex128, g func(float64) float64) func(complex128) complex128 {
	return func(z complex128) complex128 {
		if imag(z) == 0 && cfinite(z) {
			x := real(z)
			var r float64
			if math.Abs(x) > 700 {
				h := math.Exp(math.Abs(x) / 2)
				r = h * (h / 2)
				if x < 0 && g(-1) < 0 {
					r = -r
				}
			} else {
				r = g(x)
			}
			return complex(r, imag(z))
		}
		return f(z)
	}
}

// cTanh is c_tanh's formula for finite z: near-unit real part from large
// |x| without overflow, else tanh and tan of the parts combined.
func cTanh(z complex128) complex128 {
	if !cfinite(z) {
		return cmplx.Tanh(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > 708.3964185322641 {
		return complex(math.Copysign(1, x), 4*math.Sin(y)*math.Cos(y)*math.Exp(-2*math.Abs(x)))
	}
	tx, ty := math.Tanh(x), math.Tan(y)
	cx := 1 / math.Cosh(x)
	txty := tx * ty
	den := 1 + txty*txty
	return complex(tx*(1+ty*ty)/den, ((ty/den)*cx)*cx)
}

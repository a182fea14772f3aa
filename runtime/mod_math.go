package runtime

import (
	"math"
	"math/big"
)

// The rest of math (Modules/mathmodule.c) beside sys.go's initMath:
// CPython 3.13's functions that were missing (sumprod, fma, dist, perm,
// frexp, modf, ldexp, nextafter with steps, remainder) and the ones whose
// special values or errors differed (log and its relatives on NaN and on
// non-positive ints, sinh/cosh near overflow, lgamma(-inf), hypot's
// accuracy). Results that depend on libm's last bit (sin, log, ...) come
// from Go's math package and may differ from glibc's in the last place.

func mathArg(v Value) (float64, *Exception) {
	x, ok, err := toFloat(v)
	if err != nil {
		return 0, err
	}
	if ok {
		return x, nil
	}
	if v.p != intTag && v.Type().toFloat != nil {
		r, err := v.Type().toFloat(v)
		if err != nil {
			return 0, err
		}
		return r.Float(), nil
	}
	if m := v.Type().lookupS("__float__"); m.p != nil {
		r, err := callMethod(m, v)
		if err != nil {
			return 0, err
		}
		if r.p == floatTag || r.Type().IsSubtype(FloatType) {
			return r.Float(), nil
		}
		return 0, newErr(TypeError, "%s.__float__ returned non-float (type %s)", typeName(v), typeName(r))
	}
	if m := v.Type().lookupS("__index__"); m.p != nil {
		iv, err := Index(v)
		if err != nil {
			return 0, err
		}
		return mathArg(iv)
	}
	return 0, newErr(TypeError, "must be real number, not %s", typeName(v))
}

func mathDomain() *Exception { return newErr(ValueError, "math domain error") }
func mathRange() *Exception  { return newErr(OverflowError, "math range error") }

// mathLogOf is loghelper: the natural log of an int of any size (by its
// bits) or of a float, with "math domain error" for x <= 0.
func mathLogOf(v Value, f func(float64) float64, scale float64) (float64, *Exception) {
	if isIntLike(v) {
		if v.p != intTag && v.Type() != BoolType {
			b := toBig(v)
			if b.Sign() <= 0 {
				return 0, mathDomain()
			}
			if b.BitLen() > 1000 {
				e := b.BitLen() - 60
				top, _ := new(big.Float).SetInt(new(big.Int).Rsh(b, uint(e))).Float64()
				return f(top) + float64(e)*scale, nil
			}
		}
		x, err := intToFloat(v)
		if err != nil {
			return 0, err
		}
		if x <= 0 {
			return 0, mathDomain()
		}
		return f(x), nil
	}
	x, err := mathArg(v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, mathDomain()
	}
	return f(x), nil
}

func initMathMore() {
	mv, ok := modules.GetS("math")
	if !ok {
		return
	}
	d := mv.mod().dict
	def := func(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) {
		d.SetS(name, goFunc(name, fn))
	}
	exact := func(name string, n int, a []Value, kw *Tuple) *Exception {
		if kwCount(kw) > 0 {
			return newErr(TypeError, "math.%s() takes no keyword arguments", name)
		}
		if len(a) != n {
			if n == 1 {
				return newErr(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(a))
			}
			return newErr(TypeError, "%s expected %d arguments, got %d", name, n, len(a))
		}
		return nil
	}
	// math_1: f, with NaN passing through, a domain check and overflow
	// to OverflowError when a finite argument gives an infinity
	f1 := func(name string, f func(float64) float64, domain func(float64) bool, canOverflow bool) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := exact(name, 1, a, kw); err != nil {
				return Null, err
			}
			x, err := mathArg(a[0])
			if err != nil {
				return Null, err
			}
			if math.IsNaN(x) {
				return MakeFloat(x), nil
			}
			if domain != nil && !domain(x) {
				return Null, mathDomain()
			}
			r := f(x)
			if math.IsNaN(r) {
				return Null, mathDomain()
			}
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				if canOverflow {
					return Null, mathRange()
				}
				return Null, mathDomain()
			}
			return MakeFloat(r), nil
		})
	}
	finite := func(x float64) bool { return !math.IsInf(x, 0) }
	f1("sin", math.Sin, finite, true)
	f1("cos", math.Cos, finite, true)
	f1("tan", math.Tan, finite, true)
	f1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }, true)
	f1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }, true)
	f1("acosh", math.Acosh, func(x float64) bool { return x >= 1 }, true)
	f1("atanh", math.Atanh, func(x float64) bool { return x > -1 && x < 1 }, true)
	f1("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 }, true)
	f1("log1p", math.Log1p, func(x float64) bool { return x > -1 }, true)
	big2 := func(f func(float64) float64, odd bool) func(float64) float64 {
		// near the overflow threshold e^|x| overflows before e^|x|/2 does
		return func(x float64) float64 {
			if math.Abs(x) > 700 && !math.IsInf(x, 0) {
				h := math.Exp(math.Abs(x) / 2)
				r := h * (h / 2)
				if odd && x < 0 {
					r = -r
				}
				return r
			}
			return f(x)
		}
	}
	f1("sinh", big2(math.Sinh, true), nil, true)
	f1("cosh", big2(math.Cosh, false), nil, true)
	f1("exp2", func(x float64) float64 {
		if x == math.Trunc(x) && math.Abs(x) < 2000 {
			return math.Ldexp(1, int(x))
		}
		return math.Exp2(x)
	}, nil, true)
	f1("lgamma", func(x float64) float64 {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		r, _ := math.Lgamma(x)
		return r
	}, func(x float64) bool { return !(x <= 0 && x == math.Floor(x)) || math.IsInf(x, -1) }, true)
	logN := func(name string, f func(float64) float64, scale float64) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := exact(name, 1, a, kw); err != nil {
				return Null, err
			}
			r, err := mathLogOf(a[0], f, scale)
			if err != nil {
				return Null, err
			}
			return MakeFloat(r), nil
		})
	}
	logN("log2", math.Log2, 1)
	logN("log10", math.Log10, math.Log10(2))
	def("log", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "math.log() takes no keyword arguments")
		}
		if len(a) < 1 || len(a) > 2 {
			return Null, newErr(TypeError, "log expected at least 1 argument, got %d", len(a))
		}
		num, err := mathLogOf(a[0], math.Log, math.Ln2)
		if err != nil {
			return Null, err
		}
		if len(a) == 1 {
			return MakeFloat(num), nil
		}
		den, err := mathLogOf(a[1], math.Log, math.Ln2)
		if err != nil {
			return Null, err
		}
		if den == 0 {
			return Null, newErr(ZeroDivisionError, "float division by zero")
		}
		return MakeFloat(num / den), nil
	})
	def("frexp", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("frexp", 1, a, kw); err != nil {
			return Null, err
		}
		x, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
			return NewTuple(MakeFloat(x), MakeInt(0)), nil
		}
		m, e := math.Frexp(x)
		return NewTuple(MakeFloat(m), MakeInt(int64(e))), nil
	})
	def("modf", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("modf", 1, a, kw); err != nil {
			return Null, err
		}
		x, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		if math.IsInf(x, 0) {
			return NewTuple(MakeFloat(math.Copysign(0, x)), MakeFloat(x)), nil
		}
		if math.IsNaN(x) {
			return NewTuple(MakeFloat(x), MakeFloat(x)), nil
		}
		i, f := math.Modf(x)
		return NewTuple(MakeFloat(f), MakeFloat(i)), nil
	})
	def("ldexp", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("ldexp", 2, a, kw); err != nil {
			return Null, err
		}
		x, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		if !isIntLike(a[1]) {
			if a[1].p == floatTag || a[1].Type().lookupS("__index__").p == nil {
				return Null, newErr(TypeError, "Expected an int as second argument to ldexp.")
			}
		}
		iv, err := Index(a[1])
		if err != nil {
			return Null, err
		}
		e := int64(0)
		if n, ok := smallInt(iv); ok {
			e = n
		} else if toBig(iv).Sign() > 0 {
			e = math.MaxInt64
		} else {
			e = math.MinInt64
		}
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return MakeFloat(x), nil
		}
		if e > 5000 {
			return Null, mathRange()
		}
		if e < -5000 {
			return MakeFloat(math.Copysign(0, x)), nil
		}
		r := math.Ldexp(x, int(e))
		if math.IsInf(r, 0) {
			return Null, mathRange()
		}
		return MakeFloat(r), nil
	})
	def("remainder", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("remainder", 2, a, kw); err != nil {
			return Null, err
		}
		x, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		y, err := mathArg(a[1])
		if err != nil {
			return Null, err
		}
		if math.IsNaN(x) || math.IsNaN(y) {
			return MakeFloat(math.NaN()), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return Null, mathDomain()
		}
		if math.IsInf(y, 0) {
			return MakeFloat(x), nil
		}
		return MakeFloat(math.Remainder(x, y)), nil
	})
	def("fma", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("fma", 3, a, kw); err != nil {
			return Null, err
		}
		var v [3]float64
		for i := range v {
			x, err := mathArg(a[i])
			if err != nil {
				return Null, err
			}
			v[i] = x
		}
		r := math.FMA(v[0], v[1], v[2])
		if !math.IsInf(r, 0) && !math.IsNaN(r) {
			return MakeFloat(r), nil
		}
		if math.IsNaN(r) {
			if !math.IsNaN(v[0]) && !math.IsNaN(v[1]) && !math.IsNaN(v[2]) {
				return Null, newErr(ValueError, "invalid operation in fma")
			}
		} else if !math.IsInf(v[0], 0) && !math.IsInf(v[1], 0) && !math.IsInf(v[2], 0) {
			return Null, newErr(OverflowError, "overflow in fma")
		}
		return MakeFloat(r), nil
	})
	def("nextafter", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [3]Value
		pos, _ := splitKw(a, kw)
		if len(pos) > 2 {
			return Null, newErr(TypeError, "nextafter expected 2 arguments, got %d", len(pos))
		}
		if err := parseArgsKw("nextafter", []string{"x", "y", "steps"}, 2, a, kw, args[:]); err != nil {
			return Null, err
		}
		x, err := mathArg(args[0])
		if err != nil {
			return Null, err
		}
		y, err := mathArg(args[1])
		if err != nil {
			return Null, err
		}
		if args[2].p == nil || args[2].isNone() {
			return MakeFloat(math.Nextafter(x, y)), nil
		}
		sv, err := Index(args[2])
		if err != nil {
			return Null, err
		}
		sb := toBig(sv)
		if sb.Sign() < 0 {
			return Null, newErr(ValueError, "steps must be a non-negative integer")
		}
		steps := uint64(math.MaxUint64)
		if sb.IsUint64() {
			steps = sb.Uint64()
		}
		return MakeFloat(nextafterSteps(x, y, steps)), nil
	})
	def("perm", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "math.perm() takes no keyword arguments")
		}
		if len(a) < 1 || len(a) > 2 {
			return Null, newErr(TypeError, "perm expected at most 2 arguments, got %d", len(a))
		}
		nv, err := Index(a[0])
		if err != nil {
			return Null, err
		}
		if len(a) == 1 || a[1].isNone() {
			f, _ := d.GetS("factorial")
			return Call(f, []Value{nv}, nil)
		}
		kv, err := Index(a[1])
		if err != nil {
			return Null, err
		}
		n, k := toBig(nv), toBig(kv)
		if n.Sign() < 0 {
			return Null, newErr(ValueError, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return Null, newErr(ValueError, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return MakeInt(0), nil
		}
		if !k.IsInt64() {
			return Null, newErr(OverflowError, "k must not exceed %d", int64(math.MaxInt64))
		}
		r := big.NewInt(1)
		lo := new(big.Int).Sub(n, k)
		for i := new(big.Int).Add(lo, big.NewInt(1)); i.Cmp(n) <= 0; i.Add(i, big.NewInt(1)) {
			r.Mul(r, i)
		}
		return newBig(r), nil
	})
	def("comb", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("comb", 2, a, kw); err != nil {
			return Null, err
		}
		nv, err := Index(a[0])
		if err != nil {
			return Null, err
		}
		kv, err := Index(a[1])
		if err != nil {
			return Null, err
		}
		n, k := toBig(nv), toBig(kv)
		if n.Sign() < 0 {
			return Null, newErr(ValueError, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return Null, newErr(ValueError, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return MakeInt(0), nil
		}
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() {
			return Null, newErr(OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
		}
		if n.IsInt64() {
			return newBig(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
		}
		r := big.NewInt(1)
		kk := k.Int64()
		for i := int64(0); i < kk; i++ {
			r.Mul(r, new(big.Int).Sub(n, big.NewInt(i)))
			r.Quo(r, big.NewInt(i+1))
		}
		return newBig(r), nil
	})
	def("factorial", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("factorial", 1, a, kw); err != nil {
			return Null, err
		}
		if a[0].p == floatTag || a[0].p != intTag && a[0].Type().IsSubtype(FloatType) {
			return Null, newErr(TypeError, "'float' object cannot be interpreted as an integer")
		}
		iv, err := Index(a[0])
		if err != nil {
			return Null, err
		}
		n, ok := smallInt(iv)
		if !ok {
			if toBig(iv).Sign() < 0 {
				return Null, newErr(ValueError, "factorial() not defined for negative values")
			}
			return Null, newErr(OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		if n < 0 {
			return Null, newErr(ValueError, "factorial() not defined for negative values")
		}
		return newBig(new(big.Int).MulRange(1, max(n, 1))), nil
	})
	hypotOf := func(name string, xs []Value) (float64, *Exception) {
		vals := make([]float64, len(xs))
		for i, v := range xs {
			x, err := mathArg(v)
			if err != nil {
				return 0, err
			}
			vals[i] = x
		}
		return vectorNorm(vals), nil
	}
	def("hypot", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "hypot() takes no keyword arguments")
		}
		r, err := hypotOf("hypot", a)
		if err != nil {
			return Null, err
		}
		return MakeFloat(r), nil
	})
	def("dist", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("dist", 2, a, kw); err != nil {
			return Null, err
		}
		var pts [2][]Value
		for i := range pts {
			if isTupleV(a[i]) {
				pts[i] = a[i].tuple().items
				continue
			}
			items, err := iterToSlice(a[i])
			if err != nil {
				return Null, err
			}
			pts[i] = items
		}
		if len(pts[0]) != len(pts[1]) {
			return Null, newErr(ValueError, "both points must have the same number of dimensions")
		}
		diffs := make([]float64, len(pts[0]))
		for i := range diffs {
			x, err := mathArg(pts[0][i])
			if err != nil {
				return Null, err
			}
			y, err := mathArg(pts[1][i])
			if err != nil {
				return Null, err
			}
			diffs[i] = x - y
		}
		return MakeFloat(vectorNorm(diffs)), nil
	})
	def("sumprod", mathSumprod)
	initMathMore2(d)
	mathAngle(d)
	def("fsum", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exact("fsum", 1, a, kw); err != nil {
			return Null, err
		}
		it, err := GetIter(a[0])
		if err != nil {
			return Null, err
		}
		acc := new(big.Float).SetPrec(2200)
		special := 0.0
		var infSum float64
		for {
			v, ok, err := Next(it)
			if err != nil {
				return Null, err
			}
			if !ok {
				break
			}
			x, err := mathArg(v)
			if err != nil {
				return Null, err
			}
			switch {
			case math.IsNaN(x):
				special = x
			case math.IsInf(x, 0):
				infSum += x
			default:
				acc.Add(acc, new(big.Float).SetFloat64(x))
			}
		}
		if special != 0 || math.IsNaN(special) {
			return MakeFloat(special), nil
		}
		if infSum != 0 || math.IsNaN(infSum) {
			if math.IsNaN(infSum) {
				return Null, newErr(ValueError, "-inf + inf in fsum")
			}
			return MakeFloat(infSum), nil
		}
		r, _ := acc.Float64()
		if math.IsInf(r, 0) {
			return Null, newErr(OverflowError, "intermediate overflow in fsum")
		}
		return MakeFloat(r), nil
	})
}

// vectorNorm is the Euclidean norm with one rounding: the exact sum of
// squares, then a correctly rounded square root (vector_norm in
// mathmodule.c is built to be correctly rounded in nearly every case).
func vectorNorm(xs []float64) float64 {
	nan := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		nan = nan || math.IsNaN(x)
	}
	if nan {
		return math.NaN()
	}
	acc := new(big.Float).SetPrec(4400)
	for _, x := range xs {
		if x == 0 {
			continue
		}
		b := new(big.Float).SetPrec(4400).SetFloat64(x)
		acc.Add(acc, b.Mul(b, b))
	}
	if acc.Sign() == 0 {
		return 0
	}
	r := new(big.Float).SetPrec(60).Sqrt(acc)
	r.SetPrec(53)
	f, _ := r.Float64()
	return f
}

// nextafterSteps is nextafter(x, y, steps=n): n representable floats
// toward y, as CPython counts them through the integer ordering of the
// bits.
func nextafterSteps(x, y float64, steps uint64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsNaN(y) {
		return y
	}
	if steps == 0 || x == y {
		if x == y {
			return y
		}
		return x
	}
	// map floats to a monotonic integer line
	toLine := func(f float64) int64 {
		b := int64(math.Float64bits(f))
		if b < 0 {
			b = math.MinInt64 - b
		}
		return b
	}
	fromLine := func(i int64) float64 {
		if i < 0 {
			i = math.MinInt64 - i
		}
		return math.Float64frombits(uint64(i))
	}
	ax, ay := toLine(x), toLine(y)
	if ay > ax {
		if uint64(ay-ax) <= steps {
			return y
		}
		return fromLine(ax + int64(steps))
	}
	if uint64(ax-ay) <= steps {
		return y
	}
	return fromLine(ax - int64(steps))
}

// mathSumprod is math_sumprod_impl: an exact int path while both items
// are ints of a C long, an extended-precision float path while one is a
// float and the other a float, int or bool, and the generic p*q + total
// otherwise; each path, once left, stays off.
func mathSumprod(a []Value, kw *Tuple) (Value, *Exception) {
	if kwCount(kw) > 0 {
		return Null, newErr(TypeError, "sumprod() takes no keyword arguments")
	}
	if len(a) != 2 {
		return Null, newErr(TypeError, "sumprod expected 2 arguments, got %d", len(a))
	}
	pit, err := GetIter(a[0])
	if err != nil {
		return Null, err
	}
	qit, err := GetIter(a[1])
	if err != nil {
		return Null, err
	}
	total := MakeInt(0)
	intOn, fltOn := true, true
	var intTotal int64
	intUsed, fltUsed := false, false
	flt := new(big.Float).SetPrec(4400)
	for {
		p, pok, err := Next(pit)
		if err != nil {
			return Null, err
		}
		q, qok, err := Next(qit)
		if err != nil {
			return Null, err
		}
		if pok != qok {
			return Null, newErr(ValueError, "Inputs are not the same length")
		}
		finished := !pok
		if intOn {
			if !finished && p.p == intTag && q.p == intTag {
				x, y := p.Int(), q.Int()
				hi, lo := mulOverflow(x, y)
				if !hi {
					s := intTotal + lo
					if !((lo > 0 && s < intTotal) || (lo < 0 && s > intTotal)) {
						intTotal, intUsed = s, true
						continue
					}
				}
			}
			intOn = false
			if intUsed {
				if total, err = BinaryOp(total, MakeInt(intTotal), nbAdd); err != nil {
					return Null, err
				}
				intUsed = false
			}
		}
		if fltOn {
			if !finished {
				fp, fq, ok := sumprodFloats(p, q)
				if ok {
					prod := new(big.Float).SetPrec(4400).SetFloat64(fp)
					prod.Mul(prod, new(big.Float).SetFloat64(fq))
					next := new(big.Float).SetPrec(4400).Add(flt, prod)
					hi, _ := next.Float64()
					if !math.IsInf(fp*fq, 0) && !math.IsInf(hi, 0) && !math.IsNaN(fp*fq) {
						flt, fltUsed = next, true
						continue
					}
				}
			}
			fltOn = false
			if fltUsed {
				r, _ := flt.Float64()
				if total, err = BinaryOp(total, MakeFloat(r), nbAdd); err != nil {
					return Null, err
				}
				fltUsed = false
			}
		}
		if finished {
			return total, nil
		}
		term, err := BinaryOp(p, q, nbMul)
		if err != nil {
			return Null, err
		}
		if total, err = BinaryOp(total, term, nbAdd); err != nil {
			return Null, err
		}
	}
}

func mulOverflow(x, y int64) (bool, int64) {
	if x == 0 || y == 0 {
		return false, 0
	}
	r := x * y
	if r/y != x || (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
		return true, 0
	}
	return false, r
}

func sumprodFloats(p, q Value) (float64, float64, bool) {
	pf, qf := p.p == floatTag, q.p == floatTag
	intish := func(v Value) (float64, bool) {
		if v.p == intTag || v.Type() == IntType || v.Type() == BoolType {
			f, err := intToFloat(v)
			return f, err == nil
		}
		return 0, false
	}
	switch {
	case pf && qf:
		return p.Float(), q.Float(), true
	case pf:
		f, ok := intish(q)
		return p.Float(), f, ok
	case qf:
		f, ok := intish(p)
		return f, q.Float(), ok
	}
	return 0, 0, false
}

// mathPow is math_pow_impl: IEEE specials by hand, libm's pow for finite
// operands, ValueError for a NaN result or 0**negative, OverflowError for
// an overflow.
func mathPow(x, y float64) (float64, *Exception) {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) {
		switch {
		case math.IsNaN(x):
			if y == 0 {
				return 1, nil
			}
			return x, nil
		case math.IsNaN(y):
			if x == 1 {
				return 1, nil
			}
			return y, nil
		case math.IsInf(x, 0):
			odd := !math.IsInf(y, 0) && math.Mod(math.Abs(y), 2) == 1
			switch {
			case y > 0:
				if odd {
					return x, nil
				}
				return math.Abs(x), nil
			case y == 0:
				return 1, nil
			default:
				if odd {
					return math.Copysign(0, x), nil
				}
				return 0, nil
			}
		default:
			switch {
			case math.Abs(x) == 1:
				return 1, nil
			case y > 0 && math.Abs(x) > 1:
				return y, nil
			case y < 0 && math.Abs(x) < 1:
				return -y, nil
			}
			return 0, nil
		}
	}
	r := math.Pow(x, y)
	if math.IsNaN(r) {
		return 0, mathDomain()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return 0, mathDomain()
		}
		return 0, mathRange()
	}
	return r, nil
}

func initMathMore2(d *Dict) {
	d.SetS("pow", goFunc("pow", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 || len(a) != 2 {
			return Null, newErr(TypeError, "pow expected 2 arguments, got %d", len(a))
		}
		x, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		y, err := mathArg(a[1])
		if err != nil {
			return Null, err
		}
		r, err := mathPow(x, y)
		if err != nil {
			return Null, err
		}
		return MakeFloat(r), nil
	}))
	d.SetS("fmod", goFunc("fmod", func(a []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 || len(a) != 2 {
			return Null, newErr(TypeError, "fmod expected 2 arguments, got %d", len(a))
		}
		x, err := mathArg(a[0])
		if err != nil {
			return Null, err
		}
		y, err := mathArg(a[1])
		if err != nil {
			return Null, err
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return MakeFloat(x), nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Null, mathDomain()
		}
		return MakeFloat(r), nil
	}))
	d.SetS("prod", goFunc("prod", func(a []Value, kw *Tuple) (Value, *Exception) {
		var args [2]Value
		pos, _ := splitKw(a, kw)
		if len(pos) != 1 {
			return Null, newErr(TypeError, "prod() takes exactly 1 positional argument (%d given)", len(pos))
		}
		if err := parseArgsKw("prod", []string{"iterable", "start"}, 1, a, kw, args[:]); err != nil {
			return Null, err
		}
		acc := MakeInt(1)
		if args[1].p != nil {
			acc = args[1]
		}
		it, err := GetIter(args[0])
		if err != nil {
			return Null, err
		}
		for {
			x, ok, err := Next(it)
			if err != nil {
				return Null, err
			}
			if !ok {
				return acc, nil
			}
			if acc.p == intTag && x.p == intTag {
				if hi, r := mulOverflow(acc.Int(), x.Int()); !hi {
					acc = MakeInt(r)
					continue
				}
			}
			if acc.p == floatTag && x.p == floatTag {
				acc = MakeFloat(acc.Float() * x.Float())
				continue
			}
			if acc, err = BinaryOp(acc, x, nbMul); err != nil {
				return Null, err
			}
		}
	}))
}

func init() {
	mathAngle = func(d *Dict) {
		const degToRad, radToDeg = math.Pi / 180, 180 / math.Pi
		for name, k := range map[string]float64{"radians": degToRad, "degrees": radToDeg} {
			d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
				if kwCount(kw) > 0 || len(a) != 1 {
					return Null, newErr(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(a))
				}
				x, err := mathArg(a[0])
				if err != nil {
					return Null, err
				}
				return MakeFloat(x * k), nil
			}))
		}
	}
}

var mathAngle func(d *Dict)

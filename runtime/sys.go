package runtime

import (
	"math"
	"math/big"
	"strings"
)

var sysModule *Module
var modules = NewDict()
var builtinsModule *Module

func initSys() {
	builtinsModule = &Module{Header{ModuleType}, "builtins", builtinsDict}
	sysModule = NewModule("sys")
	d := sysModule.dict
	d.SetS("argv", obj(newList(nil)))
	d.SetS("maxsize", MakeInt(math.MaxInt64))
	d.SetS("version", NewStr("3.13.0 (peglab)"))
	d.SetS("version_info", NewTuple(MakeInt(3), MakeInt(13), MakeInt(0), NewStr("final"), MakeInt(0)))
	d.SetS("hexversion", MakeInt(0x030d00f0))
	d.SetS("platform", NewStr("linux"))
	d.SetS("byteorder", NewStr("little"))
	d.SetS("modules", obj(modules))
	d.SetS("path", obj(newList(nil)))
	d.SetS("executable", NewStr("peglab"))
	d.SetS("implementation", NewStr("peglab"))
	d.SetS("maxunicode", MakeInt(0x10ffff))
	def := func(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) {
		d.SetS(name, obj(&Builtin{Header{BuiltinType}, name, fn, Null, nil}))
	}
	def("exit", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) > 1 {
			return Null, newErr(TypeError, "exit expected at most 1 argument, got %d", len(a))
		}
		e := newExcObj(SystemExit, newTuple(append([]Value(nil), a...)))
		SystemExit.init(obj(e), a, nil)
		return Null, e
	})
	def("getrecursionlimit", func(a []Value, kw *Tuple) (Value, *Exception) {
		return MakeInt(int64(curThread.limit)), nil
	})
	def("setrecursionlimit", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "setrecursionlimit() takes exactly one argument (%d given)", len(a))
		}
		if a[0].p == floatTag {
			return Null, newErr(TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		if n < 1 {
			return Null, newErr(ValueError, "recursion limit must be greater or equal than 1")
		}
		if n <= curThread.depth {
			return Null, newErr(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, curThread.depth)
		}
		curThread.limit = n
		return None, nil
	})
	def("get_int_max_str_digits", func(a []Value, kw *Tuple) (Value, *Exception) {
		return MakeInt(int64(maxStrDigits)), nil
	})
	def("set_int_max_str_digits", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		if len(kwv) > 0 {
			pos = kwv
		}
		if len(pos) != 1 {
			return Null, newErr(TypeError, "set_int_max_str_digits() takes exactly one argument")
		}
		n, err := IndexInt(pos[0])
		if err != nil {
			return Null, err
		}
		if n != 0 && n < 640 {
			return Null, newErr(ValueError, "maxdigits must be >= %d or 0 for unlimited", 640)
		}
		maxStrDigits = n
		return None, nil
	})
	def("exc_info", func(a []Value, kw *Tuple) (Value, *Exception) {
		e := curThread.excInfo
		if e.p == nil {
			return NewTuple(None, None, None), nil
		}
		tb := None
		if e.exc().tb != nil {
			tb = obj(e.exc().tb)
		}
		return NewTuple(obj(e.Type()), e, tb), nil
	})
	def("exception", func(a []Value, kw *Tuple) (Value, *Exception) {
		return optNone(curThread.excInfo), nil
	})
	def("intern", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(intern(a[0].str().s)), nil
	})
	def("getsizeof", func(a []Value, kw *Tuple) (Value, *Exception) { return MakeInt(64), nil })
	modules.SetS("sys", obj(sysModule))
	modules.SetS("builtins", obj(builtinsModule))
	initMath()
	initSre()
}

// importModule is IMPORT_NAME for the modules written in Go.
func importModule(name string, fromlist, level Value) (Value, *Exception) {
	if lv, ok := smallInt(level); ok && lv > 0 {
		return Null, newErr(ImportError, "attempted relative import with no known parent package")
	}
	root := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		root = name[:i]
	}
	if m, ok := modules.GetS(name); ok {
		if (fromlist.isNone() || fromlist.p == nil) && root != name {
			r, _ := modules.GetS(root)
			return r, nil
		}
		return m, nil
	}
	e := newErr(ModuleNotFoundError, "No module named '%s'", name)
	e.name = NewStr(name)
	return Null, e
}

func initMath() {
	m := NewModule("math")
	d := m.dict
	d.SetS("pi", MakeFloat(math.Pi))
	d.SetS("e", MakeFloat(math.E))
	d.SetS("tau", MakeFloat(2*math.Pi))
	d.SetS("inf", MakeFloat(math.Inf(1)))
	d.SetS("nan", MakeFloat(math.NaN()))
	def := func(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) {
		d.SetS(name, obj(&Builtin{Header{BuiltinType}, name, fn, Null, nil}))
	}
	argf := func(name string, v Value) (float64, *Exception) {
		x, ok, err := toFloat(v)
		if err != nil {
			return 0, err
		}
		if !ok {
			if v.Type().toFloat != nil {
				r, err := v.Type().toFloat(v)
				if err != nil {
					return 0, err
				}
				return r.Float(), nil
			}
			return 0, newErr(TypeError, "must be real number, not %s", typeName(v))
		}
		return x, nil
	}
	f1 := func(name string, f func(float64) float64, domain func(float64) bool) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 1 {
				return Null, newErr(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(a))
			}
			x, err := argf(name, a[0])
			if err != nil {
				return Null, err
			}
			if domain != nil && !domain(x) {
				return Null, newErr(ValueError, "math domain error")
			}
			r := f(x)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return Null, newErr(OverflowError, "math range error")
			}
			return MakeFloat(r), nil
		})
	}
	f1("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 || math.IsNaN(x) })
	f1("exp", math.Exp, nil)
	f1("sin", math.Sin, func(x float64) bool { return !math.IsInf(x, 0) })
	f1("cos", math.Cos, func(x float64) bool { return !math.IsInf(x, 0) })
	f1("tan", math.Tan, func(x float64) bool { return !math.IsInf(x, 0) })
	f1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 })
	f1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 })
	f1("atan", math.Atan, nil)
	f1("sinh", math.Sinh, nil)
	f1("cosh", math.Cosh, nil)
	f1("tanh", math.Tanh, nil)
	f1("fabs", math.Abs, nil)
	f1("log2", math.Log2, func(x float64) bool { return x > 0 })
	f1("log10", math.Log10, func(x float64) bool { return x > 0 })
	f1("log1p", math.Log1p, func(x float64) bool { return x > -1 })
	f1("expm1", math.Expm1, nil)
	f1("degrees", func(x float64) float64 { return x * 180 / math.Pi }, nil)
	f1("radians", func(x float64) float64 { return x * math.Pi / 180 }, nil)
	def("log", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 1 || len(a) > 2 {
			return Null, newErr(TypeError, "log expected 1 or 2 arguments, got %d", len(a))
		}
		var lx float64
		if b, ok := a[0].p, isIntLike(a[0]); ok && b != intTag {
			bi := toBig(a[0])
			if bi.Sign() <= 0 {
				return Null, newErr(ValueError, "expected a positive input")
			}
			e := bi.BitLen() - 1000
			if e < 0 {
				e = 0
			}
			sh := new(big.Int).Rsh(bi, uint(e))
			f, _ := new(big.Float).SetInt(sh).Float64()
			lx = math.Log(f) + float64(e)*math.Ln2
		} else {
			x, err := argf("log", a[0])
			if err != nil {
				return Null, err
			}
			if x <= 0 {
				return Null, newErr(ValueError, "expected a positive input, got %s", floatRepr(x))
			}
			lx = math.Log(x)
		}
		if len(a) == 2 {
			b, err := argf("log", a[1])
			if err != nil {
				return Null, err
			}
			if b <= 0 {
				return Null, newErr(ValueError, "math domain error")
			}
			return MakeFloat(lx / math.Log(b)), nil
		}
		return MakeFloat(lx), nil
	})
	intRes := func(name string, f func(float64) float64) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 1 {
				return Null, newErr(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(a))
			}
			if isIntLike(a[0]) {
				return Index(a[0])
			}
			if a[0].p != floatTag {
				if m := a[0].Type().lookupS("__" + name + "__"); m.p != nil {
					return callMethod(m, a[0])
				}
			}
			x, err := argf(name, a[0])
			if err != nil {
				return Null, err
			}
			return floatToInt(f(x))
		})
	}
	intRes("floor", math.Floor)
	intRes("ceil", math.Ceil)
	intRes("trunc", math.Trunc)
	def("pow", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "pow expected 2 arguments, got %d", len(a))
		}
		x, err := argf("pow", a[0])
		if err != nil {
			return Null, err
		}
		y, err := argf("pow", a[1])
		if err != nil {
			return Null, err
		}
		if x == 0 && y < 0 || x < 0 && y != math.Floor(y) {
			return Null, newErr(ValueError, "math domain error")
		}
		return MakeFloat(math.Pow(x, y)), nil
	})
	def("atan2", func(a []Value, kw *Tuple) (Value, *Exception) {
		y, err := argf("atan2", a[0])
		if err != nil {
			return Null, err
		}
		x, err := argf("atan2", a[1])
		if err != nil {
			return Null, err
		}
		return MakeFloat(math.Atan2(y, x)), nil
	})
	def("hypot", func(a []Value, kw *Tuple) (Value, *Exception) {
		s := 0.0
		for _, v := range a {
			x, err := argf("hypot", v)
			if err != nil {
				return Null, err
			}
			s = math.Hypot(s, x)
		}
		return MakeFloat(s), nil
	})
	def("isnan", func(a []Value, kw *Tuple) (Value, *Exception) {
		x, err := argf("isnan", a[0])
		return MakeBool(math.IsNaN(x)), err
	})
	def("isinf", func(a []Value, kw *Tuple) (Value, *Exception) {
		x, err := argf("isinf", a[0])
		return MakeBool(math.IsInf(x, 0)), err
	})
	def("isfinite", func(a []Value, kw *Tuple) (Value, *Exception) {
		x, err := argf("isfinite", a[0])
		return MakeBool(!math.IsInf(x, 0) && !math.IsNaN(x)), err
	})
	def("copysign", func(a []Value, kw *Tuple) (Value, *Exception) {
		x, err := argf("copysign", a[0])
		if err != nil {
			return Null, err
		}
		y, err := argf("copysign", a[1])
		return MakeFloat(math.Copysign(x, y)), err
	})
	def("fmod", func(a []Value, kw *Tuple) (Value, *Exception) {
		x, err := argf("fmod", a[0])
		if err != nil {
			return Null, err
		}
		y, err := argf("fmod", a[1])
		if err != nil {
			return Null, err
		}
		if y == 0 {
			return Null, newErr(ValueError, "math domain error")
		}
		return MakeFloat(math.Mod(x, y)), nil
	})
	def("isclose", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		if len(pos) != 2 {
			return Null, newErr(TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
		}
		x, err := argf("isclose", pos[0])
		if err != nil {
			return Null, err
		}
		y, err := argf("isclose", pos[1])
		if err != nil {
			return Null, err
		}
		rel, absT := 1e-9, 0.0
		for i, k := range kwItems(kw) {
			v, err := argf("isclose", kwv[i])
			if err != nil {
				return Null, err
			}
			switch k {
			case "rel_tol":
				rel = v
			case "abs_tol":
				absT = v
			}
		}
		if rel < 0 || absT < 0 {
			return Null, newErr(ValueError, "tolerances must be non-negative")
		}
		if x == y {
			return True, nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return False, nil
		}
		diff := math.Abs(y - x)
		return MakeBool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= absT), nil
	})
	def("gcd", func(a []Value, kw *Tuple) (Value, *Exception) {
		g := new(big.Int)
		for _, v := range a {
			iv, err := Index(v)
			if err != nil {
				return Null, err
			}
			g.GCD(nil, nil, g, new(big.Int).Abs(toBig(iv)))
		}
		return newBig(g), nil
	})
	def("lcm", func(a []Value, kw *Tuple) (Value, *Exception) {
		l := big.NewInt(1)
		for _, v := range a {
			iv, err := Index(v)
			if err != nil {
				return Null, err
			}
			b := new(big.Int).Abs(toBig(iv))
			if b.Sign() == 0 {
				return MakeInt(0), nil
			}
			g := new(big.Int).GCD(nil, nil, l, b)
			l.Mul(l, b).Div(l, g)
		}
		return newBig(l), nil
	})
	def("factorial", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "math.factorial() takes exactly one argument (%d given)", len(a))
		}
		if a[0].p == floatTag {
			return Null, newErr(TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, newErr(ValueError, "factorial() not defined for negative values")
		}
		return newBig(new(big.Int).MulRange(1, int64(max(n, 1)))), nil
	})
	def("comb", func(a []Value, kw *Tuple) (Value, *Exception) {
		n, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		k, err := IndexInt(a[1])
		if err != nil {
			return Null, err
		}
		if n < 0 || k < 0 {
			return Null, newErr(ValueError, "n must be a non-negative integer")
		}
		if k > n {
			return MakeInt(0), nil
		}
		return newBig(new(big.Int).Binomial(int64(n), int64(k))), nil
	})
	def("isqrt", func(a []Value, kw *Tuple) (Value, *Exception) {
		iv, err := Index(a[0])
		if err != nil {
			return Null, err
		}
		b := toBig(iv)
		if b.Sign() < 0 {
			return Null, newErr(ValueError, "isqrt() argument must be nonnegative")
		}
		return newBig(new(big.Int).Sqrt(b)), nil
	})
	def("prod", func(a []Value, kw *Tuple) (Value, *Exception) {
		items, err := iterToSlice(a[0])
		if err != nil {
			return Null, err
		}
		acc := MakeInt(1)
		for _, x := range items {
			acc, err = BinaryOp(acc, x, nbMul)
			if err != nil {
				return Null, err
			}
		}
		return acc, nil
	})
	def("fsum", func(a []Value, kw *Tuple) (Value, *Exception) {
		items, err := iterToSlice(a[0])
		if err != nil {
			return Null, err
		}
		// exact summation with big.Float, rounded once
		acc := new(big.Float).SetPrec(4096)
		for _, x := range items {
			f, err := argf("fsum", x)
			if err != nil {
				return Null, err
			}
			acc.Add(acc, new(big.Float).SetPrec(4096).SetFloat64(f))
		}
		r, _ := acc.Float64()
		return MakeFloat(r), nil
	})
	modules.SetS("math", obj(m))
}

func cmplxPow(a, b complex128) complex128 {
	if a == 0 {
		return 0
	}
	r := math.Pow(math.Hypot(real(a), imag(a)), real(b))
	th := math.Atan2(imag(a), real(a)) * real(b)
	return complex(r*math.Cos(th), r*math.Sin(th))
}

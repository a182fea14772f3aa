package runtime

import (
	"math"
	"math/cmplx"
	"strings"
)

// complex's constructor, operators and attributes (complexobject.c): the
// arithmetic of Go's complex128 with CPython's errors, int and float
// operands promoted, and CPython's hash (real hash + 1000003 * imag hash).

func toComplex(v Value) (complex128, bool, *Exception) {
	if v.p != intTag && v.p != floatTag && v.p != nil && v.Type().IsSubtype(ComplexType) {
		return (*Complex)(v.p).v, true, nil
	}
	f, ok, err := toFloat(v)
	if !ok || err != nil {
		return 0, ok, err
	}
	return complex(f, 0), true, nil
}

func complexBinop(op int) binFunc {
	return func(a, b Value) (Value, *Exception) {
		x, ok, err := toComplex(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := toComplex(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		switch op {
		case nbAdd:
			return newComplex(x + y), nil
		case nbSub:
			return newComplex(x - y), nil
		case nbMul:
			return newComplex(x * y), nil
		case nbTrueDiv:
			if y == 0 {
				return Null, newErr(ZeroDivisionError, "complex division by zero")
			}
			return newComplex(complexDiv(x, y)), nil
		case nbPow:
			if y == 0 {
				return newComplex(1), nil
			}
			if x == 0 {
				if imag(y) != 0 || real(y) < 0 {
					return Null, newErr(ZeroDivisionError, "zero to a negative or complex power")
				}
				return newComplex(0), nil
			}
			if imag(y) == 0 && real(y) == math.Trunc(real(y)) && math.Abs(real(y)) <= 100 {
				// c_powi: repeated multiplication, as CPython does for small integral exponents
				n := int(real(y))
				r := complex(1, 0)
				base := x
				neg := n < 0
				if neg {
					n = -n
				}
				for n > 0 {
					if n&1 != 0 {
						r *= base
					}
					base *= base
					n >>= 1
				}
				if neg {
					r = complexDiv(1, r)
				}
				return newComplex(r), nil
			}
			return newComplex(cmplx.Pow(x, y)), nil
		}
		return NotImplemented, nil
	}
}

// complexDiv is _Py_c_quot (Smith's algorithm), so results round as CPython's.
func complexDiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	if absBr >= absBi {
		if absBr == 0 {
			return complex(math.NaN(), math.NaN())
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	}
	ratio := br / bi
	denom := br*ratio + bi
	return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
}

func complexNew(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(args, kw)
	var re, im Value
	if len(pos) > 0 {
		re = pos[0]
	}
	if len(pos) > 1 {
		im = pos[1]
	}
	if len(pos) > 2 {
		return Null, newErr(TypeError, "complex() takes at most 2 arguments (%d given)", len(pos))
	}
	for i, k := range kwItems(kw) {
		switch k {
		case "real":
			re = kwv[i]
		case "imag":
			im = kwv[i]
		default:
			return Null, newErr(TypeError, "complex() got an unexpected keyword argument '%s'", k)
		}
	}
	if re.p == nil {
		re = MakeInt(0)
	}
	if re.Type() == StrType {
		if im.p != nil {
			return Null, newErr(TypeError, "complex() can't take second arg if first is a string")
		}
		c, ok := parseComplex(re.str().s)
		if !ok {
			return Null, newErr(ValueError, "complex() arg is a malformed string")
		}
		return rewrap(newComplex(c), t), nil
	}
	conv := func(v Value, which string) (complex128, *Exception) {
		if c, ok, err := toComplex(v); ok || err != nil {
			return c, err
		}
		if m := v.Type().lookupS("__complex__"); m.p != nil {
			r, err := callMethod(m, v)
			if err != nil {
				return 0, err
			}
			c, ok, _ := toComplex(r)
			if !ok || !r.Type().IsSubtype(ComplexType) {
				return 0, newErr(TypeError, "__complex__ returned non-complex (type %s)", typeName(r))
			}
			return c, nil
		}
		if v.Type().toFloat != nil {
			f, err := v.Type().toFloat(v)
			if err != nil {
				return 0, err
			}
			return complex(f.Float(), 0), nil
		}
		if which == "first" {
			return 0, newErr(TypeError, "complex() first argument must be a string or a number, not '%s'", typeName(v))
		}
		return 0, newErr(TypeError, "complex() second argument must be a number, not '%s'", typeName(v))
	}
	r, err := conv(re, "first")
	if err != nil {
		return Null, err
	}
	if im.p != nil {
		if im.Type() == StrType {
			return Null, newErr(TypeError, "complex() second argument must be a number, not 'str'")
		}
		i, err := conv(im, "second")
		if err != nil {
			return Null, err
		}
		r = complex(real(r)-imag(i), imag(r)+real(i))
	}
	return rewrap(newComplex(r), t), nil
}

func parseComplex(s string) (complex128, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	s = strings.ReplaceAll(s, "_", "")
	if s == "" {
		return 0, false
	}
	pf := func(x string) (float64, bool) {
		switch x {
		case "", "+":
			return 1, true
		case "-":
			return -1, true
		}
		v, err := parseFloat(x)
		if err != nil {
			return 0, false
		}
		return v.Float(), true
	}
	if s[len(s)-1] == 'j' || s[len(s)-1] == 'J' {
		body := s[:len(s)-1]
		// split at the last sign that is not an exponent's
		for i := len(body) - 1; i > 0; i-- {
			if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
				re, ok1 := pf(body[:i])
				im, ok2 := pf(body[i:])
				if !ok1 || !ok2 || body[:i] == "" || body[:i] == "+" || body[:i] == "-" {
					return 0, false
				}
				return complex(re, im), true
			}
		}
		im, ok := pf(body)
		return complex(0, im), ok
	}
	v, err := parseFloat(s)
	if err != nil {
		return 0, false
	}
	return complex(v.Float(), 0), true
}

func initComplex() {
	c := ComplexType
	c.newf = complexNew
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbPow} {
		c.num[op] = &binSlot{complexBinop(op)}
	}
	for _, op := range []int{nbFloorDiv, nbRem} {
		c.num[op] = &binSlot{func(a, b Value) (Value, *Exception) {
			if _, ok, _ := toComplex(a); !ok {
				return NotImplemented, nil
			}
			if _, ok, _ := toComplex(b); !ok {
				return NotImplemented, nil
			}
			return NotImplemented, nil
		}}
	}
	c.richcmp = func(a, b Value, op int) (Value, *Exception) {
		x, ok1, _ := toComplex(a)
		y, ok2, _ := toComplex(b)
		if !ok1 || !ok2 || (op != cmpEQ && op != cmpNE) {
			return NotImplemented, nil
		}
		return MakeBool((x == y) == (op == cmpEQ)), nil
	}
	c.hash = func(v Value) (int64, *Exception) {
		x := (*Complex)(v.p).v
		h := floatHash(real(x)) + 1000003*floatHash(imag(x))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	c.boolf = func(v Value) (bool, *Exception) { return (*Complex)(v.p).v != 0, nil }
	c.neg = func(v Value) (Value, *Exception) { return newComplex(-(*Complex)(v.p).v), nil }
	c.pos = func(v Value) (Value, *Exception) { return newComplex((*Complex)(v.p).v), nil }
	c.abs = func(v Value) (Value, *Exception) {
		x := (*Complex)(v.p).v
		r := math.Hypot(real(x), imag(x))
		if math.IsInf(r, 0) && !math.IsInf(real(x), 0) && !math.IsInf(imag(x), 0) {
			return Null, newErr(OverflowError, "absolute value too large")
		}
		return MakeFloat(r), nil
	}
	c.defAttr("real", obj(&GetSet{Header{GetSetType}, "real", func(v Value) (Value, *Exception) { return MakeFloat(real((*Complex)(v.p).v)), nil }, nil}))
	c.defAttr("imag", obj(&GetSet{Header{GetSetType}, "imag", func(v Value) (Value, *Exception) { return MakeFloat(imag((*Complex)(v.p).v)), nil }, nil}))
	c.def("conjugate", func(a []Value, kw *Tuple) (Value, *Exception) {
		return newComplex(cmplx.Conj((*Complex)(a[0].p).v)), nil
	})
	c.def("__complex__", func(a []Value, kw *Tuple) (Value, *Exception) { return newComplex((*Complex)(a[0].p).v), nil })
	c.def("__getnewargs__", func(a []Value, kw *Tuple) (Value, *Exception) {
		x := (*Complex)(a[0].p).v
		return NewTuple(MakeFloat(real(x)), MakeFloat(imag(x))), nil
	})
	addBinopWrappers(c)
	for _, n := range []string{"__neg__", "__pos__", "__abs__", "__bool__", "__hash__", "__eq__", "__ne__"} {
		if c.Dict.indexOf(intern(n)) >= 0 {
			continue
		}
		n := n
		c.def(n, func(a []Value, kw *Tuple) (Value, *Exception) {
			switch n {
			case "__neg__":
				return c.neg(a[0])
			case "__pos__":
				return c.pos(a[0])
			case "__abs__":
				return c.abs(a[0])
			case "__bool__":
				b, err := c.boolf(a[0])
				return MakeBool(b), err
			case "__hash__":
				h, err := c.hash(a[0])
				return MakeInt(h), err
			case "__eq__":
				return c.richcmp(a[0], a[1], cmpEQ)
			}
			return c.richcmp(a[0], a[1], cmpNE)
		})
	}
}

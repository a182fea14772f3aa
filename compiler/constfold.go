package compiler

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
	"sync"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// Python's arithmetic on constant values, as the AST optimizer evaluates
// it (PyNumber_Add and friends on the objects of ast.Constant). Values
// follow ast.Constant's conventions plus bytecode.Tuple and
// bytecode.FrozenSet. Every function reports ok=false where Python would
// raise (TypeError, ZeroDivisionError, OverflowError, ValueError, ...), which
// the optimizer takes as "leave the expression alone", as make_const does
// when the operation fails.

// Limits of ast_opt.c on what folding may build.
const (
	maxIntSize        = 128  // bits (MAX_INT_SIZE)
	maxCollectionSize = 256  // items (MAX_COLLECTION_SIZE)
	maxStrSize        = 4096 // characters (MAX_STR_SIZE)
	maxTotalItems     = 1024 // items, nested collections included (MAX_TOTAL_ITEMS)
)

// numKind orders the numeric tower: an operation on two numbers runs in the
// wider kind.
type numKind uint8

const (
	notNum numKind = iota
	numInt         // bool, int64, *big.Int
	numFloat
	numComplex
)

func kindOf(v any) numKind {
	switch v.(type) {
	case bool, int64, *big.Int:
		return numInt
	case float64:
		return numFloat
	case complex128:
		return numComplex
	}
	return notNum
}

// normBig returns b as int64 when it fits.
func normBig(b *big.Int) any {
	if b.IsInt64() {
		return b.Int64()
	}
	return b
}

// bigOf returns an int constant (bool included) as a new *big.Int.
func bigOf(v any) *big.Int {
	switch v := v.(type) {
	case bool:
		if v {
			return big.NewInt(1)
		}
		return new(big.Int)
	case int64:
		return big.NewInt(v)
	case *big.Int:
		return new(big.Int).Set(v)
	}
	return nil
}

// smallInt returns an int constant as int64 when it fits.
func smallInt(v any) (int64, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case int64:
		return v, true
	}
	return 0, false
}

// intSign is the sign of an int constant.
func intSign(v any) int {
	if b, ok := v.(*big.Int); ok {
		return b.Sign()
	}
	n, _ := smallInt(v)
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// numBits is _PyLong_NumBits: the bits of |v|.
func numBits(v any) int {
	if b, ok := v.(*big.Int); ok {
		return b.BitLen()
	}
	n, _ := smallInt(v)
	if n < 0 {
		return bits.Len64(uint64(-n)) // -MinInt64 wraps to 1<<63, which is right
	}
	return bits.Len64(uint64(n))
}

// floatOf converts a number to float as PyFloat_AsDouble does: ints are
// rounded to nearest, and one too large is an OverflowError.
func floatOf(v any) (float64, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case int64:
		return float64(v), true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		if math.IsInf(f, 0) {
			return 0, false
		}
		return f, true
	case float64:
		return v, true
	}
	return 0, false
}

func complexOf(v any) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := floatOf(v)
	return complex(f, 0), ok
}

// truthy is PyObject_IsTrue on a constant.
func truthy(v any) bool {
	switch v := v.(type) {
	case ast.NoneType, nil:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case ast.Bytes:
		return v != ""
	case bytecode.Tuple:
		return len(v) != 0
	case bytecode.FrozenSet:
		return len(v) != 0
	}
	return true
}

// foldUnary applies ~, not, + or - to a constant.
func foldUnary(op ast.Unaryop, v any) (any, bool) {
	if op == ast.Not {
		return !truthy(v), true
	}
	switch kindOf(v) {
	case numInt:
		switch op {
		case ast.Invert:
			if n, ok := smallInt(v); ok {
				return ^n, true
			}
			return normBig(new(big.Int).Not(v.(*big.Int))), true
		case ast.UAdd:
			if b, ok := v.(bool); ok {
				return boolToInt64(b), true
			}
			return v, true
		case ast.USub:
			if n, ok := smallInt(v); ok && n != math.MinInt64 {
				return -n, true
			}
			return normBig(new(big.Int).Neg(bigOf(v))), true
		}
	case numFloat:
		switch op {
		case ast.UAdd:
			return v, true
		case ast.USub:
			return -v.(float64), true
		}
	case numComplex:
		c := v.(complex128)
		switch op {
		case ast.UAdd:
			return c, true
		case ast.USub:
			return complex(-real(c), -imag(c)), true
		}
	}
	return nil, false
}

func boolToInt64(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// foldBinary applies a binary operator to two constants, with
// ast_opt.c's safe_multiply, safe_power, safe_lshift and safe_mod limits.
func foldBinary(op ast.Operator, l, r any) (any, bool) {
	switch op {
	case ast.Add:
		return pyAdd(l, r)
	case ast.Sub:
		return numOp(op, l, r)
	case ast.Mult:
		return safeMultiply(l, r)
	case ast.Div, ast.FloorDiv:
		return numOp(op, l, r)
	case ast.ModOperator:
		switch l.(type) {
		case string, ast.Bytes:
			return nil, false // safe_mod: %-formatting is left to run time
		}
		return numOp(op, l, r)
	case ast.Pow:
		return safePower(l, r)
	case ast.LShift:
		return safeLshift(l, r)
	case ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd:
		return intBitOp(op, l, r)
	}
	return nil, false // @ and operators of extensions: no constant has them
}

func pyAdd(l, r any) (any, bool) {
	switch l := l.(type) {
	case string:
		if r, ok := r.(string); ok {
			return l + r, true
		}
		return nil, false
	case ast.Bytes:
		if r, ok := r.(ast.Bytes); ok {
			return l + r, true
		}
		return nil, false
	case bytecode.Tuple:
		if r, ok := r.(bytecode.Tuple); ok {
			t := make(bytecode.Tuple, 0, len(l)+len(r))
			return append(append(t, l...), r...), true
		}
		return nil, false
	}
	return numOp(ast.Add, l, r)
}

// numOp is an arithmetic operator on two numbers, in the wider of their
// kinds.
func numOp(op ast.Operator, l, r any) (any, bool) {
	kl, kr := kindOf(l), kindOf(r)
	if kl == notNum || kr == notNum {
		return nil, false
	}
	switch max(kl, kr) {
	case numInt:
		return intOp(op, l, r)
	case numFloat:
		a, ok1 := floatOf(l)
		b, ok2 := floatOf(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return floatOp(op, a, b)
	default:
		a, ok1 := complexOf(l)
		b, ok2 := complexOf(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return complexOp(op, a, b)
	}
}

func intOp(op ast.Operator, l, r any) (any, bool) {
	a, aSmall := smallInt(l)
	b, bSmall := smallInt(r)
	if aSmall && bSmall {
		switch op {
		case ast.Add:
			if s := a + b; (s >= a) == (b >= 0) {
				return s, true
			}
		case ast.Sub:
			if d := a - b; (d <= a) == (b >= 0) {
				return d, true
			}
		case ast.Mult:
			hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(b)))
			if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
				p := int64(lo)
				if (a < 0) != (b < 0) {
					p = -p
				}
				return p, true
			}
		case ast.FloorDiv, ast.ModOperator:
			if b == 0 {
				return nil, false
			}
			if !(a == math.MinInt64 && b == -1) {
				q, m := a/b, a%b
				if m != 0 && (m < 0) != (b < 0) {
					q--
					m += b
				}
				if op == ast.FloorDiv {
					return q, true
				}
				return m, true
			}
		case ast.Div:
			if b == 0 {
				return nil, false
			}
			if abs64(a) <= 1<<53 && abs64(b) <= 1<<53 && a != math.MinInt64 && b != math.MinInt64 {
				return float64(a) / float64(b), true
			}
		}
	}
	x, y := bigOf(l), bigOf(r)
	switch op {
	case ast.Add:
		return normBig(x.Add(x, y)), true
	case ast.Sub:
		return normBig(x.Sub(x, y)), true
	case ast.Mult:
		return normBig(x.Mul(x, y)), true
	case ast.FloorDiv, ast.ModOperator:
		if y.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == ast.FloorDiv {
			return normBig(q), true
		}
		return normBig(m), true
	case ast.Div:
		// long_true_divide: correctly rounded, OverflowError past float.
		if y.Sign() == 0 {
			return nil, false
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return nil, false
		}
		return f, true
	}
	return nil, false
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func floatOp(op ast.Operator, a, b float64) (any, bool) {
	switch op {
	case ast.Add:
		return a + b, true
	case ast.Sub:
		return a - b, true
	case ast.Mult:
		return a * b, true
	case ast.Div:
		if b == 0 {
			return nil, false
		}
		return a / b, true
	case ast.FloorDiv:
		if b == 0 {
			return nil, false
		}
		d, _ := floatDivMod(a, b)
		return d, true
	case ast.ModOperator:
		if b == 0 {
			return nil, false
		}
		// float_rem: the remainder takes the sign of the divisor.
		m := math.Mod(a, b)
		if m != 0 {
			if (b < 0) != (m < 0) {
				m += b
			}
		} else {
			m = math.Copysign(0, b)
		}
		return m, true
	case ast.Pow:
		return floatPow(a, b)
	}
	return nil, false
}

// floatDivMod is _float_div_mod.
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

func isOddInteger(x float64) bool { return math.Mod(math.Abs(x), 2) == 1 }

// floatPow is float_pow with its special cases; a negative base to a
// fractional power goes to complex, as in Python 3.
func floatPow(iv, iw float64) (any, bool) {
	switch {
	case iw == 0:
		return 1.0, true
	case math.IsNaN(iv):
		return iv, true
	case math.IsNaN(iw):
		if iv == 1 {
			return 1.0, true
		}
		return iw, true
	case math.IsInf(iw, 0):
		iv = math.Abs(iv)
		if iv == 1 {
			return 1.0, true
		}
		if (iw > 0) == (iv > 1) {
			return math.Abs(iw), true
		}
		return 0.0, true
	case math.IsInf(iv, 0):
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return iv, true
			}
			return math.Abs(iv), true
		}
		if odd {
			return math.Copysign(0, iv), true
		}
		return 0.0, true
	case iv == 0:
		if iw < 0 {
			return nil, false // ZeroDivisionError
		}
		if isOddInteger(iw) {
			return iv, true
		}
		return 0.0, true
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexOp(ast.Pow, complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return -1.0, true
		}
		return 1.0, true
	}
	ix := libmPow(iv, iw)
	if math.IsInf(ix, 0) {
		return nil, false // OverflowError
	}
	if negate {
		ix = -ix
	}
	return ix, true
}

// libmPow is C's pow for finite x > 0: correctly rounded for integral
// exponents (computed exactly, then rounded once), which is what glibc
// gives; math.Pow otherwise.
func libmPow(x, y float64) float64 {
	if y == math.Trunc(y) && math.Abs(y) <= 1100 {
		n := int(y)
		r := new(big.Float).SetPrec(0).SetFloat64(x) // exact
		p := new(big.Float).SetPrec(uint(53*abs64(int64(n)) + 64))
		p.SetInt64(1)
		base := new(big.Float).SetPrec(p.Prec()).Set(r)
		for k := abs64(int64(n)); k > 0; k >>= 1 {
			if k&1 == 1 {
				p.Mul(p, base)
			}
			base.Mul(base, base)
		}
		if n < 0 {
			q := new(big.Float).SetPrec(p.Prec()).SetInt64(1)
			// 1/p is not exact; round through a wide quotient, which is
			// enough to round correctly to 53 bits but for ties no exact
			// negative power produces.
			q.Quo(q, p)
			p = q
		}
		f, _ := p.Float64()
		return f
	}
	return math.Pow(x, y)
}

// complexOp is complex arithmetic as complexobject.c does it (_Py_c_sum,
// _Py_c_diff, _Py_c_prod, _Py_c_quot, complex_pow); // and % are
// TypeErrors.
func complexOp(op ast.Operator, a, b complex128) (any, bool) {
	switch op {
	case ast.Add:
		return complex(real(a)+real(b), imag(a)+imag(b)), true
	case ast.Sub:
		return complex(real(a)-real(b), imag(a)-imag(b)), true
	case ast.Mult:
		return cProd(a, b), true
	case ast.Div:
		q, ok := cQuot(a, b)
		if !ok {
			return nil, false
		}
		return q, true
	case ast.Pow:
		var p complex128
		ok := true
		br := real(b)
		if imag(b) == 0 && br == math.Floor(br) && math.Abs(br) <= 100 {
			p, ok = cPowi(a, int(br))
			if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
				return nil, false // OverflowError
			}
		} else {
			p, ok = cPow(a, b)
		}
		if !ok || math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
			return nil, false
		}
		return p, true
	}
	return nil, false
}

// cProd is _Py_c_prod; each product is rounded on its own (no fused
// multiply-add), as C computes it.
func cProd(a, b complex128) complex128 {
	return complex(float64(real(a)*real(b))-float64(imag(a)*imag(b)),
		float64(real(a)*imag(b))+float64(imag(a)*real(b)))
}

// cQuot is _Py_c_quot (Smith's algorithm); false for a zero divisor.
func cQuot(a, b complex128) (complex128, bool) {
	absBr, absBi := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := imag(b) / real(b)
		denom := real(b) + float64(imag(b)*ratio)
		return complex((real(a)+float64(imag(a)*ratio))/denom,
			(imag(a)-float64(real(a)*ratio))/denom), true
	case absBi >= absBr:
		ratio := real(b) / imag(b)
		denom := float64(real(b)*ratio) + imag(b)
		return complex((float64(real(a)*ratio)+imag(a))/denom,
			(float64(imag(a)*ratio)-real(a))/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// cPowu and cPowi are c_powu and c_powi: small integral powers by
// repeated squaring.
func cPowu(x complex128, n int) complex128 {
	r, p := complex(1, 0), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

func cPowi(x complex128, n int) (complex128, bool) {
	if n > 0 {
		return cPowu(x, n), true
	}
	return cQuot(complex(1, 0), cPowu(x, -n))
}

// cPow is _Py_c_pow; false for zero to a negative or complex power.
func cPow(a, b complex128) (complex128, bool) {
	if b == 0 {
		return complex(1, 0), true
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, false
		}
		return 0, true
	}
	vabs := math.Hypot(real(a), imag(a))
	l := math.Pow(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= math.Exp(at * imag(b))
		phase += imag(b) * math.Log(vabs)
	}
	sin, cos := sinCos(phase)
	return complex(l*cos, l*sin), true
}

// safeMultiply is ast_opt.c's safe_multiply: no int product past 128
// bits, no repeated sequence past its size limits.
func safeMultiply(l, r any) (any, bool) {
	kl, kr := kindOf(l), kindOf(r)
	switch {
	case kl == numInt && kr == numInt:
		if intSign(l) != 0 && intSign(r) != 0 && numBits(l)+numBits(r) > maxIntSize {
			return nil, false
		}
		return intOp(ast.Mult, l, r)
	case kl == numInt && kr == notNum:
		return repeatSeq(r, l)
	case kr == numInt && kl == notNum:
		return repeatSeq(l, r)
	}
	return numOp(ast.Mult, l, r)
}

// repeatSeq is seq * n for str, bytes and tuple, within the limits.
func repeatSeq(seq, count any) (any, bool) {
	var size int
	switch s := seq.(type) {
	case string:
		size = strLen(s)
	case ast.Bytes:
		size = len(s)
	case bytecode.Tuple:
		size = len(s)
	case bytecode.FrozenSet:
		return nil, false // checked by safe_multiply, then a TypeError
	default:
		return nil, false
	}
	n, small := smallInt(count)
	if !small {
		return nil, false // too large for an index (or for PyLong_AsLong)
	}
	if size != 0 {
		limit := maxStrSize
		if _, ok := seq.(bytecode.Tuple); ok {
			limit = maxCollectionSize
		}
		if n < 0 || n > int64(limit/size) {
			return nil, false
		}
		if t, ok := seq.(bytecode.Tuple); ok && n != 0 && checkComplexity(t, maxTotalItems/int(n)) < 0 {
			return nil, false
		}
	}
	if n <= 0 {
		n = 0
	}
	switch s := seq.(type) {
	case string:
		return strings.Repeat(s, int(n)), true
	case ast.Bytes:
		return ast.Bytes(strings.Repeat(string(s), int(n))), true
	default:
		t := seq.(bytecode.Tuple)
		out := make(bytecode.Tuple, 0, len(t)*int(n))
		for range n {
			out = append(out, t...)
		}
		return out, true
	}
}

// checkComplexity is check_complexity: limit less the items of obj and of
// the collections nested in it (negative once past the limit).
func checkComplexity(obj any, limit int) int {
	var items []any
	switch v := obj.(type) {
	case bytecode.Tuple:
		items = v
	case bytecode.FrozenSet:
		items = v
	default:
		return limit
	}
	limit -= len(items)
	for i := 0; limit >= 0 && i < len(items); i++ {
		limit = checkComplexity(items[i], limit)
	}
	return limit
}

// strLen is the length of a WTF-8 str in code points.
func strLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// safePower is safe_power: int ** int stays within 128 bits.
func safePower(l, r any) (any, bool) {
	kl, kr := kindOf(l), kindOf(r)
	if kl == notNum || kr == notNum {
		return nil, false
	}
	if kl == numInt && kr == numInt {
		if intSign(r) < 0 {
			// long_pow hands a negative exponent to float_pow.
			a, ok1 := floatOf(l)
			b, ok2 := floatOf(r)
			if !ok1 || !ok2 {
				return nil, false
			}
			return floatPow(a, b)
		}
		if intSign(l) != 0 && intSign(r) > 0 {
			w, small := smallInt(r)
			if !small {
				return nil, false
			}
			if int64(numBits(l)) > maxIntSize/w {
				return nil, false
			}
		}
		return normBig(new(big.Int).Exp(bigOf(l), bigOf(r), nil)), true
	}
	return numOp(ast.Pow, l, r)
}

// safeLshift is safe_lshift: the result stays within 128 bits.
func safeLshift(l, r any) (any, bool) {
	if kindOf(l) != numInt || kindOf(r) != numInt {
		return nil, false
	}
	if intSign(r) < 0 {
		return nil, false // ValueError: negative shift count
	}
	if intSign(l) == 0 {
		return int64(0), true
	}
	if intSign(r) != 0 {
		w, small := smallInt(r)
		if !small || w > maxIntSize || int64(numBits(l)) > maxIntSize-w {
			return nil, false
		}
	}
	w, _ := smallInt(r)
	return normBig(new(big.Int).Lsh(bigOf(l), uint(w))), true
}

// intBitOp is >>, |, ^ and & on ints; on two bools |, ^ and & give a bool.
func intBitOp(op ast.Operator, l, r any) (any, bool) {
	if kindOf(l) != numInt || kindOf(r) != numInt {
		return nil, false
	}
	if a, ok := l.(bool); ok && op != ast.RShift {
		if b, ok := r.(bool); ok {
			switch op {
			case ast.BitOr:
				return a || b, true
			case ast.BitXor:
				return a != b, true
			default:
				return a && b, true
			}
		}
	}
	if op == ast.RShift {
		if intSign(r) < 0 {
			return nil, false
		}
		w, small := smallInt(r)
		if !small || w > math.MaxInt32 {
			if intSign(l) < 0 {
				return int64(-1), true
			}
			return int64(0), true
		}
		return normBig(new(big.Int).Rsh(bigOf(l), uint(w))), true
	}
	a, ok1 := smallInt(l)
	b, ok2 := smallInt(r)
	if ok1 && ok2 {
		switch op {
		case ast.BitOr:
			return a | b, true
		case ast.BitXor:
			return a ^ b, true
		default:
			return a & b, true
		}
	}
	x, y := bigOf(l), bigOf(r)
	switch op {
	case ast.BitOr:
		return normBig(x.Or(x, y)), true
	case ast.BitXor:
		return normBig(x.Xor(x, y)), true
	default:
		return normBig(x.And(x, y)), true
	}
}

// foldSubscript is PyObject_GetItem on a str, bytes or tuple constant with
// an int index.
func foldSubscript(v, idx any) (any, bool) {
	i, small := smallInt(idx)
	if kindOf(idx) != numInt || !small {
		return nil, false
	}
	switch s := v.(type) {
	case string:
		n := strLen(s)
		if i < 0 {
			i += int64(n)
		}
		if i < 0 || i >= int64(n) {
			return nil, false
		}
		if n == len(s) {
			return s[i : i+1], true
		}
		k := int64(0)
		for j := 0; j < len(s); j++ {
			if s[j]&0xC0 == 0x80 {
				continue
			}
			if k == i {
				e := j + 1
				for e < len(s) && s[e]&0xC0 == 0x80 {
					e++
				}
				return s[j:e], true
			}
			k++
		}
	case ast.Bytes:
		if i < 0 {
			i += int64(len(s))
		}
		if i < 0 || i >= int64(len(s)) {
			return nil, false
		}
		return int64(s[i]), true
	case bytecode.Tuple:
		if i < 0 {
			i += int64(len(s))
		}
		if i < 0 || i >= int64(len(s)) {
			return nil, false
		}
		return s[i], true
	}
	return nil, false
}

// constEqual is == between two constants, for the items of a frozenset.
func constEqual(a, b any) bool {
	ka, kb := kindOf(a), kindOf(b)
	if ka != notNum || kb != notNum {
		if ka == notNum || kb == notNum {
			return false
		}
		return numEqual(a, b)
	}
	switch a := a.(type) {
	case string:
		b, ok := b.(string)
		return ok && a == b
	case ast.Bytes:
		b, ok := b.(ast.Bytes)
		return ok && a == b
	case ast.NoneType:
		_, ok := b.(ast.NoneType)
		return ok
	case ast.EllipsisType:
		_, ok := b.(ast.EllipsisType)
		return ok
	case bytecode.Tuple:
		b, ok := b.(bytecode.Tuple)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !constEqual(a[i], b[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// numEqual compares numbers exactly, as Python does across int, float and
// complex.
func numEqual(a, b any) bool {
	if ca, ok := a.(complex128); ok {
		if cb, ok := b.(complex128); ok {
			return ca == cb
		}
		return imag(ca) == 0 && numEqual(real(ca), b)
	}
	if _, ok := b.(complex128); ok {
		return numEqual(b, a)
	}
	fa, aFloat := a.(float64)
	fb, bFloat := b.(float64)
	switch {
	case aFloat && bFloat:
		return fa == fb
	case aFloat || bFloat:
		f, i := fa, b
		if bFloat {
			f, i = fb, a
		}
		if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
			return false
		}
		bf, _ := new(big.Float).SetFloat64(f).Int(nil)
		return bf.Cmp(bigOf(i)) == 0
	}
	return bigOf(a).Cmp(bigOf(b)) == 0
}

// newFrozenSet is PyFrozenSet_New of a tuple (equal items kept once, the
// first of them) as the code object ends up holding it. A FrozenSet keeps
// its insertion order, and CPython builds the constant three times, each
// from the previous set's iteration order (bytecode.SetOrder): ast_opt's
// set from the source; _PyCode_ConstantKey's set of the items' keys; and
// merge_consts_recursive's set rebuilt from iterating that key. So the
// final set's insertion order is the source order put through SetOrder
// twice (and dis shows it through SetOrder once more).
func newFrozenSet(items bytecode.Tuple) bytecode.FrozenSet {
	return bytecode.FrozenSet(bytecode.SetOrder(bytecode.SetOrder(dedupeConsts(items))))
}

// dedupeConsts keeps the first of equal items.
func dedupeConsts(items bytecode.Tuple) []any {
	s := make([]any, 0, len(items))
next:
	for _, it := range items {
		for _, have := range s {
			if constEqual(have, it) {
				continue next
			}
		}
		s = append(s, it)
	}
	return s
}

// The sine and cosine of cPow, correctly rounded as glibc's are (Go's
// math.Sin and math.Cos may be an ulp off, which shows near multiples of
// pi/2): argument reduction and Taylor series in 200-bit floats.
const trigPrec = 200

var piOver2 = sync.OnceValue(func() *big.Float {
	// Machin: pi/4 = 4 atan(1/5) - atan(1/239).
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(trigPrec+64).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
		x2 := new(big.Float).SetPrec(trigPrec+64).Mul(x, x)
		sum := new(big.Float).SetPrec(trigPrec + 64).Set(x)
		term := new(big.Float).SetPrec(trigPrec + 64).Set(x)
		for k := int64(1); k < 400; k++ {
			term.Mul(term, x2)
			t := new(big.Float).SetPrec(trigPrec+64).Quo(term, new(big.Float).SetInt64(2*k+1))
			if k%2 == 1 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	p := new(big.Float).SetPrec(trigPrec+64).Mul(big.NewFloat(4), atanInv(5))
	p.Sub(p, atanInv(239))
	return p.Mul(p, big.NewFloat(2)) // 4*(pi/4)/2
})

// sinCos returns sin(x) and cos(x).
func sinCos(x float64) (float64, float64) {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e15 {
		return math.Sin(x), math.Cos(x)
	}
	prec := uint(trigPrec)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, piOver2())
	qi, _ := q.Int(nil)
	// round to nearest quadrant
	frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetInt(qi))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetInt(qi), piOver2())
	r.Sub(bx, r)
	// Taylor series of sin and cos of the reduced argument |r| <= pi/4.
	r2 := new(big.Float).SetPrec(prec).Mul(r, r)
	s := new(big.Float).SetPrec(prec).Set(r)
	c := new(big.Float).SetPrec(prec).SetInt64(1)
	ts := new(big.Float).SetPrec(prec).Set(r)
	tc := new(big.Float).SetPrec(prec).SetInt64(1)
	for k := int64(1); k < 60; k++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, new(big.Float).SetInt64((2*k)*(2*k+1)))
		ts.Neg(ts)
		s.Add(s, ts)
		tc.Mul(tc, r2)
		tc.Quo(tc, new(big.Float).SetInt64((2*k-1)*(2*k)))
		tc.Neg(tc)
		c.Add(c, tc)
	}
	sf, _ := s.Float64()
	cf, _ := c.Float64()
	switch new(big.Int).And(qi, big.NewInt(3)).Int64() {
	case 0:
		return sf, cf
	case 1:
		return cf, -sf
	case 2:
		return -sf, -cf
	default:
		return -cf, sf
	}
}

package runtime

import (
	"github.com/peglab/peglab/runtime/internal/pystr"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// BigInt is an int beyond int64. Results are normalized: a BigInt never
// holds a value that fits in int64.
type BigInt struct {
	Header
	b big.Int
}

// newBigOwned is newBig for a result the caller made and will not touch
// again: the BigInt takes its digits over instead of copying them (a
// quarter of pidigits' time was that copy and its zeroed allocation).
func newBigOwned(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	o := &BigInt{Header: Header{IntType}}
	o.b = *b // b is dropped by the caller, so sharing its digits is safe
	return obj(o)
}

func newBig(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	o := &BigInt{Header: Header{IntType}}
	o.b.Set(b)
	return obj(o)
}

// isIntLike reports int, bool or big int (an int subclass instance too).
func isIntLike(v Value) bool {
	if v.p == intTag {
		return true
	}
	if v.p == floatTag || v.p == nil {
		return false
	}
	t := v.hdr().typ
	return t == IntType || t == BoolType || t.IsSubtype(IntType)
}

// smallInt returns v as int64 if it is an int that fits.
func smallInt(v Value) (int64, bool) {
	switch v.p {
	case intTag:
		return v.Int(), true
	case unsafePtr(trueObj):
		return 1, true
	case unsafePtr(falseObj):
		return 0, true
	}
	return 0, false
}

func toBig(v Value) *big.Int {
	if i, ok := smallInt(v); ok {
		return big.NewInt(i)
	}
	return &v.bigint().b
}

func intAdd(a, b int64) Value {
	c := a + b
	if (c^a)&(c^b) < 0 {
		var x big.Int
		return newBigOwned(x.Add(big.NewInt(a), big.NewInt(b)))
	}
	return MakeInt(c)
}

func intSub(a, b int64) Value {
	c := a - b
	if (a^b)&(c^a) < 0 {
		var x big.Int
		return newBigOwned(x.Sub(big.NewInt(a), big.NewInt(b)))
	}
	return MakeInt(c)
}

func intMul(a, b int64) Value {
	hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(b)))
	if hi == 0 && lo < 1<<63 && a != math.MinInt64 && b != math.MinInt64 {
		r := int64(lo)
		if (a < 0) != (b < 0) {
			r = -r
		}
		return MakeInt(r)
	}
	var x big.Int
	return newBigOwned(x.Mul(big.NewInt(a), big.NewInt(b)))
}

func abs64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func mod64(a, b int64) int64 {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

func bigFloorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	var q, m big.Int
	q.QuoRem(a, b, &m)
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(&q, big.NewInt(1))
		m.Add(&m, b)
	}
	return &q, &m
}

// intBinop implements the int slots for op on two int-likes.
func intBinop(op int) binFunc {
	return func(a, b Value) (Value, *Exception) {
		if !isIntLike(a) || !isIntLike(b) {
			return NotImplemented, nil
		}
		x, okx := smallInt(a)
		y, oky := smallInt(b)
		small := okx && oky
		switch op {
		case nbAdd:
			if small {
				return intAdd(x, y), nil
			}
			var r big.Int
			return newBigOwned(r.Add(toBig(a), toBig(b))), nil
		case nbSub:
			if small {
				return intSub(x, y), nil
			}
			var r big.Int
			return newBigOwned(r.Sub(toBig(a), toBig(b))), nil
		case nbMul:
			if small {
				return intMul(x, y), nil
			}
			var r big.Int
			return newBigOwned(r.Mul(toBig(a), toBig(b))), nil
		case nbFloorDiv, nbRem:
			if small {
				if y == 0 {
					if op == nbRem {
						return Null, newErr(ZeroDivisionError, "integer modulo by zero")
					}
					return Null, newErr(ZeroDivisionError, "integer division or modulo by zero")
				}
				if !(x == math.MinInt64 && y == -1) {
					if op == nbFloorDiv {
						return MakeInt(floorDiv64(x, y)), nil
					}
					return MakeInt(mod64(x, y)), nil
				}
			}
			bb := toBig(b)
			if bb.Sign() == 0 {
				if op == nbRem {
					return Null, newErr(ZeroDivisionError, "integer modulo by zero")
				}
				return Null, newErr(ZeroDivisionError, "integer division or modulo by zero")
			}
			q, m := bigFloorDivMod(toBig(a), bb)
			if op == nbFloorDiv {
				return newBigOwned(q), nil
			}
			return newBigOwned(m), nil
		case nbTrueDiv:
			if small {
				if y == 0 {
					return Null, newErr(ZeroDivisionError, "division by zero")
				}
				if abs64(x) < 1<<53 && abs64(y) < 1<<53 {
					return MakeFloat(float64(x) / float64(y)), nil
				}
			}
			bb := toBig(b)
			if bb.Sign() == 0 {
				return Null, newErr(ZeroDivisionError, "division by zero")
			}
			var r big.Rat
			r.SetFrac(toBig(a), bb)
			f, _ := r.Float64()
			if math.IsInf(f, 0) {
				return Null, newErr(OverflowError, "integer division result too large for a float")
			}
			return MakeFloat(f), nil
		case nbPow:
			return intPow(a, b)
		case nbLshift, nbRshift:
			if y < 0 || (!oky && toBig(b).Sign() < 0) {
				return Null, newErr(ValueError, "negative shift count")
			}
			if !oky {
				if op == nbRshift {
					if toBig(a).Sign() < 0 {
						return MakeInt(-1), nil
					}
					return MakeInt(0), nil
				}
				if okx && x == 0 {
					return MakeInt(0), nil
				}
				return Null, newErr(OverflowError, "too many digits in integer")
			}
			if op == nbRshift {
				if small {
					if y > 63 {
						y = 63
					}
					return MakeInt(x >> uint(y)), nil
				}
				var r big.Int
				return newBigOwned(r.Rsh(toBig(a), uint(y))), nil
			}
			if small && y < 63 && (x<<uint(y))>>uint(y) == x {
				return MakeInt(x << uint(y)), nil
			}
			var r big.Int
			return newBigOwned(r.Lsh(toBig(a), uint(y))), nil
		case nbAnd, nbOr, nbXor:
			if small {
				var r int64
				switch op {
				case nbAnd:
					r = x & y
				case nbOr:
					r = x | y
				default:
					r = x ^ y
				}
				if a.Type() == BoolType && b.Type() == BoolType {
					return MakeBool(r != 0), nil
				}
				return MakeInt(r), nil
			}
			var r big.Int
			switch op {
			case nbAnd:
				r.And(toBig(a), toBig(b))
			case nbOr:
				r.Or(toBig(a), toBig(b))
			default:
				r.Xor(toBig(a), toBig(b))
			}
			return newBig(&r), nil
		}
		return NotImplemented, nil
	}
}

func intPow(a, b Value) (Value, *Exception) {
	bb := toBig(b)
	if bb.Sign() < 0 {
		fa, err := intToFloat(a)
		if err != nil {
			return Null, err
		}
		fb, err := intToFloat(b)
		if err != nil {
			return Null, err
		}
		if fa == 0 {
			return Null, newErr(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		return MakeFloat(math.Pow(fa, fb)), nil
	}
	x, okx := smallInt(a)
	y, oky := smallInt(b)
	if okx && oky {
		// square-and-multiply in int64 while it fits
		r, base, e := int64(1), x, y
		ok := true
		for e > 0 {
			if e&1 == 1 {
				hi, lo := bits.Mul64(uint64(abs64(r)), uint64(abs64(base)))
				if hi != 0 || lo >= 1<<62 {
					ok = false
					break
				}
				neg := (r < 0) != (base < 0)
				r = int64(lo)
				if neg {
					r = -r
				}
			}
			e >>= 1
			if e > 0 {
				hi, lo := bits.Mul64(uint64(abs64(base)), uint64(abs64(base)))
				if hi != 0 || lo >= 1<<62 {
					ok = false
					break
				}
				base = int64(lo)
			}
		}
		if ok {
			return MakeInt(r), nil
		}
	}
	var r big.Int
	return newBigOwned(r.Exp(toBig(a), bb, nil)), nil
}

func intToFloat(v Value) (float64, *Exception) {
	if i, ok := smallInt(v); ok {
		return float64(i), nil
	}
	f, acc := new(big.Float).SetInt(&v.bigint().b).Float64()
	if math.IsInf(f, 0) && acc != big.Exact || math.IsInf(f, 0) {
		return 0, newErr(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

func intCompare(a, b Value, op int) (Value, *Exception) {
	if !isIntLike(b) {
		if b.p == floatTag {
			return floatCompare(a, b, op)
		}
		return NotImplemented, nil
	}
	x, okx := smallInt(a)
	y, oky := smallInt(b)
	if okx && oky {
		return MakeBool(cmpInts(x, y, op)), nil
	}
	return cmpResult(toBig(a).Cmp(toBig(b)), op), nil
}

// intStr is str() of an int, with the 4300-digit limit.
func intStr(v Value) (string, *Exception) {
	if i, ok := smallInt(v); ok {
		if v.Type() == BoolType {
			if i != 0 {
				return "True", nil
			}
			return "False", nil
		}
		return strconv.FormatInt(i, 10), nil
	}
	b := &v.bigint().b
	if b.BitLen() > 14300 { // quick check before the exact one
		if len(b.Text(10)) > maxStrDigits+1 {
			return "", newErr(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
		}
	}
	s := b.Text(10)
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if maxStrDigits > 0 && n > maxStrDigits {
		return "", newErr(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
	}
	return s, nil
}

var maxStrDigits = 4300

// parseInt is int(s, base).
func parseInt(s string, base int) (Value, *Exception) {
	orig := s
	bad := func() *Exception {
		return newErr(ValueError, "invalid literal for int() with base %d: %s", base, strRepr(orig))
	}
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)) {
			b = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			s = s[2:]
			if strings.HasPrefix(s, "_") {
				s = s[1:]
			}
		}
	}
	if b == 0 {
		b = 10
		if len(s) > 1 && s[0] == '0' {
			if strings.Trim(s, "0_") != "" {
				return Null, bad()
			}
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return Null, bad()
	}
	clean := strings.ReplaceAll(s, "_", "")
	for _, c := range clean {
		if c >= 0x80 {
			// Unicode digits: map decimal digits
			return parseIntUnicode(clean, b, neg, bad)
		}
	}
	if b == 10 && maxStrDigits > 0 && len(clean) > maxStrDigits {
		return Null, newErr(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(clean))
	}
	if i, err := strconv.ParseInt(clean, b, 64); err == nil {
		if neg {
			i = -i
		}
		return MakeInt(i), nil
	}
	var r big.Int
	if _, ok := r.SetString(clean, b); !ok {
		return Null, bad()
	}
	if neg {
		r.Neg(&r)
	}
	return newBig(&r), nil
}

func parseIntUnicode(s string, b int, neg bool, bad func() *Exception) (Value, *Exception) {
	var out []byte
	for _, c := range s {
		d := unicodeDigit(c)
		if d < 0 {
			return Null, bad()
		}
		out = append(out, byte('0'+d))
	}
	var r big.Int
	if _, ok := r.SetString(string(out), b); !ok {
		return Null, bad()
	}
	if neg {
		r.Neg(&r)
	}
	return newBig(&r), nil
}

func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// Floats.

func toFloat(v Value) (float64, bool, *Exception) {
	if v.p == floatTag {
		return v.Float(), true, nil
	}
	if isIntLike(v) {
		f, err := intToFloat(v)
		return f, true, err
	}
	if v.p != intTag && v.Type().IsSubtype(FloatType) {
		return v.Float(), true, nil
	}
	return 0, false, nil
}

func floatBinop(op int) binFunc {
	return func(a, b Value) (Value, *Exception) {
		x, ok, err := toFloat(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := toFloat(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		switch op {
		case nbAdd:
			return MakeFloat(x + y), nil
		case nbSub:
			return MakeFloat(x - y), nil
		case nbMul:
			return MakeFloat(x * y), nil
		case nbTrueDiv:
			if y == 0 {
				return Null, newErr(ZeroDivisionError, "float division by zero")
			}
			return MakeFloat(x / y), nil
		case nbFloorDiv:
			if y == 0 {
				return Null, newErr(ZeroDivisionError, "float floor division by zero")
			}
			q, _ := floatDivmod(x, y)
			return MakeFloat(q), nil
		case nbRem:
			if y == 0 {
				return Null, newErr(ZeroDivisionError, "float modulo by zero")
			}
			_, m := floatDivmod(x, y)
			return MakeFloat(m), nil
		case nbPow:
			return floatPow(x, y)
		}
		return NotImplemented, nil
	}
}

// floatDivmod is float_divmod's arithmetic.
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func floatPow(x, y float64) (Value, *Exception) {
	if x == 0 && y < 0 {
		return Null, newErr(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) {
		// complex result
		return powComplex(x, y)
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Null, newErr(OverflowError, "(34, 'Numerical result out of range')")
	}
	return MakeFloat(r), nil
}

func floatCompare(a, b Value, op int) (Value, *Exception) {
	x, ok, _ := toFloat(a)
	if !ok {
		return NotImplemented, nil
	}
	if isIntLike(b) && a.p == floatTag {
		if _, small := smallInt(b); !small {
			// exact comparison with a big int
			if math.IsNaN(x) {
				return MakeBool(op == cmpNE), nil
			}
			if math.IsInf(x, 0) {
				return cmpResult(int(math.Copysign(1, x)), op), nil
			}
			bf := new(big.Float).SetInt(toBig(b))
			return cmpResult(big.NewFloat(x).Cmp(bf), op), nil
		}
	}
	if isIntLike(a) && b.p == floatTag {
		if _, small := smallInt(a); !small {
			y := b.Float()
			if math.IsNaN(y) {
				return MakeBool(op == cmpNE), nil
			}
			if math.IsInf(y, 0) {
				return cmpResult(-int(math.Copysign(1, y)), op), nil
			}
			af := new(big.Float).SetInt(toBig(a))
			return cmpResult(af.Cmp(big.NewFloat(y)), op), nil
		}
	}
	y, ok, _ := toFloat(b)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case cmpLT:
		return MakeBool(x < y), nil
	case cmpLE:
		return MakeBool(x <= y), nil
	case cmpEQ:
		return MakeBool(x == y), nil
	case cmpNE:
		return MakeBool(x != y), nil
	case cmpGT:
		return MakeBool(x > y), nil
	case cmpGE:
		return MakeBool(x >= y), nil
	}
	return NotImplemented, nil
}

// floatRepr is repr(float): the shortest string that round-trips.
func floatRepr(f float64) string { return pystr.FloatRepr(f) }

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// parseFloat is float(s).
func parseFloat(s string) (Value, *Exception) {
	t := strings.TrimFunc(s, isPySpace)
	low := strings.ToLower(t)
	sign := 1.0
	body := low
	if body != "" && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch body {
	case "inf", "infinity":
		return MakeFloat(math.Inf(int(sign))), nil
	case "nan":
		return MakeFloat(math.Copysign(math.NaN(), sign)), nil
	}
	ok := body != "" && !strings.HasPrefix(body, "_") && !strings.HasSuffix(body, "_") && !strings.Contains(body, "__")
	for _, c := range body {
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == '+' || c == '-' || c == '_') {
			ok = false
		}
	}
	if ok {
		clean := strings.ReplaceAll(t, "_", "")
		if f, err := strconv.ParseFloat(clean, 64); err == nil || strings.Contains(err.Error(), "range") {
			return MakeFloat(f), nil
		}
	}
	return Null, newErr(ValueError, "could not convert string to float: %s", strRepr(s))
}

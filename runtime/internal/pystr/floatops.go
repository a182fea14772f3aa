package pystr

import (
	"math"
	"math/big"
	"strconv"
)

// float.hex, float.fromhex and round(float, ndigits), as floatobject.c.

// FloatHex is float.hex(x): "0x1.8000000000000p+1", "-0x0.0p+0", "inf".
func FloatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	b := make([]byte, 0, 24)
	if x < 0 {
		b = append(b, '-')
	}
	b = append(b, '0', 'x', hexdigits[int(m)], '.')
	m -= float64(int(m))
	for i := 0; i < 13; i++ {
		m *= 16
		b = append(b, hexdigits[int(m)])
		m -= float64(int(m))
	}
	b = append(b, 'p')
	if e < 0 {
		b = append(b, '-')
		e = -e
	} else {
		b = append(b, '+')
	}
	return str(strconv.AppendInt(b, int64(e), 10))
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// FloatFromHex is float.fromhex(s) (s as WTF-8; only ASCII can be valid).
func FloatFromHex(s string) (float64, error) {
	bad := valueError("invalid hexadecimal floating-point string")
	i, n := 0, len(s)
	for i < n && isCSpace(s[i]) {
		i++
	}
	j := n
	for j > i && isCSpace(s[j-1]) {
		j--
	}
	t := s[i:j]
	k := 0
	neg := false
	if k < len(t) && (t[k] == '+' || t[k] == '-') {
		neg = t[k] == '-'
		k++
	}
	switch lowerASCII(t[k:]) {
	case "inf", "infinity":
		return math.Inf(1 - 2*boolInt(neg)), nil
	case "nan":
		bits := uint64(0x7ff8000000000000)
		if neg {
			bits |= 1 << 63
		}
		return math.Float64frombits(bits), nil
	}
	if k+1 < len(t) && t[k] == '0' && (t[k+1] == 'x' || t[k+1] == 'X') {
		k += 2
	}
	// The coefficient's hex digits, and how many follow the point.
	var digits []byte
	frac := 0
	for k < len(t) && hexValue(t[k]) >= 0 {
		digits = append(digits, t[k])
		k++
	}
	if k < len(t) && t[k] == '.' {
		k++
		for k < len(t) && hexValue(t[k]) >= 0 {
			digits = append(digits, t[k])
			frac++
			k++
		}
	}
	if len(digits) == 0 {
		return 0, bad
	}
	exp := int64(0)
	if k < len(t) && (t[k] == 'p' || t[k] == 'P') {
		k++
		eneg := false
		if k < len(t) && (t[k] == '+' || t[k] == '-') {
			eneg = t[k] == '-'
			k++
		}
		if k >= len(t) || t[k] < '0' || t[k] > '9' {
			return 0, bad
		}
		for k < len(t) && '0' <= t[k] && t[k] <= '9' {
			if exp < 1<<40 {
				exp = exp*10 + int64(t[k]-'0')
			}
			k++
		}
		if eneg {
			exp = -exp
		}
	}
	if k != len(t) {
		return 0, bad
	}
	mant, _ := new(big.Int).SetString(string(digits), 16)
	sign := 1.0
	if neg {
		sign = -1
	}
	if mant.Sign() == 0 {
		return math.Copysign(0, sign), nil
	}
	e := exp - 4*int64(frac)
	// Past these bounds the value is certainly out of range, or below
	// half the smallest subnormal.
	top := e + int64(mant.BitLen())
	if top > 1100 {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	if top < -1100 {
		return math.Copysign(0, sign), nil
	}
	f := new(big.Float).SetPrec(uint(mant.BitLen())).SetInt(mant)
	f.SetMantExp(f, int(e))
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	return math.Copysign(v, sign), nil
}

// FloatRound is round(x, ndigits) for a float: the float nearest to x
// rounded (half to even, on x's exact value) to ndigits decimal places;
// nan and infinities stay, extreme ndigits give x or a signed zero.
func FloatRound(x float64, ndigits int) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x, nil
	}
	const ndigitsMax = 323 // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
	const ndigitsMin = -308
	switch {
	case ndigits > ndigitsMax:
		return x, nil
	case ndigits < ndigitsMin:
		return 0 * x, nil
	}
	var r float64
	if ndigits >= 0 {
		var buf [400]byte
		s := strconv.AppendFloat(buf[:0], x, 'f', ndigits, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		// Round x/10^-ndigits to an integer, half to even, exactly.
		q := new(big.Rat).SetFloat64(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
		q.Quo(q, new(big.Rat).SetInt(p))
		num, den := q.Num(), q.Denom()
		quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
		twice := new(big.Int).Abs(rem)
		twice.Lsh(twice, 1)
		if c := twice.Cmp(den); c > 0 || c == 0 && quo.Bit(0) == 1 {
			if num.Sign() < 0 {
				quo.Sub(quo, big.NewInt(1))
			} else {
				quo.Add(quo, big.NewInt(1))
			}
		}
		r, _ = new(big.Rat).SetInt(quo.Mul(quo, p)).Float64()
		if quo.Sign() == 0 {
			r = 0
		}
		r = math.Copysign(r, x)
	}
	if math.IsInf(r, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	return r, nil
}

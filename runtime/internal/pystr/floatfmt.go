package pystr

import (
	"math"
	"slices"
	"strconv"
)

// Float formatting is CPython's PyOS_double_to_string over David Gay's
// dtoa: dtoa gives a digit string and the decimal point's position, and
// format_float_short lays them out. strconv gives the same correctly
// rounded digits (round-half-even on the exact binary value), so the
// digits come from strconv into a stack buffer and the layout is
// CPython's, step for step.

// Float layout flags (CPython's Py_DTSF_*).
const (
	fSign    = 1 << iota // always write a sign
	fAddDot0             // integral fixed-point output gets ".0"
	fAlt                 // '#': keep the point and trailing zeros
	fNoNeg0              // 'z': a negative zero rounds to positive
)

// FloatRepr returns repr(f) (which is also str(f)): the shortest digits
// that read back as f, in exponent form when the exponent is below -4 or
// at least 16: 0.1, 1e-05, 1e+16, -0.0, inf, nan.
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// AppendFloatRepr appends repr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	return appendDouble(dst, f, 'r', 0, fAddDot0)
}

// dtoa writes into buf the digits of the finite, non-negative f as Gay's
// dtoa does in mode 0 (shortest, code 'r'), 2 (prec significant digits,
// codes 'e' and 'g') or 3 (prec digits after the point, code 'f'),
// without trailing zeros, and returns them with the decimal point's
// position (digits d1d2... mean 0.d1d2... × 10^decpt). Zero is "0" with
// decpt 1; an 'f' result that rounds to zero has no digits.
func dtoa(buf []byte, f float64, code byte, prec int) ([]byte, int) {
	if f == 0 {
		return append(buf[:0], '0'), 1
	}
	// A float's exact decimal value has at most 767 significant digits
	// and 1074 after the point: more precision only adds zeros, which the
	// layout pads, so strconv need not compute them.
	if (code == 'e' || code == 'g') && prec > 800 {
		prec = 800
	} else if code == 'f' && prec > 1100 {
		prec = 1100
	}
	var s []byte
	switch code {
	case 'r', 'e', 'g':
		p := -1
		if code != 'r' {
			p = prec - 1
		}
		s = strconv.AppendFloat(buf[:0], f, 'e', p, 64)
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		exp := 0
		for _, c := range s[e+2:] {
			exp = exp*10 + int(c-'0')
		}
		if s[e+1] == '-' {
			exp = -exp
		}
		// d.ddd → dddd in place.
		n := 1
		for i := 2; i < e; i++ {
			s[n] = s[i]
			n++
		}
		s = s[:n]
		for len(s) > 1 && s[len(s)-1] == '0' {
			s = s[:len(s)-1]
		}
		return s, exp + 1
	}
	s = strconv.AppendFloat(buf[:0], f, 'f', prec, 64)
	decpt := len(s)
	n := 0
	for i, c := range s {
		if c == '.' {
			decpt = i
			continue
		}
		s[n] = c
		n++
	}
	s = s[:n]
	i := 0
	for i < len(s) && s[i] == '0' {
		i++
	}
	s = s[i:]
	decpt -= i
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if len(s) == 0 {
		decpt = -prec
	}
	return s, decpt
}

// appendDouble is PyOS_double_to_string(val, code, prec, flags): code is
// one of e E f F g G r (r ignores prec).
func appendDouble(dst []byte, val float64, code byte, prec int, flags int) []byte {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	switch code {
	case 'e':
		prec++
	case 'g':
		if prec == 0 {
			prec = 1
		}
	}
	neg := math.Signbit(val)
	if math.IsNaN(val) {
		if upper {
			return append(dst, "NAN"...)
		}
		return append(dst, "nan"...)
	}
	if neg {
		val = -val
	}
	if math.IsInf(val, 0) {
		if neg {
			dst = append(dst, '-')
		} else if flags&fSign != 0 {
			dst = append(dst, '+')
		}
		if upper {
			return append(dst, "INF"...)
		}
		return append(dst, "inf"...)
	}
	var buf [40]byte
	var digits []byte
	var decpt int
	// Long outputs ('f' of 1e300, high precisions) outgrow buf; append
	// then moves them to the heap.
	digits, decpt = dtoa(buf[:0], val, code, prec)
	if neg && flags&fNoNeg0 != 0 && (len(digits) == 0 || len(digits) == 1 && digits[0] == '0') {
		neg = false
	}
	nd := len(digits)
	vend := nd
	useExp := false
	dot0 := flags&fAddDot0 != 0
	alt := flags&fAlt != 0
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		lim := prec
		if dot0 {
			lim--
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && dot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}
	if neg {
		dst = append(dst, '-')
	} else if flags&fSign != 0 {
		dst = append(dst, '+')
	}
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vstart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vstart)
	}
	if 0 < decpt && decpt <= nd {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if nd < decpt {
		dst = appendZeros(dst, decpt-nd)
		dst = append(dst, '.')
		dst = appendZeros(dst, vend-decpt)
	} else {
		dst = appendZeros(dst, vend-nd)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	if n <= 0 {
		return dst
	}
	dst = slices.Grow(dst, n)
	z := dst[len(dst) : len(dst)+n]
	for i := range z {
		z[i] = '0'
	}
	return dst[:len(dst)+n]
}

func appendFill(dst []byte, fill rune, n int) []byte {
	if n <= 0 {
		return dst
	}
	if fill < 0x80 && fill >= 0 {
		dst = slices.Grow(dst, n)
		z := dst[len(dst) : len(dst)+n]
		for i := range z {
			z[i] = byte(fill)
		}
		return dst[:len(dst)+n]
	}
	for ; n > 0; n-- {
		dst = appendRune(dst, fill)
	}
	return dst
}

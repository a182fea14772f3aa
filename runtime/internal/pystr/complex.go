package pystr

import (
	"math"

	"github.com/peglab/peglab/ast"
)

// ComplexRepr returns repr(c) (also str(c)): "2j", "(1+2j)", "(-0-1j)".
func ComplexRepr(c complex128) string { return ast.ReprComplex(c) }

// FormatComplex appends format(c, spec) (complex.__format__,
// format_complex_internal): both parts laid out as floats, the imaginary
// one always signed unless the real part is left out, then padded as a
// whole; no zero padding, no '=' alignment, no '%'.
func FormatComplex(dst []byte, c complex128, spec, typeName string) ([]byte, error) {
	if spec == "" {
		return ast.AppendReprComplex(dst, c), nil
	}
	f, err := ParseSpec(spec, typeName, 0, '>')
	if err != nil {
		return dst, err
	}
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return dst, unknownCode(f.Type, typeName)
	}
	if f.Prec > math.MaxInt32 {
		return dst, valueError("precision too big")
	}
	if f.Fill == '0' {
		return dst, valueError("Zero padding is not allowed in complex format specifier")
	}
	if f.Align == '=' {
		return dst, valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	flags := 0
	if f.Alt {
		flags |= fAlt
	}
	if f.NoNeg0 {
		flags |= fNoNeg0
	}
	code := byte(f.Type)
	prec, defPrec := f.Prec, 6
	skipRe, parens := false, false
	if code == 0 {
		code, defPrec = 'r', 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if code == 'n' {
		code = 'g'
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	tmp := f
	tmp.Fill, tmp.Align, tmp.Width = 0, '<', -1
	var rbuf, body [64]byte
	part := func(dst []byte, v float64, sp *Spec) []byte {
		s := appendDouble(rbuf[:0], v, code, prec, flags)
		var num number
		if s[0] == '-' {
			num.neg = true
			s = s[1:]
		}
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		num.digits = s[:i]
		if i < len(s) && s[i] == '.' {
			num.decimal = true
			i++
		}
		num.rest = s[i:]
		return sp.appendNumber(dst, &num, false)
	}
	out := body[:0]
	if parens {
		out = append(out, '(')
	}
	if !skipRe {
		out = part(out, re, &tmp)
		tmp.Sign = '+'
	}
	out = part(out, im, &tmp)
	out = append(out, 'j')
	if parens {
		out = append(out, ')')
	}
	l, r := padding(len(out), f.Width, f.Align)
	dst = appendFill(dst, f.Fill, l)
	dst = append(dst, out...)
	return appendFill(dst, f.Fill, r), nil
}

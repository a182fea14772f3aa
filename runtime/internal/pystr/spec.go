package pystr

import (
	"math"
	"math/big"
	"strconv"
	"unicode"
)

// Spec is a parsed format specification, the standard mini-language of
// format() (CPython's InternalFormatSpec):
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
type Spec struct {
	Fill     rune
	Align    byte // '<', '>', '=', '^'
	Sign     byte // 0, '+', '-', ' '
	NoNeg0   bool // 'z'
	Alt      bool // '#'
	Width    int  // -1 when absent
	Prec     int  // -1 when absent
	Grouping byte // 0, ',' or '_'
	Group    int  // digits per group: 3, or 4 for '_' with b, o, x, X
	Type     rune // 0 when absent
}

// ParseSpec parses a format spec as parse_internal_render_format_spec
// does, with the default type and alignment of the formatting type
// (str: 's', '<'; int: 'd', '>'; float: 0, '>'); typeName is the type of
// the formatted object, for the messages.
func ParseSpec(spec, typeName string, defType rune, defAlign byte) (Spec, error) {
	f := Spec{Fill: ' ', Align: defAlign, Width: -1, Prec: -1, Type: defType}
	pos := 0
	alignSet, fillSet := false, false
	if len(spec) > 0 {
		r, n := decode(spec)
		if n < len(spec) && isAlign(spec[n]) {
			f.Fill, f.Align = r, spec[n]
			fillSet, alignSet = true, true
			pos = n + 1
		} else if isAlign(spec[0]) {
			f.Align = spec[0]
			alignSet = true
			pos = 1
		}
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		f.Sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		f.NoNeg0 = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		f.Alt = true
		pos++
	}
	if !fillSet && pos < len(spec) && spec[pos] == '0' {
		f.Fill = '0'
		if !alignSet && defAlign == '>' {
			f.Align = '='
		}
		pos++
	}
	w, n, err := specInt(spec, &pos)
	if err != nil {
		return f, err
	}
	if n > 0 {
		f.Width = w
	}
	if pos < len(spec) && spec[pos] == ',' {
		f.Grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if f.Grouping != 0 {
			return f, valueError("Cannot specify both ',' and '_'.")
		}
		f.Grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && f.Grouping == '_' {
		return f, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		p, n, err := specInt(spec, &pos)
		if err != nil {
			return f, err
		}
		if n == 0 {
			return f, valueError("Format specifier missing precision")
		}
		f.Prec = p
	}
	if pos < len(spec) {
		r, n := decode(spec[pos:])
		if pos+n < len(spec) {
			return f, valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
		}
		f.Type = r
	}
	if f.Width > maxOutput || f.Prec > maxOutput && f.Prec <= math.MaxInt32 {
		return f, memoryError()
	}
	if f.Grouping != 0 {
		f.Group = 3
		switch f.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.Grouping == '_' {
				f.Group = 4
				break
			}
			fallthrough
		default:
			return f, valueError("Cannot specify '" + string(rune(f.Grouping)) + "' with " + codeName(f.Type) + ".")
		}
	}
	return f, nil
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// codeName quotes a presentation type as CPython's messages do: 'x', or
// '\x..' outside printable ASCII.
func codeName(t rune) string {
	if t > 32 && t < 128 {
		return "'" + string(t) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(uint32(t)), 16) + "'"
}

// specInt reads decimal digits (any Unicode decimal digit, as CPython's
// get_integer) at *pos; it returns the value and how many digits it read.
func specInt(spec string, pos *int) (int, int, error) {
	acc, n := 0, 0
	for *pos < len(spec) {
		r, size := decode(spec[*pos:])
		d := decimalValue(r)
		if d < 0 {
			break
		}
		if acc > (math.MaxInt64-d)/10 {
			return 0, 0, valueError("Too many decimal digits in format string")
		}
		acc = acc*10 + d
		*pos += size
		n++
	}
	return acc, n, nil
}

// decimalValue is Python's Py_UNICODE_TODECIMAL: the value of a decimal
// digit (category Nd), or -1. Every Nd run in Unicode is a block of ten
// (or several) starting at its zero.
func decimalValue(r rune) int {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	k := 0
	for unicode.IsDigit(r - rune(k) - 1) {
		k++
	}
	return k % 10
}

func unknownCode(t rune, typeName string) *Error {
	return valueError("Unknown format code " + codeName(t) + " for object of type '" + typeName + "'")
}

// padding splits width-n into left and right padding for an alignment.
func padding(n, width int, align byte) (int, int) {
	total := max(width, n)
	var l int
	switch align {
	case '>':
		l = total - n
	case '^':
		l = (total - n) / 2
	}
	return l, total - n - l
}

// FormatStr appends format(s, spec) for a str s (str.__format__); an
// empty spec writes s itself.
func FormatStr(dst []byte, s, spec string) ([]byte, error) {
	if spec == "" {
		return append(dst, s...), nil
	}
	f, err := ParseSpec(spec, "str", 's', '<')
	if err != nil {
		return dst, err
	}
	if f.Type != 's' {
		return dst, unknownCode(f.Type, "str")
	}
	return f.AppendStr(dst, s)
}

// AppendStr lays out s by a spec already parsed with type 's' (also used
// for the 's' part of other types' __format__).
func (f *Spec) AppendStr(dst []byte, s string) ([]byte, error) {
	switch {
	case f.Sign == ' ':
		return dst, valueError("Space not allowed in string format specifier")
	case f.Sign != 0:
		return dst, valueError("Sign not allowed in string format specifier")
	case f.NoNeg0:
		return dst, valueError("Negative zero coercion (z) not allowed in string format specifier")
	case f.Alt:
		return dst, valueError("Alternate form (#) not allowed in string format specifier")
	case f.Align == '=':
		return dst, valueError("'=' alignment not allowed in string format specifier")
	}
	if f.Width < 0 && f.Prec < 0 {
		return append(dst, s...), nil
	}
	n := Len(s)
	if f.Prec >= 0 && n > f.Prec {
		s = s[:byteOffset(s, f.Prec)]
		n = f.Prec
	}
	l, r := padding(n, f.Width, f.Align)
	dst = appendFill(dst, f.Fill, l)
	dst = append(dst, s...)
	return appendFill(dst, f.Fill, r), nil
}

// number is a formatted number taken apart as calc_number_widths sees
// it: sign, prefix ("0x"), digits (to group), and the rest (decimal point
// onward, or the whole text of 'c', inf and nan).
type number struct {
	neg     bool
	prefix  string
	digits  []byte
	decimal bool
	rest    []byte
}

// appendNumber is calc_number_widths and fill_number: padding, sign,
// prefix, zero padding that '0' and '=' ask for (grouped like the
// digits), grouped digits, decimal point, remainder.
func (f *Spec) appendNumber(dst []byte, num *number, upper bool) []byte {
	var sign byte
	switch {
	case num.neg:
		sign = '-'
	case f.Sign == '+' || f.Sign == ' ':
		sign = f.Sign
	}
	fixed := len(num.prefix) + len(num.rest)
	if f.Type == 'c' {
		fixed = 1 // one code point, of any size
	}
	if sign != 0 {
		fixed++
	}
	if num.decimal {
		fixed++
	}
	minWidth := 0
	if f.Fill == '0' && f.Align == '=' {
		minWidth = f.Width - fixed
	}
	group := f.Group
	if f.Grouping == 0 {
		group = 0
	}
	var gbuf [96]byte
	grouped := gbuf[:0]
	if len(num.digits) > 0 {
		grouped = groupDigits(gbuf[:0], num.digits, minWidth, group, f.Grouping)
	}
	pad := f.Width - fixed - len(grouped)
	var lp, sp, rp int
	if pad > 0 {
		switch f.Align {
		case '<':
			rp = pad
		case '^':
			lp = pad / 2
			rp = pad - lp
		case '=':
			sp = pad
		case '>':
			lp = pad
		}
	}
	dst = appendFill(dst, f.Fill, lp)
	if sign != 0 {
		dst = append(dst, sign)
	}
	if upper {
		for i := 0; i < len(num.prefix); i++ {
			dst = append(dst, upperASCII(num.prefix[i]))
		}
	} else {
		dst = append(dst, num.prefix...)
	}
	dst = appendFill(dst, f.Fill, sp)
	if upper {
		for _, c := range grouped {
			dst = append(dst, upperASCII(c))
		}
	} else {
		dst = append(dst, grouped...)
	}
	if num.decimal {
		dst = append(dst, '.')
	}
	dst = append(dst, num.rest...)
	return appendFill(dst, f.Fill, rp)
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

// groupDigits is _PyUnicode_InsertThousandsGrouping: digits in groups of
// size group (0: no grouping) separated by sep, left-padded with zeros
// (and separators) to at least minWidth characters.
func groupDigits(dst, digits []byte, minWidth, group int, sep byte) []byte {
	minWidth = max(minWidth, 0)
	// Built backwards from the last digit, then reversed.
	start := len(dst)
	remaining := len(digits)
	end := len(digits)
	first := true
	emit := func(l int) {
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		if !first {
			dst = append(dst, sep)
		}
		first = false
		for i := 0; i < chars; i++ {
			end--
			dst = append(dst, digits[end])
		}
		dst = appendZeros(dst, zeros)
		remaining -= chars
	}
	done := false
	if group > 0 {
		for {
			l := min(group, max(remaining, minWidth, 1))
			emit(l)
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				done = true
				break
			}
			minWidth--
		}
	}
	if !done {
		emit(max(remaining, minWidth, 1))
	}
	out := dst[start:]
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return dst
}

// FormatInt appends format(x, spec) for an int (int.__format__); typeName
// names x's type in messages ("int", "bool"). An empty spec writes str(x),
// which the VM should instead take from the object's __str__ when its type
// is an int subclass.
func FormatInt(dst []byte, x int64, spec, typeName string) ([]byte, error) {
	if spec == "" {
		return strconv.AppendInt(dst, x, 10), nil
	}
	return formatInt(dst, x, nil, spec, typeName)
}

// FormatBigInt is FormatInt for an int held as *big.Int.
func FormatBigInt(dst []byte, x *big.Int, spec, typeName string) ([]byte, error) {
	if x.IsInt64() {
		return FormatInt(dst, x.Int64(), spec, typeName)
	}
	if spec == "" {
		return AppendBigInt(dst, x)
	}
	return formatInt(dst, 0, x, spec, typeName)
}

func formatInt(dst []byte, x int64, bx *big.Int, spec, typeName string) ([]byte, error) {
	f, err := ParseSpec(spec, typeName, 'd', '>')
	if err != nil {
		return dst, err
	}
	switch f.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return f.AppendInt(dst, x, bx)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		v := float64(x)
		if bx != nil {
			var ok bool
			if v, ok = BigToFloat(bx); !ok {
				return dst, overflowError("int too large to convert to float")
			}
		}
		return f.AppendFloat(dst, v)
	}
	return dst, unknownCode(f.Type, typeName)
}

// BigToFloat converts an int to the nearest float (ties to even), as
// PyLong_AsDouble; ok is false when it is out of the float range.
func BigToFloat(x *big.Int) (float64, bool) {
	if x.IsInt64() {
		return float64(x.Int64()), true
	}
	v, _ := new(big.Float).SetInt(x).Float64()
	return v, !math.IsInf(v, 0)
}

// AppendInt lays out an int (x, or bx when not nil) by a spec of type b,
// c, d, o, x, X or n.
func (f *Spec) AppendInt(dst []byte, x int64, bx *big.Int) ([]byte, error) {
	if f.Prec != -1 {
		return dst, valueError("Precision not allowed in integer format specifier")
	}
	if f.NoNeg0 {
		return dst, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	var buf [72]byte
	var num number
	if f.Type == 'c' {
		if f.Sign != 0 {
			return dst, valueError("Sign not allowed with integer format specifier 'c'")
		}
		if f.Alt {
			return dst, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if bx != nil && !bx.IsInt64() {
			return dst, overflowError("Python int too large to convert to C long")
		}
		if bx != nil {
			x = bx.Int64()
		}
		if x < 0 || x > 0x10ffff {
			return dst, overflowError("%c arg not in range(0x110000)")
		}
		num.rest = appendRune(buf[:0], rune(x))
		return f.appendNumber(dst, &num, false), nil
	}
	base := 10
	switch f.Type {
	case 'b':
		base, num.prefix = 2, "0b"
	case 'o':
		base, num.prefix = 8, "0o"
	case 'x', 'X':
		base, num.prefix = 16, "0x"
	}
	if !f.Alt {
		num.prefix = ""
	}
	if bx != nil {
		if base == 10 {
			if err := checkToStr(bx); err != nil {
				return dst, err
			}
		}
		num.neg = bx.Sign() < 0
		num.digits = new(big.Int).Abs(bx).Append(nil, base)
	} else {
		num.neg = x < 0
		u := uint64(x)
		if num.neg {
			u = -u
		}
		num.digits = strconv.AppendUint(buf[:0], u, base)
	}
	return f.appendNumber(dst, &num, f.Type == 'X'), nil
}

// FormatFloat appends format(v, spec) for a float (float.__format__); an
// empty spec writes str(v).
func FormatFloat(dst []byte, v float64, spec, typeName string) ([]byte, error) {
	if spec == "" {
		return AppendFloatRepr(dst, v), nil
	}
	f, err := ParseSpec(spec, typeName, 0, '>')
	if err != nil {
		return dst, err
	}
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return f.AppendFloat(dst, v)
	}
	return dst, unknownCode(f.Type, typeName)
}

// AppendFloat lays out a float by a spec of a float type (or none), as
// format_float_internal.
func (f *Spec) AppendFloat(dst []byte, v float64) ([]byte, error) {
	if f.Prec > math.MaxInt32 {
		return dst, valueError("precision too big")
	}
	prec := f.Prec
	flags := 0
	if f.Alt {
		flags |= fAlt
	}
	if f.NoNeg0 {
		flags |= fNoNeg0
	}
	code := byte(f.Type)
	defPrec := 6
	if code == 0 {
		flags |= fAddDot0
		code = 'r'
		defPrec = 0
	}
	if code == 'n' {
		code = 'g'
	}
	pct := false
	if code == '%' {
		code = 'f'
		v *= 100
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	if f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Grouping == 0 {
		dst = appendDouble(dst, v, code, prec, flags)
		if pct {
			dst = append(dst, '%')
		}
		return dst, nil
	}
	var buf [48]byte
	s := appendDouble(buf[:0], v, code, prec, flags)
	if pct {
		s = append(s, '%')
	}
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
	return f.appendNumber(dst, &num, false), nil
}

package pystr

import (
	"math"
	"math/big"
	"strconv"
)

// printf-style formatting: str % args (PyUnicode_Format) and bytes % args
// (_PyBytes_FormatEx). The formatter walks the format once; the VM
// supplies the object conversions through a Printer, so this package
// needs no object model.

// Int is an int operand: Big when not nil, else Small.
type Int struct {
	Small int64
	Big   *big.Int
}

// Printer is what % formatting asks of the VM about an operand v. The
// ok results are false when v lacks the protocol (or, for Index, Int and
// Float, when the conversion raised TypeError); an error is any other
// exception, passed on.
type Printer[V any] interface {
	Str(v V) (string, error)   // str(v)
	Repr(v V) (string, error)  // repr(v)
	ASCII(v V) (string, error) // ascii(v)
	TypeName(v V) string       // type(v).__name__
	// AsStr is v's text when v is a str (subclasses included).
	AsStr(v V) (string, bool)
	// AsBytes is v's contents when v is a bytes or bytearray.
	AsBytes(v V) ([]byte, bool)
	// Bytes is bytes(v) for %b/%s in bytes formatting: a bytes-like
	// object's contents or __bytes__'s result.
	Bytes(v V) ([]byte, bool, error)
	IsInt(v V) bool                           // an int (subclasses included)
	Index(v V) (Int, bool, error)             // operator.index(v)
	Int(v V) (Int, bool, error)               // int(v) when v is a number
	Float(v V) (float64, bool, error)         // float(v) when v is a number
	GetItem(mapping V, key string) (V, error) // mapping[key]; key is a str, or bytes for bytes formatting
}

// Operands is the right operand of %: a tuple's items (Tuple set), or one
// value, which is a mapping when Mapping is set (PyMapping_Check: not a
// tuple, str, bytes or bytearray, and has __getitem__; lists count).
type Operands[V any] struct {
	Args    []V
	Tuple   bool
	Value   V
	Mapping bool
}

const (
	fLJust = 1 << iota
	fPlus
	fBlank
	fAltF
	fZero
)

type printfState[V any] struct {
	ops    Operands[V]
	p      Printer[V]
	args   []V // the tuple, or nil
	cur    V   // the single operand (or the value of the last key)
	arglen int
	argidx int
	bytes  bool
}

func (st *printfState[V]) next() (V, error) {
	if st.argidx < st.arglen {
		i := st.argidx
		st.argidx++
		if st.arglen < 0 {
			return st.cur, nil
		}
		return st.args[i], nil
	}
	var zero V
	return zero, typeError("not enough arguments for format string")
}

// Printf appends format % operands for a str format (WTF-8).
func Printf[V any](dst []byte, format string, ops Operands[V], p Printer[V]) ([]byte, error) {
	return printf(dst, format, ops, p, false)
}

// PrintfBytes appends format % operands for a bytes format.
func PrintfBytes[V any](dst []byte, format string, ops Operands[V], p Printer[V]) ([]byte, error) {
	return printf(dst, format, ops, p, true)
}

func printf[V any](dst []byte, format string, ops Operands[V], p Printer[V], isBytes bool) ([]byte, error) {
	st := &printfState[V]{ops: ops, p: p, bytes: isBytes}
	if ops.Tuple {
		st.args = ops.Args
		st.arglen = len(ops.Args)
	} else {
		st.cur = ops.Value
		st.arglen, st.argidx = -1, -2
	}
	dict := ops.Mapping && !ops.Tuple
	what := "string"
	if isBytes {
		what = "bytes"
	}
	pos := 0
	n := len(format)
	for pos < n {
		// Literal text up to the next '%' (never inside a multi-byte
		// sequence).
		start := pos
		for pos < n && format[pos] != '%' {
			pos++
		}
		dst = append(dst, format[start:pos]...)
		if pos >= n {
			break
		}
		pos++ // '%'
		var err error
		dst, pos, err = st.conversion(dst, format, pos, dict)
		if err != nil {
			return dst, err
		}
	}
	if st.argidx < st.arglen && !dict {
		return dst, typeError("not all arguments converted during " + what + " formatting")
	}
	return dst, nil
}

// readc reads the character at pos (a code point for str, a byte for
// bytes); ok is false at the end, where CPython's fmtcnt goes negative.
func (st *printfState[V]) readc(format string, pos *int) (rune, bool) {
	if *pos >= len(format) {
		return 0, false
	}
	if st.bytes {
		c := format[*pos]
		*pos++
		return rune(c), true
	}
	r, size := decode(format[*pos:])
	*pos += size
	return r, true
}

func (st *printfState[V]) conversion(dst []byte, format string, pos int, dict bool) ([]byte, int, error) {
	n := len(format)
	if pos < n && format[pos] == '%' {
		return append(dst, '%'), pos + 1, nil
	}
	if pos < n && format[pos] == '(' {
		if !dict {
			return dst, pos, typeError("format requires a mapping")
		}
		pos++
		keystart := pos
		depth := 1
		for depth > 0 && pos < n {
			switch format[pos] {
			case ')':
				depth--
			case '(':
				depth++
			}
			pos++
		}
		if depth > 0 {
			return dst, pos, valueError("incomplete format key")
		}
		v, err := st.p.GetItem(st.ops.Value, format[keystart:pos-1])
		if err != nil {
			return dst, pos, err
		}
		st.cur = v
		st.args = nil
		st.arglen, st.argidx = -1, -2
	}
	flags := 0
	width, prec := -1, -1
	var c rune
	ok := true
	for {
		c, ok = st.readc(format, &pos)
		if !ok {
			break
		}
		switch c {
		case '-':
			flags |= fLJust
			continue
		case '+':
			flags |= fPlus
			continue
		case ' ':
			flags |= fBlank
			continue
		case '#':
			flags |= fAltF
			continue
		case '0':
			flags |= fZero
			continue
		}
		break
	}
	if ok && c == '*' {
		w, err := st.star(false)
		if err != nil {
			return dst, pos, err
		}
		if w < 0 {
			flags |= fLJust
			w = -w
		}
		width = w
		c, ok = st.readc(format, &pos)
	} else if ok && c >= '0' && c <= '9' {
		width = int(c - '0')
		for {
			c, ok = st.readc(format, &pos)
			if !ok || c < '0' || c > '9' {
				break
			}
			if width > (math.MaxInt64-int(c-'0'))/10 {
				return dst, pos, valueError("width too big")
			}
			width = width*10 + int(c-'0')
		}
	}
	if ok && c == '.' {
		prec = 0
		c, ok = st.readc(format, &pos)
		if ok && c == '*' {
			pr, err := st.star(true)
			if err != nil {
				return dst, pos, err
			}
			prec = max(pr, 0)
			c, ok = st.readc(format, &pos)
		} else if ok && c >= '0' && c <= '9' {
			prec = int(c - '0')
			for {
				c, ok = st.readc(format, &pos)
				if !ok || c < '0' || c > '9' {
					break
				}
				if prec > (math.MaxInt32-int(c-'0'))/10 {
					return dst, pos, valueError("precision too big")
				}
				prec = prec*10 + int(c-'0')
			}
		}
	}
	if ok && (c == 'h' || c == 'l' || c == 'L') {
		c, ok = st.readc(format, &pos)
	}
	if !ok {
		return dst, pos, valueError("incomplete format")
	}
	v, err := st.next()
	if err != nil {
		return dst, pos, err
	}
	if width > maxOutput || prec > maxOutput {
		return dst, pos, memoryError()
	}
	dst, err = st.convert(dst, v, c, flags, width, prec, format, pos)
	if err != nil {
		return dst, pos, err
	}
	if dict && st.argidx < st.arglen {
		what := "string"
		if st.bytes {
			what = "bytes"
		}
		return dst, pos, typeError("not all arguments converted during " + what + " formatting")
	}
	return dst, pos, nil
}

// star reads a '*' width (or precision) from the operands.
func (st *printfState[V]) star(isPrec bool) (int, error) {
	v, err := st.next()
	if err != nil {
		return 0, err
	}
	if !st.p.IsInt(v) {
		return 0, typeError("* wants int")
	}
	x, _, err := st.p.Index(v)
	if err != nil {
		return 0, err
	}
	if isPrec {
		if x.Big != nil || x.Small > math.MaxInt32 || x.Small < math.MinInt32 {
			return 0, overflowError("Python int too large to convert to C int")
		}
	} else if x.Big != nil {
		return 0, overflowError("Python int too large to convert to C ssize_t")
	}
	return int(x.Small), nil
}

func (st *printfState[V]) convert(dst []byte, v V, c rune, flags, width, prec int, format string, pos int) ([]byte, error) {
	var buf [64]byte
	var body []byte // the converted text, before padding
	sign := false
	p := st.p
	switch c {
	case 's', 'r', 'a', 'b':
		if c == 'b' && !st.bytes {
			return dst, st.unsupported(c, format, pos)
		}
		var s string
		var err error
		switch {
		case st.bytes && (c == 's' || c == 'b'):
			b, ok, err := p.Bytes(v)
			if err != nil {
				return dst, err
			}
			if !ok {
				return dst, typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + p.TypeName(v) + "'")
			}
			body = b
		case c == 's':
			// str(v), which for a str is itself; a subclass may override
			// __str__, so AsStr is not enough here.
			s, err = p.Str(v)
		case c == 'r' && !st.bytes:
			s, err = p.Repr(v)
		default:
			s, err = p.ASCII(v)
		}
		if err != nil {
			return dst, err
		}
		if body == nil {
			body = readOnlyBytes(s)
		}
		if prec >= 0 {
			if st.bytes {
				if len(body) > prec {
					body = body[:prec]
				}
			} else if Len(s) > prec {
				body = body[:byteOffset(s, prec)]
			}
		}
	case 'i', 'd', 'u', 'o', 'x', 'X':
		var x Int
		var ok bool
		var err error
		if c == 'o' || c == 'x' || c == 'X' {
			x, ok, err = p.Index(v)
		} else {
			x, ok, err = p.Int(v)
		}
		if err != nil {
			return dst, err
		}
		if !ok {
			kind := "a real number"
			if c == 'o' || c == 'x' || c == 'X' {
				kind = "an integer"
			}
			return dst, typeError("%" + string(c) + " format: " + kind + " is required, not " + p.TypeName(v))
		}
		if x.Big != nil && c != 'o' && c != 'x' && c != 'X' {
			if err := checkToStr(x.Big); err != nil {
				return dst, err
			}
		}
		body = formatLong(buf[:0], x, flags&fAltF != 0, prec, byte(c))
		sign = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok, err := p.Float(v)
		if err != nil {
			return dst, err
		}
		if !ok {
			if st.bytes {
				return dst, typeError("float argument required, not " + p.TypeName(v))
			}
			return dst, typeError("must be real number, not " + p.TypeName(v))
		}
		if prec < 0 {
			prec = 6
		}
		fl := 0
		if flags&fAltF != 0 {
			fl |= fAlt
		}
		body = appendDouble(buf[:0], x, byte(c), prec, fl)
		sign = true
		prec = -1
	case 'c':
		if st.bytes {
			b, ok := p.AsBytes(v)
			switch {
			case ok && len(b) == 1:
				body = append(buf[:0], b[0])
			case ok:
				return dst, typeError("%c requires an integer in range(256) or a single byte")
			default:
				x, ok, err := p.Index(v)
				if err != nil {
					return dst, err
				}
				if !ok {
					return dst, typeError("%c requires an integer in range(256) or a single byte")
				}
				if x.Big != nil || x.Small < 0 || x.Small > 255 {
					return dst, overflowError("%c arg not in range(256)")
				}
				body = append(buf[:0], byte(x.Small))
			}
			prec = -1
			break
		}
		if s, ok := p.AsStr(v); ok {
			if Len(s) != 1 {
				return dst, typeError("%c requires int or char")
			}
			body = append(buf[:0], s...)
		} else {
			x, ok, err := p.Index(v)
			if err != nil {
				return dst, err
			}
			if !ok {
				return dst, typeError("%c requires int or char")
			}
			if x.Big != nil || x.Small < 0 || x.Small > 0x10ffff {
				return dst, overflowError("%c arg not in range(0x110000)")
			}
			body = appendRune(buf[:0], rune(x.Small))
		}
		prec = -1
	default:
		return dst, st.unsupported(c, format, pos)
	}
	return st.output(dst, body, c, flags, width, sign), nil
}

func (st *printfState[V]) unsupported(c rune, format string, pos int) *Error {
	if st.bytes {
		if c >= 0x80 {
			return overflowError("character argument not in range(0x110000)")
		}
		return valueError("unsupported format character '" + string(c) + "' (0x" +
			strconv.FormatInt(int64(c), 16) + ") at index " + strconv.Itoa(pos-1))
	}
	shown := "?"
	if c >= 31 && c <= 126 {
		shown = string(c)
	}
	return valueError("unsupported format character '" + shown + "' (0x" +
		strconv.FormatInt(int64(c), 16) + ") at index " + strconv.Itoa(Len(format[:pos])-1))
}

// output pads a converted operand as unicode_format_arg_output: a sign
// and 0x/0o prefix go before zero padding and after space padding.
func (st *printfState[V]) output(dst, body []byte, c rune, flags, width int, sign bool) []byte {
	n := len(body)
	if !st.bytes {
		n = Len(string(body))
	}
	if width <= n && flags&(fPlus|fBlank) == 0 {
		return append(dst, body...)
	}
	fill := byte(' ')
	if sign && flags&fZero != 0 {
		fill = '0'
	}
	var signc byte
	if sign {
		switch {
		case n > 0 && (body[0] == '-' || body[0] == '+'):
			signc = body[0]
			body = body[1:]
			n--
		case flags&fPlus != 0:
			signc = '+'
		case flags&fBlank != 0:
			signc = ' '
		default:
			sign = false
		}
	}
	width = max(width, n)
	if sign {
		if fill != ' ' {
			dst = append(dst, signc)
		}
		if width > n {
			width--
		}
	}
	prefix := flags&fAltF != 0 && (c == 'x' || c == 'X' || c == 'o')
	if prefix {
		if fill != ' ' {
			dst = append(dst, body[:2]...)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && flags&fLJust == 0 {
		for i := width - n; i > 0; i-- {
			dst = append(dst, fill)
		}
		width = n
	}
	if fill == ' ' {
		if sign {
			dst = append(dst, signc)
		}
		if prefix {
			dst = append(dst, body[:2]...)
		}
	}
	if prefix {
		body = body[2:]
	}
	dst = append(dst, body...)
	for i := width - n; i > 0; i-- {
		dst = append(dst, ' ')
	}
	return dst
}

// formatLong is _PyUnicode_FormatLong: digits of x in the base of type,
// zero-extended to prec digits, "0x"/"0o" with alt, upper case for 'X'.
func formatLong(dst []byte, x Int, alt bool, prec int, typ byte) []byte {
	base := 10
	switch typ {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	var digits []byte
	var dbuf [64]byte
	neg := false
	if x.Big != nil {
		neg = x.Big.Sign() < 0
		digits = new(big.Int).Abs(x.Big).Append(nil, base)
	} else {
		neg = x.Small < 0
		u := uint64(x.Small)
		if neg {
			u = -u
		}
		digits = strconv.AppendUint(dbuf[:0], u, base)
	}
	if neg {
		dst = append(dst, '-')
	}
	if alt && base != 10 {
		dst = append(dst, '0', typ)
		if typ == 'X' {
			dst[len(dst)-1] = 'X'
		}
	}
	dst = appendZeros(dst, prec-len(digits))
	for _, d := range digits {
		if typ == 'X' {
			d = upperASCII(d)
		}
		dst = append(dst, d)
	}
	return dst
}

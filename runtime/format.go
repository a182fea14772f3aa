package runtime

import (
	"strconv"
	"strings"
)

// percentFormat is str % args (placeholder until strfmt lands).
func percentFormat(f string, args Value) (Value, *Exception) {
	var items []Value
	var mapping Value
	if args.Type().IsSubtype(TupleType) { // a namedtuple too (imports branch)
		items = args.tuple().items
	} else {
		items = []Value{args}
		if args.Type() == DictType || (args.Type().getitem != nil && args.Type() != StrType && args.Type() != ListType) {
			mapping = args
		}
	}
	ai := 0
	var b strings.Builder
	b.Grow(len(f) + 8*len(items))
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			j := strings.IndexByte(f[i:], '%')
			if j < 0 {
				j = len(f) - i
			}
			b.WriteString(f[i : i+j])
			i += j - 1
			continue
		}
		i++
		if i >= len(f) {
			return Null, newErr(ValueError, "incomplete format")
		}
		var arg Value
		if f[i] == '(' {
			j := strings.IndexByte(f[i:], ')')
			if j < 0 {
				return Null, newErr(ValueError, "incomplete format key")
			}
			if mapping.p == nil {
				return Null, newErr(TypeError, "format requires a mapping")
			}
			v, err := GetItem(mapping, NewStr(f[i+1:i+j]))
			if err != nil {
				return Null, err
			}
			arg = v
			i += j + 1
		}
		spec := fmtSpec{fill: " ", prec: -1}
		for ; i < len(f) && strings.IndexByte("-+ #0", f[i]) >= 0; i++ {
			switch f[i] {
			case '-':
				spec.align = '<'
			case '+':
				spec.sign = '+'
			case ' ':
				if spec.sign == 0 {
					spec.sign = ' '
				}
			case '#':
				spec.alt = true
			case '0':
				spec.zero = true
			}
		}
		next := func() (Value, *Exception) {
			if ai >= len(items) {
				return Null, newErr(TypeError, "not enough arguments for format string")
			}
			ai++
			return items[ai-1], nil
		}
		if i < len(f) && f[i] == '*' {
			v, err := next()
			if err != nil {
				return Null, err
			}
			spec.width, _ = IndexInt(v)
			i++
		} else {
			j := i
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				i++
			}
			if i > j {
				spec.width, _ = strconv.Atoi(f[j:i])
			}
		}
		if i < len(f) && f[i] == '.' {
			i++
			j := i
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				i++
			}
			spec.prec = 0
			if i > j {
				spec.prec, _ = strconv.Atoi(f[j:i])
			}
		}
		if i >= len(f) {
			return Null, newErr(ValueError, "incomplete format")
		}
		conv := f[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if arg.p == nil {
			if mapping.p != nil && !args.Type().IsSubtype(TupleType) {
				arg = args
				ai = 1
			} else {
				v, err := next()
				if err != nil {
					return Null, err
				}
				arg = v
			}
		}
		if spec.align == '<' {
			spec.zero = false
		}
		var s string
		switch conv {
		case 's', 'r', 'a':
			var err *Exception
			if conv == 's' {
				s, err = Str_(arg)
			} else {
				s, err = ReprS(arg)
			}
			if err != nil {
				return Null, err
			}
			if spec.prec >= 0 && len([]rune(s)) > spec.prec {
				s = string([]rune(s)[:spec.prec])
			}
			if spec.width == 0 {
				b.WriteString(s)
				continue
			}
			spec.zero = false
			s = spec.pad(s, "", '>')
		case 'd', 'i', 'u', 'x', 'X', 'o':
			if !isIntLike(arg) {
				if arg.p == floatTag {
					if conv == 'x' || conv == 'X' || conv == 'o' {
						return Null, newErr(TypeError, "%%%c format: an integer is required, not float", conv)
					}
					iv, err := floatToInt(arg.Float())
					if err != nil {
						return Null, err
					}
					arg = iv
				} else if arg.Type().index != nil || arg.Type().toInt != nil {
					iv, err := intNew(IntType, []Value{arg}, nil)
					if err != nil {
						return Null, err
					}
					arg = iv
				} else {
					if conv == 'x' || conv == 'X' || conv == 'o' {
						return Null, newErr(TypeError, "%%%c format: an integer is required, not %s", conv, typeName(arg))
					}
					return Null, newErr(TypeError, "%%%c format: a real number is required, not %s", conv, typeName(arg))
				}
			}
			t := conv
			if t == 'i' || t == 'u' {
				t = 'd'
			}
			base := 10
			prefix := ""
			switch t {
			case 'x':
				base, prefix = 16, "0x"
			case 'X':
				base, prefix = 16, "0X"
			case 'o':
				base, prefix = 8, "0o"
			}
			var neg bool
			var digits string
			if arg.p == intTag { // machine ints format without a big.Int
				u := uint64(arg.Int())
				if neg = arg.Int() < 0; neg {
					u = -u
				}
				digits = strconv.FormatUint(u, base)
			} else {
				bi := toBig(arg)
				neg = bi.Sign() < 0
				digits = strings.TrimPrefix(bi.Text(base), "-")
			}
			if t == 'X' {
				digits = strings.ToUpper(digits)
			}
			if spec.prec > len(digits) {
				digits = strings.Repeat("0", spec.prec-len(digits)) + digits
			}
			sign := ""
			if neg {
				sign = "-"
			} else if spec.sign != 0 {
				sign = string(spec.sign)
			}
			if spec.alt && prefix != "" {
				sign += prefix
			}
			if spec.width == 0 && sign == "" {
				b.WriteString(digits)
				continue
			}
			if spec.zero {
				spec.fill = "0"
				spec.align = '='
			}
			s = spec.pad(digits, sign, '>')
		case 'f', 'F', 'e', 'E', 'g', 'G':
			x, ok, err := toFloat(arg)
			if err != nil {
				return Null, err
			}
			if !ok {
				if arg.Type().toFloat != nil {
					fv, err := arg.Type().toFloat(arg)
					if err != nil {
						return Null, err
					}
					x = fv.Float()
				} else {
					return Null, newErr(TypeError, "must be real number, not %s", typeName(arg))
				}
			}
			p := spec.prec
			if p < 0 {
				p = 6
			}
			fs := "." + strconv.Itoa(p) + string(conv)
			if spec.alt {
				fs = "#" + fs
			}
			r, err := formatFloat(absf(x), fs)
			if err != nil {
				return Null, err
			}
			sign := ""
			if x < 0 || (x == 0 && 1/x < 0) {
				sign = "-"
			} else if spec.sign != 0 {
				sign = string(spec.sign)
			}
			if spec.zero {
				spec.fill = "0"
				spec.align = '='
			}
			s = spec.pad(r.str().s, sign, '>')
		case 'c':
			if arg.Type() == StrType {
				s = arg.str().s
			} else {
				i, err := IndexInt(arg)
				if err != nil {
					return Null, newErr(TypeError, "%%c requires an int or a unicode character, not %s", typeName(arg))
				}
				s = string(rune(i))
			}
			s = spec.pad(s, "", '>')
		default:
			return Null, newErr(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		b.WriteString(s)
	}
	if ai < len(items) && mapping.p == nil {
		return Null, newErr(TypeError, "not all arguments converted during string formatting")
	}
	return NewStr(b.String()), nil
}

func absf(x float64) float64 {
	if x < 0 || (x == 0 && 1/x < 0) {
		return -x
	}
	return x
}

// strFormatMethod is str.format.
func strFormatMethod(a []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(a[1:], kw)
	kwd := NewDict()
	for i, k := range kwItems(kw) {
		kwd.SetS(k, kwv[i])
	}
	auto := 0
	return formatTemplate(a[0].str().s, pos, kwd, &auto, 2)
}

func formatTemplate(f string, pos []Value, kwd *Dict, auto *int, depth int) (Value, *Exception) {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return Null, newErr(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		// find the matching close brace
		lvl, j := 1, i+1
		for ; j < len(f) && lvl > 0; j++ {
			if f[j] == '{' {
				lvl++
			} else if f[j] == '}' {
				lvl--
			}
		}
		if lvl > 0 {
			return Null, newErr(ValueError, "expected '}' before end of string")
		}
		field := f[i+1 : j-1]
		i = j - 1
		name, conv, spec := field, byte(0), ""
		if k := strings.IndexAny(name, "!:"); k >= 0 {
			rest := name[k:]
			name = name[:k]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return Null, newErr(ValueError, "end of string while looking for conversion specifier")
				}
				conv = rest[1]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return Null, newErr(ValueError, "expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				spec = rest[1:]
			}
		}
		// the first part of the name: index or key
		first := name
		tail := ""
		if k := strings.IndexAny(name, ".["); k >= 0 {
			first, tail = name[:k], name[k:]
		}
		var v Value
		if first == "" {
			if *auto < 0 {
				return Null, newErr(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			if *auto >= len(pos) {
				return Null, newErr(IndexError, "Replacement index %d out of range for positional args tuple", *auto)
			}
			v = pos[*auto]
			*auto++
		} else if n, err := strconv.Atoi(first); err == nil {
			if *auto > 0 {
				return Null, newErr(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			*auto = -1
			if n >= len(pos) {
				return Null, newErr(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = pos[n]
		} else {
			x, ok := kwd.GetS(first)
			if !ok {
				return Null, newExcArgs(KeyError, NewStr(first))
			}
			v = x
		}
		for tail != "" {
			if tail[0] == '.' {
				k := strings.IndexAny(tail[1:], ".[")
				attr := tail[1:]
				if k >= 0 {
					attr, tail = tail[1:k+1], tail[k+1:]
				} else {
					tail = ""
				}
				x, err := GetAttr(v, intern(attr))
				if err != nil {
					return Null, err
				}
				v = x
			} else {
				k := strings.IndexByte(tail, ']')
				if k < 0 {
					return Null, newErr(ValueError, "Missing ']' in format string")
				}
				key := tail[1:k]
				tail = tail[k+1:]
				var kv Value
				if n, err := strconv.Atoi(key); err == nil {
					kv = MakeInt(int64(n))
				} else {
					kv = NewStr(key)
				}
				x, err := GetItem(v, kv)
				if err != nil {
					return Null, err
				}
				v = x
			}
		}
		switch conv {
		case 'r', 'a':
			r, err := Repr(v)
			if err != nil {
				return Null, err
			}
			v = r
		case 's':
			r, err := StrOf(v)
			if err != nil {
				return Null, err
			}
			v = r
		case 0:
		default:
			return Null, newErr(ValueError, "Unknown conversion specifier %c", conv)
		}
		if strings.IndexByte(spec, '{') >= 0 {
			if depth <= 0 {
				return Null, newErr(ValueError, "Max string recursion exceeded")
			}
			s, err := formatTemplate(spec, pos, kwd, auto, depth-1)
			if err != nil {
				return Null, err
			}
			spec = s.str().s
		}
		r, err := Format(v, spec)
		if err != nil {
			return Null, err
		}
		b.WriteString(r.str().s)
	}
	return NewStr(b.String()), nil
}

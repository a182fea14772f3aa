package pystr

import "strconv"

// The str.format parser: CPython's MarkupIterator and FieldNameIterator
// (Objects/stringlib/unicode_format.h), which _string.formatter_parser
// and _string.formatter_field_name_split expose. The VM drives it:
// str.format and format_map render each Field, string.Formatter gets
// the same tuples through _string.

// Field is one step of a format string: literal text, then, when
// HasField, a replacement field {Name!Conversion:Spec}. Conversion is 0
// when absent. SpecNeedsExpanding reports a '{' in Spec (a nested field,
// which str.format formats first, at most two levels deep).
type Field struct {
	Literal            string
	HasField           bool
	Name, Spec         string
	Conversion         rune
	SpecNeedsExpanding bool
}

// FormatParser iterates over a format string.
type FormatParser struct {
	s   string
	pos int
}

// NewFormatParser starts parsing s.
func NewFormatParser(s string) FormatParser { return FormatParser{s: s} }

// Next returns the next Field; ok is false at the end. After an error the
// parser is at its end.
func (p *FormatParser) Next() (f Field, ok bool, err error) {
	s := p.s
	if p.pos >= len(s) {
		return f, false, nil
	}
	start := p.pos
	var c byte
	markup := false
	for p.pos < len(s) {
		c = s[p.pos]
		p.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := p.pos >= len(s)
	end := p.pos
	if c == '}' && markup && (atEnd || s[p.pos] != '}') {
		p.pos = len(s)
		return f, false, valueError("Single '}' encountered in format string")
	}
	if atEnd && markup && c == '{' {
		p.pos = len(s)
		return f, false, valueError("Single '{' encountered in format string")
	}
	if !atEnd && markup {
		if s[p.pos] == c {
			p.pos++ // an escaped {{ or }}: the literal keeps one
			markup = false
		} else {
			end--
		}
	}
	f.Literal = s[start:end]
	if !markup {
		return f, true, nil
	}
	f.HasField = true
	if err := p.field(&f); err != nil {
		p.pos = len(s)
		return f, false, err
	}
	return f, true, nil
}

// field is parse_field: the name up to '}', ':' or '!' ('[' skips to
// ']'), a conversion character, and a spec in which braces nest.
func (p *FormatParser) field(f *Field) error {
	s := p.s
	nameStart := p.pos
	var c byte
	for p.pos < len(s) {
		c = s[p.pos]
		p.pos++
		if c == '{' {
			return valueError("unexpected '{' in field name")
		}
		if c == '[' {
			for p.pos < len(s) && s[p.pos] != ']' {
				p.pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	f.Name = s[nameStart : p.pos-1]
	if c == '!' || c == ':' {
		if c == '!' {
			if p.pos >= len(s) {
				return valueError("end of string while looking for conversion specifier")
			}
			r, n := decode(s[p.pos:])
			f.Conversion = r
			p.pos += n
			if p.pos < len(s) {
				c = s[p.pos]
				p.pos++
				if c == '}' {
					return nil
				}
				if c != ':' {
					return valueError("expected ':' after conversion specifier")
				}
			}
		}
		specStart := p.pos
		depth := 1
		for p.pos < len(s) {
			c = s[p.pos]
			p.pos++
			switch c {
			case '{':
				f.SpecNeedsExpanding = true
				depth++
			case '}':
				depth--
				if depth == 0 {
					f.Spec = s[specStart : p.pos-1]
					return nil
				}
			}
		}
		return valueError("unmatched '{' in format spec")
	}
	if c != '}' {
		// The name ran to the end of the string.
		return valueError("expected '}' before end of string")
	}
	return nil
}

// ConversionError is str.format's error for a conversion other than r, s
// and a.
func ConversionError(c rune) error {
	if c > 32 && c < 127 {
		return valueError("Unknown conversion specifier " + string(c))
	}
	return valueError("Unknown conversion specifier \\x" + strconv.FormatInt(int64(c), 16))
}

// AutoNumber tracks str.format's automatic field numbering ({} {}) across
// the fields of one call, nested specs included.
type AutoNumber struct {
	state int // 0 unset, 1 automatic, 2 manual
	next  int
}

// FieldName splits a field name as field_name_split: the first part is an
// argument index (Index >= 0) or a keyword (First); Rest iterates over
// the .attr and [key] parts. With auto (str.format), an empty first part
// takes the next automatic index, and mixing both styles is an error;
// _string.formatter_field_name_split passes nil.
func FieldName(name string, auto *AutoNumber) (first string, index int, rest FieldNameIter, err error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first = name[:i]
	rest = FieldNameIter{s: name, pos: i}
	index, err = fieldInt(first)
	if err != nil {
		return
	}
	empty := first == ""
	if auto != nil && (empty || index >= 0) {
		if auto.state == 0 {
			auto.state = 2
			if empty {
				auto.state = 1
			}
		}
		if auto.state == 2 && empty {
			return first, -1, rest, valueError("cannot switch from manual field specification to automatic field numbering")
		}
		if auto.state == 1 && !empty {
			return first, -1, rest, valueError("cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			index = auto.next
			auto.next++
		}
	}
	return first, index, rest, nil
}

// fieldInt is unicode_format.h's get_integer: the value of an all-digit
// name, else -1.
func fieldInt(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	acc := 0
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		d := decimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (int(^uint(0)>>1)-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		acc = acc*10 + d
		i += n
	}
	return acc, nil
}

// FieldNameIter yields the .attr and [key] parts of a field name.
type FieldNameIter struct {
	s   string
	pos int
}

// Next returns the next part: IsAttr for .name, else [key]; Index >= 0
// when the key is all digits. ok is false at the end.
func (it *FieldNameIter) Next() (isAttr bool, key string, index int, ok bool, err error) {
	s := it.s
	if it.pos >= len(s) {
		return false, "", -1, false, nil
	}
	c := s[it.pos]
	it.pos++
	index = -1
	switch c {
	case '.':
		isAttr = true
		start := it.pos
		for it.pos < len(s) && s[it.pos] != '.' && s[it.pos] != '[' {
			it.pos++
		}
		key = s[start:it.pos]
	case '[':
		start := it.pos
		for it.pos < len(s) && s[it.pos] != ']' {
			it.pos++
		}
		if it.pos >= len(s) {
			it.pos = len(s)
			return false, "", -1, false, valueError("Missing ']' in format string")
		}
		key = s[start:it.pos]
		it.pos++
		if index, err = fieldInt(key); err != nil {
			it.pos = len(s)
			return false, "", -1, false, err
		}
	default:
		it.pos = len(s)
		return false, "", -1, false, valueError("Only '.' or '[' may follow ']' in format field specifier")
	}
	if key == "" {
		it.pos = len(s)
		return false, "", -1, false, valueError("Empty attribute in format string")
	}
	return isAttr, key, index, true, nil
}

// Formatter is what str.format asks of the VM (CPython's
// get_field_object, do_conversion and render_field).
type Formatter[V any] interface {
	// Arg is positional argument i; ok is false when out of range.
	Arg(i int) (v V, ok bool)
	// Kwarg is kwargs[name] (a KeyError when missing, for format the VM
	// raises KeyError(name); format_map's mapping may raise its own).
	Kwarg(name string) (V, error)
	// Attr is getattr(v, name).
	Attr(v V, name string) (V, error)
	// Item is v[key]; index >= 0 when the key is all digits, and is then
	// used as an int for sequences (CPython's getitem_sequence/getitem_idx).
	Item(v V, key string, index int) (V, error)
	// Convert applies !r, !s or !a.
	Convert(v V, conv rune) (V, error)
	// Format appends format(v, spec).
	Format(dst []byte, v V, spec string) ([]byte, error)
}

// StrFormat appends format.format(*args, **kwargs) (positional true) or
// format.format_map(mapping) (positional false: a numbered or empty field
// name is an error), driving the parser and the VM's Formatter as
// CPython's build_string does.
func StrFormat[V any](dst []byte, format string, f Formatter[V], positional bool) ([]byte, error) {
	var auto AutoNumber
	return buildString(dst, format, f, positional, 2, &auto)
}

func buildString[V any](dst []byte, format string, f Formatter[V], positional bool, depth int, auto *AutoNumber) ([]byte, error) {
	if depth <= 0 {
		return dst, valueError("Max string recursion exceeded")
	}
	p := NewFormatParser(format)
	for {
		field, ok, err := p.Next()
		if err != nil {
			return dst, err
		}
		if !ok {
			return dst, nil
		}
		dst = append(dst, field.Literal...)
		if !field.HasField {
			continue
		}
		v, err := fieldObject(field.Name, f, positional, auto)
		if err != nil {
			return dst, err
		}
		if field.Conversion != 0 {
			switch field.Conversion {
			case 'r', 's', 'a':
				if v, err = f.Convert(v, field.Conversion); err != nil {
					return dst, err
				}
			default:
				return dst, ConversionError(field.Conversion)
			}
		}
		spec := field.Spec
		if field.SpecNeedsExpanding {
			b, err := buildString(nil, spec, f, positional, depth-1, auto)
			if err != nil {
				return dst, err
			}
			spec = string(b)
		}
		if dst, err = f.Format(dst, v, spec); err != nil {
			return dst, err
		}
	}
}

func fieldObject[V any](name string, f Formatter[V], positional bool, auto *AutoNumber) (V, error) {
	var zero V
	first, index, rest, err := FieldName(name, auto)
	if err != nil {
		return zero, err
	}
	var v V
	if index < 0 {
		if v, err = f.Kwarg(first); err != nil {
			return zero, err
		}
	} else {
		if !positional {
			return zero, valueError("Format string contains positional fields")
		}
		var ok bool
		if v, ok = f.Arg(index); !ok {
			return zero, &Error{Type: "IndexError", Msg: "Replacement index " + strconv.Itoa(index) + " out of range for positional args tuple"}
		}
	}
	for {
		isAttr, key, idx, ok, err := rest.Next()
		if err != nil {
			return zero, err
		}
		if !ok {
			return v, nil
		}
		if isAttr {
			v, err = f.Attr(v, key)
		} else {
			v, err = f.Item(v, key, idx)
		}
		if err != nil {
			return zero, err
		}
	}
}

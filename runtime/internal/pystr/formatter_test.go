package pystr

import (
	"math/big"
	"strconv"
)

// testFormatter is the VM's side of str.format for the test's values.
type testFormatter struct {
	args tuple
	kw   dict
}

func (f testFormatter) Arg(i int) (any, bool) {
	if i < len(f.args) {
		return f.args[i], true
	}
	return nil, false
}

func (f testFormatter) Kwarg(name string) (any, error) {
	for _, kv := range f.kw {
		if k, ok := kv[0].(string); ok && k == name {
			return kv[1], nil
		}
	}
	return nil, &Error{Type: "KeyError", Msg: pyRepr(name)}
}

func (f testFormatter) Attr(v any, name string) (any, error) {
	if name == "real" {
		switch v.(type) {
		case int64, *big.Int, float64:
			return v, nil
		}
	}
	return nil, &Error{Type: "AttributeError", Msg: "'" + typeName(v) + "' object has no attribute '" + name + "'"}
}

func (f testFormatter) Item(v any, key string, index int) (any, error) {
	switch v := v.(type) {
	case list:
		if index < 0 {
			return nil, typeError("list indices must be integers or slices, not str")
		}
		if index >= len(v) {
			return nil, &Error{Type: "IndexError", Msg: "list index out of range"}
		}
		return v[index], nil
	case string:
		if index < 0 {
			return nil, typeError("string indices must be integers, not 'str'")
		}
		rs := Runes(v)
		if index >= len(rs) {
			return nil, &Error{Type: "IndexError", Msg: "string index out of range"}
		}
		return string(rs[index]), nil
	case dict:
		for _, kv := range v {
			switch k := kv[0].(type) {
			case string:
				if index < 0 && k == key {
					return kv[1], nil
				}
			case int64:
				if index >= 0 && k == int64(index) {
					return kv[1], nil
				}
			}
		}
		if index >= 0 {
			return nil, &Error{Type: "KeyError", Msg: strconv.Itoa(index)}
		}
		return nil, &Error{Type: "KeyError", Msg: pyRepr(key)}
	}
	return nil, typeError("'" + typeName(v) + "' object is not subscriptable")
}

func (f testFormatter) Convert(v any, conv rune) (any, error) {
	switch conv {
	case 'r':
		return pyRepr(v), nil
	case 'a':
		return EscapeNonASCII(pyRepr(v)), nil
	}
	return pyStr(v), nil
}

func (f testFormatter) Format(dst []byte, v any, spec string) ([]byte, error) {
	switch x := v.(type) {
	case int64:
		return FormatInt(dst, x, spec, "int")
	case *big.Int:
		return FormatBigInt(dst, x, spec, "int")
	case float64:
		return FormatFloat(dst, x, spec, "float")
	case string:
		return FormatStr(dst, x, spec)
	}
	if spec == "" {
		return append(dst, pyStr(v)...), nil
	}
	return dst, typeError("unsupported format string passed to " + typeName(v) + ".__format__")
}

func init() {
	ops["strformat"] = func(a []any) (any, error) {
		b, err := StrFormat(nil, a[0].(string), testFormatter{args: a[1].(tuple), kw: a[2].(dict)}, true)
		return string(b), err
	}
	ops["formatmap"] = func(a []any) (any, error) {
		b, err := StrFormat(nil, a[0].(string), testFormatter{kw: a[1].(dict)}, false)
		return string(b), err
	}
}

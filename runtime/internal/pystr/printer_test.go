package pystr

import (
	"math"
	"math/big"
)

// testPrinter is the VM's side of % formatting for the test's values.
type testPrinter struct{ bytes bool }

func (testPrinter) Str(v any) (string, error)   { return pyStr(v), nil }
func (testPrinter) Repr(v any) (string, error)  { return pyRepr(v), nil }
func (testPrinter) ASCII(v any) (string, error) { return EscapeNonASCII(pyRepr(v)), nil }
func (testPrinter) TypeName(v any) string       { return typeName(v) }
func (testPrinter) AsStr(v any) (string, bool)  { s, ok := v.(string); return s, ok }
func (testPrinter) AsBytes(v any) ([]byte, bool) {
	b, ok := v.([]byte)
	return b, ok
}
func (testPrinter) Bytes(v any) ([]byte, bool, error) {
	b, ok := v.([]byte)
	return b, ok, nil
}
func (testPrinter) IsInt(v any) bool {
	switch v.(type) {
	case int64, *big.Int, bool:
		return true
	}
	return false
}
func (p testPrinter) Index(v any) (Int, bool, error) {
	switch v := v.(type) {
	case int64:
		return Int{Small: v}, true, nil
	case *big.Int:
		return Int{Big: v}, true, nil
	case bool:
		if v {
			return Int{Small: 1}, true, nil
		}
		return Int{}, true, nil
	}
	return Int{}, false, nil
}
func (p testPrinter) Int(v any) (Int, bool, error) {
	if f, ok := v.(float64); ok {
		switch {
		case math.IsInf(f, 0):
			return Int{}, false, overflowError("cannot convert float infinity to integer")
		case math.IsNaN(f):
			return Int{}, false, valueError("cannot convert float NaN to integer")
		}
		b, _ := big.NewFloat(math.Trunc(f)).Int(nil)
		if b.IsInt64() {
			return Int{Small: b.Int64()}, true, nil
		}
		return Int{Big: b}, true, nil
	}
	return p.Index(v)
}
func (p testPrinter) Float(v any) (float64, bool, error) {
	switch v := v.(type) {
	case float64:
		return v, true, nil
	case *big.Int:
		f, ok := BigToFloat(v)
		if !ok {
			return 0, false, overflowError("int too large to convert to float")
		}
		return f, true, nil
	}
	if x, ok, _ := p.Index(v); ok {
		return float64(x.Small), true, nil
	}
	return 0, false, nil
}
func (p testPrinter) GetItem(m any, key string) (any, error) {
	var k any = key
	kt := "str"
	if p.bytes {
		k, kt = []byte(key), "bytes"
	}
	switch m := m.(type) {
	case dict:
		for _, kv := range m {
			switch k := kv[0].(type) {
			case string:
				if k == key && !p.bytes {
					return kv[1], nil
				}
			case []byte:
				if string(k) == key && p.bytes {
					return kv[1], nil
				}
			}
		}
		return nil, &Error{Type: "KeyError", Msg: pyRepr(k)}
	case list:
		return nil, typeError("list indices must be integers or slices, not " + kt)
	case []byte:
		return nil, typeError("byte indices must be integers or slices, not str")
	}
	return nil, typeError("?")
}

func operands(v any) Operands[any] {
	switch v := v.(type) {
	case tuple:
		return Operands[any]{Args: v, Tuple: true}
	case dict, list, []byte:
		return Operands[any]{Value: v, Mapping: true}
	}
	return Operands[any]{Value: v}
}

func init() {
	ops["mod"] = func(a []any) (any, error) {
		switch f := a[0].(type) {
		case string:
			b, err := Printf(nil, f, operands(a[1]), testPrinter{})
			return string(b), err
		case []byte:
			ops := operands(a[1])
			if _, ok := a[1].([]byte); ok {
				ops.Mapping = false
			}
			b, err := PrintfBytes(nil, string(f), ops, testPrinter{bytes: true})
			if b == nil {
				b = []byte{}
			}
			return b, err
		}
		return nil, typeError("mod")
	}
}

func init() {
	ops["parse"] = func(a []any) (any, error) {
		p := NewFormatParser(a[0].(string))
		var out list
		for {
			f, ok, err := p.Next()
			if err != nil {
				return nil, err
			}
			if !ok {
				return out, nil
			}
			if !f.HasField {
				out = append(out, list{f.Literal, nil, nil, nil})
				continue
			}
			var conv any
			if f.Conversion != 0 {
				conv = string(appendRune(nil, f.Conversion))
			}
			out = append(out, list{f.Literal, f.Name, f.Spec, conv})
		}
	}
	ops["fieldsplit"] = func(a []any) (any, error) {
		first, idx, rest, err := FieldName(a[0].(string), nil)
		if err != nil {
			return nil, err
		}
		var f any = first
		if idx >= 0 {
			f = int64(idx)
		}
		parts := list{}
		for {
			isAttr, key, index, ok, err := rest.Next()
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			var k any = key
			if index >= 0 {
				k = int64(index)
			}
			parts = append(parts, list{isAttr, k})
		}
		return list{f, parts}, nil
	}
}

func intOut(x Int) any {
	if x.Big != nil {
		return x.Big
	}
	return x.Small
}

func toInt(v any) Int {
	switch v := v.(type) {
	case int64:
		return Int{Small: v}
	case *big.Int:
		return Int{Big: v}
	case bool:
		if v {
			return Int{Small: 1}
		}
	}
	return Int{}
}

func init() {
	ops["int"] = func(a []any) (any, error) {
		base := int(a[1].(int64))
		var x Int
		var err error
		if b, ok := a[0].([]byte); ok {
			x, err = ParseIntBytes(b, base)
		} else {
			x, err = ParseInt(a[0].(string), base)
		}
		return intOut(x), err
	}
	ops["float"] = func(a []any) (any, error) {
		if b, ok := a[0].([]byte); ok {
			return ParseFloatBytes(b)
		}
		return ParseFloat(a[0].(string))
	}
	ops["str"] = func(a []any) (any, error) {
		if b, ok := a[0].(bool); ok {
			return pyStr(b), nil
		}
		x := toInt(a[0])
		if x.Big != nil {
			b, err := AppendBigInt(nil, x.Big)
			return string(b), err
		}
		return string(AppendInt(nil, x.Small)), nil
	}
	for name, base := range map[string]int{"bin": 2, "oct": 8, "hex": 16} {
		ops[name] = func(a []any) (any, error) {
			return string(AppendIntBase(nil, toInt(a[0]), base)), nil
		}
	}
}

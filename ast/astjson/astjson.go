// Package astjson reads the JSON form of a Python syntax tree that the
// oracle writes (scripts/oracle.py astjson), building package ast's nodes.
// It lets tests compare peglab's later stages (the printer, the symbol
// table) with CPython before, or independently of, peglab's own parser.
//
// A node is an object with its class in "_type", then its fields and
// attributes under their ASDL names: lists are arrays, None is null,
// identifiers and strings are strings, ints are numbers, and a simple sum's
// value is a node without fields ({"_type": "Add"}). Constants, which JSON
// cannot all carry, are spelled out:
//
//	null, true, false          None, True, False
//	{"int": "123"}             int (decimal, any size)
//	{"float": "0x1.8p+1"}      float (float.hex(): also "inf", "-inf", "nan")
//	{"complex": [re, im]}      complex, parts as for float
//	{"str": "text"}            str
//	{"wtf8": "hex"}            str with lone surrogates: its UTF-8 with
//	                           surrogatepass, in hex
//	{"bytes": "hex"}           bytes
//	{"ellipsis": true}         Ellipsis
//
// Decoding uses reflection guided by ast.Class; it is test support, not a
// fast path.
package astjson

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/peglab/peglab/ast"
)

// Result is one line of the oracle's astjson stage: the tree, and
// ast.dump's text under each requested option spec ("", "a", "i2",
// "a,i0", ...; see DumpOptions).
type Result struct {
	Tree  json.RawMessage   `json:"tree"`
	Dumps map[string]string `json:"dumps"`
}

// Decode builds the tree that data, one JSON node, describes.
func Decode(data []byte) (ast.Node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return node(v, "tree")
}

// DumpOptions translates an option spec of the oracle's --dump flag: a
// comma-separated list of "a" (include_attributes) and "iN" (indent=N).
func DumpOptions(spec string) (ast.DumpOptions, error) {
	var o ast.DumpOptions
	for part := range strings.SplitSeq(spec, ",") {
		switch {
		case part == "a":
			o.Attributes = true
		case len(part) > 1 && part[0] == 'i':
			n, err := strconv.Atoi(part[1:])
			if err != nil {
				return o, fmt.Errorf("bad dump spec part %q", part)
			}
			o.Indented, o.Indent = true, strings.Repeat(" ", n)
		case part == "" && spec == "":
		default:
			return o, fmt.Errorf("bad dump spec part %q", part)
		}
	}
	return o, nil
}

// node builds the node described by v; path names it in errors.
func node(v any, path string) (ast.Node, error) {
	x, cls, err := object(v, path)
	if err != nil {
		return nil, err
	}
	n, ok := x.(ast.Node)
	if !ok {
		return nil, fmt.Errorf("%s: %s is not a node class", path, cls.Name)
	}
	m := v.(map[string]any)
	rv := reflect.ValueOf(n).Elem()
	for _, f := range cls.Fields {
		raw, ok := m[f.Name]
		if !ok {
			return nil, fmt.Errorf("%s: %s has no field %s", path, cls.Name, f.Name)
		}
		if err := setField(rv.FieldByName(f.GoName), f, raw, path+"."+f.Name); err != nil {
			return nil, err
		}
	}
	if len(cls.Attributes) > 0 {
		p := n.(ast.Positioned).Position()
		for i, dst := range []*int{&p.Lineno, &p.ColOffset, &p.EndLineno, &p.EndColOffset} {
			name := cls.Attributes[i].Name
			raw, ok := m[name]
			if !ok {
				return nil, fmt.Errorf("%s: %s has no attribute %s", path, cls.Name, name)
			}
			if raw == nil {
				continue
			}
			if *dst, err = integer(raw, path+"."+name); err != nil {
				return nil, err
			}
		}
	}
	return n, nil
}

// object looks up the class of a JSON node and makes its zero value.
func object(v any, path string) (any, *ast.Class, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, nil, fmt.Errorf("%s: want a node object, got %T", path, v)
	}
	name, _ := m["_type"].(string)
	cls := ast.LookupClass(name)
	if cls == nil {
		return nil, nil, fmt.Errorf("%s: unknown class %q", path, name)
	}
	return cls.New(), cls, nil
}

func setField(dst reflect.Value, f ast.Field, raw any, path string) error {
	if !f.Seq {
		return setValue(dst, f.Type, raw, path)
	}
	if raw == nil {
		return nil
	}
	xs, ok := raw.([]any)
	if !ok {
		return fmt.Errorf("%s: want a list, got %T", path, raw)
	}
	s := reflect.MakeSlice(dst.Type(), len(xs), len(xs))
	for i, x := range xs {
		if err := setValue(s.Index(i), f.Type, x, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	dst.Set(s)
	return nil
}

// setValue stores one value of ASDL type typ; null leaves dst's zero value,
// which is None (a constant's None is ast.None).
func setValue(dst reflect.Value, typ string, raw any, path string) error {
	if typ == "constant" {
		c, err := Constant(raw)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		dst.Set(reflect.ValueOf(&c).Elem())
		return nil
	}
	if raw == nil {
		return nil
	}
	var x any
	switch typ {
	case "identifier", "string":
		s, ok := raw.(string)
		if !ok {
			return fmt.Errorf("%s: want a string, got %T", path, raw)
		}
		x = s
	case "int":
		n, err := integer(raw, path)
		if err != nil {
			return err
		}
		x = n
	default:
		obj, cls, err := object(raw, path)
		if err != nil {
			return err
		}
		if cls.Enum {
			x = obj
		} else if x, err = node(raw, path); err != nil {
			return err
		}
	}
	v := reflect.ValueOf(x)
	if !v.Type().AssignableTo(dst.Type()) {
		return fmt.Errorf("%s: a %s cannot go in a field of type %s", path, v.Type(), typ)
	}
	dst.Set(v)
	return nil
}

func integer(raw any, path string) (int, error) {
	num, ok := raw.(json.Number)
	if !ok {
		return 0, fmt.Errorf("%s: want an integer, got %T", path, raw)
	}
	n, err := strconv.Atoi(string(num))
	if err != nil {
		return 0, fmt.Errorf("%s: %v", path, err)
	}
	return n, nil
}

// Constant decodes the JSON form of a constant into the Go value
// Constant.Value holds (see package ast).
func Constant(raw any) (any, error) {
	switch v := raw.(type) {
	case nil:
		return ast.None, nil
	case bool:
		return v, nil
	case map[string]any:
		if len(v) != 1 {
			break
		}
		for k, x := range v {
			return constant(k, x)
		}
	}
	return nil, fmt.Errorf("bad constant %v", raw)
}

func constant(kind string, x any) (any, error) {
	s, _ := x.(string)
	switch kind {
	case "ellipsis":
		return ast.Ellipsis, nil
	case "int":
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, nil
		}
		if b, ok := new(big.Int).SetString(s, 10); ok {
			return b, nil
		}
	case "float":
		return strconv.ParseFloat(s, 64)
	case "complex":
		parts, ok := x.([]any)
		if !ok || len(parts) != 2 {
			break
		}
		re, err1 := strconv.ParseFloat(fmt.Sprint(parts[0]), 64)
		im, err2 := strconv.ParseFloat(fmt.Sprint(parts[1]), 64)
		if err1 == nil && err2 == nil {
			return complex(re, im), nil
		}
	case "str":
		if _, ok := x.(string); ok {
			return s, nil
		}
	case "wtf8":
		if b, err := hex.DecodeString(s); err == nil {
			return string(b), nil
		}
	case "bytes":
		if b, err := hex.DecodeString(s); err == nil {
			return ast.Bytes(b), nil
		}
	}
	return nil, fmt.Errorf("bad %s constant %v", kind, x)
}

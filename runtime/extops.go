package runtime

import (
	"errors"
	"fmt"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pyerr"
)

// What language extensions need from the VM beyond the operator tables
// (RegisterBinaryOp, RegisterCompareOp): a way to give an operator Go
// semantics on builtin operands, and ext.py, an extension folder's
// operators written in Python and loaded with no rebuild.

// ToFloat is float(v) for a bool, int or float (ok false for any other
// type); an int too large for a float is an OverflowError, as in
// math.isclose.
func ToFloat(v Value) (f float64, ok bool, err *Exception) {
	if v.p != floatTag && v.p != intTag && !isIntLike(v) && !v.Type().IsSubtype(FloatType) {
		return 0, false, nil
	}
	return toFloat(v)
}

// SetBinaryFallback gives the binary operator oparg a meaning for operands
// whose types both decline it (no dunder, or NotImplemented): f runs
// before the TypeError, and may itself return NotImplemented.
func SetBinaryFallback(oparg int, f func(a, b Value) (Value, *Exception)) {
	binOps[oparg].fallback = f
}

// ExtOperator is one operator that an extension folder's ext.py declares
// in its OPERATORS dict: the AST constructor, the operator's text, and
// its semantics: Func for a comparison; Method and Reflected, with an
// optional Func for operands that define neither, for a binary operator.
type ExtOperator struct {
	Class, Symbol     string
	Method, Reflected string
	Func              func(a, b Value) (Value, *Exception)
}

// LoadExtPy runs an extension folder's ext.py (plain Python, in a module
// of its own) and reads its OPERATORS:
//
//	OPERATORS = {
//	    "About": ("~~", about),                          # cmpop: a function
//	    "Pipe": ("|>", "__pipe__", "__rpipe__", apply),  # operator: dunders[, function]
//	}
//
// Errors, a traceback included, come back as Go errors worded for the
// command line.
func LoadExtPy(src []byte, filename string) ([]ExtOperator, error) {
	code, exc := compileSource(src, filename, "exec")
	if exc != nil {
		return nil, errors.New(FormatException(exc))
	}
	RegisterSource(filename, src)
	if sysStdout == nil {
		return nil, errors.New("runtime: LoadExtPy before SetStdio")
	}
	m := NewModule("__ext__")
	m.dict.SetS("__builtins__", obj(builtinsModule))
	m.dict.SetS("__file__", NewStr(filename))
	_, exc = curThread.runCode(code, m.dict, obj(m.dict), nil)
	flushStd()
	if exc != nil {
		return nil, errors.New(FormatException(exc))
	}
	decl, ok := m.dict.GetS("OPERATORS")
	if !ok {
		return nil, fmt.Errorf("%s defines no OPERATORS dict", filename)
	}
	if decl.Type() != DictType {
		return nil, fmt.Errorf("%s: OPERATORS is a %s, not a dict", filename, typeName(decl))
	}
	var out []ExtOperator
	var bad error
	decl.dict().each(func(k, v Value) bool {
		op, err := extOperator(k, v)
		if err != nil {
			bad = fmt.Errorf("%s: OPERATORS: %v", filename, err)
			return false
		}
		out = append(out, op)
		return true
	})
	return out, bad
}

func extOperator(k, v Value) (ExtOperator, error) {
	var op ExtOperator
	if k.Type() != StrType {
		return op, fmt.Errorf("a key is a %s, not the name of an AST constructor", typeName(k))
	}
	op.Class = k.str().s
	usage := fmt.Errorf("%q: give (symbol, function) for a comparison, or (symbol, dunder, reflected dunder[, function]) for a binary operator", op.Class)
	if v.Type() != TupleType {
		return op, usage
	}
	items := v.tuple().items
	strAt := func(i int) (string, bool) {
		if items[i].Type() != StrType {
			return "", false
		}
		return items[i].str().s, true
	}
	fnAt := func(i int) (func(a, b Value) (Value, *Exception), bool) {
		f := items[i]
		if f.Type().call == nil && f.Type() != FunctionType {
			return nil, false
		}
		return func(a, b Value) (Value, *Exception) { return Call(f, []Value{a, b}, nil) }, true
	}
	var ok bool
	if len(items) < 2 || len(items) > 4 {
		return op, usage
	}
	if op.Symbol, ok = strAt(0); !ok {
		return op, usage
	}
	switch len(items) {
	case 2:
		if op.Func, ok = fnAt(1); !ok {
			return op, usage
		}
	default:
		if op.Method, ok = strAt(1); !ok {
			return op, usage
		}
		if op.Reflected, ok = strAt(2); !ok {
			return op, usage
		}
		if len(items) == 4 {
			if op.Func, ok = fnAt(3); !ok {
				return op, usage
			}
		}
	}
	return op, nil
}

// tracebackParse parses source the way the program was parsed, for the
// carets of tracebacks (CPython parses the failing line again to find
// the operator): plain Python unless SetSourceParser said otherwise.
var tracebackParse = parsePython

func parsePython(src []byte) (ast.Mod, *pyerr.Error) {
	return parser.Parse(src, parser.Options{})
}

// SetSourceParser makes tracebacks parse source lines with parse: the
// front end the program was compiled with, so that an extension's
// operator (`a -> b`) is marked `~~^^~~` as a built-in one is. nil
// restores plain Python.
func SetSourceParser(parse func(src []byte) (ast.Mod, *pyerr.Error)) {
	if parse == nil {
		parse = parsePython
	}
	tracebackParse = parse
}

package compiler

import (
	"math/big"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pyerr"
)

// The SyntaxWarnings compile.c raises while it generates code (check_compare,
// check_caller, check_subscripter, check_index and compiler_assert's): code
// that is valid but surely wrong. Each check runs where CPython's does, so
// the warnings come in CPython's order, and costs a nil test when the caller
// collects no warnings (Options.Warnings).

// warn is compiler_warn: a SyntaxWarning at loc, which under -W error
// becomes the SyntaxError compiler_error would raise there (Warning.Err).
func (c *compiler) warn(loc Loc, msg string) {
	err := &pyerr.Error{
		Type: pyerr.SyntaxError, Msg: msg, Filename: c.opts.Filename,
		Line: int(loc.Line), Offset: int(loc.Col) + 1, EndLine: int(loc.EndLine), EndOffset: int(loc.EndCol) + 1,
		Text: pyerr.SourceLine(c.opts.Source, int(loc.Line)),
	}
	*c.opts.Warnings = append(*c.opts.Warnings, pyerr.Warning{Stage: pyerr.CompilerWarning, Category: pyerr.SyntaxWarning,
		Filename: c.opts.Filename, Line: int(loc.Line), Msg: msg, Err: err})
}

// isArg is check_is_arg: whether e may be an operand of "is" (anything but
// a literal other than None, True, False and Ellipsis).
func isArg(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return true
	}
	switch k.Value.(type) {
	case ast.NoneType, bool, ast.EllipsisType:
		return true
	}
	return false
}

// checkCompare is check_compare: "x is 1".
func (c *compiler) checkCompare(e *ast.Compare) {
	if c.opts.Warnings == nil {
		return
	}
	left, leftExpr := isArg(e.Left), e.Left
	for i, op := range e.Ops {
		right := isArg(e.Comparators[i])
		if (op == ast.Is || op == ast.IsNot) && (!left || !right) {
			lit := e.Comparators[i]
			if !left {
				lit = leftExpr
			}
			msg := `"is" with '` + inferType(lit) + `' literal. Did you mean "=="?`
			if op == ast.IsNot {
				msg = `"is not" with '` + inferType(lit) + `' literal. Did you mean "!="?`
			}
			c.warn(locOf(e), msg)
			return
		}
		left, leftExpr = right, e.Comparators[i]
	}
}

// checkCaller is check_caller: "(1, 2)(3)", a comma forgotten.
func (c *compiler) checkCaller(e ast.Expr) {
	if c.opts.Warnings == nil {
		return
	}
	switch e.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp,
		*ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
		c.warn(locOf(e), "'"+inferType(e)+"' object is not callable; perhaps you missed a comma?")
	}
}

// checkSubscripter is check_subscripter: "{1}[0]", "5[0]".
func (c *compiler) checkSubscripter(e ast.Expr) {
	if c.opts.Warnings == nil {
		return
	}
	switch x := e.(type) {
	case *ast.Constant:
		switch x.Value.(type) {
		case ast.NoneType, ast.EllipsisType, bool, int64, *big.Int, float64, complex128, bytecode.FrozenSet:
		default:
			return
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
	default:
		return
	}
	c.warn(locOf(e), "'"+inferType(e)+"' object is not subscriptable; perhaps you missed a comma?")
}

// checkIndex is check_index: "[1, 2][1, 2]", an index no sequence takes.
func (c *compiler) checkIndex(e, index ast.Expr) {
	if c.opts.Warnings == nil {
		return
	}
	it := inferType(index)
	switch it {
	case "", "int", "bool", "slice":
		return
	}
	switch x := e.(type) {
	case *ast.Constant:
		switch x.Value.(type) {
		case string, ast.Bytes, bytecode.Tuple:
		default:
			return
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		return
	}
	c.warn(locOf(e), inferType(e)+" indices must be integers or slices, not "+it+"; perhaps you missed a comma?")
}

// checkAssert is compiler_assert's warning, raised even under -O: a
// parenthesized test and message make a tuple, which is always true.
func (c *compiler) checkAssert(s *ast.Assert) {
	if c.opts.Warnings == nil {
		return
	}
	always := false
	switch t := s.Test.(type) {
	case *ast.Tuple:
		always = len(t.Elts) > 0
	case *ast.Constant:
		tup, ok := t.Value.(bytecode.Tuple)
		always = ok && len(tup) > 0
	}
	if always {
		c.warn(locOf(s), "assertion is always true, perhaps remove parentheses?")
	}
}

// inferType is infer_type: the name of the type e's value surely has, ""
// when that takes running the code.
func inferType(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	case *ast.Constant:
		return constTypeName(x.Value)
	}
	return ""
}

// constTypeName is type(v).__name__ for a constant's value.
func constTypeName(v any) string {
	switch v.(type) {
	case ast.NoneType:
		return "NoneType"
	case ast.EllipsisType:
		return "ellipsis"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case ast.Bytes:
		return "bytes"
	case bytecode.Tuple:
		return "tuple"
	case bytecode.FrozenSet:
		return "frozenset"
	}
	return "object"
}

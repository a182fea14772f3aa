package peg

import (
	"fmt"
	"reflect"
)

// Helper is an action helper as the grammar interpreter sees it. Generated
// parsers call helpers directly; a generated table of Helpers adapts the
// same functions to the interpreter's untyped values.
type Helper struct {
	// Params are the Go types of the parameters an action passes, in order
	// (an implicit leading *Parser parameter is not listed).
	Params []string
	// Result is the Go type the helper returns.
	Result string
	// Rejects is set for a helper that can reject a match: Call then
	// returns Rejected instead of a value (see pegen.HelperSig.Rejects).
	Rejects bool
	// Call invokes the helper with the action's argument values.
	Call func(p *Parser, args []any) any
}

// Rejected is what Helper.Call returns when a helper rejects the match:
// the interpreter then fails the rule.
var Rejected any = &rejection{}

type rejection struct{}

// HelperTypeError reports an action argument whose value has the wrong Go
// type: a grammar that passes, say, a token where the helper wants an
// expression.
type HelperTypeError struct {
	Want string
	Got  any
}

func (e *HelperTypeError) Error() string {
	return fmt.Sprintf("action argument: want %s, got %T", e.Want, e.Got)
}

// As converts an untyped action value to T. A nil value gives T's zero
// value; any other value of a different type is a grammar bug and panics
// with *HelperTypeError.
//
// A []any (a sequence the interpreter built) converts to any slice type,
// element by element, nested sequences included: a rule of type
// [][]ast.Stmt collects []any values where generated code has []ast.Stmt.
func As[T any](v any) T {
	if t, ok := v.(T); ok || v == nil {
		return t
	}
	var zero T
	if s, ok := v.([]any); ok {
		if out, ok := convertSeq(s, reflect.TypeOf(&zero).Elem()); ok {
			return out.Interface().(T)
		}
	}
	panic(&HelperTypeError{Want: fmt.Sprintf("%T", &zero)[1:], Got: v})
}

// convertSeq converts an interpreter sequence to the slice type t.
func convertSeq(s []any, t reflect.Type) (reflect.Value, bool) {
	if t.Kind() != reflect.Slice {
		return reflect.Value{}, false
	}
	out := reflect.MakeSlice(t, len(s), len(s))
	et := t.Elem()
	for i, x := range s {
		if x == nil {
			continue
		}
		xv := reflect.ValueOf(x)
		switch {
		case xv.Type().AssignableTo(et):
			out.Index(i).Set(xv)
		case xv.Type() == reflect.TypeOf([]any(nil)):
			sub, ok := convertSeq(x.([]any), et)
			if !ok {
				return reflect.Value{}, false
			}
			out.Index(i).Set(sub)
		default:
			return reflect.Value{}, false
		}
	}
	return out, true
}

// AsSlice converts a sequence value to []E. Generated parsers build typed
// slices and the interpreter builds []any; helpers see the same []E either
// way.
func AsSlice[E any](v any) []E {
	switch s := v.(type) {
	case nil:
		return nil
	case []E:
		return s
	case []any:
		out := make([]E, len(s))
		for i, x := range s {
			out[i] = As[E](x)
		}
		return out
	}
	// A slice of another element type, say []*ast.Name where []ast.Expr is
	// wanted: convert element by element (rare, so reflection is fine).
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice {
		out := make([]E, rv.Len())
		for i := range out {
			out[i] = As[E](rv.Index(i).Interface())
		}
		return out
	}
	var zero []E
	panic(&HelperTypeError{Want: fmt.Sprintf("%T", zero), Got: v})
}

// BoxPtr converts a pointer to any, keeping a nil pointer nil, so that
// generated code and the interpreter agree on what "no value" looks like.
func BoxPtr[T any](p *T) any {
	if p == nil {
		return nil
	}
	return p
}

// SliceAs converts a slice of one element type to another element type
// (say []*ast.Name to []ast.Expr), element by element.
func SliceAs[E, F any](s []F) []E {
	if s == nil {
		return nil
	}
	out := make([]E, len(s))
	for i, x := range s {
		out[i] = As[E](any(x))
	}
	return out
}

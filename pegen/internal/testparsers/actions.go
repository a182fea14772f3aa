package testparsers

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// Bin renders a binary operation fully parenthesized, which shows how the
// parser grouped it: (1 - (2 - 3)) or ((1 - 2) - 3).
func Bin(left any, op *peg.Token, right any) string {
	return fmt.Sprintf("(%s %s %s)", Show(left), op.Text, Show(right))
}

// Unary renders a prefix operation.
func Unary(op *peg.Token, operand any) string {
	return fmt.Sprintf("(%s%s)", op.Text, Show(operand))
}

// Text is a token's source text.
func Text(t *peg.Token) string { return t.Text }

// Tag labels a value: Tag("call", x) is call[x].
func Tag(tag string, v any) string { return tag + "[" + Show(v) + "]" }

// Pair renders two values.
func Pair(a, b any) string { return "<" + Show(a) + ", " + Show(b) + ">" }

// List renders a sequence.
func List(items []any) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = Show(it)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Texts renders a sequence of tokens.
func Texts(toks []*peg.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// Located renders a value with its span: value@1:0-1:5.
func Located(v any, s peg.Span) string {
	return fmt.Sprintf("%s@%d:%d-%d:%d", Show(v), s.Line, s.Col, s.EndLine, s.EndCol)
}

// Count renders the length of a sequence.
func Count(items []any) int { return len(items) }

// Fail raises a SyntaxError at token t: what invalid_ rules do.
func Fail(p *peg.Parser, t *peg.Token, msg string) any {
	p.RaiseAt(t, t, pyerr.SyntaxError, "%s", msg)
	return nil
}

// Show renders any value a test grammar produces.
func Show(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case *peg.Token:
		return x.Text
	}
	// Sequences arrive as []any from the interpreter and as typed slices
	// from generated code; both render alike.
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice {
		items := make([]any, rv.Len())
		for i := range items {
			items[i] = rv.Index(i).Interface()
		}
		return List(items)
	}
	return fmt.Sprint(v)
}

// Int is the value of a NUMBER token (0 when it is not a decimal integer).
func Int(t *peg.Token) int {
	n := 0
	for _, c := range t.Text {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// Neg negates.
func Neg(x int) int { return -x }

// Arith applies a binary operator; division and modulo by zero give 0, and
// ** with a negative exponent gives 0, to stay total.
func Arith(a int, op *peg.Token, b int) int {
	switch op.Text {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/":
		if b == 0 {
			return 0
		}
		return a / b
	case "%":
		if b == 0 {
			return 0
		}
		return a % b
	case "**":
		// By squaring: after an overflow the exponent can be huge, and a
		// loop over it would not end (FuzzParsers found 0**701**77). The
		// products wrap exactly as repeated multiplication would.
		r := 1
		for ; b > 0; b >>= 1 {
			if b&1 == 1 {
				r *= a
			}
			a *= a
		}
		return r
	}
	return 0
}

// Even accepts an even NUMBER and rejects an odd one: a helper that can
// refuse a match, which makes its rule fail.
func Even(t *peg.Token) (any, bool) {
	n := 0
	for _, c := range t.Text {
		n = n*10 + int(c-'0')
	}
	return t.Text, n%2 == 0
}

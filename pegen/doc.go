// Package pegen is peglab's parser generator. It reads grammar files in
// CPython's pegen metagrammar, checks them, merges extension fragments into
// them, and either writes a Go parser or interprets the grammar directly;
// both run on the runtime in package peg and give identical results.
//
// pegen imports nothing of the Python pipeline. The Python grammar's action
// helpers are found by reading Go source (see Helpers below), so the code
// that generates package parser never imports it.
//
// # Grammar files
//
// A grammar is a sequence of metas and rules. Comments run from # to the end
// of the line.
//
//	@name value                 a meta: value is a NAME or a string ('', "",
//	                            ''' ''' or """ """), or absent
//	rule: alt | alt             a rule on one line
//	rule[Type] (memo):          a typed, memoized rule, its alternatives on
//	    | alt                   the following indented lines, each starting
//	    | alt                   with |
//
// A rule starts in the first column. Type is a Go type ([]ast.Stmt,
// ast.Expr, *peg.Token); a rule without one produces any. Inside (), [] and
// {} an alternative may span lines.
//
// An alternative is a sequence of items, optionally followed by an action:
//
//	name=item      name the item's value for the action
//	NAME, NUMBER   a token kind from the token table
//	rule_name      a call of another rule
//	'if' '+='      a keyword (alphabetic) or an operator token
//	"match"        a soft keyword: a NAME with that text
//	( alts )       a group
//	[ alts ] x?    optional
//	x* x+          repetition
//	s.e+           one or more e separated by s
//	&x !x          positive and negative lookahead
//	~              cut: once past it, a failure of this alternative fails the
//	               whole rule (or group) without trying later alternatives
//	&&x            forced: if x does not match, stop with "expected x"
//	$              ENDMARKER
//
// Left recursion, direct and indirect, is supported as in pegen: each
// strongly connected component of the left-call graph gets a leader (the
// alphabetically first rule that is on every cycle), whose results grow from
// a memoized seed. Rules whose names start with invalid_ are tried only in
// the second pass, after a first parse failed (see peg.Parser.CallInvalidRules);
// a rule whose name ends in without_invalid runs with them off, whatever
// the pass, as in pegen.
//
// # Actions
//
// An action is an expression in a small language, not Go code:
//
//	{ BinOp(a, Add(), b, EXTRA) }
//
//	Name(arg, ...)   a call of a helper
//	a                the value of the item named a
//	EXTRA            the span of the alternative (a peg.Span)
//	"text" 12 true   string, integer and boolean literals
//	nil              no value
//
// An alternative without an action yields its single item's value, or, with
// several items, the values of all its items as an []any.
//
// # Helpers
//
// A helper is an exported function in a file named actions*.go in the Go
// package the parser is generated into. If its first parameter is a
// *peg.Parser, the parser passes itself there and the action does not list
// it. A parameter of type peg.Span receives EXTRA. The generator reads the
// helpers' signatures from source: the generated code calls each helper
// directly, converting untyped values with peg.As and peg.AsSlice, and a
// generated table (peg.Helper values) lets the interpreter call the same
// functions.
//
// A helper that returns a bool after its value can reject the match:
// when the bool is false, the rule fails at once, without trying its later
// alternatives, as a pegen action that returns NULL without raising. That
// is how an error-pass rule declines to raise when a condition the grammar
// cannot express does not hold. Such a helper must be the whole action.
//
// Value types: a token item is a *peg.Token; a rule call has the rule's type;
// x* x+ and s.e+ are slices of x's type; [x] has x's type and its zero value
// when absent; a group has the type its alternatives agree on, else any.
// The interpreter has no static types: its sequences are []any, converted
// by the adapters to the slice type a helper declares. So a helper that takes
// a sequence should declare its slice type; one that takes any must accept
// both []any and typed slices (peg.AsSlice does).
package pegen

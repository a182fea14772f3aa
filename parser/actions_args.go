package parser

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
)

// Parameter lists and call arguments: the grammar matches them in pieces
// (positional-only parameters, parameters with defaults, the part after
// '*'); these helpers assemble the pieces into ast.Arguments and into a
// call's args and keywords, as CPython's action helpers do.

// SlashWithDefault holds positional-only parameters when some have
// defaults: def f(a, b=1, /).
type SlashWithDefault struct {
	Plain        []*ast.Arg
	WithDefaults []*NameDefault
}

// NameDefault is a parameter with its default (nil when it has none, after
// '*').
type NameDefault struct {
	Arg     *ast.Arg
	Default ast.Expr
}

// StarEtc is what follows a bare or named '*' in a parameter list: the
// *args parameter, keyword-only parameters and **kwargs.
type StarEtc struct {
	Vararg *ast.Arg
	KwOnly []*NameDefault
	Kwarg  *ast.Arg
}

// MakeSlashWithDefault groups positional-only parameters with defaults.
func MakeSlashWithDefault(plain []*ast.Arg, withDefaults []*NameDefault) *SlashWithDefault {
	return &SlashWithDefault{Plain: plain, WithDefaults: withDefaults}
}

// MakeNameDefault pairs a parameter with its default, attaching a type
// comment if one followed it.
func MakeNameDefault(a *ast.Arg, def ast.Expr, tc *peg.Token) *NameDefault {
	return &NameDefault{Arg: ArgWithComment(a, tc), Default: def}
}

// MakeStarEtc groups the parameters from '*' on.
func MakeStarEtc(vararg *ast.Arg, kwonly []*NameDefault, kwarg *ast.Arg) *StarEtc {
	return &StarEtc{Vararg: vararg, KwOnly: kwonly, Kwarg: kwarg}
}

// ArgWithComment attaches a parameter's type comment.
func ArgWithComment(a *ast.Arg, tc *peg.Token) *ast.Arg {
	if tc == nil {
		return a
	}
	c := *a
	c.TypeComment = tc.Text
	return &c
}

// MakeArguments assembles a parameter list from the pieces the parameters
// rules match. Any piece may be absent.
func MakeArguments(slashNoDefault []*ast.Arg, slashWithDefault *SlashWithDefault, plain []*ast.Arg, withDefaults []*NameDefault, star *StarEtc) *ast.Arguments {
	a := &ast.Arguments{}
	switch {
	case slashNoDefault != nil:
		a.Posonlyargs = slashNoDefault
	case slashWithDefault != nil:
		a.Posonlyargs = append(append([]*ast.Arg{}, slashWithDefault.Plain...), argsOf(slashWithDefault.WithDefaults)...)
	}
	if withDefaults != nil {
		a.Args = append(append([]*ast.Arg{}, plain...), argsOf(withDefaults)...)
	} else {
		a.Args = plain
	}
	if slashWithDefault != nil {
		a.Defaults = defaultsOf(slashWithDefault.WithDefaults)
	}
	if withDefaults != nil {
		a.Defaults = append(a.Defaults, defaultsOf(withDefaults)...)
	}
	if star != nil {
		a.Vararg = star.Vararg
		a.Kwarg = star.Kwarg
		a.Kwonlyargs = argsOf(star.KwOnly)
		a.KwDefaults = defaultsOf(star.KwOnly)
	}
	return a
}

// OrEmptyArguments is the parameter list of a function or lambda, an empty
// one when it has none.
func OrEmptyArguments(a *ast.Arguments) *ast.Arguments {
	if a == nil {
		return &ast.Arguments{}
	}
	return a
}

func argsOf(nds []*NameDefault) []*ast.Arg {
	if len(nds) == 0 {
		return nil
	}
	out := make([]*ast.Arg, len(nds))
	for i, nd := range nds {
		out[i] = nd.Arg
	}
	return out
}

// defaultsOf lists the defaults; for keyword-only parameters a missing
// default is a None element (kw_defaults), so nil entries are kept.
func defaultsOf(nds []*NameDefault) []ast.Expr {
	if len(nds) == 0 {
		return nil
	}
	out := make([]ast.Expr, len(nds))
	for i, nd := range nds {
		out[i] = nd.Default
	}
	return out
}

// CallArgs are the arguments of a call or of a class's bases.
type CallArgs struct {
	Args     []ast.Expr
	Keywords []*ast.Keyword
}

// KeywordOrStarred is one argument after the positional ones: a keyword
// argument (name=value or **mapping) or a *iterable.
type KeywordOrStarred struct {
	Keyword *ast.Keyword
	Starred ast.Expr
}

// KeywordArg wraps a keyword argument.
func KeywordArg(k *ast.Keyword) KeywordOrStarred { return KeywordOrStarred{Keyword: k} }

// StarredArg wraps a *iterable argument.
func StarredArg(e ast.Expr) KeywordOrStarred { return KeywordOrStarred{Starred: e} }

// JoinKwargs concatenates the two runs of keyword arguments.
func JoinKwargs(a, b []KeywordOrStarred) []KeywordOrStarred {
	out := make([]KeywordOrStarred, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// CollectCallArgs splits a call's arguments as Python's AST does: the
// positional ones, then every *iterable among the keyword arguments, in
// args; the keyword arguments in keywords.
func CollectCallArgs(positional []ast.Expr, kwargs []KeywordOrStarred) *CallArgs {
	c := &CallArgs{Args: positional}
	if len(kwargs) == 0 {
		return c
	}
	nstar := 0
	for _, k := range kwargs {
		if k.Keyword == nil {
			nstar++
		}
	}
	if nstar > 0 {
		args := make([]ast.Expr, len(positional), len(positional)+nstar)
		copy(args, positional)
		c.Args = args
	}
	if nk := len(kwargs) - nstar; nk > 0 {
		c.Keywords = make([]*ast.Keyword, 0, nk)
	}
	for _, k := range kwargs {
		if k.Keyword != nil {
			c.Keywords = append(c.Keywords, k.Keyword)
		} else {
			c.Args = append(c.Args, k.Starred)
		}
	}
	return c
}

// ArgsOf are the positional arguments of an argument list, none if absent.
func ArgsOf(c *CallArgs) []ast.Expr {
	if c == nil {
		return nil
	}
	return c.Args
}

// KeywordsOf are the keyword arguments of an argument list, none if absent.
func KeywordsOf(c *CallArgs) []*ast.Keyword {
	if c == nil {
		return nil
	}
	return c.Keywords
}

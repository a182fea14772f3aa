package parser

import (
	"fmt"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// Literals: numbers, strings, bytes, implicit concatenation and f-strings.
// The tokenizer only delimits them; their values are computed here, as
// CPython's parser computes them (Parser/action_helpers.c and
// Parser/string_parser.c).

// Number is the Constant a NUMBER token denotes: an int (int64, or
// *big.Int when it does not fit), a float or an imaginary number.
func Number(p *peg.Parser, t *peg.Token) ast.Expr {
	v, err := parseNumber(t.Text)
	if err != "" {
		// Only a decimal int too long for int(str) fails; CPython gives the
		// line but no columns, to spare a wall of carets.
		p.Raise(errorKnown(p, pyerr.SyntaxError, int(t.Start.Line), -1, int(t.End.Line), -1, err))
	}
	c := newConstant(p)
	c.Value, c.Pos = v, tokenPos(t, t)
	return c
}

// EnsureReal rejects an imaginary number where a complex literal pattern
// needs its real part (case 1j + 2j).
func EnsureReal(p *peg.Parser, e ast.Expr) ast.Expr {
	if c, ok := e.(*ast.Constant); !ok || isComplex(c.Value) {
		raiseAtNode(p, e, "real number required in complex literal")
	}
	return e
}

// EnsureImaginary rejects a real number where a complex literal pattern
// needs its imaginary part (case 1 + 2).
func EnsureImaginary(p *peg.Parser, e ast.Expr) ast.Expr {
	if c, ok := e.(*ast.Constant); !ok || !isComplex(c.Value) {
		raiseAtNode(p, e, "imaginary number required in complex literal")
	}
	return e
}

func isComplex(v any) bool {
	_, ok := v.(complex128)
	return ok
}

// StringConstant is the Constant a STRING token denotes: str or bytes,
// with its escapes decoded, and kind 'u' when the literal starts with a
// lower-case u (as CPython checks it).
func StringConstant(p *peg.Parser, t *peg.Token) ast.Expr {
	c := newConstant(p)
	c.Pos = tokenPos(t, t)
	s := t.Text
	raw, bytes := false, false
	i := 0
prefix:
	for ; i < len(s); i++ {
		switch s[i] {
		case 'b', 'B':
			bytes = true
		case 'r', 'R':
			raw = true
		case 'u', 'U':
		default:
			break prefix
		}
	}
	body := s[i:]
	if len(body) >= 6 && body[1] == body[0] && body[2] == body[0] {
		body = body[3 : len(body)-3]
	} else if len(body) >= 2 {
		body = body[1 : len(body)-1]
	}
	if bytes {
		for j := 0; j < len(body); j++ {
			if body[j] >= 0x80 {
				raiseAtTokens(p, t, t, "bytes can only contain ASCII literal characters")
			}
		}
		if raw || strings.IndexByte(body, '\\') < 0 {
			c.Value = ast.Bytes(body)
		} else {
			v, msg, bad := decodeBytesEscapes(body)
			if msg != "" {
				raiseAtLast(p, "(value error) "+msg)
			}
			if bad >= 0 {
				warnEscape(p, t, body[bad:], false)
			}
			c.Value = ast.Bytes(v)
		}
		return c
	}
	if s[0] == 'u' {
		c.Kind = "u"
	}
	c.Value = decodeStr(p, body, raw, t, false)
	return c
}

// decodeStr is the value of the body of a str literal or of a piece of an
// f-string: its escapes decoded unless raw, and its UTF-8 checked (source
// in a bytes object can be anything). An invalid escape is warned about at
// token at (fstring: a token of an f-string).
func decodeStr(p *peg.Parser, body string, raw bool, at *peg.Token, fstring bool) string {
	escapes := !raw && strings.IndexByte(body, '\\') >= 0
	if pos, n, reason := utf8Error(body); pos >= 0 {
		// With escapes, CPython decodes each run of non-ASCII bytes on
		// its own, so the position counts from the run's start.
		start := 0
		if escapes {
			for start = pos; start > 0 && body[start-1] >= 0x80; start-- {
			}
		}
		raiseAtLast(p, "(unicode error) "+decodeErrorMsg("utf-8", body[start:], pos-start, n, reason))
	}
	if !escapes {
		return body
	}
	v, msg, bad := decodeUnicodeEscapes(body)
	if msg != "" {
		raiseAtLast(p, "(unicode error) "+msg)
	}
	if bad >= 0 {
		warnEscape(p, at, body[bad:], fstring)
	}
	return v
}

// warnEscape is string_parser.c's warn_invalid_escape_sequence: esc is
// the literal's body from the first invalid escape's character after the
// backslash, t the token CPython names (under -W error the warning becomes
// a SyntaxError on it).
func warnEscape(p *peg.Parser, t *peg.Token, esc string, fstring bool) {
	c := esc[0]
	if p.CallInvalidRules || fstring && (c == '{' || c == '}') {
		// The second pass warns no more; the tokenizer warned about \{.
		return
	}
	st := errorState(p)
	if st == nil {
		return
	}
	msg := fmt.Sprintf("invalid escape sequence '\\%c'", c)
	if c >= '4' && c <= '7' {
		msg = "invalid octal escape sequence '\\" + esc[:3] + "'"
	}
	err := st.errorKnown(pyerr.SyntaxError, int(t.Start.Line), int(t.Start.Col), int(t.End.Line), int(t.End.Col), msg)
	st.tok.warnings = append(st.tok.warnings, Warning{Stage: pyerr.ParserWarning, Category: pyerr.SyntaxWarning,
		Filename: st.tok.opts.Filename, Line: int(t.Start.Line), Msg: msg, Err: err})
}

// raiseAtLast stops the parse with a SyntaxError at the furthest token read,
// where CPython's RAISE_SYNTAX_ERROR puts errors that have no node.
func raiseAtLast(p *peg.Parser, msg string) {
	p.Raise(errorAtToken(p, pyerr.SyntaxError, msg, false))
}

// ConcatStrings joins adjacent string literals ("a" f"b{x}" 'c'): bytes
// with bytes only; str and f-strings into one Constant, or into one
// JoinedStr whose neighbouring constant parts are merged.
func ConcatStrings(p *peg.Parser, parts []ast.Expr, span peg.Span) ast.Expr {
	return concatenate(p, parts, span)
}

// concatenate is CPython's _PyPegen_concatenate_strings: the parts are
// Constants (str or bytes), JoinedStrs (f-strings) or, in a format spec,
// FormattedValues.
func concatenate(p *peg.Parser, parts []ast.Expr, span peg.Span) ast.Expr {
	fstring, unicode, bytes := false, false, false
	n := 0
	for _, e := range parts {
		switch x := e.(type) {
		case *ast.Constant:
			if _, ok := x.Value.(ast.Bytes); ok {
				bytes = true
			} else {
				unicode = true
			}
			n++
		case *ast.JoinedStr:
			n += len(x.Values)
			fstring = true
		default:
			n++
			fstring = true
		}
	}
	if (unicode || fstring) && bytes {
		raiseAtLast(p, "cannot mix bytes and nonbytes literals")
	}
	if bytes {
		if len(parts) == 1 {
			return parts[0]
		}
		var b strings.Builder
		for _, e := range parts {
			b.WriteString(string(e.(*ast.Constant).Value.(ast.Bytes)))
		}
		return &ast.Constant{Value: ast.Bytes(b.String()), Kind: parts[0].(*ast.Constant).Kind, Pos: spanPos(span)}
	}
	if !fstring && len(parts) == 1 {
		return parts[0]
	}
	flat := make([]ast.Expr, 0, n)
	for _, e := range parts {
		if j, ok := e.(*ast.JoinedStr); ok {
			flat = append(flat, j.Values...)
		} else {
			flat = append(flat, e)
		}
	}
	values := make([]ast.Expr, 0, len(flat))
	for i := 0; i < len(flat); i++ {
		e := flat[i]
		c, ok := e.(*ast.Constant)
		if !ok {
			values = append(values, e)
			continue
		}
		if i+1 < len(flat) {
			if _, next := flat[i+1].(*ast.Constant); next {
				// Fold this constant and the ones that follow into one,
				// spanning them all, with the first one's kind.
				var b strings.Builder
				last := c
				j := i
				for ; j < len(flat); j++ {
					cj, ok := flat[j].(*ast.Constant)
					if !ok {
						break
					}
					b.WriteString(cj.Value.(string))
					last = cj
				}
				i = j - 1
				c = &ast.Constant{Value: b.String(), Kind: c.Kind, Pos: ast.Pos{
					Lineno: c.Lineno, ColOffset: c.ColOffset, EndLineno: last.EndLineno, EndColOffset: last.EndColOffset}}
			}
		}
		if fstring && c.Value.(string) == "" {
			continue
		}
		values = append(values, c)
	}
	if !fstring {
		return values[0]
	}
	return &ast.JoinedStr{Values: values, Pos: spanPos(span)}
}

// FStringText is the Constant of an FSTRING_MIDDLE token between
// replacement fields, still undecoded: whether its escapes count depends
// on the f-string's prefix, which JoinedStrOf knows.
func FStringText(p *peg.Parser, t *peg.Token) ast.Expr {
	return &ast.Constant{Value: t.Text, Pos: tokenPos(t, t)}
}

// FormatSpecText is the Constant of an FSTRING_MIDDLE token in a format
// spec, decoded. (CPython decodes format specs even in raw f-strings.)
func FormatSpecText(p *peg.Parser, t *peg.Token) ast.Expr {
	return &ast.Constant{Value: decodeFStringPart(p, t.Text, false, false, t), Pos: tokenPos(t, t)}
}

// decodeFStringPart decodes the text of an FSTRING_MIDDLE token. A doubled
// brace ({{ or }}) stands for one. Invalid escapes are warned about at
// token at.
func decodeFStringPart(p *peg.Parser, s string, raw, braces bool, at *peg.Token) string {
	if braces && (s == "{{" || s == "}}") {
		s = s[:1]
	}
	return decodeStr(p, s, raw, at, true)
}

// JoinedStrOf builds the JoinedStr of one f-string from its parts: text
// constants (decoded here, empty ones dropped), formatted values, and the
// pairs (debug text, formatted value) of self-documenting fields {x=}.
func JoinedStrOf(p *peg.Parser, start *peg.Token, parts []ast.Expr, end *peg.Token) ast.Expr {
	raw := strings.ContainsAny(start.Text, "rR")
	values := make([]ast.Expr, 0, len(parts)+1)
	for _, e := range parts {
		switch x := e.(type) {
		case *ast.JoinedStr:
			values = append(values, x.Values...)
			continue
		case *ast.Constant:
			s := decodeFStringPart(p, x.Value.(string), raw, true, end) // CPython blames FSTRING_END
			if s == "" {
				continue
			}
			e = &ast.Constant{Value: s, Pos: x.Pos}
		}
		values = append(values, e)
	}
	return &ast.JoinedStr{Values: values, Pos: tokenPos(start, end)}
}

// CheckConversion validates the conversion of a replacement field ({x!r}):
// the name must follow the '!' directly.
func CheckConversion(p *peg.Parser, bang, name *peg.Token) *peg.Token {
	if bang.End != name.Start {
		raiseAtTokens(p, bang, name, "f-string: conversion type must come right after the exclamanation mark")
	}
	return name
}

// FormatSpec builds the JoinedStr of a format spec ({x:>{width}}), which
// spans from the colon to its end.
func FormatSpec(p *peg.Parser, spec []ast.Expr, span peg.Span) ast.Expr {
	kept := spec[:0:0]
	for _, e := range spec {
		if c, ok := e.(*ast.Constant); ok && c.Value == "" {
			continue
		}
		kept = append(kept, e)
	}
	if len(kept) == 0 {
		return &ast.JoinedStr{Pos: spanPos(span)}
	}
	if _, ok := kept[0].(*ast.Constant); ok && len(kept) == 1 {
		return &ast.JoinedStr{Values: kept, Pos: spanPos(span)}
	}
	return concatenate(p, kept, span)
}

// FormattedValueOf builds a replacement field: a FormattedValue, or for a
// self-documenting field ({x=}, {x = !r:>5}) a JoinedStr pairing the
// field's source text with it. conversion is the NAME after '!'.
func FormattedValueOf(p *peg.Parser, lbrace *peg.Token, value ast.Expr, debug *peg.Token, conversion *peg.Token, format ast.Expr, rbrace *peg.Token, span peg.Span) ast.Expr {
	conv := -1
	if conversion != nil {
		c := conversion.Text
		if len(c) != 1 || c != "s" && c != "r" && c != "a" {
			raiseAtTokens(p, conversion, conversion, fmt.Sprintf(
				"f-string: invalid conversion character %s: expected 's', 'r', or 'a'", ast.ReprString(identifier(c))))
		}
		conv = int(c[0])
	} else if debug != nil && format == nil {
		conv = 'r' // {x=} shows repr(x) unless told otherwise
	}
	fv := &ast.FormattedValue{Value: value, Conversion: conv, FormatSpec: format, Pos: spanPos(span)}
	if debug == nil {
		return fv
	}
	// The debug text runs from after '{' to the '!', ':' or '}' that ends
	// the expression and its '='.
	var end peg.Pos
	switch {
	case conversion != nil:
		end = peg.Pos{Line: conversion.Start.Line, Col: conversion.Start.Col - 1}
	case format != nil:
		fp := format.(ast.Positioned).Position()
		end = peg.Pos{Line: int32(fp.Lineno), Col: int32(fp.ColOffset)}
	default:
		end = rbrace.Start
	}
	text := &ast.Constant{Value: debugText(sourceText(p, lbrace.End, end)), Pos: ast.Pos{
		Lineno: span.Line, ColOffset: span.Col + 1, EndLineno: int(end.Line), EndColOffset: int(end.Col)}}
	return &ast.JoinedStr{Values: []ast.Expr{text, fv}, Pos: ast.Pos{
		Lineno: span.Line, ColOffset: span.Col, EndLineno: int(end.Line), EndColOffset: int(end.Col) + 1}}
}

// debugText is the text of a self-documenting field as CPython's tokenizer
// records it: the source of the expression with every '#' and what follows
// it on its line left out (comments; and, quirk for quirk, a '#' inside a
// string of the expression).
func debugText(src string) string {
	if strings.IndexByte(src, '#') < 0 {
		return src
	}
	var b strings.Builder
	for len(src) > 0 {
		i := strings.IndexByte(src, '#')
		if i < 0 {
			b.WriteString(src)
			break
		}
		b.WriteString(src[:i])
		src = src[i:]
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			break
		}
		src = src[j:]
	}
	return b.String()
}

// sourceText is the source between two positions, lines joined with '\n'
// (the tokenizer has already turned \r\n and \r into \n).
func sourceText(p *peg.Parser, from, to peg.Pos) string {
	if from.Line == to.Line {
		line := p.LineText(int(from.Line))
		return line[min(int(from.Col), len(line)):min(int(to.Col), len(line))]
	}
	var b strings.Builder
	first := p.LineText(int(from.Line))
	b.WriteString(first[min(int(from.Col), len(first)):])
	for l := from.Line + 1; l < to.Line; l++ {
		b.WriteByte('\n')
		b.WriteString(p.LineText(int(l)))
	}
	b.WriteByte('\n')
	last := p.LineText(int(to.Line))
	b.WriteString(last[:min(int(to.Col), len(last))])
	return b.String()
}

// spanPos converts a span to a node position.
func spanPos(s peg.Span) ast.Pos {
	return ast.Pos{Lineno: s.Line, ColOffset: s.Col, EndLineno: s.EndLine, EndColOffset: s.EndCol}
}

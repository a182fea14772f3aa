package metaparser

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/pegen/gram"
)

//go:generate go tool pigeon -alternate-entrypoints Rule,Meta,MoreAlt -o meta_gen.go meta.peg

// Error is a located syntax error in a grammar file.
type Error struct {
	Pos gram.Position
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList holds every error found in one file, in order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// ParseGrammar reads a grammar file. Errors come back as an ErrorList, each
// with file:line:col.
func ParseGrammar(file string, src []byte) (*gram.Grammar, error) {
	if !utf8.Valid(src) {
		return nil, ErrorList{{Pos: gram.Position{File: file, Line: 1, Col: 1}, Msg: "grammar file is not valid UTF-8"}}
	}
	v, err := Parse(file, src, GlobalStore("file", file), MaxExpressions(50_000_000))
	if err != nil {
		err = convertErrors(file, err, 0, 0)
		var list ErrorList
		if errors.As(err, &list) {
			atLineEnds(file, src, list)
		}
		return nil, err
	}
	g := v.(*gram.Grammar)
	g.File = file
	return g, nil
}

// atLineEnds moves an error found at the end of the input (column 0 of
// the line after the last newline) to the end of the line before, where
// the grammar author sees what is missing.
func atLineEnds(file string, src []byte, list ErrorList) {
	lines := strings.Split(string(src), "\n")
	for _, e := range list {
		if e.Pos.File != file || e.Pos.Col > 0 || e.Pos.Line < 2 || e.Pos.Line-2 >= len(lines) {
			continue
		}
		prev := strings.TrimSuffix(lines[e.Pos.Line-2], "\r")
		e.Pos.Line--
		e.Pos.Col = utf8.RuneCountInString(prev) + 1
	}
}

func buildGrammar(c *current, entries []any) *gram.Grammar {
	g := &gram.Grammar{}
	for _, e := range entries {
		switch x := e.([]any)[0].(type) {
		case *gram.Meta:
			g.Metas = append(g.Metas, x)
		case *gram.Rule:
			g.Rules = append(g.Rules, x)
		}
	}
	return g
}

func pos(c *current) gram.Position {
	file, _ := c.globalStore["file"].(string)
	line, col := c.pos.line, c.pos.col
	if base, ok := c.globalStore["lineBase"].(int); ok {
		if line == 1 {
			col += c.globalStore["colBase"].(int)
		}
		line += base
	}
	return gram.Position{File: file, Line: line, Col: col}
}

// reparse is Parse, reached through a variable to break the initialization
// cycle between the generated parser and badLine, which it calls.
var reparse func(file string, src []byte, entry string, lineBase, colBase int) error

func init() {
	reparse = func(file string, src []byte, entry string, lineBase, colBase int) error {
		_, err := Parse(file, src, Entrypoint(entry),
			GlobalStore("file", file), GlobalStore("lineBase", lineBase), GlobalStore("colBase", colBase))
		return err
	}
}

// badLine diagnoses a block (a line and its indented continuation lines)
// that is neither a rule nor a meta, by parsing it alone as a rule (or a
// meta) and reporting where that parse got stuck.
func badLine(c *current, text string) error {
	p := pos(c)
	entry := "Rule"
	trimmed := strings.TrimLeft(text, " \t")
	if strings.HasPrefix(trimmed, "@") {
		entry = "Meta"
	}
	if err := checkBrackets(p, text); err != nil {
		return err
	}
	if text[0] == ' ' || text[0] == '\t' {
		if !strings.HasPrefix(trimmed, "|") {
			return &Error{Pos: p, Msg: "unexpected indentation: a rule starts in the first column"}
		}
		if err := reparse(p.File, []byte(text), "MoreAlt", p.Line-1, p.Col-1); err != nil {
			return convertErrors(p.File, err, p.Line-1, p.Col-1)
		}
		return &Error{Pos: p, Msg: "alternative '|' outside a rule: continuation lines belong under a rule header"}
	}
	err := reparse(p.File, []byte(text), entry, p.Line-1, p.Col-1)
	if err == nil {
		return &Error{Pos: p, Msg: "syntax error"}
	}
	return convertErrors(p.File, err, p.Line-1, p.Col-1)
}

// checkBrackets reports the first bracket of text that is never closed or
// closed by the wrong kind, skipping strings and comments.
func checkBrackets(start gram.Position, text string) error {
	type open struct {
		ch        byte
		line, col int
	}
	var stack []open
	line, col := start.Line, start.Col
	at := func() gram.Position { return gram.Position{File: start.File, Line: line, Col: col} }
	for i := 0; i < len(text); i++ {
		ch := text[i]
		switch ch {
		case '\n':
			line, col = line+1, 0
		case '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		case '\'', '"':
			open := at()
			for i++; i < len(text) && text[i] != ch; i++ {
				if text[i] == '\n' {
					return &Error{Pos: open, Msg: "unterminated string literal"}
				}
				if text[i] == '\\' {
					i++
				}
				col++
			}
			col++
		case '(', '[', '{':
			stack = append(stack, open{ch, line, col})
		case ')', ']', '}':
			want := map[byte]byte{')': '(', ']': '[', '}': '{'}[ch]
			if len(stack) == 0 {
				return &Error{Pos: at(), Msg: fmt.Sprintf("unmatched '%c'", ch)}
			}
			top := stack[len(stack)-1]
			if top.ch != want {
				return &Error{Pos: at(), Msg: fmt.Sprintf("closing '%c' does not match opening '%c' on line %d", ch, top.ch, top.line)}
			}
			stack = stack[:len(stack)-1]
		}
		col++
	}
	if len(stack) > 0 {
		top := stack[0]
		return &Error{Pos: gram.Position{File: start.File, Line: top.line, Col: top.col}, Msg: fmt.Sprintf("'%c' was never closed", top.ch)}
	}
	return nil
}

// convertErrors turns pigeon's errors into ErrorList entries; positions in
// a sub-parse are shifted by the block's place in the file.
func convertErrors(file string, err error, lineBase, colBase int) error {
	var list errList
	if !errors.As(err, &list) {
		return ErrorList{{Pos: gram.Position{File: file, Line: lineBase + 1, Col: colBase + 1}, Msg: err.Error()}}
	}
	var out ErrorList
	for _, e := range list {
		var pe *parserError
		if !errors.As(e, &pe) {
			out = append(out, &Error{Pos: gram.Position{File: file, Line: lineBase + 1, Col: 1}, Msg: e.Error()})
			continue
		}
		var inner ErrorList
		if errors.As(pe.Inner, &inner) {
			out = append(out, inner...)
			continue
		}
		var one *Error
		if errors.As(pe.Inner, &one) {
			out = append(out, one)
			continue
		}
		line, col := pe.pos.line+lineBase, pe.pos.col
		if pe.pos.line == 1 {
			col += colBase
		}
		msg := pe.Inner.Error()
		if msg == "no match found" || strings.HasPrefix(msg, "no match found") {
			msg = describeFailure(pe)
		}
		out = append(out, &Error{Pos: gram.Position{File: file, Line: line, Col: col}, Msg: msg})
	}
	return out
}

func describeFailure(pe *parserError) string {
	var exp []string
	for _, e := range pe.expected {
		e = strings.TrimSpace(e)
		switch {
		case e == "" || e == `"#"` || e == `"\\"`:
			continue
		case e == `"'"` || e == `"\""` || e == `"'''"` || e == `"\"\"\""`:
			e = "string"
		case e == "!.":
			e = "end of file"
		case strings.HasPrefix(e, "[") || e == ".":
			continue // character classes are noise to a grammar author
		case strings.HasPrefix(e, `"`):
			if s, err := strconv.Unquote(e); err == nil {
				e = "'" + s + "'"
			}
		}
		if !slices.Contains(exp, e) {
			exp = append(exp, e)
		}
	}
	msg := "syntax error"
	if pe.prefix != "" {
		msg = "syntax error"
	}
	if len(exp) > 0 {
		if len(exp) > 6 {
			exp = append(exp[:6], "...")
		}
		msg += ": expected " + strings.Join(exp, ", ")
	}
	return msg
}

// unquote decodes a grammar string literal: '...', "...", ”'...”' or
// """...""", with Python-style backslash escapes. It returns the value and
// the quote character.
func unquote(c *current, text string) ([2]string, error) {
	quote := text[:1]
	body := text[1 : len(text)-1]
	if len(text) >= 6 && (strings.HasPrefix(text, `"""`) || strings.HasPrefix(text, `'''`)) {
		body = text[3 : len(text)-3]
	}
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		ch := body[i]
		if ch != '\\' || i+1 == len(body) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch body[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '\'', '"':
			b.WriteByte(body[i])
		case '\n':
			// line continuation
		default:
			return [2]string{}, fmt.Errorf("unknown escape \\%c in string", body[i])
		}
	}
	return [2]string{b.String(), quote}, nil
}

package pegen

import (
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// SimpleTokenizer is a small tokenizer for grammars that are not Python:
// names, numbers, quoted strings, and the operators of the token table
// (longest match). Spaces separate tokens; with Newlines set, the end of a
// line that holds tokens is a NEWLINE token. '#' starts a comment.
type SimpleTokenizer struct {
	src      []byte
	pos      int
	line     int
	lineBeg  int
	ops      [256][]string // by first byte, longest first
	opKind   map[string]int32
	newlines bool
	pending  bool // a token was produced on this line
	done     bool
	lines    []string
}

// NewSimpleTokenizer returns a tokenizer over src for a grammar with the
// given token table.
func NewSimpleTokenizer(src []byte, tokens *TokenTable, newlines bool) *SimpleTokenizer {
	t := &SimpleTokenizer{src: src, line: 1, opKind: map[string]int32{}, newlines: newlines}
	for k, op := range tokens.Ops {
		if op != "" {
			t.ops[op[0]] = append(t.ops[op[0]], op)
			t.opKind[op] = int32(k)
		}
	}
	for _, ops := range t.ops {
		sort.Slice(ops, func(i, j int) bool {
			if len(ops[i]) != len(ops[j]) {
				return len(ops[i]) > len(ops[j])
			}
			return ops[i] < ops[j]
		})
	}
	start := 0
	for i := 0; i <= len(src); i++ {
		if i == len(src) || src[i] == '\n' {
			t.lines = append(t.lines, string(src[start:i]))
			start = i + 1
		}
	}
	return t
}

// UsesNewlines reports whether a program's grammar mentions NEWLINE, so
// that a SimpleTokenizer should produce it.
func UsesNewlines(prog *Program) bool {
	for _, r := range prog.Rules {
		items := []*Item{r.Elem, r.Sep}
		for _, a := range r.Alts {
			items = append(items, a.Items...)
		}
		for _, it := range items {
			if it != nil && it.Kind == ItemToken && it.Token == peg.NEWLINE {
				return true
			}
		}
	}
	return false
}

// LineText implements peg.LineSource.
func (t *SimpleTokenizer) LineText(n int) string {
	if n < 1 || n > len(t.lines) {
		return ""
	}
	return t.lines[n-1]
}

func (t *SimpleTokenizer) here() peg.Pos {
	return peg.Pos{Line: int32(t.line), Col: int32(t.pos - t.lineBeg)}
}

// Next implements peg.TokenSource.
func (t *SimpleTokenizer) Next() (peg.Token, error) {
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		switch {
		case c == '\n':
			if t.newlines && t.pending {
				start := t.here()
				t.pos++
				t.pending = false
				tok := peg.Token{Kind: peg.NEWLINE, Text: "\n", Start: start, End: peg.Pos{Line: start.Line, Col: start.Col + 1}}
				t.line, t.lineBeg = t.line+1, t.pos
				return tok, nil
			}
			t.pos++
			t.line, t.lineBeg = t.line+1, t.pos
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			t.pos++
			continue
		case c == '#':
			for t.pos < len(t.src) && t.src[t.pos] != '\n' {
				t.pos++
			}
			continue
		}
		tok, err := t.scan()
		if err != nil {
			return peg.Token{}, err
		}
		t.pending = true
		return tok, nil
	}
	here := t.here()
	if t.newlines && t.pending {
		t.pending = false
		return peg.Token{Kind: peg.NEWLINE, Text: "", Start: here, End: here}, nil
	}
	return peg.Token{Kind: peg.ENDMARKER, Start: here, End: here}, nil
}

func (t *SimpleTokenizer) scan() (peg.Token, error) {
	start, begin := t.here(), t.pos
	r, size := utf8.DecodeRune(t.src[t.pos:])
	kind := int32(-1)
	switch {
	case r == '_' || unicode.IsLetter(r):
		for t.pos < len(t.src) {
			r, size := utf8.DecodeRune(t.src[t.pos:])
			if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			t.pos += size
		}
		kind = peg.NAME
	case r >= '0' && r <= '9':
		for t.pos < len(t.src) && (t.src[t.pos] >= '0' && t.src[t.pos] <= '9' || t.src[t.pos] == '.' || t.src[t.pos] == '_') {
			t.pos++
		}
		kind = peg.NUMBER
	case r == '"' || r == '\'':
		t.pos++
		for {
			if t.pos >= len(t.src) || t.src[t.pos] == '\n' {
				return peg.Token{}, t.errorAt(start, "unterminated string literal (detected at line %d)", t.line)
			}
			if t.src[t.pos] == '\\' {
				t.pos += 2
				continue
			}
			if t.src[t.pos] == byte(r) {
				t.pos++
				break
			}
			t.pos++
		}
		kind = peg.STRING
	default:
		for _, op := range t.ops[t.src[t.pos]] {
			if len(op) <= len(t.src)-t.pos && string(t.src[t.pos:t.pos+len(op)]) == op {
				t.pos += len(op)
				kind = t.opKind[op]
				break
			}
		}
		if kind < 0 {
			t.pos += size
			if unicode.IsPrint(r) {
				return peg.Token{}, t.errorAt(start, "invalid character '%c' (U+%04X)", r, r)
			}
			return peg.Token{}, t.errorAt(start, "invalid non-printable character U+%04X", r)
		}
	}
	return peg.Token{Kind: kind, Text: string(t.src[begin:t.pos]), Start: start, End: t.here()}, nil
}

func (t *SimpleTokenizer) errorAt(at peg.Pos, format string, args ...any) *pyerr.Error {
	text := t.LineText(int(at.Line))
	return &pyerr.Error{Type: pyerr.SyntaxError, Msg: fmt.Sprintf(format, args...), Line: int(at.Line), EndLine: int(at.Line),
		Offset: pyerr.CharOffset(text, int(at.Col)), EndOffset: pyerr.CharOffset(text, int(at.Col)) + 1, Text: text}
}

// SizeHint implements peg.SizeHinter: about one token per two bytes.
func (t *SimpleTokenizer) SizeHint() int { return len(t.src)/2 + 16 }

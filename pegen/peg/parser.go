package peg

import (
	"fmt"
	"strings"

	"github.com/peglab/peglab/pyerr"
)

// MaxLevel is the deepest nesting of rule calls a parse may reach, CPython's
// MAXSTACK. Past it the parse fails with CPython's MemoryError instead of
// overflowing the Go stack.
const MaxLevel = 6000

// Parser is the state of one parse: the token buffer, the current position
// and the memo table. Generated parsers embed it; the interpreter drives it.
type Parser struct {
	// Pos is the index of the next token to read (pegen's mark). Rules save
	// it before an alternative and restore it when the alternative fails.
	Pos int
	// Level counts the rule calls in progress, to bound recursion.
	Level int
	// CallInvalidRules is set for the second, error-reporting pass, in which
	// alternatives that mention invalid_ rules are tried.
	CallInvalidRules bool
	// Filename names the source in error messages.
	Filename string
	// Keywords maps the text of a NAME token to its keyword kind. It is
	// consulted once per token, when the token is buffered.
	Keywords map[string]int32
	// Exts has bit i set when the grammar's i-th extension is enabled; the
	// alternatives an extension added are tried only then.
	Exts uint64
	// Data holds whatever the grammar's action helpers need beyond the
	// tokens (for Python: the source text, flags, the parse mode).
	Data any

	src   TokenSource
	toks  []slot
	memos memoTable
	lines LineSource
}

// slot is a buffered token and the head of its memo list (1 + index in
// memos of the first entry, 0 if none): one slice, grown once.
type slot struct {
	tok  Token
	memo int32
	// rules has bit r%64 set for each rule r with a memo entry here, so
	// that most lookups of a rule not memoized here end without walking
	// the list (a position can hold twenty entries).
	rules uint64
}

type memoEntry struct {
	rule int32
	next int32 // 1 + index of the next entry for the same token, 0 if none
	end  int32 // token index after the match, -1 if the rule failed
	val  any
}

// memoTable holds the memo entries in fixed-size chunks. A parse makes
// about ten entries a token; in one growing slice, each doubling copied
// the whole table (with a write barrier per pointer) and held old and new
// at once, which made huge files (a list literal of a million elements)
// superlinear in time and 1.5 times as heavy at the peak. Chunks are
// allocated once and never move.
type memoTable struct {
	chunks [][]memoEntry
	n      int32 // entries in use
}

const (
	memoChunkBits = 12
	memoChunkSize = 1 << memoChunkBits
)

// at returns entry i (0-based).
func (m *memoTable) at(i int32) *memoEntry {
	return &m.chunks[i>>memoChunkBits][i&(memoChunkSize-1)]
}

// add appends e and returns 1 + its index.
func (m *memoTable) add(e memoEntry) int32 {
	c := int(m.n >> memoChunkBits)
	if c == len(m.chunks) {
		m.chunks = append(m.chunks, make([]memoEntry, memoChunkSize))
	}
	m.chunks[c][m.n&(memoChunkSize-1)] = e
	m.n++
	return m.n
}

// reset forgets every entry, keeping the chunks for the next parse but
// clearing their values so the old trees can be collected.
func (m *memoTable) reset() {
	for i := range m.chunks {
		if int32(i)<<memoChunkBits >= m.n {
			break
		}
		clear(m.chunks[i])
	}
	m.n = 0
}

// NewParser returns a parser reading tokens from src. Keywords may be nil
// for a grammar without keywords.
func NewParser(src TokenSource, keywords map[string]int32) *Parser {
	p := &Parser{}
	p.Reset(src, keywords)
	return p
}

// Reset prepares p for a new parse, reusing its buffers.
func (p *Parser) Reset(src TokenSource, keywords map[string]int32) {
	p.Pos, p.Level, p.CallInvalidRules = 0, 0, false
	p.src, p.Keywords = src, keywords
	p.toks = p.toks[:0]
	p.memos.reset()
	p.lines, _ = src.(LineSource)
	if h, ok := src.(SizeHinter); ok {
		// A parser reused for another source keeps its buffer when it is
		// big enough.
		n := h.SizeHint()
		if cap(p.toks) < n {
			p.toks = make([]slot, 0, n)
		}
	}
}

// SizeHinter is implemented by token sources that can estimate how many
// tokens they will produce, so the parser sizes its buffers once instead
// of growing them (growth copies and zeroes memory).
type SizeHinter interface {
	SizeHint() int
}

// Rewind forgets the memo table and returns to the first token, keeping the
// tokens read so far. It starts the second pass of a parse.
func (p *Parser) Rewind() {
	p.Pos, p.Level = 0, 0
	for i := range p.toks {
		p.toks[i].memo = 0
		p.toks[i].rules = 0
	}
	p.memos.reset()
}

// Fill is the number of tokens read from the source so far. The furthest
// token the parse has looked at is Tok(Fill()-1).
func (p *Parser) Fill() int { return len(p.toks) }

// Tok returns the i-th token, reading from the source as needed. It raises
// the tokenizer's error if the source fails before reaching it.
func (p *Parser) Tok(i int) *Token {
	for i >= len(p.toks) {
		p.fill()
	}
	return &p.toks[i].tok
}

// Peek returns the token at the current position without consuming it.
func (p *Parser) Peek() *Token {
	if p.Pos < len(p.toks) {
		return &p.toks[p.Pos].tok
	}
	return p.readTo(p.Pos)
}

// readTo is Tok's slow path, kept out of line so that Peek inlines.
func (p *Parser) readTo(i int) *Token {
	for i >= len(p.toks) {
		p.fill()
	}
	return &p.toks[i].tok
}

func (p *Parser) fill() {
	t, err := p.src.Next()
	if err != nil {
		if e, ok := err.(*pyerr.Error); ok {
			panic(e)
		}
		panic(&pyerr.Error{Type: pyerr.SyntaxError, Msg: err.Error(), Filename: p.Filename})
	}
	if t.Kind == NAME && p.Keywords != nil {
		if k, ok := p.Keywords[t.Text]; ok {
			t.Kind = k
		}
	}
	if len(p.toks) == cap(p.toks) {
		// Double rather than let append grow by 1.25: each growth copies
		// the whole buffer.
		grown := make([]slot, len(p.toks), max(2*cap(p.toks), 256))
		copy(grown, p.toks)
		p.toks = grown
	}
	p.toks = append(p.toks, slot{tok: t})
}

// Expect consumes the current token if it has the given kind and returns
// it; otherwise it returns nil and consumes nothing.
func (p *Parser) Expect(kind int32) *Token {
	t := p.Peek()
	if t.Kind != kind {
		return nil
	}
	p.Pos++
	return t
}

// ExpectSoft consumes the current token if it is the NAME text (a soft
// keyword such as "match").
func (p *Parser) ExpectSoft(text string) *Token {
	t := p.Peek()
	if t.Kind != NAME || t.Text != text {
		return nil
	}
	p.Pos++
	return t
}

// ExpectForced is Expect for a forced item (&&'x' in a grammar): when the
// token is not there the parse stops with "expected 'x'".
func (p *Parser) ExpectForced(kind int32, what string) *Token {
	if t := p.Expect(kind); t != nil {
		return t
	}
	p.RaiseAt(p.Peek(), p.Peek(), pyerr.SyntaxError, "expected %s", what)
	return nil
}

// Enter counts a rule call and fails the parse when calls nest deeper than
// MaxLevel. Every rule calls it on entry and decrements Level on exit.
func (p *Parser) Enter() {
	p.Level++
	if p.Level > MaxLevel {
		panic(&pyerr.Error{Type: pyerr.MemoryError, Msg: "Parser stack overflowed - Python source too complex to parse"})
	}
}

// Memo looks up the result of rule at the current position. If found, it
// moves to the end of the memoized match and returns its value.
func (p *Parser) Memo(rule int32) (val any, ok, found bool) {
	if p.Pos >= len(p.toks) {
		p.Tok(p.Pos)
	}
	s := &p.toks[p.Pos]
	if s.rules&(1<<(rule&63)) == 0 {
		return nil, false, false
	}
	var prev *memoEntry
	for i := s.memo; i != 0; {
		e := p.memos.at(i - 1)
		if e.rule == rule {
			if prev != nil {
				// Move the entry to the front: a rule looked up here is
				// likely to be looked up here again soon.
				prev.next = e.next
				e.next = s.memo
				s.memo = i
			}
			if e.end < 0 {
				return nil, false, true
			}
			p.Pos = int(e.end)
			return e.val, true, true
		}
		prev = e
		i = e.next
	}
	return nil, false, false
}

// SetMemo records the result of rule at token mark, replacing an earlier
// entry for the same rule (left-recursion seed growing updates it). A
// failure is recorded with ok false.
func (p *Parser) SetMemo(mark int, rule int32, val any, ok bool) {
	end := int32(p.Pos)
	if !ok {
		end, val = -1, nil
	}
	s := &p.toks[mark]
	bit := uint64(1) << (rule & 63)
	if s.rules&bit != 0 {
		for i := s.memo; i != 0; {
			e := p.memos.at(i - 1)
			if e.rule == rule {
				e.end, e.val = end, val
				return
			}
			i = e.next
		}
	}
	s.rules |= bit
	s.memo = p.memos.add(memoEntry{rule: rule, next: s.memo, end: end, val: val})
}

// SeedMemo starts a left-recursion leader's memo entry at the current
// position: a failure, which the rule's body sees when it calls itself.
// The leader has just found no entry there. The handle it returns lets
// GrowMemo update the entry without looking it up again.
func (p *Parser) SeedMemo(rule int32) int32 {
	p.SetMemo(p.Pos, rule, nil, false)
	return p.toks[p.Pos].memo
}

// GrowMemo records a longer match of a leader, ending at the current
// position, in the entry SeedMemo made.
func (p *Parser) GrowMemo(h int32, val any) {
	e := p.memos.at(h - 1)
	e.end, e.val = int32(p.Pos), val
}

// Span returns the extent of the tokens from mark up to the current
// position, skipping trailing NEWLINE, INDENT, DEDENT and ENDMARKER tokens as
// CPython does when it computes a node's end. It is EXTRA in actions.
func (p *Parser) Span(mark int) Span {
	start := p.Tok(mark).Start
	end := start
	for i := p.Pos - 1; i >= 0; i-- {
		t := &p.toks[i].tok
		end = t.End
		if t.Kind != ENDMARKER && (t.Kind < NEWLINE || t.Kind > DEDENT) {
			break
		}
	}
	return Span{Line: int(start.Line), Col: int(start.Col), EndLine: int(end.Line), EndCol: int(end.Col)}
}

// LineText returns source line n (1-based) when the token source can tell,
// or "".
func (p *Parser) LineText(n int) string {
	if p.lines == nil {
		return ""
	}
	return p.lines.LineText(n)
}

// NewError builds an error located from start to end (byte positions), with
// the offsets converted to Python's character columns; when Data is an
// ErrorMaker, it builds the error instead.
//
// A line that is not valid UTF-8 (source given as bytes can be anything) is
// shown with U+FFFD for each bad sequence, and, as in CPython, the byte
// columns are counted in that repaired line.
func (p *Parser) NewError(typ pyerr.Class, start, end Pos, msg string) *pyerr.Error {
	if m, ok := p.Data.(ErrorMaker); ok {
		return m.MakeError(typ, start, end, msg)
	}
	text := pyerr.DecodeReplace(p.LineText(int(start.Line)))
	e := &pyerr.Error{Type: typ, Msg: msg, Filename: p.Filename, Line: int(start.Line), EndLine: int(end.Line), Text: text}
	e.Offset = pyerr.CharOffset(text, int(start.Col))
	endText := text
	if end.Line != start.Line {
		endText = pyerr.DecodeReplace(p.LineText(int(end.Line)))
	}
	e.EndOffset = pyerr.CharOffset(endText, int(end.Col))
	return e
}

// ErrorMaker is implemented by a parser's Data when the language builds
// the errors the runtime raises itself (a forced item that did not match):
// it can then quote and locate them as its reference parser does. start
// and end are the span of the tokens the error is about.
type ErrorMaker interface {
	MakeError(typ pyerr.Class, start, end Pos, msg string) *pyerr.Error
}

// RaiseAt stops the parse with an error spanning the tokens from first to
// last.
func (p *Parser) RaiseAt(first, last *Token, typ pyerr.Class, format string, args ...any) {
	panic(p.NewError(typ, first.Start, last.End, fmt.Sprintf(format, args...)))
}

// Raise stops the parse with err. Parse returns it.
func (p *Parser) Raise(err *pyerr.Error) { panic(err) }

// Run calls parse and turns a raised *pyerr.Error into a returned one. Other
// panics are bugs and propagate.
func (p *Parser) Run(parse func()) (err *pyerr.Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*pyerr.Error)
			if !ok {
				panic(r)
			}
			if e.Filename == "" {
				e.Filename = p.Filename
			}
			err = e
		}
	}()
	parse()
	return nil
}

// Describe returns the source text of token t quoted for messages.
func Describe(t *Token) string {
	return "'" + strings.ReplaceAll(t.Text, "'", `\'`) + "'"
}

// PeekSoft reports whether the current token is the NAME text, without
// consuming it (a soft keyword lookahead).
func (p *Parser) PeekSoft(text string) bool {
	t := p.Peek()
	return t.Kind == NAME && t.Text == text
}

// RaiseForced stops the parse because a forced item (&&rule or &&(group))
// did not match: "expected (what)", located at the furthest token read, as
// pegen reports it.
func (p *Parser) RaiseForced(what string) {
	t := p.Tok(max(p.Fill()-1, 0))
	p.RaiseAt(t, t, pyerr.SyntaxError, "expected (%s)", what)
}

// ExpectForcedSoft is ExpectForced for a soft keyword.
func (p *Parser) ExpectForcedSoft(text string) *Token {
	if t := p.ExpectSoft(text); t != nil {
		return t
	}
	p.RaiseAt(p.Peek(), p.Peek(), pyerr.SyntaxError, "expected '%s'", text)
	return nil
}

// Runtime returns the runtime state itself; through embedding, a generated
// parser's Runtime gives its peg.Parser.
func (p *Parser) Runtime() *Parser { return p }

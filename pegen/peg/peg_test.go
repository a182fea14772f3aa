package peg

import (
	"testing"
)

// tokens is a fixed token source for runtime tests.
type tokens []Token

func (ts *tokens) Next() (Token, error) {
	if len(*ts) == 0 {
		return Token{Kind: ENDMARKER}, nil
	}
	t := (*ts)[0]
	*ts = (*ts)[1:]
	return t, nil
}

func TestMemoAndKeywords(t *testing.T) {
	src := &tokens{{Kind: NAME, Text: "if"}, {Kind: NAME, Text: "x"}}
	p := NewParser(src, map[string]int32{"if": 100})
	if p.Expect(NAME) != nil {
		t.Fatal("a keyword matched NAME")
	}
	if p.Expect(100) == nil || p.Expect(NAME) == nil {
		t.Fatal("keyword or name did not match")
	}
	p.SetMemo(0, 7, "value", true) // rule 7 at token 0 ended at token 2
	p.SetMemo(0, 8, nil, false)
	p.Pos = 0
	if v, ok, found := p.Memo(7); !found || !ok || v != "value" || p.Pos != 2 {
		t.Errorf("Memo(7) = %v %v %v, pos %d", v, ok, found, p.Pos)
	}
	p.Pos = 0
	if _, ok, found := p.Memo(8); !found || ok || p.Pos != 0 {
		t.Errorf("Memo(8) = %v %v, pos %d", ok, found, p.Pos)
	}
	if _, _, found := p.Memo(9); found {
		t.Error("Memo(9) found")
	}
	p.Rewind()
	if _, _, found := p.Memo(7); found {
		t.Error("Rewind kept the memo")
	}
}

func TestNestingLimit(t *testing.T) {
	p := NewParser(&tokens{}, nil)
	err := p.Run(func() {
		for {
			p.Enter()
		}
	})
	if err == nil || err.Type != "MemoryError" {
		t.Fatalf("got %v, want CPython's MemoryError", err)
	}
}

func TestSpanSkipsLayoutTokens(t *testing.T) {
	src := &tokens{
		{Kind: NAME, Text: "x", Start: Pos{1, 0}, End: Pos{1, 1}},
		{Kind: NEWLINE, Text: "\n", Start: Pos{1, 1}, End: Pos{1, 2}},
		{Kind: DEDENT, Start: Pos{2, 0}, End: Pos{2, 0}},
	}
	p := NewParser(src, nil)
	p.Pos = 3
	p.Tok(2)
	if got := p.Span(0); got != (Span{1, 0, 1, 1}) {
		t.Errorf("Span = %+v, want the NAME's extent", got)
	}
}

// TestNewErrorInvalidUTF8 checks CPython's columns for an error in a line
// that is not UTF-8: they count the bytes of the repaired line.
func TestNewErrorInvalidUTF8(t *testing.T) {
	p := NewParser(&lines{"print(\"b\xf6se\")"}, nil)
	e := p.NewError("SyntaxError", Pos{1, 6}, Pos{1, 12}, "bad")
	if e.Offset != 7 || e.EndOffset != 11 || e.Text != "print(\"b\ufffdse\")" {
		t.Errorf("got offsets %d-%d, text %q; CPython says 7-11", e.Offset, e.EndOffset, e.Text)
	}
}

// lines is a token source that only knows its source lines.
type lines []string

func (l *lines) Next() (Token, error) { return Token{Kind: ENDMARKER}, nil }

func (l *lines) LineText(n int) string {
	if n < 1 || n > len(*l) {
		return ""
	}
	return (*l)[n-1]
}

// TestAsNestedSequence converts an interpreter sequence of sequences to a
// typed slice of slices, as a helper taking [][]T receives it.
func TestAsNestedSequence(t *testing.T) {
	got := As[[][]int]([]any{[]any{1, 2}, []int{3}, nil, []any{}})
	if len(got) != 4 || len(got[0]) != 2 || got[0][1] != 2 || got[1][0] != 3 || got[2] != nil || got[3] == nil {
		t.Errorf("As[[][]int] = %#v", got)
	}
	defer func() {
		if _, ok := recover().(*HelperTypeError); !ok {
			t.Error("a sequence of the wrong element type did not panic with HelperTypeError")
		}
	}()
	As[[][]int]([]any{[]any{"x"}})
}

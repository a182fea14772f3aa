package peg

import (
	"testing"
)

// TestFormat compares Error.Format with what CPython 3.13's
// traceback.format_exception_only prints for the same SyntaxError fields
// (recorded from the oracle).
func TestFormat(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{Type: "SyntaxError", Filename: "x.py", Line: 3, Offset: 4, EndLine: 3, EndOffset: 9, Text: "if x = 1:\n", Msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
			"  File \"x.py\", line 3\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"},
		{Error{Type: "SyntaxError", Filename: "x.py", Line: 1, Offset: 5, EndLine: 1, EndOffset: 5, Text: "    foo(\n", Msg: "'(' was never closed"},
			"  File \"x.py\", line 1\n    foo(\n    ^\nSyntaxError: '(' was never closed\n"},
		{Error{Type: "SyntaxError", Filename: "<string>", Line: 2, Offset: 1, EndLine: 2, EndOffset: 2, Text: "\tx = é + 1\n", Msg: "bad"},
			"  File \"<string>\", line 2\n    \tx = é + 1\n    ^\nSyntaxError: bad\n"},
		{Error{Type: "SyntaxError", Filename: "y.py", Line: 1, Offset: 3, EndLine: 2, EndOffset: 1, Text: "a = (1,\n", Msg: "multi-line range"},
			"  File \"y.py\", line 1\n    a = (1,\n      ^^^^^\nSyntaxError: multi-line range\n"},
		{Error{Type: "SyntaxError", Filename: "y.py", Line: 1, Offset: 20, EndLine: 1, EndOffset: 25, Text: "abc\n", Msg: "offset past end"},
			"  File \"y.py\", line 1\n    abc\n       ^\nSyntaxError: offset past end\n"},
		{Error{Type: "SyntaxError", Filename: "y.py", Line: 1, Offset: 0, EndLine: 1, EndOffset: 0, Text: "abc\n", Msg: "zero offset"},
			"  File \"y.py\", line 1\n    abc\nSyntaxError: zero offset\n"},
		{Error{Type: "SyntaxError", Filename: "z.py", Line: 4, Offset: 7, EndLine: 4, EndOffset: 6, Text: "   \f  é é é\n", Msg: "end before start"},
			"  File \"z.py\", line 4\n    é é é\n    ^\nSyntaxError: end before start\n"},
		{Error{Type: "SyntaxError", Filename: "bad_coding.py", Msg: "unknown encoding: uft-8"},
			"  File \"bad_coding.py\", line 0\nSyntaxError: unknown encoding: uft-8\n"},
		{Error{Type: "ValueError", Msg: "source code string cannot contain null bytes"},
			"ValueError: source code string cannot contain null bytes\n"},
		{Error{Type: "MemoryError", Msg: "Parser stack overflowed - Python source too complex to parse"},
			"MemoryError: Parser stack overflowed - Python source too complex to parse\n"},
	}
	for _, tt := range tests {
		if got := tt.err.Format(); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.err.Msg, got, tt.want)
		}
	}
}

func TestCharOffset(t *testing.T) {
	tests := []struct {
		line string
		col  int
		want int
	}{
		{"abc", 0, 1},
		{"abc", 2, 3},
		{"é = 1", 2, 2},   // after the two-byte é
		{"x = '€'", 8, 7}, // past a three-byte rune
		{"ab", 5, 6},      // past the end: one column per byte
	}
	for _, tt := range tests {
		if got := CharOffset(tt.line, tt.col); got != tt.want {
			t.Errorf("CharOffset(%q, %d) = %d, want %d", tt.line, tt.col, got, tt.want)
		}
	}
}

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

// TestDecodeReplace checks the repair of invalid UTF-8 against CPython's
// bytes.decode("utf-8", "replace") (results recorded from the oracle).
func TestDecodeReplace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"print(\"b\xf6se\")", "print(\"b\ufffdse\")"},
		{"\xf6\xf6", "\ufffd\ufffd"},
		{"a\xe4\xb8", "a\ufffd"},
		{"\xe4\xb8x\xe0\x80", "\ufffdx\ufffd\ufffd"},
		{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"},
		{"\xf0\x9f\x98", "\ufffd"},
	}
	for _, tt := range tests {
		if got := DecodeReplace(tt.in); got != tt.want {
			t.Errorf("DecodeReplace(%q) = %q, want %q", tt.in, got, tt.want)
		}
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

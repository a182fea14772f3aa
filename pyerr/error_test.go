package pyerr

import "testing"

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

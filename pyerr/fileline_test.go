package pyerr

import (
	"strings"
	"testing"
)

func TestFileLine(t *testing.T) {
	long := strings.Repeat("x", 1500)
	tests := []struct {
		src  string
		n    int
		want string // "!" for no line
	}{
		{"a\nb\nc\n", 2, "b\n"},
		{"a\nb\nc", 3, "c"},
		{"a\r\nb\rc\n", 2, "b\n"},
		{"a\r\nb\rc\n", 3, "c\n"},
		{"a\nb\n", 3, "!"},
		{"", 1, "!"},
		{"\n\n", 2, "\n"},
		// Long lines are quoted from their last 999-byte chunk.
		{long + "\n", 1, long[999:] + "\n"},
		{strings.Repeat("y", 998) + "\n", 1, strings.Repeat("y", 998) + "\n"},
		{strings.Repeat("y", 999) + "\n", 1, "\n"},
		{"a\n" + long + "\nb\n", 3, "b\n"},
		// A last line without newline that fills its chunk: nothing.
		{"a\n" + strings.Repeat("z", 999), 2, "!"},
		{"a\n" + strings.Repeat("z", 1000), 2, "z"},
	}
	for _, tt := range tests {
		got, ok := FileLine([]byte(tt.src), tt.n)
		s := string(got)
		if !ok {
			s = "!"
		}
		if s != tt.want {
			t.Errorf("FileLine(%.20q..., %d) = %.30q, want %.30q", tt.src, tt.n, s, tt.want)
		}
	}
}

// TestSourceLine checks the quoted line of a post-parser error: None (here
// "") for a line that is missing or not UTF-8.
func TestSourceLine(t *testing.T) {
	tests := []struct {
		src  string
		n    int
		want string
	}{
		{"a\nb\n", 2, "b\n"},
		{"a\nb\n", 3, ""},
		{"a\n\xff\n", 2, ""},
	}
	for _, tt := range tests {
		if got := SourceLine([]byte(tt.src), tt.n); got != tt.want {
			t.Errorf("SourceLine(%q, %d) = %q, want %q", tt.src, tt.n, got, tt.want)
		}
	}
}

package textdiff

import (
	"strings"
	"testing"
)

func TestFirstLine(t *testing.T) {
	long := strings.Repeat("x", 150)
	tests := []struct {
		name      string
		got, want string
		context   int
		out       string
	}{
		{"equal", "a\nb\n", "a\nb\n", 3, ""},
		{"equal empty", "", "", 0, ""},
		{"one line", "a\nb\n", "a\nc\n", 0, `line 2, column 1: got "b", want "c"`},
		{"column", "abcd\n", "abXd\n", 0, `line 1, column 3: got "abcd", want "abXd"`},
		{"got shorter", "a\n", "a\nb\n", 0, `line 2: got end of text, want "b"`},
		{"want shorter", "e\n", "", 0, `line 1: got "e", want end of text`},
		{"final newline", "a\nb", "a\nb\n", 0, `line 2, column 2: got "b", want "b\n"`},
		{"empty line is not end", "a\n\n", "a\n", 0, `line 2: got "", want end of text`},
		{"invisible", "a\tb\n", "a  b\n", 0, `line 1, column 2: got "a\tb", want "a  b"`},
		{"carriage return", "a\r\n", "a\n", 0, `line 1, column 2: got "a\r", want "a"`},
		{"context", "1\n2\n3\n4\nX\n", "1\n2\n3\n4\n5\n", 2,
			"line 5, column 1:\n    3  \"3\"\n    4  \"4\"\n  got  \"X\"\n want  \"5\""},
		{"context at start", "X\n", "1\n", 3, "line 1, column 1:\n  got  \"X\"\n want  \"1\""},
		{"clipped", long + "A" + long, long + "B" + long, 0,
			`line 1, column 151: got …"` + strings.Repeat("x", 40) + "A" + strings.Repeat("x", 59) + `"…, want …"` +
				strings.Repeat("x", 40) + "B" + strings.Repeat("x", 59) + `"…`},
		{"clipped context", long + "\nA\n", long + "\nB\n", 1,
			"line 2, column 1:\n    1  \"" + strings.Repeat("x", 100) + "\"…\n  got  \"A\"\n want  \"B\""},
		{"clip on rune boundary", strings.Repeat("é", 80) + "A", strings.Repeat("é", 80) + "B", 0,
			`line 1, column 161: got …"` + strings.Repeat("é", 20) + `A", want …"` + strings.Repeat("é", 20) + `B"`},
	}
	for _, tt := range tests {
		if out := FirstLine(tt.got, tt.want, tt.context); out != tt.out {
			t.Errorf("%s: FirstLine(%q, %q, %d) =\n%s\nwant\n%s", tt.name, tt.got, tt.want, tt.context, out, tt.out)
		}
	}
}

// FuzzFirstLine checks that FirstLine never panics (clipping cuts inside
// lines and runes) and is empty exactly when the texts are equal.
//
//	go test ./internal/support/textdiff -run '^$' -fuzz FuzzFirstLine -fuzztime 1m
func FuzzFirstLine(f *testing.F) {
	f.Add("a\nb\n", "a\nc\n", 3)
	f.Add(strings.Repeat("é", 80)+"A", strings.Repeat("é", 80)+"B", 0)
	f.Add("a", "a\n", 1)
	f.Fuzz(func(t *testing.T, got, want string, context int) {
		out := FirstLine(got, want, context%8)
		if (out == "") != (got == want) {
			t.Errorf("FirstLine(%q, %q) = %q", got, want, out)
		}
	})
}

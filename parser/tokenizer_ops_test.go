package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peglab/peglab/pegen/peg"
)

func TestTokenTable(t *testing.T) {
	for _, c := range []struct{ ours, peg int32 }{
		{ENDMARKER, peg.ENDMARKER}, {NAME, peg.NAME}, {NUMBER, peg.NUMBER}, {STRING, peg.STRING},
		{NEWLINE, peg.NEWLINE}, {INDENT, peg.INDENT}, {DEDENT, peg.DEDENT},
	} {
		if c.ours != c.peg {
			t.Errorf("kind %s is %d here, %d in peg", TokenNames[c.ours], c.ours, c.peg)
		}
	}
	// Python 3.13's token module numbers.
	if OP != 55 || FSTRING_START != 59 || COMMENT != 62 || NL != 63 || ENCODING != 65 || NumPythonTokens != 66 {
		t.Errorf("token numbers differ from Python 3.13's token module")
	}
	for kind, name := range TokenNames {
		if name == "" {
			t.Errorf("kind %d has no name", kind)
		}
	}
}

// kinds scans src in the parser's mode and lists "KIND text" per token.
func kinds(t *testing.T, src string, exts ...string) string {
	t.Helper()
	tk := NewTokenizer([]byte(src), TokenizerOptions{Extensions: exts})
	var out []string
	for {
		tok, err := tk.Next()
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if tok.Kind == NEWLINE || tok.Kind == ENDMARKER {
			break
		}
		name := fmt.Sprint(tok.Kind)
		if int(tok.Kind) < len(TokenNames) {
			name = TokenNames[tok.Kind]
		}
		out = append(out, name+" "+tok.Text)
	}
	return strings.Join(out, ", ")
}

// TestOperators: every operator of the table scans as its kind, alone and
// glued to its neighbours.
func TestOperators(t *testing.T) {
	for _, op := range Operators {
		if op.Extension != "" || strings.Contains("()[]{}", op.Text) {
			continue // brackets must balance; the golden cases have them
		}
		name := TokenNames[op.Kind]
		if got, want := kinds(t, "a "+op.Text+" b"), "NAME a, "+name+" "+op.Text+", NAME b"; got != want {
			t.Errorf("%s: got %s, want %s", op.Text, got, want)
		}
	}
	for src, want := range map[string]string{
		"a**=b":  "NAME a, DOUBLESTAREQUAL **=, NAME b",
		"a//b":   "NAME a, DOUBLESLASH //, NAME b",
		"a->b":   "NAME a, RARROW ->, NAME b",
		"a<>b":   "NAME a, NOTEQUAL <>, NAME b",
		"a~=b":   "NAME a, TILDE ~, EQUAL =, NAME b",
		"a...b":  "NAME a, ELLIPSIS ..., NAME b",
		"a..b":   "NAME a, DOT ., DOT ., NAME b",
		"a<<=-b": "NAME a, LEFTSHIFTEQUAL <<=, MINUS -, NAME b",
		"a$b":    "NAME a, OP $, NAME b",
	} {
		if got := kinds(t, src); got != want {
			t.Errorf("%s: got %s, want %s", src, got, want)
		}
	}
}

// TestExtensionOperators: an extension's operators are recognised only
// when the extension is enabled.
func TestExtensionOperators(t *testing.T) {
	saved := Operators
	defer func() {
		Operators = saved
		opCacheMu.Lock()
		opCache = map[string]*opTable{}
		opCacheMu.Unlock()
	}()
	// Stand-in extensions, on a table without the real extensions' operators.
	var base []OperatorDef
	for _, op := range saved {
		if op.Extension == "" {
			base = append(base, op)
		}
	}
	almostEq, arrows := int32(NumTokens), int32(NumTokens+1)
	Operators = append(base,
		OperatorDef{Text: "~=", Kind: almostEq, Extension: "almosteq", Exact: true},
		OperatorDef{Text: "=>>", Kind: arrows, Extension: "zz", Exact: true})
	opCacheMu.Lock()
	opCache = map[string]*opTable{}
	opCacheMu.Unlock()

	if got, want := kinds(t, "a ~= b =>> c"), "NAME a, TILDE ~, EQUAL =, NAME b, EQUAL =, RIGHTSHIFT >>, NAME c"; got != want {
		t.Errorf("without extensions: %s, want %s", got, want)
	}
	want := fmt.Sprintf("NAME a, %d ~=, NAME b, EQUAL =, RIGHTSHIFT >>, NAME c", almostEq)
	if got := kinds(t, "a ~= b =>> c", "almosteq"); got != want {
		t.Errorf("with almosteq: %s, want %s", got, want)
	}
	want = fmt.Sprintf("NAME a, %d ~=, NAME b, %d =>>, NAME c", almostEq, arrows)
	if got := kinds(t, "a ~= b =>> c", "almosteq", "zz"); got != want {
		t.Errorf("with both: %s, want %s", got, want)
	}
	if got := KnownExtensions(); !slices.Equal(got, []string{"almosteq", "zz"}) {
		t.Errorf("KnownExtensions = %q", got)
	}
}

package parser

import (
	"bytes"
	"strings"
	"testing"
)

// extraKinds is kinds with operators added at run time, named by their
// OperatorDef.Name.
func extraKinds(t *testing.T, src string, extra []OperatorDef) string {
	t.Helper()
	tk := NewTokenizer([]byte(src), TokenizerOptions{Operators: extra})
	var out []string
	for {
		tok, err := tk.Next()
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if tok.Kind == NEWLINE || tok.Kind == ENDMARKER {
			break
		}
		out = append(out, tk.kindName(tok.Kind)+" "+tok.Text)
	}
	return strings.Join(out, ", ")
}

// TestRuntimeOperators: operators given in TokenizerOptions.Operators are
// scanned like generated ones, longest match first, and only by the
// tokenizer they are given to.
func TestRuntimeOperators(t *testing.T) {
	extra := []OperatorDef{
		{Text: "<~>", Kind: NumTokens, Name: "SPACESHIP", Extension: "demo", Exact: true},
		{Text: "|>", Kind: NumTokens + 1, Name: "PIPE", Extension: "demo", Exact: true},
		{Text: "?", Kind: NumTokens + 2, Name: "QUESTION", Extension: "demo", Exact: true},
		{Text: "~=", Kind: ALMOSTEQUAL, Extension: "demo", Exact: true}, // a generated kind, switched on
	}
	for _, c := range []struct{ src, without, with string }{
		{"a <~> b", "NAME a, LESS <, TILDE ~, GREATER >, NAME b", "NAME a, SPACESHIP <~>, NAME b"},
		{"a <~ b", "NAME a, LESS <, TILDE ~, NAME b", "NAME a, LESS <, TILDE ~, NAME b"},
		{"a |> b | c", "NAME a, VBAR |, GREATER >, NAME b, VBAR |, NAME c", "NAME a, PIPE |>, NAME b, VBAR |, NAME c"},
		{"a ? b", "NAME a, OP ?, NAME b", "NAME a, QUESTION ?, NAME b"},
		{"a ~= b", "NAME a, TILDE ~, EQUAL =, NAME b", "NAME a, ALMOSTEQUAL ~=, NAME b"},
		{"a <= b", "NAME a, LESSEQUAL <=, NAME b", "NAME a, LESSEQUAL <=, NAME b"},
	} {
		if got := extraKinds(t, c.src, nil); got != c.without {
			t.Errorf("%q without extra operators:\n got %s\nwant %s", c.src, got, c.without)
		}
		if got := extraKinds(t, c.src, extra); got != c.with {
			t.Errorf("%q with extra operators:\n got %s\nwant %s", c.src, got, c.with)
		}
	}
	// The tables are cached per combination: a tokenizer without extras
	// made after one with them still scans plain Python.
	if got := extraKinds(t, "a |> b", nil); got != "NAME a, VBAR |, GREATER >, NAME b" {
		t.Errorf("after a tokenizer with extra operators: %s", got)
	}
}

// TestRuntimeOperatorDump: tokenize -e prints a run-time kind by its name.
func TestRuntimeOperatorDump(t *testing.T) {
	extra := []OperatorDef{{Text: "|>", Kind: NumTokens, Name: "PIPE", Extension: "demo", Exact: true}}
	var out, errs bytes.Buffer
	status := DumpTokens(&out, &errs, []byte("a |> b\n"), DumpOptions{Filename: "x.py", Exact: true, Operators: extra})
	if status != 0 {
		t.Fatalf("status %d: %s", status, errs.String())
	}
	want := "1,2-1,4:            PIPE           '|>'           \n"
	if !strings.Contains(out.String(), want) {
		t.Errorf("tokenize -e output lacks %q:\n%s", want, out.String())
	}
	out.Reset()
	DumpTokens(&out, &errs, []byte("a |> b\n"), DumpOptions{Filename: "x.py", Operators: extra})
	if !strings.Contains(out.String(), "1,2-1,4:            OP             '|>'") {
		t.Errorf("tokenize output shows the operator as OP:\n%s", out.String())
	}
}

package extload

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peglab/peglab/ast"
	_ "github.com/peglab/peglab/extensions/all" // the compiled-in extensions
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pyerr"
)

// FuzzExtensions feeds arbitrary source to the parser with every
// extension on: no panic, no hang, and the same dump or error from the
// generated parser, the grammar interpreter with the compiled-in
// fragments, and the interpreter with the extension folders loaded at run
// time. The loaded set also holds a pipe operator |> that was never
// compiled in: with it on, a program without |> must not change.
//
//	go test ./internal/support/extload -run '^$' -fuzz FuzzExtensions -fuzztime 3m
func FuzzExtensions(f *testing.F) {
	for _, ext := range []string{"almosteq", "arrow"} {
		data, err := os.ReadFile(filepath.Join("../../../extensions", ext, "testdata", "cases.txt"))
		if err != nil {
			f.Fatal(err)
		}
		// The cases' sources (internal/testsupport/extgolden reads them properly, but
		// it imports this package).
		for _, c := range strings.Split(string(data), "\n== ")[1:] {
			if _, src, ok := strings.Cut(c, "\n"); ok {
				f.Add([]byte(src))
			}
		}
	}
	f.Add([]byte("x |> f ~= g -> h\n"))
	exts := []string{"almosteq", "arrow"}
	compiled, _, err := Interpreter(python(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	set, err := Load("../../../extensions/almosteq", "../../../extensions/arrow", folder(f, "pipe", pipe))
	if err != nil {
		f.Fatal(err)
	}
	loaded, _, err := Interpreter(python(f), set)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		timer := time.AfterFunc(10*time.Second, func() {
			select {
			case <-done:
			default:
				panic(fmt.Sprintf("parsing %q takes over 10s", src))
			}
		})
		defer timer.Stop()
		opts := parser.Options{Filename: "fuzz.py", Extensions: exts}
		g := show(parser.Parse(src, opts))
		i := show(parser.ParseInterpreted(compiled, src, opts))
		// The loaded folders add |>, which changes programs that use it.
		l := show(parser.ParseInterpreted(loaded, src, parser.Options{Filename: "fuzz.py", Extensions: exts}))
		withPipe := show(parser.ParseInterpreted(loaded, src, parser.Options{Filename: "fuzz.py", Extensions: set.Names(), Operators: set.Operators}))
		close(done)
		if g != i || g != l {
			t.Fatalf("parsers differ on %q:\ngenerated:   %s\ninterpreted: %s\nloaded:      %s", src, g, i, l)
		}
		if !strings.Contains(string(src), "|>") && withPipe != g {
			t.Fatalf("the pipe folder changes %q, which has no |>:\n%s\n%s", src, g, withPipe)
		}
	})
}

func show(tree ast.Mod, err *pyerr.Error) string {
	if err != nil {
		return err.Format()
	}
	return ast.Dump(tree, ast.DumpOptions{Attributes: true})
}

// FuzzOperators: any operator CheckOperator accepts can be added to the
// tokenizer at run time without a panic or a hang, and changes nothing in
// a source that does not contain it.
//
//	go test ./internal/support/extload -run '^$' -fuzz FuzzOperators -fuzztime 2m
func FuzzOperators(f *testing.F) {
	f.Add("|>", []byte("a |> b | c > d\n"))
	f.Add("<~>", []byte("a <~> b <~ c\n"))
	f.Add("?", []byte("a ? b : c\n"))
	f.Add("!!", []byte("f\"{a!!r}\" != b\n"))
	f.Fuzz(func(t *testing.T, op string, src []byte) {
		if CheckOperator(op) != nil {
			return
		}
		if _, taken := parser.TokenTable().OpKind(op); taken {
			return
		}
		extra := []parser.OperatorDef{{Text: op, Kind: parser.NumTokens, Name: "EXTRA", Exact: true}}
		with := tokens(src, extra)
		if !strings.Contains(string(src), op) {
			if without := tokens(src, nil); with != without {
				t.Fatalf("operator %q changes %q:\n%s\n%s", op, src, without, with)
			}
		}
	})
}

// tokens lists the tokens of src, up to an error.
func tokens(src []byte, extra []parser.OperatorDef) string {
	tk := parser.NewTokenizer(src, parser.TokenizerOptions{Operators: extra})
	var b strings.Builder
	for i := 0; i < len(src)+10; i++ {
		tok, err := tk.Next()
		if err != nil {
			return b.String() + "error: " + err.Error()
		}
		fmt.Fprintf(&b, "%d %q %v %v\n", tok.Kind, tok.Text, tok.Start, tok.End)
		if tok.Kind == parser.ENDMARKER {
			return b.String()
		}
	}
	return b.String() + "no ENDMARKER"
}

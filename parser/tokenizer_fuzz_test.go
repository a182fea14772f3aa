package parser

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/peglab/peglab/pyerr"
)

// FuzzTokenizer feeds arbitrary bytes to every reading mode: no panic, no
// endless stream, errors that are *pyerr.Error, and tokens whose text lies in
// the decoded source (no copies).
//
//	go test ./parser -run '^$' -fuzz FuzzTokenizer -fuzztime 3m
func FuzzTokenizer(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/tokens/*.py")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, opts := range []TokenizerOptions{{}, {Text: true}, {Extra: true}, {Extra: true, Text: true}} {
			checkStream(t, src, opts)
		}
		DumpTokens(io.Discard, io.Discard, src, DumpOptions{Filename: "f.py"})
		DumpTokens(io.Discard, io.Discard, src, DumpOptions{Filename: "<stdin>", Stdin: true, Exact: true})
	})
}

func checkStream(t *testing.T, src []byte, opts TokenizerOptions) {
	tk := NewTokenizer(src, opts)
	limit := 4*len(src) + 200
	for n := 0; ; n++ {
		tok, err := tk.Next()
		if err != nil {
			var pe *pyerr.Error
			if !errors.As(err, &pe) || pe.Msg == "" || pe.Type == "" {
				t.Fatalf("%+v: bad error %#v", opts, err)
			}
			if _, err2 := tk.Next(); err2 != err {
				t.Fatalf("%+v: error not repeated: %v then %v", opts, err, err2)
			}
			return
		}
		if tok.Kind < 0 || int(tok.Kind) >= NumTokens {
			t.Fatalf("%+v: bad kind %d", opts, tok.Kind)
		}
		if tok.End.Line < tok.Start.Line {
			t.Fatalf("%+v: token %q ends (%v) before it starts (%v)", opts, tok.Text, tok.End, tok.Start)
		}
		if tok.Text != "" && tok.Kind != ENCODING {
			s := tk.Source()
			p := uintptr(unsafe.Pointer(unsafe.StringData(tok.Text)))
			base := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			if p < base || p+uintptr(len(tok.Text)) > base+uintptr(len(s)) {
				t.Fatalf("%+v: token text %q is not in the source", opts, tok.Text)
			}
		}
		if tok.Kind == ENDMARKER {
			if again, err := tk.Next(); err != nil || again.Kind != ENDMARKER {
				t.Fatalf("%+v: after ENDMARKER: %v %v", opts, again, err)
			}
			return
		}
		if n > limit {
			t.Fatalf("%+v: more than %d tokens from %d bytes", opts, limit, len(src))
		}
	}
}

package parser

import (
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/internal/testsupport/golden"
)

// FuzzParse feeds arbitrary source to the parser in every mode: no panic
// (a panic that is not a SyntaxError escapes Parse and fails the fuzzer),
// no hang, a tree that prints, and the generated parser and the grammar
// interpreter agreeing byte for byte on the dump or the error.
//
//	go test ./parser -run '^$' -fuzz FuzzParse -fuzztime 3m
func FuzzParse(f *testing.F) {
	modes := []Mode{ModeExec, ModeEval, ModeSingle, ModeFuncType}
	for _, c := range allCases(f) {
		for i, m := range modes {
			if m == c.mode {
				f.Add(c.src, uint8(i))
			}
		}
	}
	// The sources of CPython's SyntaxError tests exercise the second pass.
	for _, c := range syntaxErrorSeeds(f) {
		for i, m := range modes {
			if m == c.mode {
				f.Add(c.src, uint8(i))
			}
		}
	}
	in, err := DefaultInterpreter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte, mode uint8) {
		opts := Options{Filename: "fuzz.py", Mode: modes[int(mode)%len(modes)]}
		done := make(chan struct{})
		timer := time.AfterFunc(10*time.Second, func() {
			select {
			case <-done:
			default:
				panic(fmt.Sprintf("parsing %q (%s) takes over 10s", src, opts.Mode))
			}
		})
		defer timer.Stop()
		s1, g1 := outcome(Parse(src, opts))
		s2, g2 := outcome(ParseInterpreted(in, src, opts))
		close(done)
		if s1 != s2 || g1 != g2 {
			t.Fatalf("generated and interpreted parsers differ on %q (%s):\n%s", src, opts.Mode, textdiff.FirstLine(g1, g2, 3))
		}
	})
}

// syntaxErrorSeeds are the sources of testdata/syntaxerrors.jsonl.
func syntaxErrorSeeds(f *testing.F) []goldenCase {
	type seed struct {
		Mode      string  `json:"mode"`
		Source    *string `json:"source"`
		SourceHex string  `json:"source_hex"`
	}
	var out []goldenCase
	for _, c := range golden.ReadJSONL[seed](f, "testdata/syntaxerrors.jsonl") {
		src, err := hex.DecodeString(c.SourceHex)
		if err != nil {
			f.Fatal(err)
		}
		if c.Source != nil {
			src = []byte(*c.Source)
		}
		out = append(out, goldenCase{mode: Mode(c.Mode), src: src})
	}
	return out
}

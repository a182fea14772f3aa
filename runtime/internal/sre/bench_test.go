package sre

import (
	"strings"
	"testing"
)

// Benchmarks over a 1.1 MB ASCII text: findall-style loops of Search.
// CPython 3.13's findall on the same text, for scale (one run, this
// machine): \w+@\w+\.com 80 ms, Python|Perl 14 ms, [0-9]+(\.[0-9]+)? 28 ms.
var benchText = strings.Repeat("hello world foo@bar.com 3.14 some Perl and Python text ", 20000)

func benchFindAll(b *testing.B, code []uint32, groups, want int) {
	p, err := Compile(code, groups)
	if err != nil {
		b.Fatal(err)
	}
	sub := StrSubject(benchText)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		st := p.NewState(sub, 0, sub.Len())
		n := 0
		for st.Start() <= st.EndPos() {
			st.Reset()
			ok, err := st.Search()
			if err != nil {
				b.Fatal(err)
			}
			if !ok {
				break
			}
			n++
			st.Advance()
		}
		if n != want {
			b.Fatalf("%d matches, want %d", n, want)
		}
	}
}

func BenchmarkEmail(b *testing.B) {
	benchFindAll(b, []uint32{14, 4, 0, 7, MaxRepeat, 24, 9, 1, MaxRepeat, 13, 4, 8, 14, 0, 1, 16, 64, 24, 9, 1, MaxRepeat, 13, 4, 8, 14, 0, 1, 16, 46, 16, 99, 16, 111, 16, 109, 1}, 0, 20000)
}

func BenchmarkPrefixBranch(b *testing.B) {
	benchFindAll(b, []uint32{14, 8, 1, 4, 6, 1, 1, 80, 0, 16, 80, 7, 13, 16, 121, 16, 116, 16, 104, 16, 111, 16, 110, 15, 11, 9, 16, 101, 16, 114, 16, 108, 15, 2, 0, 1}, 0, 40000)
}

func BenchmarkNumber(b *testing.B) {
	benchFindAll(b, []uint32{14, 4, 0, 1, MaxRepeat, 24, 10, 1, MaxRepeat, 13, 5, 22, 48, 57, 0, 1, 23, 20, 0, 1, 17, 0, 16, 46, 24, 10, 1, MaxRepeat, 13, 5, 22, 48, 57, 0, 1, 17, 1, 18, 1}, 1, 20000)
}

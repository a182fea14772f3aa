package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The benchmarks tokenize a corpus held in memory and report tokens per
// second. BenchmarkTokenizeStdlib reads the standard library named by
// PEGLAB_STDLIB (scripts/bench-tokens.sh sets it and races CPython on the
// same files); BenchmarkTokenizeTestdata needs nothing.

func loadCorpus(b *testing.B, root string, skip string) [][]byte {
	b.Helper()
	var srcs [][]byte
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == skip {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			// Files either mode rejects are left out, as on CPython's side.
			_, err1 := countTokens(src, TokenizerOptions{Extra: true})
			_, err2 := countTokens(src, TokenizerOptions{})
			if err1 == nil && err2 == nil {
				srcs = append(srcs, src)
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return srcs
}

func countTokens(src []byte, opts TokenizerOptions) (int, error) {
	t := NewTokenizer(src, opts)
	for n := 1; ; n++ {
		tok, err := t.Next()
		if err != nil {
			return n, err
		}
		if tok.Kind == ENDMARKER {
			return n, nil
		}
	}
}

func benchCorpus(b *testing.B, srcs [][]byte) {
	size := 0
	for _, s := range srcs {
		size += len(s)
	}
	for _, mode := range []struct {
		name string
		opts TokenizerOptions
	}{{"parser", TokenizerOptions{}}, {"tokenize", TokenizerOptions{Extra: true}}} {
		b.Run(mode.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			tokens := 0
			for b.Loop() {
				for _, src := range srcs {
					n, _ := countTokens(src, mode.opts)
					tokens += n
				}
			}
			b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
			b.ReportMetric(float64(tokens)/float64(b.N), "tokens/op")
		})
	}
}

func BenchmarkTokenizeStdlib(b *testing.B) {
	root := os.Getenv("PEGLAB_STDLIB")
	if root == "" {
		b.Skip("set PEGLAB_STDLIB to the standard library's directory (scripts/bench-tokens.sh does)")
	}
	benchCorpus(b, loadCorpus(b, root, "site-packages"))
}

func BenchmarkTokenizeTestdata(b *testing.B) {
	benchCorpus(b, loadCorpus(b, "testdata/tokens", ""))
}

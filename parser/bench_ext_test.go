package parser

import (
	"os"
	"testing"
)

// BenchmarkParseExtensions measures what the extensions compiled into the
// parser cost: the corpus (PEGLAB_STDLIB, else testdata) parsed with them
// all off, which must stay as fast as a parser generated without them
// (scripts/bench-ext.sh compares the two builds), and with them all on.
func BenchmarkParseExtensions(b *testing.B) {
	root, skip := os.Getenv("PEGLAB_STDLIB"), "site-packages"
	if root == "" {
		root, skip = "testdata/tokens", ""
	}
	srcs := parseCorpus(b, root, skip)
	size := 0
	for _, s := range srcs {
		size += len(s)
	}
	for _, c := range []struct {
		name string
		exts []string
	}{{"off", nil}, {"on", extensions}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, src := range srcs {
					// A program may mean something else with the
					// extensions on; only the time counts here.
					Parse(src, Options{Extensions: c.exts})
				}
			}
		})
	}
}

package parser

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// The parse benchmarks turn a corpus held in memory into ASTs and report
// MB/s. BenchmarkParseStdlib reads the standard library named by
// PEGLAB_STDLIB (scripts/bench-ast.sh sets it and times CPython's
// ast.parse and symtable.symtable on the same files in the same run);
// BenchmarkParseTestdata needs nothing.

// parseCorpus loads the .py files under root (but skip) that the parser
// accepts: files CPython rejects are left out on both sides.
func parseCorpus(b *testing.B, root, skip string) [][]byte {
	var srcs [][]byte
	for _, src := range loadCorpus(b, root, skip) {
		if _, err := Parse(src, Options{}); err == nil {
			srcs = append(srcs, src)
		}
	}
	return srcs
}

func benchParse(b *testing.B, srcs [][]byte) {
	size := 0
	for _, s := range srcs {
		size += len(s)
	}
	b.Run("generated", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				if _, err := Parse(src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportPeakRSS(b)
	})
	b.Run("interpreted", func(b *testing.B) {
		in, err := DefaultInterpreter()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				if _, err := ParseInterpreted(in, src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportPeakRSS(b)
	})
}

// reportPeakRSS reports the process's peak resident memory (Linux), which
// includes the corpus held in memory.
func reportPeakRSS(b *testing.B) {
	if runtime.GOOS != "linux" {
		return
	}
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmHWM:" {
			if kb, err := strconv.Atoi(f[1]); err == nil {
				b.ReportMetric(float64(kb)/1024, "peakRSS-MB")
			}
		}
	}
}

func BenchmarkParseStdlib(b *testing.B) {
	root := os.Getenv("PEGLAB_STDLIB")
	if root == "" {
		b.Skip("set PEGLAB_STDLIB to the standard library's directory (scripts/bench-ast.sh does)")
	}
	benchParse(b, parseCorpus(b, root, "site-packages"))
}

func BenchmarkParseTestdata(b *testing.B) {
	benchParse(b, parseCorpus(b, "testdata/tokens", ""))
}

package symtable_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/symtable"
)

var treesFlag = flag.String("trees", "", "BenchmarkBuild: a file of oracle.py batch astjson lines (see scripts/symtable-bench.sh) to use instead of the golden cases")

// BenchmarkBuild runs both passes over the trees of the golden cases.
func BenchmarkBuild(b *testing.B) {
	var mods []ast.Mod
	size := 0
	for _, c := range readCases(b) {
		n, err := astjson.Decode(c.Tree)
		if err != nil {
			b.Fatal(err)
		}
		mods = append(mods, n.(ast.Mod))
		size += len(c.Src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range mods {
			symtable.Build(m, "<bench>", nil)
		}
	}
}

// BenchmarkBuildCorpus runs both passes over every tree of -trees (the
// oracle's batch astjson output for a corpus; see scripts/symtable-bench.sh),
// one op per pass over the corpus. Each tree is decoded, untimed, just
// before it is built, so that it is as fresh in memory as a tree the
// parser has just made, and only one is alive at a time. Its bytes are the
// sources', so MB/s compares with CPython's symtable.symtable.
func BenchmarkBuildCorpus(b *testing.B) {
	if *treesFlag == "" {
		b.Skip("needs -trees FILE")
	}
	data, err := os.ReadFile(*treesFlag)
	if err != nil {
		b.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	size := 0
	for _, line := range lines {
		var r batchResult
		if err := json.Unmarshal(line, &r); err != nil {
			b.Fatal(err)
		}
		if fi, err := os.Stat(r.Path); err == nil && r.Status == 0 {
			size += int(fi.Size())
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, line := range lines {
			b.StopTimer()
			var r batchResult
			json.Unmarshal(line, &r)
			if r.Status != 0 {
				b.StartTimer()
				continue
			}
			var res astjson.Result
			if err := json.Unmarshal([]byte(r.Out), &res); err != nil {
				b.Fatal(err)
			}
			n, err := astjson.Decode(res.Tree)
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := symtable.Build(n.(ast.Mod), r.Path, nil); err != nil {
				b.Fatalf("%s: %s", r.Path, err.Format())
			}
		}
	}
}

// BenchmarkDump measures the text dump of the golden cases.
func BenchmarkDump(b *testing.B) {
	var tables []*symtable.SymbolTable
	for _, c := range readCases(b) {
		if c.Status != 0 {
			continue
		}
		st, err := build(b, &c)
		if err != nil {
			b.Fatal(err.Format())
		}
		tables = append(tables, st)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, st := range tables {
			symtable.Dump(st)
		}
	}
}

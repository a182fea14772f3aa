// Package golden holds what the tests of every stage do with their
// committed expectations: read the oracle's records (ReadJSONL) and
// compare output with a golden file, or rewrite it (Check). It is used by
// tests only, and sits beside the pipeline, not in it.
package golden

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// ReadJSONL reads a file of one JSON value per line, as scripts/ write the
// oracle's records, and fails the test on a missing file or a bad line.
// Lines may be of any length (a record can hold a whole tree); blank lines
// are skipped.
func ReadJSONL[T any](tb testing.TB, path string) []T {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []T
	rd := bufio.NewReaderSize(f, 1<<16)
	for n := 1; ; n++ {
		line, err := rd.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			tb.Fatalf("%s:%d: %v", path, n, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var v T
			if err := json.Unmarshal(line, &v); err != nil {
				tb.Fatalf("%s:%d: %v", path, n, err)
			}
			out = append(out, v)
		}
		if err != nil {
			return out
		}
	}
}

// Check compares got with the golden file at path and reports the first
// differing line, or, when update is set (each package's -update flag),
// writes got there instead, making its directory if need be. A missing or
// different file is an error, not fatal, so that one run shows every
// golden file that is out of date.
func Check(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Errorf("%v (go test -update writes it)", err)
		return
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (go test -update rewrites it; review the diff):\n%s",
			path, textdiff.FirstLine(string(got), string(want), 3))
	}
}

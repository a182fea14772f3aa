package symtable_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/symtable"
)

var (
	oracleFlag = flag.Bool("oracle", false, "run TestCorpus: compare the dumps with the oracle's symtable stage over the CPython 3.13 stdlib and its test/ (needs Python 3.13; see scripts/symtable-parity.sh)")
	corpusDirs = flag.String("corpus", "", "with -oracle: comma-separated files or directories to use instead of the stdlib")
)

// batchResult is one line of oracle.py's batch mode.
type batchResult struct {
	Path   string `json:"path"`
	Out    string `json:"out"`
	Err    string `json:"err"`
	Status int    `json:"status"`
}

// findOracle returns the CPython 3.13 interpreter, or skips the test.
func findOracle(t testing.TB) string {
	out, err := exec.Command("../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Skipf("no oracle: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// corpusFiles lists the .py files under dirs (the stdlib by default),
// skipping site-packages.
func corpusFiles(t testing.TB, py, dirs string) []string {
	list := strings.Split(dirs, ",")
	if dirs == "" {
		lib, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			t.Fatal(err)
		}
		list = []string{strings.TrimSpace(string(lib))}
	}
	files, err := corpus.Files(list, []string{"site-packages"})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// runBatch runs the oracle's batch mode for stage over files and sends
// each result on the returned channel, in order.
func runBatch(t testing.TB, py string, files []string, stage ...string) <-chan batchResult {
	cmd := exec.Command(py, append([]string{"../scripts/oracle.py", "batch"}, stage...)...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ch := make(chan batchResult, 64)
	go func() {
		defer close(ch)
		rd := bufio.NewReaderSize(stdout, 1<<20)
		for {
			line, err := rd.ReadBytes('\n')
			if len(line) > 0 {
				var r batchResult
				if json.Unmarshal(line, &r) != nil {
					r = batchResult{Status: 98, Err: "bad oracle line"}
				}
				ch <- r
			}
			if err != nil {
				if err != io.EOF {
					ch <- batchResult{Status: 98, Err: err.Error()}
				}
				break
			}
		}
		cmd.Wait()
	}()
	return ch
}

// TestCorpus is the full-corpus comparison, run only with -oracle: for
// every file, the oracle's tree (astjson) goes through Build, and the dump
// or the error must equal what the oracle's symtable stage prints. Files
// CPython's parser rejects are counted apart: peglab's parser, not this
// package, answers for them.
func TestCorpus(t *testing.T) {
	if !*oracleFlag {
		t.Skip("needs -oracle (and CPython 3.13)")
	}
	py := findOracle(t)
	files := corpusFiles(t, py, *corpusDirs)
	trees := runBatch(t, py, files, "astjson")
	tables := runBatch(t, py, files, "symtable")
	same, built, errors, parseErrors, failed := 0, 0, 0, 0, 0
	for want := range tables {
		tree, ok := <-trees
		if !ok || tree.Path != want.Path {
			t.Fatalf("oracle batches out of step at %s", want.Path)
		}
		if tree.Status != 0 {
			parseErrors++
			if want.Status != tree.Status || want.Err != tree.Err {
				t.Errorf("%s: the parser rejects the file, symtable says otherwise:\n%s%s", want.Path, want.Err, tree.Err)
				failed++
			}
			continue
		}
		if want.Status > 1 {
			t.Errorf("%s: oracle failed: %s", want.Path, want.Err)
			failed++
			continue
		}
		got, gotErr, status := buildFromJSON(t, want.Path, tree.Out)
		if status == 0 {
			built++
		} else {
			errors++
		}
		if got == want.Out && gotErr == want.Err && status == want.Status {
			same++
			continue
		}
		failed++
		if gotErr != want.Err {
			t.Errorf("%s: error differs:\ngot:  %q\nwant: %q", want.Path, gotErr, want.Err)
		} else {
			t.Errorf("%s: %s", want.Path, textdiff.FirstLine(got, want.Out, 3))
		}
	}
	total := same + failed
	pct := 100.0
	if total > 0 {
		pct = 100 * float64(same) / float64(total)
	}
	fmt.Printf("symtable parity over %d files: %d/%d identical (%.2f%%); %d built, %d rejected by the symbol table, %d rejected by the parser (not counted)\n",
		len(files), same, total, pct, built, errors, parseErrors)
}

// buildFromJSON decodes the oracle's tree for path and returns what
// `peglab symtable path` prints: the dump, or the error, and the status.
func buildFromJSON(t testing.TB, path, out string) (dump, errText string, status int) {
	var r astjson.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	n, err := astjson.Decode(r.Tree)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, serr := symtable.Build(n.(ast.Mod), path, &symtable.Options{Source: src})
	if serr != nil {
		return "", serr.Format(), 1
	}
	return symtable.Dump(st), "", 0
}

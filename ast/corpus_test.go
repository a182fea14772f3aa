package ast_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/internal/support/textdiff"
)

var (
	oracleFlag = flag.Bool("oracle", false, "run TestDumpCorpus: compare Dump with the oracle's ast.dump over the CPython 3.13 stdlib and its test/ (needs Python 3.13; see scripts/ast-dump-parity.sh)")
	corpusDirs = flag.String("corpus", "", "with -oracle: comma-separated directories to use instead of the stdlib")
	dumpSpecs  = flag.String("dumps", "a;;i2", "with -oracle: semicolon-separated dump specs (a = attributes, iN = indent N)")
)

// TestDumpCorpus is the full-corpus comparison, run only with -oracle: the
// oracle parses every .py file and writes its tree as JSON with ast.dump's
// texts; Dump must reproduce each text byte for byte. It reports the parity
// per option spec and the first differing line of each failure.
func TestDumpCorpus(t *testing.T) {
	if !*oracleFlag {
		t.Skip("needs -oracle (and CPython 3.13)")
	}
	out, err := exec.Command("../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Fatalf("no oracle: %v", err)
	}
	py := strings.TrimSpace(string(out))
	dirs := strings.Split(*corpusDirs, ",")
	if *corpusDirs == "" {
		lib, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			t.Fatal(err)
		}
		dirs = []string{strings.TrimSpace(string(lib))}
	}
	files, err := corpus.Files(dirs, []string{"site-packages"})
	if err != nil {
		t.Fatal(err)
	}
	specs := strings.Split(*dumpSpecs, ";")
	args := []string{"../scripts/oracle.py", "batch", "astjson"}
	for _, s := range specs {
		args = append(args, "--dump", s)
	}
	cmd := exec.Command(py, args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	same := map[string]int{}
	parsed, rejected := 0, 0
	rd := bufio.NewReaderSize(stdout, 1<<20)
	for {
		line, err := rd.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			break
		}
		var res struct {
			Path   string `json:"path"`
			Out    string `json:"out"`
			Err    string `json:"err"`
			Status int    `json:"status"`
		}
		if err := json.Unmarshal(line, &res); err != nil {
			t.Fatal(err)
		}
		if res.Status != 0 {
			rejected++
			if res.Status != 1 {
				t.Errorf("%s: oracle failed: %s", res.Path, res.Err)
			}
			continue
		}
		parsed++
		var r astjson.Result
		if err := json.Unmarshal([]byte(res.Out), &r); err != nil {
			t.Fatal(err)
		}
		n, err := astjson.Decode(r.Tree)
		if err != nil {
			t.Errorf("%s: %v", res.Path, err)
			continue
		}
		for _, spec := range specs {
			opts, err := astjson.DumpOptions(spec)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ast.Dump(n, opts), r.Dumps[spec]; got == want {
				same[spec]++
			} else {
				t.Errorf("%s, dump %q: %s", res.Path, spec, textdiff.FirstLine(got, want, 3))
			}
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("ast.dump parity over %d files (%d parsed, %d rejected by CPython too):\n", len(files), parsed, rejected)
	for _, spec := range specs {
		name := spec
		if name == "" {
			name = "plain"
		}
		pct := 100.0
		if parsed > 0 {
			pct = 100 * float64(same[spec]) / float64(parsed)
		}
		fmt.Printf("  %-8s %d/%d identical (%.2f%%)\n", name, same[spec], parsed, pct)
	}
}

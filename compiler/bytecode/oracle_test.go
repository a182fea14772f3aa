package bytecode

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// oracle returns the command of the CPython 3.13 oracle, skipping the test
// when there is none.
func oracle(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("../../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Skip("no CPython 3.13 oracle (scripts/find-oracle.sh)")
	}
	return strings.TrimSpace(string(out))
}

// stdlibSample lists the oracle's standard library .py files: every 20th,
// or all of them with PEGLAB_STDLIB_ALL=1.
func stdlibSample(t *testing.T, py string) []string {
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") {
			files = append(files, p)
		}
		return nil
	})
	if os.Getenv("PEGLAB_STDLIB_ALL") == "" {
		var s []string
		for i := 0; i < len(files); i += 20 {
			s = append(s, files[i])
		}
		files = s
	}
	return files
}

// TestMarshalOracle: CPython's code objects of standard library modules,
// marshalled, read by Unmarshal, must dump as the oracle dumps them; and
// Marshal's bytes must load in CPython as a code object equal to its own.
func TestMarshalOracle(t *testing.T) {
	py := oracle(t)
	files := stdlibSample(t, py)
	cmd := exec.Command(py, "../../scripts/marshal_oracle.py", "dump")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var back bytes.Buffer
	n, failed := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var rec struct{ Path, Marshal, Dump, Error string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Error != "" {
			continue
		}
		n++
		data, _ := base64.StdEncoding.DecodeString(rec.Marshal)
		v, err := Unmarshal(data)
		if err != nil {
			t.Errorf("%s: %v", rec.Path, err)
			failed++
			continue
		}
		if got := dumpValue(v); got != rec.Dump {
			t.Errorf("%s: dump differs:\n%s", rec.Path, textdiff.FirstLine(got, rec.Dump, 3))
			failed++
			continue
		}
		ours, err := Marshal(v)
		if err != nil {
			t.Errorf("%s: Marshal: %v", rec.Path, err)
			continue
		}
		line, _ := json.Marshal(map[string]string{"path": rec.Path, "marshal": base64.StdEncoding.EncodeToString(ours)})
		back.Write(append(line, '\n'))
	}
	check := exec.Command(py, "../../scripts/marshal_oracle.py", "check")
	check.Stdin = &back
	res, err := check.Output()
	if err != nil {
		t.Fatal(err)
	}
	ok := 0
	for _, l := range strings.Split(strings.TrimSpace(string(res)), "\n") {
		if strings.HasPrefix(l, "ok ") {
			ok++
		} else {
			t.Errorf("Marshal's bytes load differently in CPython: %s", l)
		}
	}
	t.Logf("%d files: %d unmarshalled and dumped as CPython, %d of our marshals load equal in CPython", n, n-failed, ok)
}

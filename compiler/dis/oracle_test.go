package dis

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/internal/support/textdiff"
)

func oracle(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("../../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Skip("no CPython 3.13 oracle (scripts/find-oracle.sh)")
	}
	return strings.TrimSpace(string(out))
}

// TestDisOracle disassembles CPython's own code objects of the standard
// library (every 20th file, or all with PEGLAB_STDLIB_ALL=1, as
// scripts/dis-parity.sh runs it), read from their marshal bytes, and
// compares the text with the oracle's dis of the same bytes loaded, plain
// and with -C -O. It also counts the files whose text is that of `python
// -m dis` itself (of the compiled, not reloaded, code object): they differ
// only where marshal reorders a frozenset whose elements collide (see
// scripts/dis_oracle.py), which is not the printer's doing.
func TestDisOracle(t *testing.T) {
	py := oracle(t)
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(strings.TrimSpace(string(out)), func(p string, d os.DirEntry, err error) error {
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
	cmd := exec.Command(py, "../../scripts/dis_oracle.py")
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	n, same, direct := 0, 0, 0
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var rec struct {
			Path, Marshal, Dis, Error string
			DisCO                     string `json:"dis_co"`
			Loaded                    string `json:"loaded"`
			LoadedCO                  string `json:"loaded_co"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Error != "" {
			continue
		}
		n++
		data, _ := base64.StdEncoding.DecodeString(rec.Marshal)
		v, err := bytecode.Unmarshal(data)
		if err != nil {
			t.Errorf("%s: %v", rec.Path, err)
			continue
		}
		c := v.(*bytecode.Code)
		ok := true
		plain := Dis(c, Options{})
		if plain != rec.Loaded {
			t.Errorf("%s: dis differs:\n%s", rec.Path, textdiff.FirstLine(plain, rec.Loaded, 3))
			ok = false
		}
		co := Dis(c, Options{ShowCaches: true, ShowOffsets: true})
		if co != rec.LoadedCO {
			t.Errorf("%s: dis -C -O differs:\n%s", rec.Path, textdiff.FirstLine(co, rec.LoadedCO, 3))
			ok = false
		}
		if ok {
			same++
		}
		if plain == rec.Dis && co == rec.DisCO {
			direct++
		} else if !onlyFrozensets(plain, rec.Dis) || !onlyFrozensets(co, rec.DisCO) {
			t.Errorf("%s: differs from python -m dis other than in a frozenset's order", rec.Path)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	t.Logf("dis parity: %d/%d files (%.2f%%) as dis prints the same code objects; %d (%.2f%%) also as `python -m dis` prints them before marshal",
		same, n, pct(same), direct, pct(direct))
}

// onlyFrozensets reports whether a and b differ only in lines that show a
// frozenset constant.
func onlyFrozensets(a, b string) bool {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(la) != len(lb) {
		return false
	}
	for i := range la {
		if la[i] != lb[i] && !strings.Contains(la[i], "frozenset({") {
			return false
		}
	}
	return true
}

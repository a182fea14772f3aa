package archtest

import (
	"encoding/json"
	"io"
	"os/exec"
	"path"
	"strings"
	"testing"
)

const module = "github.com/peglab/peglab/"

type pkg struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

// list runs go list over the module, without tests.
func list(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", "../../../...")
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("go list: %v", err) // no go tool: nothing to check
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// under reports whether p is the package dir or one below it.
func under(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

// The rules of ARCHITECTURE.md: for a package (or tree), the trees of
// the module it may import; nil allows anything.
var allowed = []struct {
	pkg   string
	may   []string
	exact bool // pkg itself only, not the tree under it
}{
	{pkg: "pyerr", may: []string{}},
	{pkg: "grammar", may: []string{}},
	{pkg: "ast", may: []string{"ast"}},
	{pkg: "pegen/gram", may: []string{}},
	{pkg: "pegen/peg", may: []string{"pyerr"}},
	{pkg: "pegen/gogen", may: []string{"pegen"}},
	{pkg: "pegen", may: []string{"grammar", "pegen", "pyerr"}, exact: true},
	{pkg: "pegen/internal", may: []string{"pegen", "pyerr"}},
	{pkg: "parser", may: []string{"ast", "grammar", "pegen/gram", "pegen/peg", "pyerr", "pegen", "pycodec"}},
	{pkg: "pycodec", may: []string{}},
	{pkg: "symtable", may: []string{"ast", "pyerr"}},
	{pkg: "compiler/internal/codegencmp", may: []string{"ast", "parser", "symtable", "compiler", "pyerr"}},
	{pkg: "compiler", may: []string{"ast", "symtable", "compiler", "pyerr"}},
	{pkg: "extensions", may: []string{"pegen", "extensions", "compiler", "runtime"}},
	{pkg: "pipeline", may: []string{"ast", "parser", "pegen", "symtable", "compiler", "pyerr", "extensions", "internal/support/extload"}},
	{pkg: "internal/build", may: []string{"pegen", "extensions", "internal/build"}},
	{pkg: "railroad", may: []string{"pegen/gram"}},
	{pkg: "playground", may: []string{}},
}

func TestImportRules(t *testing.T) {
	for _, p := range list(t) {
		name := strings.TrimPrefix(p.ImportPath, module)
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				if imp == "go/format" && !under(name, "pegen/gogen") && !under(name, "internal/build") && name != "cmd/peglab" {
					t.Errorf("%s imports go/format: only the generator may", name)
				}
				continue
			}
			dep := strings.TrimPrefix(imp, module)
			if under(dep, "internal/testsupport") && !under(name, "internal/testsupport") {
				t.Errorf("%s imports %s: test support is for tests only", name, dep)
			}
			if dep == "pegen/gogen" && name != "cmd/peglab" && !under(name, "internal/build") {
				t.Errorf("%s imports the Go generator", name)
			}
			for _, r := range allowed {
				if r.exact && name != r.pkg || !r.exact && !under(name, r.pkg) {
					continue
				}
				ok := false
				for _, m := range r.may {
					if under(dep, m) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s imports %s, which ARCHITECTURE.md does not allow (%s may import %v)", name, dep, r.pkg, r.may)
				}
				break
			}
		}
		if name == "cmd/peglab" {
			for _, d := range p.Deps {
				if d == "testing" {
					t.Errorf("the peglab binary links testing")
				}
			}
		}
	}
}

// TestRulesNamePackages catches a rule whose package was moved or renamed.
func TestRulesNamePackages(t *testing.T) {
	names := map[string]bool{}
	for _, p := range list(t) {
		for n := strings.TrimPrefix(p.ImportPath, module); n != "." && n != ""; n = path.Dir(n) {
			names[n] = true
		}
	}
	for _, r := range allowed {
		if !names[r.pkg] {
			t.Errorf("rule for %s: no such package", r.pkg)
		}
	}
}

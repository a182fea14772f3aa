package compiler_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/internal/corpus"
	"github.com/peglab/peglab/parser"
)

var oracleFlag = flag.Bool("oracle", false, "run the corpus comparisons with CPython 3.13 (TestOptimizeCorpus)")

// TestOptimize runs the programs of testdata/astopt.txt through the parser
// and Optimize and compares the dumps with CPython 3.13's optimized trees
// (testdata/astopt.golden, from scripts/astopt-golden.sh).
func TestOptimize(t *testing.T) {
	cases := readBlocks(t, "testdata/astopt.txt")
	golden := readBlocks(t, "testdata/astopt.golden")
	want := map[string]string{}
	for _, g := range golden {
		want[g.name] = strings.TrimSpace(g.body)
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		w, ok := want[c.name]
		if !ok {
			t.Errorf("%s: no golden outcome (run scripts/astopt-golden.sh)", c.name)
			continue
		}
		level := 1
		switch {
		case strings.HasSuffix(c.name, "_O0"):
			level = 0
		case strings.HasSuffix(c.name, "_O2"):
			level = 2
		}
		if got := optimizedDump([]byte(c.body), "<test>", level); got != w {
			t.Errorf("%s:\n%s\ngot:  %s\nwant: %s", c.name, c.body, got, w)
		}
	}
}

// optimizedDump is ast.dump(ast.parse(src, optimize=level)), frozensets
// sorted as the golden script prints them.
func optimizedDump(src []byte, filename string, level int) string {
	mod, err := parser.Parse(src, parser.Options{Filename: filename})
	if err != nil {
		return err.Type + ": " + err.Msg
	}
	opts := &compiler.OptimizeOptions{Optimize: level, Features: compiler.FutureFeatures(mod), RecursionStart: 4}
	if err := compiler.Optimize(mod, opts); err != nil {
		return err.Type + ": " + err.Msg
	}
	ast.Inspect(mod, func(n ast.Node) bool {
		if c, ok := n.(*ast.Constant); ok {
			c.Value = sortSets(c.Value)
		}
		return true
	})
	return ast.Dump(mod, ast.DumpOptions{})
}

func sortSets(v any) any {
	switch v := v.(type) {
	case bytecode.FrozenSet:
		s := make(bytecode.FrozenSet, len(v))
		for i, it := range v {
			s[i] = sortSets(it)
		}
		sort.SliceStable(s, func(i, j int) bool { return ast.Repr(s[i]) < ast.Repr(s[j]) })
		return s
	case bytecode.Tuple:
		t := make(bytecode.Tuple, len(v))
		for i, it := range v {
			t[i] = sortSets(it)
		}
		return t
	}
	return v
}

// TestOptimizeCorpus compares the optimized trees of every file of the
// CPython 3.13 stdlib (with test/) with CPython's, run only with -oracle
// (scripts/astopt-parity.sh). It reports the parity and the first
// differing files.
func TestOptimizeCorpus(t *testing.T) {
	if !*oracleFlag {
		t.Skip("needs -oracle (and CPython 3.13)")
	}
	out, err := exec.Command("../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Fatalf("no oracle: %v", err)
	}
	py := strings.TrimSpace(string(out))
	lib, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatal(err)
	}
	files, err := corpus.Files([]string{strings.TrimSpace(string(lib))}, []string{"site-packages"})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "../scripts/astopt_golden.py", "--batch")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	total, same, skipped, shown := 0, 0, 0, 0
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var res struct{ Path, Out, Err string }
		if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		if res.Err != "" {
			skipped++
			continue
		}
		src, err := os.ReadFile(res.Path)
		if err != nil {
			t.Fatal(err)
		}
		total++
		got := optimizedDump(src, res.Path, 1)
		if got == res.Out {
			same++
			continue
		}
		if shown < 20 {
			shown++
			i := 0
			for i < len(got) && i < len(res.Out) && got[i] == res.Out[i] {
				i++
			}
			lo := max(0, i-120)
			t.Errorf("%s: differs at byte %d:\n got: %.300s\nwant: %.300s", res.Path, i, got[lo:], res.Out[lo:])
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	t.Logf("optimized trees: %d/%d files identical (%.2f%%); %d files CPython rejects, not compared",
		same, total, 100*float64(same)/float64(max(total, 1)), skipped)
}

// TestOptimizeRecursion checks the RecursionError of a tree nested past
// the C recursion limit: with compile()'s starting depth the optimizer
// gives up where the symbol table does (a statement, n operators and a
// leaf within 10000 levels, counted from 3).
func TestOptimizeRecursion(t *testing.T) {
	deep := func(n int) ast.Mod {
		var e ast.Expr = &ast.Name{Id: "a", Ctx: ast.Load}
		for range n {
			e = &ast.UnaryOp{Op: ast.USub, Operand: e}
		}
		return &ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: e}}}
	}
	if err := compiler.Optimize(deep(9995), nil); err != nil {
		t.Errorf("9995 levels: %v", err)
	}
	err := compiler.Optimize(deep(9996), nil)
	if err == nil || err.Type != "RecursionError" || err.Msg != "maximum recursion depth exceeded during compilation" {
		t.Errorf("9996 levels: %v", err)
	}
}

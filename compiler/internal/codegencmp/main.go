// Command codegencmp prints peglab's code generator output for Python
// files in the format of scripts/codegen_oracle.py, or, with -oracle,
// compares it with CPython 3.13's for every .py file under the arguments
// and reports the share of files whose output is identical. With -e2e it
// compares the final code objects instead (compiler.DumpCode against
// scripts/codeobj_oracle.py).
//
//	go run ./compiler/internal/codegencmp FILE
//	go run ./compiler/internal/codegencmp -oracle "$(scripts/find-oracle.sh)" DIR...
//	go run ./compiler/internal/codegencmp -e2e -oracle "$(scripts/find-oracle.sh)" DIR...
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

func main() {
	oracle := flag.String("oracle", "", "the CPython 3.13 to compare with")
	script := flag.String("script", "scripts/codegen_oracle.py", "the oracle script")
	optimize := flag.Int("O", 0, "optimization level")
	verbose := flag.Bool("v", false, "print the first differing line of each failing file")
	flag.BoolVar(&e2e, "e2e", false, "compare final code objects (scripts/codeobj_oracle.py)")
	timing := flag.Bool("time", false, "time parse+symtable+compile of every file, single-threaded")
	flag.Parse()
	if *timing {
		if f, err := os.Create("/tmp/cga/cpu.prof"); err == nil && os.Getenv("CODEGENCMP_PROF") != "" {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
		timeAll(flag.Args())
		return
	}
	if e2e && *script == "scripts/codegen_oracle.py" {
		*script = "scripts/codeobj_oracle.py"
	}
	if *oracle == "" {
		for _, f := range flag.Args() {
			out, err := ours(f, *optimize)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			fmt.Print(out)
		}
		return
	}
	var files []string
	for _, a := range flag.Args() {
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
				files = append(files, p)
			}
			return nil
		})
	}
	sort.Strings(files)
	type result struct {
		file, status, detail string
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f := files[i]
				cmd := exec.Command(*oracle, *script, f, "--optimize", fmt.Sprint(*optimize))
				cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
				want, err := cmd.Output()
				if err != nil {
					results[i] = result{f, "skip", "oracle failed"}
					continue
				}
				got, gerr := ours(f, *optimize)
				switch {
				case gerr != nil:
					results[i] = result{f, "error", gerr.Error()}
				case got == string(want):
					results[i] = result{f, "same", ""}
				default:
					results[i] = result{f, "diff", firstDiff(got, string(want))}
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	counts := map[string]int{}
	errs := map[string]int{}
	for _, r := range results {
		counts[r.status]++
		if r.status == "error" {
			errs[r.detail]++
		}
		if *verbose && (r.status == "diff" || r.status == "error") {
			fmt.Printf("%s: %s: %s\n", r.status, r.file, r.detail)
		}
	}
	compared := counts["same"] + counts["diff"] + counts["error"]
	what := "codegen"
	if e2e {
		what = "code object"
	}
	fmt.Printf("%s parity: %d/%d files identical (%.1f%%); %d differ, %d not compiled, %d skipped (oracle failed)\n", what,
		counts["same"], compared, 100*float64(counts["same"])/float64(max(compared, 1)), counts["diff"], counts["error"], counts["skip"])
	type kv struct {
		k string
		v int
	}
	var top []kv
	for k, v := range errs {
		top = append(top, kv{k, v})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].v > top[j].v })
	for i, e := range top {
		if i == 10 {
			break
		}
		fmt.Printf("  %5d  %s\n", e.v, e.k)
	}
}

var e2e bool

// timeAll compiles every .py file under dirs once, on one core, and
// prints the time spent in the compiler proper and in the whole front end.
func timeAll(dirs []string) {
	var files []string
	for _, a := range dirs {
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
				files = append(files, p)
			}
			return nil
		})
	}
	var total, comp time.Duration
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		t0 := time.Now()
		mod, perr := parser.Parse(src, parser.Options{Filename: f, FromFile: true})
		if perr != nil {
			continue
		}
		st, perr := symtable.Build(mod, f, &symtable.Options{Source: src})
		if perr != nil {
			continue
		}
		t1 := time.Now()
		_, perr = compiler.Compile(mod, st, &compiler.Options{Filename: f, Source: src})
		t2 := time.Now()
		if perr != nil {
			continue
		}
		n++
		total += t2.Sub(t0)
		comp += t2.Sub(t1)
	}
	fmt.Printf("%d files: parse+symtable+compile %v, compile (check, fold, codegen, back end) %v\n", n, total, comp)
}

func ours(path string, optimize int) (string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	mod, perr := parser.Parse(src, parser.Options{Filename: path, FromFile: true})
	if perr != nil {
		return "", perr
	}
	st, perr := symtable.Build(mod, path, &symtable.Options{Source: src})
	if perr != nil {
		return "", perr
	}
	opts := &compiler.Options{Filename: path, Source: src, Optimize: optimize}
	if e2e {
		co, perr := compiler.Compile(mod, st, opts)
		if perr != nil {
			return "", fmt.Errorf("%s: %s", perr.Type, perr.Msg)
		}
		return compiler.DumpCode(co), nil
	}
	u, perr := compiler.Codegen(mod, st, opts)
	if perr != nil {
		return "", fmt.Errorf("%s: %s", perr.Type, perr.Msg)
	}
	return compiler.DumpCodegen(u), nil
}

// firstDiff names the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	unit := ""
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if strings.HasPrefix(b, "unit ") {
			unit = b
		}
		if a != b {
			return fmt.Sprintf("%s line %d: got %q want %q", unit, i+1, a, b)
		}
	}
	return ""
}

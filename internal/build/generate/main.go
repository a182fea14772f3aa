// Command generate regenerates every derived file of the repository from
// the data it comes from: the token table from grammar/Tokens, the AST from
// grammar/Python.asdl, the parser from grammar/python.gram (each with the
// extensions' fragments). go generate runs it; CI fails if that leaves a
// diff. It imports none of the packages it generates, so a broken generated
// file can always be regenerated.
//
// Usage: generate [-root DIR] [STEP...]   (default: every step, in order)
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
)

// step is one generation job. Steps run in order of rank: later steps may
// read what earlier ones wrote (the parser generator reads the AST helpers).
type step struct {
	name string
	rank int
	run  func(root string) error
}

var steps []step

func register(s step) { steps = append(steps, s) }

func main() {
	root := flag.String("root", ".", "repository root")
	flag.Parse()
	slices.SortFunc(steps, func(a, b step) int { return a.rank - b.rank })
	want := flag.Args()
	for _, s := range steps {
		if len(want) > 0 && !slices.Contains(want, s.name) {
			continue
		}
		if err := s.run(*root); err != nil {
			fmt.Fprintf(os.Stderr, "generate %s: %v\n", s.name, err)
			os.Exit(1)
		}
	}
}

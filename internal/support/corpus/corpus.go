// Package corpus runs a pipeline stage over every .py file of a tree, on
// all cores, and, given the oracle, compares each result with CPython's:
// the parity figures of the project come from here (peglab corpus).
//
// A stage is anything that turns a file into the text a command prints;
// stages register themselves, so the tokens, AST and symtable stages plug
// in with a few lines each.
package corpus

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Result is what a stage prints for one file, as a command would: its
// standard output, standard error and exit status. The oracle's batch mode
// reports the same three things.
type Result struct {
	Out, Err string
	Status   int
}

// Stage is one stage of the pipeline as the corpus runner sees it.
type Stage interface {
	// Name is the stage's name on the command line and in oracle.py.
	Name() string
	// Run returns peglab's result for the file at path, whose content is
	// src. It must be safe to call from several goroutines.
	Run(path string, src []byte) Result
	// OracleArgs are the arguments oracle.py's batch mode passes to the
	// stage (after "batch NAME").
	OracleArgs() []string
}

// Normalizer is implemented by stages whose results hold text that
// legitimately differs between runs (object addresses, tracebacks);
// both sides are normalized before they are compared.
type Normalizer interface {
	Normalize(Result) Result
}

var (
	mu     sync.Mutex
	stages = map[string]Stage{}
)

// Register adds a stage. Stages call it from an init function.
func Register(s Stage) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := stages[s.Name()]; dup {
		panic("corpus: stage " + s.Name() + " registered twice")
	}
	stages[s.Name()] = s
}

// Lookup returns the stage with the given name.
func Lookup(name string) (Stage, error) {
	mu.Lock()
	defer mu.Unlock()
	if s, ok := stages[name]; ok {
		return s, nil
	}
	return nil, fmt.Errorf("unknown stage %q (stages: %s)", name, strings.Join(namesLocked(), ", "))
}

// Names returns the registered stage names, sorted.
func Names() []string {
	mu.Lock()
	defer mu.Unlock()
	return namesLocked()
}

func namesLocked() []string {
	var names []string
	for n := range stages {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// StageFunc makes a Stage of a function.
type StageFunc struct {
	StageName string
	Args      []string
	Func      func(path string, src []byte) Result
	Norm      func(Result) Result
}

// Name implements Stage.
func (s *StageFunc) Name() string { return s.StageName }

// Run implements Stage.
func (s *StageFunc) Run(path string, src []byte) Result { return s.Func(path, src) }

// OracleArgs implements Stage.
func (s *StageFunc) OracleArgs() []string { return slices.Clone(s.Args) }

// Normalize implements Normalizer.
func (s *StageFunc) Normalize(r Result) Result {
	if s.Norm == nil {
		return r
	}
	return s.Norm(r)
}

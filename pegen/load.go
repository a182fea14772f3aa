package pegen

import (
	"fmt"
	"os"

	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pegen/internal/metaparser"
)

// ParseGrammar reads a grammar from src; file names it in error positions.
// Syntax errors are returned as a Diagnostics list.
func ParseGrammar(file string, src []byte) (*gram.Grammar, error) {
	g, err := metaparser.ParseGrammar(file, src)
	if err != nil {
		if list, ok := err.(metaparser.ErrorList); ok {
			var ds Diagnostics
			for _, e := range list {
				ds = append(ds, &Diagnostic{Pos: e.Pos, Severity: Error, Msg: e.Msg})
			}
			return nil, ds
		}
		return nil, err
	}
	return g, nil
}

// LoadGrammar reads and parses a grammar file.
func LoadGrammar(path string) (*gram.Grammar, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseGrammar(path, src)
}

// Severity ranks a diagnostic.
type Severity int

// Severities, from fatal to informative.
const (
	Error Severity = iota
	Warning
	Note
)

func (s Severity) String() string {
	return [...]string{"error", "warning", "note"}[s]
}

// Diagnostic is one finding about a grammar, located in its file.
type Diagnostic struct {
	Pos      gram.Position
	Severity Severity
	Msg      string
}

func (d *Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Msg)
}

// Diagnostics is a list of findings; as an error it reports them all.
type Diagnostics []*Diagnostic

func (ds Diagnostics) Error() string {
	s := ""
	for i, d := range ds {
		if i > 0 {
			s += "\n"
		}
		s += d.String()
	}
	return s
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the errors, or nil.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}

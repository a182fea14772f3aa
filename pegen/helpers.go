package pegen

import (
	"sort"

	"github.com/peglab/peglab/pegen/peg"
)

// PegImportPath is the import path of the runtime generated parsers use.
const PegImportPath = "github.com/peglab/peglab/pegen/peg"

// HelperSig is the signature of an action helper.
type HelperSig struct {
	Name string
	// Params are the Go types of the parameters an action passes; an
	// implicit leading *peg.Parser is not listed (see TakesParser).
	Params []string
	// Result is the Go type the helper returns.
	Result string
	// TakesParser is set when the helper's first parameter is *peg.Parser.
	TakesParser bool
	// Rejects is set when the helper returns a bool after its value: false
	// rejects the match, and the rule fails as if its alternative had not
	// matched, without trying the alternatives after it (pegen's action
	// that returns NULL without an error). Such a helper can only be a
	// whole action.
	Rejects bool
	// Pos is where the helper is declared ("" for helpers known only at run
	// time).
	Pos string
}

// Catalog is the set of helpers a grammar's actions may call, and the
// imports their types need.
type Catalog struct {
	Helpers map[string]*HelperSig
	// Imports maps a package name used in helper types (ast) to its import
	// path.
	Imports map[string]string
}

// Names returns the helper names, sorted.
func (c *Catalog) Names() []string {
	names := make([]string, 0, len(c.Helpers))
	for n := range c.Helpers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the named helper, nil if unknown or if there is no
// catalog.
func (c *Catalog) Lookup(name string) *HelperSig {
	if c == nil {
		return nil
	}
	return c.Helpers[name]
}

// CatalogFromTable describes helpers known only at run time (a compiled-in
// table of peg.Helper values), for checking and interpreting grammars.
func CatalogFromTable(table map[string]peg.Helper) *Catalog {
	cat := &Catalog{Helpers: map[string]*HelperSig{}, Imports: map[string]string{}}
	for name, h := range table {
		cat.Helpers[name] = &HelperSig{Name: name, Params: h.Params, Result: h.Result, Rejects: h.Rejects}
	}
	return cat
}

package peg

import "github.com/peglab/peglab/pyerr"

// Error is the error type a parse raises and returns.
//
// Deprecated: it is pyerr.Error, kept under this name only while branches
// begun before the error type left this package migrate (rename *peg.Error
// to *pyerr.Error).
type Error = pyerr.Error

// NoEntryRule is the error of a parse asked to start at a rule the grammar
// does not have.
func NoEntryRule(entry string) *pyerr.Error {
	return &pyerr.Error{Type: pyerr.ValueError, Msg: "no entry rule " + entry}
}

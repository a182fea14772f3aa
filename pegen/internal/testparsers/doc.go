// Package testparsers holds the parsers generated from pegen's test
// grammars (pegen/testdata/grammars), and the action helpers those grammars
// call. The tests run every input through both the generated parser and
// the interpreter and require identical output.
package testparsers

//go:generate go run ../../../internal/build/generate -root ../../.. testparsers

// Package grammar holds the data users edit to change Python: the PEG
// grammar (python.gram), the token table (Tokens) and the AST description
// (Python.asdl). It embeds them so every tool can load the base grammar at
// run time: the grammar interpreter and the extension merger need it.
//
// go generate in this package regenerates every derived file of the
// repository (see internal/build/generate).
package grammar

//go:generate go run ../internal/build/generate -root ..

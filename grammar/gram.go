package grammar

import _ "embed"

// Python is the text of grammar/python.gram: Python 3.13's PEG grammar
// with the actions that build the AST. The parser in package parser is
// generated from it; the grammar interpreter and the extension merger read
// it at run time.
//
//go:embed python.gram
var Python string

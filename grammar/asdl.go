package grammar

import _ "embed"

// ASDL is the text of grammar/Python.asdl: the abstract syntax of Python
// 3.13, from which package ast and the parser's node helpers are generated.
// Extensions add to it with their own ext.asdl fragments.
//
//go:embed Python.asdl
var ASDL string

package grammar

import _ "embed"

// Tokens is the text of grammar/Tokens: one token type per line, in
// CPython's numbering order, with the exact text of each operator.
//
//go:embed Tokens
var Tokens string

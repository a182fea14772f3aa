// Package examples embeds the example programs, for the commands that
// offer them (the playground opens on Operators).
package examples

import _ "embed"

// Operators is operators.py: the two shipped extensions at work.
//
//go:embed operators.py
var Operators string

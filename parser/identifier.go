package parser

// IsXIDStart and IsXIDContinue are Python's identifier character classes
// (Unicode 15.1, as CPython 3.13), exported for str.isidentifier in the
// runtime.
func IsXIDStart(r rune) bool { return isXIDStart(r) }

// IsXIDContinue: see IsXIDStart.
func IsXIDContinue(r rune) bool { return isXIDContinue(r) }

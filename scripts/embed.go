// Package scripts holds the repository's helper scripts, and gives Go
// programs the ones they run: the peglab binary carries the oracle so that
// `peglab corpus --oracle` works from any directory.
package scripts

import _ "embed"

// Oracle is the text of oracle.py, the script that asks CPython 3.13 what
// it makes of a piece of source.
//
//go:embed oracle.py
var Oracle []byte

package main

import (
	"testing/fstest"

	"github.com/peglab/peglab/extensions"
)

// An extension compiled in besides the shipped ones, as `peglab ext new`
// and `go generate` leave one in a user's tree (issue 21, point 1): the
// goldens of this package must not change because of it. TestMain
// restricts the registry to the shipped extensions.
func init() {
	extensions.Register(&extensions.Extension{
		Name:    "zzuser",
		Summary: "an extension a user compiled in",
		Files:   fstest.MapFS{"Tokens": {Data: []byte("ZZUSER '<~>'\n")}},
	})
}

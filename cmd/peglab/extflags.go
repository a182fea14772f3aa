package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/extensions"
	_ "github.com/peglab/peglab/extensions/all" // every extension, registered
)

// extFlags are the extension flags the front-end commands share: --ext
// turns compiled-in extensions on (default: $PEGLAB_EXT), --ext-dir loads
// an extension folder that was never compiled in, for the commands that
// can run one (the tokenizer and the grammar interpreter).
type extFlags struct {
	list []string // --ext, as given (each may hold commas)
	dirs []string // --ext-dir, repeatable
}

// register adds --ext, and --ext-dir when the command can load folders.
func (f *extFlags) register(c *cobra.Command, dirs bool) {
	c.Flags().StringSliceVar(&f.list, "ext", nil, "enable the language extensions `NAME,...` (default $PEGLAB_EXT)")
	if dirs {
		c.Flags().StringArrayVar(&f.dirs, "ext-dir", nil, "load the extension folder `DIR` at run time, no rebuild, and enable it (repeatable)")
	}
}

// enabled resolves --ext (or $PEGLAB_EXT when the flag is absent) into
// compiled-in extensions; an unknown name is wrong use of the command.
func (f *extFlags) enabled(c *cobra.Command) ([]*extensions.Extension, error) {
	list := strings.Join(f.list, ",")
	fromEnv := !c.Flags().Changed("ext")
	if fromEnv {
		list = os.Getenv("PEGLAB_EXT")
	}
	exts, err := extensions.Resolve(list)
	if err != nil {
		if fromEnv {
			err = fmt.Errorf("$PEGLAB_EXT: %w", err)
		}
		return nil, usageError(c, err)
	}
	return exts, nil
}

// names is the names of exts, in order.
func names(exts []*extensions.Extension) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = e.Name
	}
	return out
}

package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// sourceFlags are the input flags every front-end command shares: a FILE
// argument, '-' for standard input, or -c CODE.
type sourceFlags struct {
	code string
}

func (f *sourceFlags) register(c *cobra.Command) {
	c.Flags().StringVarP(&f.code, "code", "c", "", "read the program from `CODE` instead of a file")
}

// source is one input program, read whole.
type source struct {
	name string // as Python shows it: the path, "<stdin>" or "<string>"
	data []byte
	file bool // read from the file name (CPython quotes error lines from it)
}

// read resolves the command's input from its arguments and flags.
func (f *sourceFlags) read(c *cobra.Command, args []string) (*source, error) {
	switch {
	case c.Flags().Changed("code"):
		if len(args) > 0 {
			return nil, usageError(c, fmt.Errorf("give either FILE or -c CODE, not both"))
		}
		return &source{name: "<string>", data: []byte(f.code)}, nil
	case len(args) == 0:
		return nil, usageError(c, fmt.Errorf("missing input: give FILE, '-' for standard input, or -c CODE"))
	case len(args) > 1:
		return nil, usageError(c, fmt.Errorf("too many arguments: %q", args[1:]))
	case args[0] == "-":
		data, err := io.ReadAll(c.InOrStdin())
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return &source{name: "<stdin>", data: data}, nil
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return nil, usageError(c, err)
	}
	return &source{name: args[0], data: data, file: true}, nil
}

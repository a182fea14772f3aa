package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/pipeline"
)

// sourceFlags are the input flags every front-end command shares: a FILE
// argument, '-' for standard input, or -c CODE.
type sourceFlags struct {
	code string
}

func (f *sourceFlags) register(c *cobra.Command) {
	c.Flags().StringVarP(&f.code, "code", "c", "", "read the program from `CODE` instead of a file")
}

// read resolves the command's input from its arguments and flags: the
// program, read whole, and where it came from.
func (f *sourceFlags) read(c *cobra.Command, args []string) (*pipeline.Input, error) {
	switch {
	case c.Flags().Changed("code"):
		if len(args) > 0 {
			return nil, usageError(c, fmt.Errorf("give either FILE or -c CODE, not both"))
		}
		return &pipeline.Input{Name: "<string>", Data: []byte(f.code)}, nil
	case len(args) == 0:
		return nil, usageError(c, fmt.Errorf("missing input: give FILE, '-' for standard input, or -c CODE"))
	case len(args) > 1:
		return nil, usageError(c, fmt.Errorf("too many arguments: %q", args[1:]))
	case args[0] == "-":
		data, err := io.ReadAll(c.InOrStdin())
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return &pipeline.Input{Name: "<stdin>", Data: data}, nil
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return nil, usageError(c, err)
	}
	return &pipeline.Input{Name: args[0], Data: data, FromFile: true}, nil
}

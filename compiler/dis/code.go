package dis

import "github.com/peglab/peglab/compiler/bytecode"

// Code returns the text of `peglab code`: every field of c and of its
// nested code objects, as scripts/oracle.py's code stage prints CPython's
// (see bytecode.Dump).
func Code(c *bytecode.Code) string { return bytecode.Dump(c) }

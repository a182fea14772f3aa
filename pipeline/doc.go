// Package pipeline is CPython's compile() for peglab: one entry that runs
// source through the stages in order,
//
//	source ──► parser (generated, or a grammar interpreted) ──► AST
//	       ──► symtable ──► compiler checks ──► (code object, with the compiler)
//
// and stops at the stage asked for, or at the first Python error (a
// *pyerr.Error, whichever stage raised it). Every command, the corpus
// stages, the tests and (later) the runtime's compile/exec/eval call it,
// so the stages are wired together in one place.
//
// A Frontend is the grammar choice, made once: the generated parser, or
// the grammar interpreter running the compiled-in grammar, an edited copy
// of it, and extension folders loaded at run time (--ext-dir); plus the
// extensions to enable. New builds one from a Config; Python is plain
// Python 3.13. An Input carries the source and where it came from, since
// CPython quotes the line of an error from the file only when the source
// was read from the file it names.
//
// The arrows: pipeline imports the stages (parser, symtable, compiler,
// internal/support/extload for folders loaded at run time); no stage imports
// pipeline.
package pipeline

// Package pyerr is Python's exceptions as the stages of peglab raise them:
// the exception class, message and location of a SyntaxError (and of the
// other errors reading and compiling source can raise), and CPython's
// rendering of them, the text traceback prints for an uncaught one.
//
// It is a leaf: it imports only the standard library, so every stage (the
// PEG runtime, the tokenizer and parser, symtable, the compiler, the
// runtime) can return the same *Error without importing each other.
//
// Locations follow CPython's SyntaxError attributes: 1-based lines, 1-based
// offsets counted in characters (CharOffset converts the byte columns the
// tokenizer keeps), and the quoted line as CPython finds it: from the
// tokenizer's buffer, decoded with errors="replace" (DecodeReplace), or,
// for errors raised after parsing, read back from the file (FileLine,
// SourceLine).
package pyerr

package pyerr

// SyntaxWarning is the class of the warnings the front end and compiler
// raise (DeprecationWarning only for feature_version < (3, 12), which
// peglab does not parse for).
const SyntaxWarning Class = "SyntaxWarning"

// Warning is one warning the tokenizer, parser or compiler raised, as
// CPython passes it to PyErr_WarnExplicitObject: a category, a message and
// the file and line it names (no module, no registry). CPython raises
// warnings as it goes; peglab's stages collect them in the order CPython
// would raise them, and the caller applies the warnings filters (see
// Warning.Err for the "error" action).
type Warning struct {
	Category Class
	Filename string
	Line     int
	Msg      string
	// Err is the SyntaxError CPython raises in the warning's place when
	// the filters turn it into an exception (-W error): the stage replaces
	// it with a located SyntaxError of the same message, and stops.
	Err *Error
}

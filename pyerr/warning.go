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
	// Stage is the part of CPython that raises it, which decides what an
	// exception in its place stops (see Emit).
	Stage    WarningStage
	Category Class
	Filename string
	Line     int
	Msg      string
	// Err is the SyntaxError CPython raises in the warning's place when
	// the filters turn it into an exception (-W error): the stage replaces
	// it with a located SyntaxError of the same message, and stops.
	Err *Error
	// InFString says the tokenizer raised it inside an f-string, where an
	// exception in its place does not replace the parser's (see Emit).
	InFString bool
}

// WarningStage is where a warning comes from.
type WarningStage uint8

// The stages that raise warnings.
const (
	TokenizerWarning WarningStage = iota // Parser/lexer: invalid decimal literal, \{ in f-strings
	ParserWarning                        // Parser/string_parser.c: invalid escape sequence
	CompilerWarning                      // Python/compile.c: "is" with a literal, ...
)

// Emit passes ws, collected in the order CPython raises them, to the
// warnings machinery as CPython would have: raise applies the filters to
// one warning (shows it, drops it...) and reports whether it became an
// exception. The result is the SyntaxError that exception turns into, or
// nil. An exception ends the compilation, so no later warning is raised,
// except that after a parser's warning the parser still tokenizes the
// rest of the source (_PyPegen_tokenize_full_source_to_check_for_errors):
// the tokenizer's later warnings are raised, and one of them turned into
// an exception replaces the first, unless it was raised inside an
// f-string (then the first stays, and tokenizing stops there).
func Emit(ws []Warning, raise func(Warning) bool) *Error {
	var first *Error
	for _, w := range ws {
		if first != nil && w.Stage != TokenizerWarning {
			continue
		}
		if !raise(w) {
			continue
		}
		if first != nil && w.InFString {
			return first
		}
		if first != nil || w.Stage != ParserWarning {
			return w.Err
		}
		first = w.Err
	}
	return first
}

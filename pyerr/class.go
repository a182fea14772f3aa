package pyerr

// Class is a Python exception class, by its name as Python prints it. The
// named constants are the classes the front end and compiler raise; a
// stage may raise another (an extension's own, say) by name.
type Class string

// The exception classes the stages raise.
const (
	SyntaxError        Class = "SyntaxError"
	IndentationError   Class = "IndentationError"
	TabError           Class = "TabError"
	MemoryError        Class = "MemoryError"
	RecursionError     Class = "RecursionError"
	ValueError         Class = "ValueError"
	UnicodeDecodeError Class = "UnicodeDecodeError"
	UnicodeEncodeError Class = "UnicodeEncodeError"
	SystemError        Class = "SystemError"
	RuntimeError       Class = "RuntimeError"
	// GrammarError is not Python's: the grammar interpreter raises it for
	// a grammar whose action passes a helper the wrong kind of value.
	GrammarError Class = "GrammarError"
)

// IsSyntaxError reports whether c is SyntaxError or one of its subclasses.
// Those always have a line number (0 when the error is in no line, like a
// bad encoding declaration), which traceback prints.
func (c Class) IsSyntaxError() bool {
	switch c {
	case SyntaxError, IndentationError, TabError:
		return true
	}
	return false
}

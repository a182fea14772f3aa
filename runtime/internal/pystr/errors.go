package pystr

// Error is a Python exception this package raises: its class name (Type,
// e.g. "ValueError") and CPython's exact message. Encoding and decoding
// errors carry the UnicodeError details the VM needs to build
// UnicodeEncodeError or UnicodeDecodeError objects (Unicode is nil for
// every other error).
type Error struct {
	Type, Msg string
	Unicode   *UnicodeDetail
}

// UnicodeDetail holds the attributes of a UnicodeEncodeError
// (Object is the str, as WTF-8) or UnicodeDecodeError (Object is the
// bytes): the codec name, the object, the failing range [Start, End) in
// code points (encode) or bytes (decode), and the reason.
type UnicodeDetail struct {
	Encoding   string
	Object     string
	Start, End int
	Reason     string
}

func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func valueError(msg string) *Error    { return &Error{Type: "ValueError", Msg: msg} }
func typeError(msg string) *Error     { return &Error{Type: "TypeError", Msg: msg} }
func overflowError(msg string) *Error { return &Error{Type: "OverflowError", Msg: msg} }

// maxOutput bounds the width and precision this package will lay out:
// past it CPython's allocation fails with MemoryError, and so does ours,
// before trying (CPython's own bound depends on the machine's memory).
const maxOutput = 1 << 28

func memoryError() *Error { return &Error{Type: "MemoryError"} }

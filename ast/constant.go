package ast

// NoneType is the type of None in Constant.Value and MatchSingleton.Value.
type NoneType struct{}

// None is Python's None as a constant value.
var None NoneType

// EllipsisType is the type of Ellipsis (...) in Constant.Value.
type EllipsisType struct{}

// Ellipsis is Python's Ellipsis as a constant value.
var Ellipsis EllipsisType

// Bytes is a bytes constant: the bytes themselves, held in an immutable Go
// string.
type Bytes string

// String returns "None".
func (NoneType) String() string { return "None" }

// String returns "Ellipsis".
func (EllipsisType) String() string { return "Ellipsis" }

package runtime

import (
	"math"
	"unsafe"
)

// Value is one Python object reference. Small ints and floats live inline
// in n, tagged by p pointing at a sentinel; every other object is a Go
// struct whose first field is a Header, and p points at it. The zero Value
// (p == nil) is the VM's NULL: an unbound local, an empty stack slot, the
// "no self" of a call.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// Header is the first field of every heap object: its type.
type Header struct {
	typ *Type
}

var (
	intTagByte   byte
	floatTagByte byte
	intTag       = unsafe.Pointer(&intTagByte)
	floatTag     = unsafe.Pointer(&floatTagByte)
)

// Null is the VM's NULL.
var Null Value

// MakeInt returns the inline int i.
func MakeInt(i int64) Value { return Value{intTag, uint64(i)} }

// MakeFloat returns the inline float f.
func MakeFloat(f float64) Value { return Value{floatTag, math.Float64bits(f)} }

// MakeBool returns True or False.
func MakeBool(b bool) Value {
	if b {
		return True
	}
	return False
}

func obj[T any](p *T) Value { return Value{p: unsafe.Pointer(p)} }

// IsNull reports whether v is NULL.
func (v Value) IsNull() bool { return v.p == nil }

// IsInt reports whether v is an inline int (bools and big ints are not).
func (v Value) IsInt() bool   { return v.p == intTag }
func (v Value) IsFloat() bool { return v.p == floatTag }
func (v Value) Int() int64    { return int64(v.n) }
func (v Value) Float() float64 {
	return math.Float64frombits(v.n)
}

// Type returns v's type.
func (v Value) Type() *Type {
	switch v.p {
	case intTag:
		return IntType
	case floatTag:
		return FloatType
	}
	return (*Header)(v.p).typ
}

// Is reports object identity (Python's `is`).
func (v Value) Is(w Value) bool { return v.p == w.p && v.n == w.n }

func (v Value) hdr() *Header { return (*Header)(v.p) }

// As-casts; callers have checked the type.
func (v Value) str() *Str         { return (*Str)(v.p) }
func (v Value) list() *List       { return (*List)(v.p) }
func (v Value) tuple() *Tuple     { return (*Tuple)(v.p) }
func (v Value) dict() *Dict       { return (*Dict)(v.p) }
func (v Value) typ() *Type        { return (*Type)(v.p) }
func (v Value) fn() *Function     { return (*Function)(v.p) }
func (v Value) exc() *Exception   { return (*Exception)(v.p) }
func (v Value) bigint() *BigInt   { return (*BigInt)(v.p) }
func (v Value) inst() *Instance   { return (*Instance)(v.p) }
func (v Value) set() *Set         { return (*Set)(v.p) }
func (v Value) builtin() *Builtin { return (*Builtin)(v.p) }
func (v Value) cell() *Cell       { return (*Cell)(v.p) }

// Singletons.
type singleton struct {
	Header
	name string
}

type boolObj struct {
	Header
	v bool
}

var (
	noneObj     = &singleton{name: "None"}
	notImplObj  = &singleton{name: "NotImplemented"}
	ellipsisObj = &singleton{name: "Ellipsis"}
	trueObj     = &boolObj{v: true}
	falseObj    = &boolObj{v: false}

	None           = obj(noneObj)
	NotImplemented = obj(notImplObj)
	Ellipsis       = obj(ellipsisObj)
	True           = obj(trueObj)
	False          = obj(falseObj)
)

func (v Value) isNone() bool { return v.p == unsafe.Pointer(noneObj) }
func (v Value) isNotImpl() bool {
	return v.p == unsafe.Pointer(notImplObj)
}

// Cell is a closure cell.
type Cell struct {
	Header
	v Value
}

func newCell(v Value) *Cell { return &Cell{Header{CellType}, v} }

package bytecode

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
)

// The marshal format's type codes (CPython's Python/marshal.c). A code
// or'ed with flagRef asks the reader to remember the object for later
// TYPE_REF back-references.
const (
	typeNull           = '0'
	typeNone           = 'N'
	typeFalse          = 'F'
	typeTrue           = 'T'
	typeStopIter       = 'S'
	typeEllipsis       = '.'
	typeInt            = 'i'
	typeInt64          = 'I' // no longer written, still read
	typeFloat          = 'f'
	typeBinaryFloat    = 'g'
	typeComplex        = 'x'
	typeBinaryComplex  = 'y'
	typeLong           = 'l'
	typeString         = 's' // bytes
	typeInterned       = 't'
	typeRef            = 'r'
	typeTuple          = '('
	typeList           = '['
	typeDict           = '{'
	typeCode           = 'c'
	typeUnicode        = 'u'
	typeSet            = '<'
	typeFrozenSet      = '>'
	typeASCII          = 'a'
	typeASCIIInterned  = 'A'
	typeSmallTuple     = ')'
	typeShortASCII     = 'z'
	typeShortASCIIIntr = 'Z'

	flagRef = 0x80

	// MarshalVersion is marshal.version in CPython 3.13.
	MarshalVersion = 4

	// maxMarshalDepth is MAX_MARSHAL_STACK_DEPTH: nesting deeper than this
	// is an error both ways, never a Go stack overflow.
	maxMarshalDepth = 2000
)

// StopIteration is the StopIteration class as marshal stores it (the only
// non-constant singleton the format knows).
type StopIterationType struct{}

// StopIteration is the value Unmarshal returns for TYPE_STOPITER.
var StopIteration StopIterationType

// List is a list read by Unmarshal.
type List []any

// Set is a set read by Unmarshal, its elements in the order the data held
// them (duplicates are not removed: that takes Python's equality).
type Set []any

// Dict is a dict read by Unmarshal: its items in the order the data held
// them. It is a pointer so that a dict can contain itself, as marshal
// allows.
type Dict struct {
	Keys, Values []any
}

// MarshalError is an error of marshal.loads or marshal.dumps, with the
// Python exception class CPython raises (ValueError, EOFError,
// UnicodeDecodeError, TypeError) and its message.
type MarshalError struct {
	Type string
	Msg  string
}

func (e *MarshalError) Error() string { return e.Type + ": " + e.Msg }

func badData(what string) error {
	return &MarshalError{"ValueError", "bad marshal data (" + what + ")"}
}

var errEOF = &MarshalError{"EOFError", "EOF read where object expected"}

// reserved marks a back-reference slot whose object (a code object or a
// frozenset, which CPython builds only after their contents) is still
// being read: a reference to it is invalid, as in CPython.
type reserved struct{}

type reader struct {
	data  []byte
	pos   int
	refs  []any
	depth int
}

// Unmarshal reads one value in CPython 3.13's marshal format (versions 0
// to 4; every type code marshal.loads accepts), as marshal.loads(data):
// the trailing bytes after the value are ignored. Values follow
// ast.Constant's conventions (ast.None, ast.Ellipsis, bool, int64 or
// *big.Int, float64, complex128, string as WTF-8, ast.Bytes), plus Tuple,
// List, Set, FrozenSet, *Dict, *Code and StopIteration.
func Unmarshal(data []byte) (any, error) {
	r := &reader{data: data}
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, &MarshalError{"TypeError", "NULL object in marshal data for object"}
	}
	return v, nil
}

func (r *reader) byte() (byte, bool) {
	if r.pos >= len(r.data) {
		return 0, false
	}
	b := r.data[r.pos]
	r.pos++
	return b, true
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.data)-r.pos {
		return nil, &MarshalError{"EOFError", "marshal data too short"}
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *reader) int32() (int32, error) {
	b, err := r.bytes(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

// size reads a length, which must be in 0..2**31-1.
func (r *reader) size(what string) (int, error) {
	n, err := r.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, badData(what + " size out of range")
	}
	return int(n), nil
}

// ref remembers v when the type code asked for it.
func (r *reader) ref(v any, flag bool) any {
	if flag {
		r.refs = append(r.refs, v)
	}
	return v
}

// object reads one value; nil (no error) is TYPE_NULL.
func (r *reader) object() (any, error) {
	code, ok := r.byte()
	if !ok {
		return nil, errEOF
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxMarshalDepth {
		return nil, &MarshalError{"ValueError", "recursion limit exceeded"}
	}
	flag := code&flagRef != 0
	switch code &^ flagRef {
	case typeNull:
		return nil, nil
	case typeNone:
		return ast.None, nil
	case typeStopIter:
		return StopIteration, nil
	case typeEllipsis:
		return ast.Ellipsis, nil
	case typeFalse:
		return false, nil
	case typeTrue:
		return true, nil
	case typeInt:
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		return r.ref(int64(n), flag), nil
	case typeInt64:
		b, err := r.bytes(8)
		if err != nil {
			return nil, err
		}
		return r.ref(int64(binary.LittleEndian.Uint64(b)), flag), nil
	case typeLong:
		v, err := r.long()
		if err != nil {
			return nil, err
		}
		return r.ref(v, flag), nil
	case typeFloat:
		f, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		return r.ref(f, flag), nil
	case typeBinaryFloat:
		b, err := r.bytes(8)
		if err != nil {
			return nil, err
		}
		return r.ref(math.Float64frombits(binary.LittleEndian.Uint64(b)), flag), nil
	case typeComplex:
		re, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		im, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		return r.ref(complex(re, im), flag), nil
	case typeBinaryComplex:
		b, err := r.bytes(16)
		if err != nil {
			return nil, err
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(b))
		im := math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))
		return r.ref(complex(re, im), flag), nil
	case typeString:
		n, err := r.size("bytes object")
		if err != nil {
			return nil, err
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		return r.ref(ast.Bytes(b), flag), nil
	case typeASCII, typeASCIIInterned:
		n, err := r.size("string")
		if err != nil {
			return nil, err
		}
		return r.latin1(n, flag)
	case typeShortASCII, typeShortASCIIIntr:
		n, ok := r.byte()
		if !ok {
			return nil, errEOF
		}
		return r.latin1(int(n), flag)
	case typeInterned, typeUnicode:
		n, err := r.size("unicode")
		if err != nil {
			return nil, err
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		if err := checkWTF8(b); err != nil {
			return nil, err
		}
		return r.ref(string(b), flag), nil
	case typeTuple:
		n, err := r.size("tuple")
		if err != nil {
			return nil, err
		}
		return r.sequence(n, flag, func(n int) []any { t := make(Tuple, n); return t }, func(s []any) any { return Tuple(s) })
	case typeSmallTuple:
		n, ok := r.byte()
		if !ok {
			return nil, errEOF
		}
		return r.sequence(int(n), flag, func(n int) []any { t := make(Tuple, n); return t }, func(s []any) any { return Tuple(s) })
	case typeList:
		n, err := r.size("list")
		if err != nil {
			return nil, err
		}
		return r.sequence(n, flag, func(n int) []any { return make(List, n) }, func(s []any) any { return List(s) })
	case typeSet:
		n, err := r.size("set")
		if err != nil {
			return nil, err
		}
		return r.sequence(n, flag, func(n int) []any { return make(Set, n) }, func(s []any) any { return Set(s) })
	case typeFrozenSet:
		n, err := r.size("set")
		if err != nil {
			return nil, err
		}
		return r.frozenset(n, flag)
	case typeDict:
		return r.dict(flag)
	case typeRef:
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		if n < 0 || int(n) >= len(r.refs) {
			return nil, badData("invalid reference")
		}
		v := r.refs[n]
		if _, ok := v.(reserved); ok {
			return nil, badData("invalid reference")
		}
		return v, nil
	case typeCode:
		return r.code(flag)
	}
	return nil, badData("unknown type code")
}

// capHint bounds a preallocation by what the remaining data can hold
// (one byte per element at least), so a forged length cannot make us
// allocate gigabytes.
func (r *reader) fits(n int) bool { return n <= len(r.data)-r.pos }

func (r *reader) sequence(n int, flag bool, mk func(int) []any, wrap func([]any) any) (any, error) {
	if !r.fits(n) {
		return nil, errEOF
	}
	s := mk(n)
	v := r.ref(wrap(s), flag) // before the items: an item may refer back to it
	for i := range s {
		x, err := r.object()
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, &MarshalError{"TypeError", "NULL object in marshal data for " + seqName(v)}
		}
		s[i] = x
	}
	return v, nil
}

func seqName(v any) string {
	switch v.(type) {
	case Tuple:
		return "tuple"
	case List:
		return "list"
	}
	return "set"
}

func (r *reader) frozenset(n int, flag bool) (any, error) {
	if !r.fits(n) {
		return nil, errEOF
	}
	idx := len(r.refs)
	if flag && n > 0 {
		r.refs = append(r.refs, reserved{})
	}
	s := make(FrozenSet, n)
	for i := range s {
		x, err := r.object()
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, &MarshalError{"TypeError", "NULL object in marshal data for set"}
		}
		s[i] = x
	}
	if flag {
		if n > 0 {
			r.refs[idx] = s
		} else {
			r.refs = append(r.refs, s)
		}
	}
	return s, nil
}

func (r *reader) dict(flag bool) (any, error) {
	d := &Dict{}
	r.ref(d, flag)
	for {
		k, err := r.object()
		if err != nil {
			return nil, err
		}
		if k == nil {
			return d, nil
		}
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		if v == nil {
			return d, nil
		}
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, v)
	}
}

func (r *reader) latin1(n int, flag bool) (any, error) {
	b, err := r.bytes(n)
	if err != nil {
		return nil, err
	}
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return r.ref(string(b), flag), nil
	}
	out := make([]byte, 0, 2*n)
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return r.ref(string(out), flag), nil
}

func (r *reader) textFloat() (float64, error) {
	n, ok := r.byte()
	if !ok {
		return 0, errEOF
	}
	b, err := r.bytes(int(n))
	if err != nil {
		return 0, err
	}
	f, perr := strconv.ParseFloat(string(b), 64)
	if perr != nil {
		if ne, ok := perr.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, &MarshalError{"ValueError", "could not convert string to float: " + ast.ReprString(string(b))}
		}
	}
	return f, nil
}

// long reads TYPE_LONG: a signed count of 15-bit digits, least
// significant first, the sign of the count being the number's.
func (r *reader) long() (any, error) {
	n, err := r.int32()
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return int64(0), nil
	}
	if n < -(1<<31 - 1) {
		return nil, badData("long size out of range")
	}
	size := int(n)
	if size < 0 {
		size = -size
	}
	b, err := r.bytes(2 * size)
	if err != nil {
		return nil, err
	}
	var d uint16
	for i := 0; i < size; i++ {
		d = binary.LittleEndian.Uint16(b[2*i:])
		if d >= 1<<15 {
			return nil, badData("digit out of range in long")
		}
	}
	if d == 0 {
		return nil, badData("unnormalized long data")
	}
	if size <= 4 { // 60 bits fit an int64
		var v int64
		for i := size - 1; i >= 0; i-- {
			v = v<<15 | int64(binary.LittleEndian.Uint16(b[2*i:]))
		}
		if n < 0 {
			v = -v
		}
		return v, nil
	}
	words := make([]big.Word, 0, size*15/bitsPerWord+1)
	var acc big.Word
	bits := 0
	for i := 0; i < size; i++ {
		dig := big.Word(binary.LittleEndian.Uint16(b[2*i:]))
		acc |= dig << bits
		bits += 15
		if bits >= bitsPerWord {
			words = append(words, acc)
			bits -= bitsPerWord
			acc = dig >> (15 - bits)
		}
	}
	if bits > 0 {
		words = append(words, acc)
	}
	v := new(big.Int).SetBits(words)
	if n < 0 {
		v.Neg(v)
	}
	return normInt(v), nil
}

const bitsPerWord = 32 << (^big.Word(0) >> 63)

// normInt returns v as an int64 when it fits, as ast.Constant holds ints.
func normInt(v *big.Int) any {
	if v.IsInt64() {
		return v.Int64()
	}
	return v
}

func (r *reader) code(flag bool) (any, error) {
	idx := len(r.refs)
	if flag {
		r.refs = append(r.refs, reserved{})
	}
	c := &Code{}
	ints := func(dst ...*int) error {
		for _, p := range dst {
			n, err := r.int32()
			if err != nil {
				return err
			}
			*p = int(n)
		}
		return nil
	}
	var flags int
	if err := ints(&c.ArgCount, &c.PosOnlyArgCount, &c.KwOnlyArgCount, &c.StackSize, &flags); err != nil {
		return nil, err
	}
	c.Flags = CodeFlags(uint32(flags))
	var err error
	if c.Bytecode, err = r.bytesField(); err != nil {
		return nil, err
	}
	consts, err := r.tupleField()
	if err != nil {
		return nil, err
	}
	c.Consts = consts
	if c.Names, err = r.strTupleField(); err != nil {
		return nil, err
	}
	if c.LocalsPlusNames, err = r.strTupleField(); err != nil {
		return nil, err
	}
	kinds, err := r.bytesField()
	if err != nil {
		return nil, err
	}
	c.LocalsPlusKinds = make([]LocalKind, len(kinds))
	for i, k := range kinds {
		c.LocalsPlusKinds[i] = LocalKind(k)
	}
	if c.Filename, err = r.strField(); err != nil {
		return nil, err
	}
	if c.Name, err = r.strField(); err != nil {
		return nil, err
	}
	if c.QualName, err = r.strField(); err != nil {
		return nil, err
	}
	if err := ints(&c.FirstLineNo); err != nil {
		return nil, err
	}
	if c.LineTable, err = r.bytesField(); err != nil {
		return nil, err
	}
	if c.ExceptionTable, err = r.bytesField(); err != nil {
		return nil, err
	}
	if len(c.Bytecode)%2 != 0 || len(c.LocalsPlusNames) != len(c.LocalsPlusKinds) {
		return nil, &MarshalError{"SystemError", "bad argument to internal function"}
	}
	if flag {
		r.refs[idx] = c
	}
	return c, nil
}

func (r *reader) field() (any, error) {
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, &MarshalError{"TypeError", "NULL object in marshal data for object"}
	}
	return v, nil
}

func badCodeField() error {
	return &MarshalError{"SystemError", "bad argument to internal function"}
}

func (r *reader) bytesField() ([]byte, error) {
	v, err := r.field()
	if err != nil {
		return nil, err
	}
	b, ok := v.(ast.Bytes)
	if !ok {
		return nil, badCodeField()
	}
	return []byte(b), nil
}

func (r *reader) tupleField() ([]any, error) {
	v, err := r.field()
	if err != nil {
		return nil, err
	}
	t, ok := v.(Tuple)
	if !ok {
		return nil, badCodeField()
	}
	return []any(t), nil
}

func (r *reader) strTupleField() ([]string, error) {
	t, err := r.tupleField()
	if err != nil {
		return nil, err
	}
	out := make([]string, len(t))
	for i, x := range t {
		s, ok := x.(string)
		if !ok {
			return nil, badCodeField()
		}
		out[i] = s
	}
	return out, nil
}

func (r *reader) strField() (string, error) {
	v, err := r.field()
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", badCodeField()
	}
	return s, nil
}

// checkWTF8 accepts UTF-8 with surrogate code points (what CPython's
// "surrogatepass" error handler decodes), and otherwise fails as the
// utf-8 codec does.
func checkWTF8(b []byte) error {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var n int
		var lo, hi byte = 0x80, 0xBF
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 2
		case c == 0xE0:
			n, lo = 3, 0xA0
		case c >= 0xE1 && c <= 0xEF: // 0xED includes the surrogates: passed
			n = 3
		case c == 0xF0:
			n, lo = 4, 0x90
		case c >= 0xF1 && c <= 0xF3:
			n = 4
		case c == 0xF4:
			n, hi = 4, 0x8F
		default:
			return decodeError(c, i, "invalid start byte")
		}
		for k := 1; k < n; k++ {
			if i+k >= len(b) {
				return decodeError(c, i, "unexpected end of data")
			}
			if d := b[i+k]; d < lo || d > hi {
				return decodeError(c, i, "invalid continuation byte")
			}
			lo, hi = 0x80, 0xBF
		}
		i += n
	}
	return nil
}

func decodeError(c byte, pos int, why string) error {
	const hexd = "0123456789abcdef"
	return &MarshalError{"UnicodeDecodeError", "'utf-8' codec can't decode byte 0x" +
		string([]byte{hexd[c>>4], hexd[c&15]}) + " in position " + strconv.Itoa(pos) + ": " + why}
}

// writer writes the marshal format. Strings and bytes are written once
// and referred back to after (TYPE_REF), as CPython's writer does for
// objects it sees twice; the other values are written in full each time.
type writer struct {
	out   []byte
	strs  map[string]int32
	bytes map[string]int32
	nrefs int32
	depth int
}

// Marshal writes v in the marshal format of CPython 3.13 (version 4), as
// marshal.dumps(v): the value kinds Unmarshal returns (int also accepted).
// The bytes may differ from CPython's where CPython's choice depends on
// its reference counts (which objects get FLAG_REF) or on hashing (the
// order of a set), never in the value they load as.
func Marshal(v any) ([]byte, error) {
	w := &writer{strs: map[string]int32{}, bytes: map[string]int32{}}
	if err := w.object(v, false); err != nil {
		return nil, err
	}
	return w.out, nil
}

func (w *writer) int32(n int32) { w.out = binary.LittleEndian.AppendUint32(w.out, uint32(n)) }

func (w *writer) size(n int) error {
	if n > math.MaxInt32 {
		return &MarshalError{"ValueError", "unmarshallable object"}
	}
	w.int32(int32(n))
	return nil
}

func (w *writer) object(v any, intern bool) error {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxMarshalDepth {
		return &MarshalError{"ValueError", "object too deeply nested to marshal"}
	}
	switch v := v.(type) {
	case nil, ast.NoneType:
		w.out = append(w.out, typeNone)
	case ast.EllipsisType:
		w.out = append(w.out, typeEllipsis)
	case StopIterationType:
		w.out = append(w.out, typeStopIter)
	case bool:
		if v {
			w.out = append(w.out, typeTrue)
		} else {
			w.out = append(w.out, typeFalse)
		}
	case int:
		w.int(int64(v))
	case int64:
		w.int(v)
	case *big.Int:
		if v.IsInt64() {
			w.int(v.Int64())
		} else {
			w.long(v)
		}
	case float64:
		w.out = append(w.out, typeBinaryFloat)
		w.out = binary.LittleEndian.AppendUint64(w.out, math.Float64bits(v))
	case complex128:
		w.out = append(w.out, typeBinaryComplex)
		w.out = binary.LittleEndian.AppendUint64(w.out, math.Float64bits(real(v)))
		w.out = binary.LittleEndian.AppendUint64(w.out, math.Float64bits(imag(v)))
	case string:
		return w.str(v, intern)
	case ast.Bytes:
		return w.bytesObj(string(v))
	case []byte:
		return w.bytesObj(string(v))
	case Tuple:
		return w.seq(typeTuple, []any(v), true)
	case List:
		return w.seq(typeList, []any(v), false)
	case Set:
		return w.seq(typeSet, []any(v), false)
	case FrozenSet:
		return w.seq(typeFrozenSet, []any(v), false)
	case *Dict:
		w.out = append(w.out, typeDict)
		for i, k := range v.Keys {
			if err := w.object(k, false); err != nil {
				return err
			}
			if err := w.object(v.Values[i], false); err != nil {
				return err
			}
		}
		w.out = append(w.out, typeNull)
	case *Code:
		return w.code(v)
	default:
		return &MarshalError{"ValueError", "unmarshallable object"}
	}
	return nil
}

func (w *writer) int(n int64) {
	if n >= math.MinInt32 && n <= math.MaxInt32 {
		w.out = append(w.out, typeInt)
		w.int32(int32(n))
		return
	}
	w.long(new(big.Int).SetInt64(n))
}

// long writes TYPE_LONG: the magnitude in 15-bit digits, least
// significant first, after their count carrying the sign.
func (w *writer) long(v *big.Int) {
	w.out = append(w.out, typeLong)
	mag := new(big.Int).Abs(v)
	var digits []uint16
	mask := big.NewInt(1<<15 - 1)
	d := new(big.Int)
	for mag.Sign() != 0 {
		digits = append(digits, uint16(d.And(mag, mask).Uint64()))
		mag.Rsh(mag, 15)
	}
	n := int32(len(digits))
	if v.Sign() < 0 {
		n = -n
	}
	w.int32(n)
	for _, dg := range digits {
		w.out = binary.LittleEndian.AppendUint16(w.out, dg)
	}
}

func (w *writer) str(s string, intern bool) error {
	if i, ok := w.strs[s]; ok {
		w.out = append(w.out, typeRef)
		w.int32(i)
		return nil
	}
	w.strs[s] = w.nrefs
	w.nrefs++
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	switch {
	case ascii && len(s) < 256:
		t := byte(typeShortASCII)
		if intern {
			t = typeShortASCIIIntr
		}
		w.out = append(w.out, t|flagRef, byte(len(s)))
	case ascii:
		t := byte(typeASCII)
		if intern {
			t = typeASCIIInterned
		}
		w.out = append(w.out, t|flagRef)
		if err := w.size(len(s)); err != nil {
			return err
		}
	default:
		t := byte(typeUnicode)
		if intern {
			t = typeInterned
		}
		w.out = append(w.out, t|flagRef)
		if err := w.size(len(s)); err != nil {
			return err
		}
	}
	w.out = append(w.out, s...)
	return nil
}

func (w *writer) bytesObj(b string) error {
	if i, ok := w.bytes[b]; ok {
		w.out = append(w.out, typeRef)
		w.int32(i)
		return nil
	}
	w.bytes[b] = w.nrefs
	w.nrefs++
	w.out = append(w.out, typeString|flagRef)
	if err := w.size(len(b)); err != nil {
		return err
	}
	w.out = append(w.out, b...)
	return nil
}

func (w *writer) seq(t byte, items []any, small bool) error {
	if small && len(items) < 256 {
		w.out = append(w.out, typeSmallTuple, byte(len(items)))
	} else {
		w.out = append(w.out, t)
		if err := w.size(len(items)); err != nil {
			return err
		}
	}
	for _, x := range items {
		if err := w.object(x, false); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) strTuple(names []string) error {
	w.out = append(w.out, typeSmallTuple)
	if len(names) < 256 {
		w.out = append(w.out, byte(len(names)))
	} else {
		w.out[len(w.out)-1] = typeTuple
		if err := w.size(len(names)); err != nil {
			return err
		}
	}
	for _, s := range names {
		if err := w.str(s, true); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) code(c *Code) error {
	w.out = append(w.out, typeCode)
	for _, n := range []int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.StackSize, int(int32(uint32(c.Flags)))} {
		w.int32(int32(n))
	}
	if err := w.bytesObj(string(c.Bytecode)); err != nil {
		return err
	}
	// Constants that look like identifiers are interned, as CPython's code
	// objects intern them.
	w.out = append(w.out, typeSmallTuple)
	if len(c.Consts) < 256 {
		w.out = append(w.out, byte(len(c.Consts)))
	} else {
		w.out[len(w.out)-1] = typeTuple
		if err := w.size(len(c.Consts)); err != nil {
			return err
		}
	}
	for _, x := range c.Consts {
		s, ok := x.(string)
		if err := w.object(x, ok && allNameChars(s)); err != nil {
			return err
		}
	}
	if err := w.strTuple(c.Names); err != nil {
		return err
	}
	if err := w.strTuple(c.LocalsPlusNames); err != nil {
		return err
	}
	kinds := make([]byte, len(c.LocalsPlusKinds))
	for i, k := range c.LocalsPlusKinds {
		kinds[i] = byte(k)
	}
	if err := w.bytesObj(string(kinds)); err != nil {
		return err
	}
	for _, s := range []string{c.Filename, c.Name, c.QualName} {
		if err := w.str(s, true); err != nil {
			return err
		}
	}
	w.int32(int32(c.FirstLineNo))
	if err := w.bytesObj(string(c.LineTable)); err != nil {
		return err
	}
	return w.bytesObj(string(c.ExceptionTable))
}

// allNameChars: the strings CPython's code objects intern among their
// constants (ASCII letters, digits and underscores).
func allNameChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

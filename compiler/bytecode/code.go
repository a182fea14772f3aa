package bytecode

// Code is a code object as CPython 3.13 builds it: every co_* field, in the
// form the VM runs. Derived views (co_varnames, co_cellvars, co_freevars,
// co_nlocals, co_lines, co_positions, the exception table entries) are
// methods.
type Code struct {
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           CodeFlags
	StackSize       int
	FirstLineNo     int
	Name            string
	QualName        string
	Filename        string

	// Bytecode is co_code: 2-byte code units (opcode, oparg), EXTENDED_ARG
	// prefixes and the zeroed inline cache entries included, as 3.13's
	// assembler writes it.
	Bytecode []byte
	// Consts is co_consts. Values follow ast.Constant's conventions (ast.None,
	// ast.Ellipsis, bool, int64, *big.Int, float64, complex128, string,
	// ast.Bytes), plus Tuple, FrozenSet and *Code.
	Consts []any
	// Names is co_names.
	Names []string
	// LocalsPlusNames and LocalsPlusKinds are co_localsplusnames and
	// co_localspluskinds: the fast locals, cells and free variables in
	// frame order, each with its Fast* kind bits.
	LocalsPlusNames []string
	LocalsPlusKinds []LocalKind
	// LineTable is co_linetable in 3.13's location-table format.
	LineTable []byte
	// ExceptionTable is co_exceptiontable: varint-encoded entries.
	ExceptionTable []byte
}

// Tuple is a tuple constant.
type Tuple []any

// FrozenSet is a frozenset constant, its elements in the order they were
// added to the set: for a code object read by Unmarshal, the data's order;
// for the compiler's, the order merge_consts_recursive adds them in, which
// is SetOrder of the source order (CPython builds the set from the source,
// then rebuilds it from that set's iteration order). SetOrder of a
// FrozenSet is the order Python iterates it (and dis prints it).
type FrozenSet []any

// CodeFlags are co_flags.
type CodeFlags uint32

const (
	CoOptimized          CodeFlags = 0x0001
	CoNewLocals          CodeFlags = 0x0002
	CoVarArgs            CodeFlags = 0x0004
	CoVarKeywords        CodeFlags = 0x0008
	CoNested             CodeFlags = 0x0010
	CoGenerator          CodeFlags = 0x0020
	CoCoroutine          CodeFlags = 0x0080
	CoIterableCoroutine  CodeFlags = 0x0100
	CoAsyncGenerator     CodeFlags = 0x0200
	CoFutureDivision     CodeFlags = 0x20000
	CoFutureAbsImport    CodeFlags = 0x40000
	CoFutureWithStmt     CodeFlags = 0x80000
	CoFuturePrintFunc    CodeFlags = 0x100000
	CoFutureUnicodeLit   CodeFlags = 0x200000
	CoFutureBarryAsBDFL  CodeFlags = 0x400000
	CoFutureGeneratorStp CodeFlags = 0x800000
	CoFutureAnnotations  CodeFlags = 0x1000000
)

// LocalKind is a co_localspluskinds byte.
type LocalKind uint8

const (
	FastHidden LocalKind = 0x10 // an inlined comprehension's variable (PEP 709)
	FastLocal  LocalKind = 0x20
	FastCell   LocalKind = 0x40
	FastFree   LocalKind = 0x80
)

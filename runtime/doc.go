// Package runtime is peglab's VM: it runs CPython 3.13's code objects
// (bytecode.Code, from peglab's compiler or from CPython's marshal) the way
// CPython 3.13's ceval.c does, with the same output, the same exceptions
// and the same tracebacks.
//
// # Values
//
// A Value is a 16-byte struct {p unsafe.Pointer; n uint64}, never an
// interface. An int that fits in int64 and every float live inline in n,
// with p pointing at a sentinel byte (intTag, floatTag), so int and float
// arithmetic allocates nothing. Every other object is a Go struct whose
// first field is a Header holding its *Type, and p points at it: the type
// of a Value is one compare and one load. The zero Value is the VM's NULL
// (an unbound local, the "no self" slot of a call, an empty cell). None,
// True, False, NotImplemented and Ellipsis are singletons; identity (`is`)
// is equality of both words. Ints beyond int64 are *BigInt (math/big),
// normalized back to inline whenever a result fits, so one int value has
// one representation.
//
// A str (*Str) holds its text as a Go string in WTF-8 (lone surrogates
// survive, as in ast.Constant), its length in code points, an ASCII flag
// and its cached hash. Indexing is O(1) for ASCII text; other text builds,
// on first index, the byte offset of every 16th code point, so no index
// costs more than 15 decoding steps. `s += t` in a loop is linear: the
// result shares a growable buffer whose unseen tail the next concatenation
// appends to (strConcat), standing in for CPython's in-place resize of a
// str with one reference.
//
// # Types and slots
//
// A *Type is typeobject.c's type: name, bases, C3 MRO, dict, and Go slot
// functions the VM calls directly (repr, str, hash, richcmp, getattr,
// setattr, call, iter, next, length, getitem, setitem, contains, bool,
// descriptor get/set, unary ops, new, init) plus num, a table of binary
// operator slots indexed by BINARY_OP's oparg (NB_ADD ... NB_INPLACE_XOR).
// Builtin types fill the slots with Go functions; a class statement's type
// gets, for each dunder its MRO defines in a class dict, a slot that looks
// the dunder up and calls it (fixSlots, after fixup_slot_dispatchers), and
// inherits the rest. Explicit calls of dunders of builtin types
// (object.__init__(self), int.__add__, super().__eq__(o)) go through
// wrappers generated from the slots (addSlotWrappers).
//
// Binary operators dispatch as binary_op1: the right operand's slot first
// when its type is a proper subtype, NotImplemented falls through, and the
// errors carry CPython's wording ("unsupported operand type(s) for +:
// 'int' and 'str'"). Slots are compared by pointer identity (*binSlot), as
// CPython compares C function pointers. The operator table is data:
// RegisterBinaryOp(oparg, symbol, dunder, rdunder) adds a row (an
// extension's `->` with __arrow__/__rarrow__), RegisterInplaceOp its
// in-place form, SetBinaryOp a Go implementation on a builtin type, and
// RegisterCompareOp a COMPARE_OP operator (`~=`).
//
// Attribute lookup is PyObject_GenericGetAttr: data descriptors on the
// type, then the instance dict, then other descriptors. Type lookups are
// cached per type and name, and every cache is dropped when any type's
// dict changes (typeVersion).
//
// Dicts are compact ordered tables (entries in insertion order plus an
// open-addressing index, grown as dictobject.c grows it) with a Version
// bumped on every change and a keysVersion bumped only when a key is
// added or removed or the index is rebuilt, for inline caches. Sets use runtime/internal/hashtab's setobject.c table, so their
// iteration order is CPython's; hashes are CPython's (runtime/internal/
// pyhash: siphash13 for str and bytes with PYTHONHASHSEED=0's key, the
// modular int and float hash, xxHash-based tuples); sorting is CPython's
// timsort (runtime/internal/pysort).
//
// # Containers: what each technique bought
//
// Measured as CPU time (user+sys, GC threads included) of whole `peglab
// run` processes against python3.13, best of 3 (bench/*.py, one run on a
// loaded two-core machine, so +-10%), before -> after. Sorting keys are pre-scanned as list_sort_impl does: one exact
// type among str, machine int, float or tuple picks a comparator that
// skips rich comparison (tuples compare item by item with the same fast
// cases, and container equality, itemEqual, inlines exact str/int/float):
// sorting.py 1.83x -> 1.05x. BINARY_SLICE/STORE_SLICE on exact lists,
// tuples and strs with int/None bounds make no slice object (getSlice,
// setSlice), and slice assignment and deletion work in place
// (replaceRange, delRange): fannkuch.py 2.71x -> 1.78x. The dict index
// grows as dictobject.c's (GROWTH_RATE used*3) with the entries array
// allocated once at the index's usable size, %-format writes machine ints
// with strconv rather than big.Int, and Get/Set hash int and str keys
// inline: dicts.py 2.41x -> 2.07x and 87 -> 77 MB. A full list doubles
// on append (Go's quarter growth copied each item about four times):
// comprehensions.py allocates a fifth less, its time being the eval loop's.
// Small tuples (1-4 items) and short concatenations (<= 32 bytes) carry
// their contents in their own allocation, and str.split builds its list
// directly: records.py 2.00x -> 1.71x, wordfreq.py 1.96x -> 1.68x,
// strings.py 2.23x -> 1.95x. hashtab's dict, measured against dict.go's
// table in dict_bench_test.go, was level with it once dict.go took its
// growth policy; dict.go stays, because the eval loop's caches and the
// instance layout index its entries directly.
//
// # Code objects and quickening
//
// NewCode converts a bytecode.Code once: constants become Values, names
// are interned (*Str pointers compare first in dict lookups), and co_code
// becomes the VM's instruction array, one instr{op, arg, cache} per real
// instruction: EXTENDED_ARG folded into arg, inline cache entries dropped,
// jump offsets turned into absolute instruction indices, and an inline
// cache slot given to each LOAD_GLOBAL. The exception table is decoded
// into instruction-index ranges, and units[] maps each instruction back to
// its code unit for co_positions (decoded on the first traceback). The
// bytecode.Code itself is never changed: dis shows 3.13's bytecode.
//
// LOAD_GLOBAL's cache holds where the name was found (globals or
// builtins, and the entry index), valid while both dicts' keysVersions
// are unchanged, so a global read is a few compares and a load.
// LOAD_ATTR's and STORE_ATTR's caches hold, per type and typeVersion,
// what the type's side of the generic lookup found, and specialize on it
// as PEP 659's families do (runtime/attrcache.go):
//
//   - LOAD_ATTR_WITH_HINT / STORE_ATTR_INSTANCE_VALUE: no descriptor on
//     the type, so the instance dict decides; the entry number the name
//     had in the last dict seen is tried with one pointer compare (objects
//     of one class built by one __init__ share their key order) before
//     the dict is probed by hash.
//   - LOAD_ATTR_METHOD: a function or method descriptor on the type is
//     pushed unbound with self (no bound method); the instance dict must
//     not shadow it, and the last receiver dict known to lack the name is
//     remembered with its keysVersion, so self.m() does not hash.
//   - LOAD_ATTR_PROPERTY: a property whose getter is a Python function of
//     self alone has its frame pushed in the loop.
//   - LOAD_ATTR_MODULE (module dict by hint) and LOAD_ATTR_CLASS (an
//     attribute of a class object that needs no binding, by class and
//     typeVersion).
//   - A site that sees two types keeps both (a second entry swapped in),
//     so polymorphic code (deltablue's constraint subclasses) does not
//     refill the cache from the type's MRO dict on every miss.
//
// Other specializations test their operands inline and fall back to the
// generic path (no deopt state to keep): BINARY_OP_*_INT (+ - * & | ^ //
// % >> /) and _FLOAT (mixed int/float too), COMPARE_OP_INT/_FLOAT/_STR,
// BINARY_SUBSCR_LIST_INT/_TUPLE_INT/_DICT, STORE_SUBSCR_LIST_INT/_DICT,
// list slices by ints without a slice object, FOR_ITER_RANGE/_LIST/
// _TUPLE, CALL_PY_EXACT_ARGS (closures too: the callee's own prologue
// makes its cells), CALL_ALLOC_AND_ENTER_INIT (the class's __init__ kept
// per type), CALL_BUILTIN_FAST and CALL_METHOD_DESCRIPTOR_FAST. A
// COMPARE_OP, IS_OP or TO_BOOL followed by POP_JUMP_IF_FALSE/TRUE jumps
// itself (a superinstruction made by looking one instruction ahead): one
// dispatch and no bool for every condition.
//
// # Frames and the value stack
//
// A Thread owns a large []Value. A call carves the callee's frame from it:
// localsplus (fast locals, then cells, then free variables, in
// co_localsplusnames order) followed by the value stack, in one slice, so
// a simple call allocates nothing; Frame structs are pooled by depth.
// Cells are *Cell objects made by MAKE_CELL (wrapping an argument's value
// when the cell is a parameter); COPY_FREE_VARS copies the function's
// closure tuple into the free slots. Module and class bodies also have a
// locals mapping (LOAD_NAME, STORE_NAME).
//
// Thread.run is the eval loop: a switch on the opcode with the stack
// pointer, pc and localsplus in locals. Python-to-Python calls (CALL of a
// function that is not a generator, and Class(...) of a plain class whose
// __init__ is a Python function: the instance is allocated and __init__'s
// frame marked to return it, as CALL_ALLOC_AND_ENTER_INIT does) push a
// frame and continue in the same loop; RETURN_VALUE pops back to the
// caller in the same loop. So Python
// recursion never recurses in Go, and RecursionError comes at
// sys.getrecursionlimit() (1000 by default) frames, counted in pushFrame.
// Go code calling Python (a key function, __repr__, __init__ from
// type.__call__) enters run again with an entry frame that returns to it;
// those frames count toward the same limit, and such Go-level re-entries
// are bounded too (maxGoDepth), so raising the recursion limit can never
// overflow the Go stack.
//
// Stack layout of a call, as in 3.13: callable, self_or_null, args...
// (CALL oparg) and for CALL_KW a tuple of keyword names on top, the
// keyword values being the last args (the vectorcall convention every Go
// slot and builtin uses: func(args []Value, kwnames *Tuple)). LOAD_ATTR
// with the method bit pushes (function, self) when the attribute is a
// plain method found on the type, so method calls allocate no bound
// method; a bound method met as callable is unpacked the same way.
//
// Generators keep a frame of their own (its localsplus on the heap);
// RETURN_GENERATOR happens at call time (makeGenerator), send pushes the
// sent value and runs the frame as an entry frame, YIELD_VALUE returns
// from run with the frame suspended. No goroutines.
//
// # Exceptions
//
// An exception travels as a *Exception return value, never a Go panic
// (and nil means success). When an instruction fails, the loop records a
// traceback entry (code, instruction), chains __context__ to the
// exception being handled (Thread.excInfo, as _PyErr_SetObject, breaking
// cycles), and unwinds by the code object's exception table: the entry
// covering the failing instruction gives the handler, the stack depth to
// cut back to and whether to push the instruction index (lasti) before
// the exception. With no entry the frame is popped and the caller's CALL
// becomes the failing instruction; at an entry frame the exception is
// returned to Go. RERAISE and a bare `raise` unwind without a new
// traceback entry, as CPython's exception_unwind does. PUSH_EXC_INFO and
// POP_EXCEPT save and restore Thread.excInfo on the value stack.
//
// FormatException prints an uncaught exception as 3.13's
// traceback.TracebackException.format does: the cause/context chain with
// "The above exception was the direct cause..." and "During handling of
// the above exception...", frames with their dedented source lines, the
// ~~~^^^ markers where 3.13 shows them (anchors found by parsing the
// failing segment with peglab's parser: binary operators, subscripts,
// calls; none when the expression is the whole line), "[Previous line
// repeated N more times]", and "Did you mean" for NameError and
// AttributeError with CPython's Levenshtein costs.
//
// # Speed: what each technique bought
//
// Measured as CPU seconds of the whole process (best of 3, /usr/bin/time
// user+sys) before and after each change, on a shared 2-core machine, so
// a few percent is noise; scripts/bench-vm.sh gives the ratios to
// CPython 3.13 (README).
//
//	instance attributes by hint (LOAD/STORE_ATTR)  raytrace 0.42 → 0.32, richards 0.71 → 0.67
//	CALL_PY_EXACT_ARGS, frames without memclr/copy calls         fib 0.18 → 0.15, calls 0.38 → 0.33
//	object + dict + index + entries in one allocation  C(a, b) x2M 0.54 → 0.52, chaos 0.46 → 0.45
//	COMPARE_OP/TO_BOOL/IS_OP fused with POP_JUMP_IF            tokenizer 0.92 → 0.82
//	big int results take their digits (no copy)              pidigits 0.54 → 0.33
//	BINARY_OP int // % & | ^ >> /, mixed int/float          spectral_norm 0.18 → 0.16
//	LOAD_ATTR_MODULE, BINARY_SUBSCR_TUPLE_INT                   chaos 0.51 → 0.41
//	LOAD_ATTR_METHOD's remembered receiver dict          o.m() x8M 0.42 → 0.38
//	LOAD_ATTR_PROPERTY                                      q.p x2M 0.20 → 0.10
//	polymorphic attribute caches                            deltablue 0.92 → 0.90
//	one-allocation small tuples, enumerate's pairs        board_search 1.32 → 1.11
//	generator attributes as getset (g.send cached)        coroutines 1.08 → 0.89
//	list slices without a slice object                      fannkuch 1.37 → 0.93
//	Less/Equal on exact str without RichCompare             sorting 1.20 → 1.09
//	PGO (cmd/peglab/default.pgo, scripts/pgo.sh)        1-12%, about 4% on average
//
// What did not pay: fetching instructions through an unchecked pointer
// (no change: the loop's cost is the spills of its locals around the
// calls in other cases, not the bounds check), and GODEBUG asyncpreemptoff
// (the asyncPreempt samples in profiles are an artifact, not time).
//
// # C modules written in Go
//
// Modules CPython writes in C are Go files named after them
// (mod_json.go, mod_struct.go, mod_math.go, mod_cmath.go, mod_array.go,
// mod_binascii.go, mod_heapq.go for _heapq and _bisect), each registering
// itself with RegisterModule from an init function and taking arguments
// with parseArgsKw (PyArg_ParseTupleAndKeywords' rules and messages).
// _json walks a str's WTF-8 bytes (every character JSON gives a meaning
// to is ASCII), turns byte offsets into code-point indices only where
// Python sees one, memoizes a document's keys, and builds output in one
// []byte: json_bench.py went from 19.2x CPython's time (the pure-Python
// fallback) to about 1.0x; its dumps/loads work alone is faster than
// CPython's. _heapq/_bisect took bench/heapq_bisect.py from 3.3 s to
// 0.44 s (CPython 0.76 s). Bytes-like arguments go through pyBuffer
// (bytes, bytearray, array.array, memoryview). Transcendental functions
// of math and cmath use Go's math package, whose last bit differs from
// glibc's in places (CPython's results are glibc's).
//
// Exception groups (excgroup.go) keep their message and members beside
// args; split/subgroup recurse as exceptiongroup_split_recursive and
// derive copies the traceback, cause, context and notes; except* runs on
// CHECK_EG_MATCH and the PREP_RERAISE_STAR intrinsic. FormatException
// builds traceback.TracebackException's tree (one seen set, breadth
// first) and prints groups in 3.13's boxes, 15 members wide and 10 deep.
//
// # Generators, coroutines, async generators
//
// The three share Generator (gen.go, coro.go), told apart by kind for
// their types and messages. throw and close delegate to the iterator a
// suspended frame is in (yf: the frame stopped before RESUME 2 or 3, the
// iterator on its stack top), as _gen_throw does; the sent value is pushed
// even when resuming with an exception, so handler depths hold. An async
// generator's own yields are wrapped (ASYNC_GEN_WRAP), which is how its
// asend/athrow awaitables tell an item from a value for the event loop.
// A coroutine never started is reported at exit with CPython's
// "never awaited" RuntimeWarning: as dropped where it was made, or, when
// __main__'s globals still hold it, as collected at shutdown.
//
// # Slots and builtin subclasses
//
// __slots__ (slots.go) become member_descriptors indexing slotInst's
// values; classes hold their own __dict__/__weakref__ descriptors as
// CPython's class dicts do. A float subclass's instance is a heap header
// whose Value still carries the float bits in n, so v.Float() is
// unchanged; complex, bytes, list, dict, set, tuple, int and str
// subclasses embed the builtin's struct (subclass.go).
//
// # What is not here yet
//
// Finalization (__del__, closing a generator when its last reference
// goes), weak references that die, asyncio (its imports need socket,
// select and more). In the VM: shared-key instance layouts (the entry
// hint stands in for them), per-type version tags (any type change
// empties every cache), generators resumed in the loop by FOR_ITER_GEN/
// SEND_GEN (a resume re-enters run from Go; measured at parity with
// CPython, so not yet worth it), and a dispatch cheaper than Go's switch.
//
// # Testing
//
// testdata/*.py are conformance programs, one area each. For each,
// scripts/runtime-golden.sh records CPython's code object (NAME.marshal)
// and what `python3.13 NAME.py arg1 arg2` prints and returns (NAME.out,
// NAME.err, NAME.status, paths normalized to /peglab); TestPrograms runs
// the code objects and compares, so go test needs no Python. (A set
// display of constants is a frozenset constant whose order a marshal
// round trip changes, so the programs build printed sets from lists.)
// FuzzRun runs whatever peglab's compiler compiles. testdata/bench holds
// the benchmark programs of BenchmarkFib30 etc.; scripts/runtime-bench.sh
// times them against python3.13 in the same run.
package runtime

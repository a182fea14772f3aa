// Package compiler is the compiler stage of the pipeline: source → tokens →
// AST → symtable → compiler → runtime. It runs after the symbol table
// (package symtable), over the same tree.
//
// It holds CPython 3.13's Python/compile.c: the checks that compile.c makes
// while it emits code (Check), with the same messages, raised at the same
// nodes, in the same order, and the code generator (Compile, below),
// which makes the same checks as it goes. Check walks the tree the way the
// generator does, so the first error it meets is the one CPython reports;
// it stays for the corpus's compile stage and as the generator's
// reference.
//
// # The machine Check models
//
// compile.c compiles one code unit at a time: the module, each class body,
// each function, lambda and comprehension that is not inlined (PEP 709),
// and each annotation scope of PEP 695. A unit has a scope type (module,
// class, function, async function, lambda, comprehension, type parameters)
// and its block of the symbol table, and while it is compiled it keeps a
// stack of frame blocks: one for each loop, try body, exception handler,
// finally block and with statement the code is inside, at most 21 of them
// (CO_MAXBLOCKS; a generator or coroutine starts with one already, for
// its StopIteration handler). break, continue and return unwind that
// stack, compiling each finally body they leave on the way out, which is
// where their errors come from. Check keeps the same units and stacks.
//
// # What it raises
//
//   - 'return' outside function; 'return' with value in async generator
//   - 'break' outside loop; 'continue' not properly in loop; 'break',
//     'continue' and 'return' cannot appear in an except* block
//   - 'yield' outside function; 'yield from' outside function; 'yield
//     from' inside async function;
//     'await' outside function; 'await' outside async function;
//     'async with' / 'async for' outside async function; asynchronous
//     comprehension outside of an asynchronous function
//   - default 'except:' must be last
//   - from __future__ imports must occur at the beginning of the file
//   - too many statically nested blocks
//   - cannot assign to __debug__; cannot delete __debug__
//   - keyword argument repeated: NAME
//   - non-default type parameter 'T' follows default type parameter
//   - starred assignment target must be in a list or tuple; can't use
//     starred expression here; multiple starred expressions in
//     assignment; too many expressions in star-unpacking assignment
//   - the errors of match statements: name capture 'x' makes remaining
//     patterns unreachable; wildcard makes remaining patterns unreachable;
//     multiple assignments to name 'x' in pattern; alternative patterns
//     bind different names; multiple starred names in sequence pattern;
//     mapping pattern checks duplicate key (K); mapping pattern keys may
//     only match literals and attribute lookups; attribute name repeated
//     in class pattern: NAME
//
// The other SyntaxErrors of compile() come from earlier stages: the
// tokenizer and the parser (package parser: "invalid syntax", the invalid_
// rules' messages, IndentationError, TabError), and the symbol table
// (package symtable and its future.c: "name 'x' is parameter and global",
// "nonlocal declaration not allowed at module level", "import * only
// allowed at module level", "future feature x is not defined", ...).
//
// Errors carry what compile.c's compiler_error gives Python's SyntaxError:
// the node's line and end line, its columns as UTF-8 byte offsets plus one
// (compile.c does not convert them to characters, unlike the parser), and
// as text the line read back from the file, which Options.Source stands
// for (none for "<string>" and other names that are no file).
//
// # The code generator
//
// Compile (codegen*.go, after compile.c) folds the tree (Optimize,
// ast_opt.c), then walks it once, emitting instructions and raising
// compile.c's SyntaxErrors as it meets them (the same as Check's, which
// TestCodegenRaisesChecks and FuzzCodegenChecks hold it to), and hands
// each finished unit to the back end (flowgraph*.go, assemble.go).
// Codegen stops before the back end and returns the units' instruction
// sequences; DumpCodegen prints them as scripts/codegen_oracle.py prints
// CPython's (_testinternalcapi.compiler_codegen), and DumpCode prints code
// objects as scripts/codeobj_oracle.py does.
//
// Units. The compiler keeps a stack of codeUnit: the module at the bottom,
// then each class, def, lambda, generator expression and annotation scope
// being compiled. Entering a unit (enterScope) reads its symbol table
// block: the parameters become the first fast locals (varnames), the names
// of scope CELL (and DEF_COMP_CELL) the cells, sorted, plus __class__ and
// __classdict__ for a class that needs them, and the names of scope FREE
// (and DEF_FREE_CLASS) the free variables, sorted, numbered after the
// cells. It computes the qualname (parent.<locals>.name inside functions,
// the bare name for a global declaration or a unit directly in the module)
// and emits RESUME 0 at the unit's first line (line 0 for the module).
// Leaving it (finishUnit) appends the implicit return (LOAD_CONST None;
// RETURN_VALUE, without location), computes co_flags from the block, and
// assembles the unit; its code object becomes a constant of the parent,
// which then builds the function (makeClosure): LOAD_CLOSURE of each free
// variable of the child, BUILD_TUPLE, LOAD_CONST code, MAKE_FUNCTION, and
// SET_FUNCTION_ATTRIBUTE 8 (closure), 4 (annotations), 2 (keyword-only
// defaults), 1 (defaults), consuming the values pushed before.
//
// Names. nameop picks the instruction by the name's scope in the current
// block: LOCAL in a function (or a name hidden by an inlined comprehension)
// is LOAD_FAST/STORE_FAST/DELETE_FAST on varnames; CELL and FREE are
// *_DEREF on the cell or free index (LOAD_FROM_DICT_OR_DEREF in a class
// body, after LOAD_LOCALS, or after LOAD_DEREF __classdict__ in an
// annotation scope that sees the class); GLOBAL_EXPLICIT, and
// GLOBAL_IMPLICIT in a function, are *_GLOBAL (LOAD_GLOBAL's oparg is the
// name index shifted left once; the low bit asks for a NULL pushed too);
// anything else is *_NAME. Names are mangled (_Class__name) first. Opargs
// of names, constants and locals are indices in the unit's tables, which
// grow as the walk first meets each entry: constants are keyed as
// _PyCode_ConstantKey keys them, so 1, 1.0, True and -0.0 are four.
//
// Frame blocks. Each loop, try body, handler, finally body and with
// statement pushes a frameBlock (at most 21 per unit). break, continue and
// return unwind the blocks they leave (unwindFblockStack): a for loop pops
// its iterator (POP_TOP, after SWAP 2 when a return value is kept), a try
// POP_BLOCKs, a finally body is compiled again in place, a with statement
// calls __exit__(None, None, None), a handler pops its exception and
// clears its name; a return value on the stack is preserved under them.
//
// Stack pictures, per family (top of stack on the right):
//
//	expressions     ... → ... value; BINARY_OP n: a b → r (n is NB_*, +13 in place);
//	                COMPARE_OP cmp<<5|mask: a b → bool; TO_BOOL x → bool
//	calls           callable NULL args... [kwnames] → result: CALL n, CALL_KW n;
//	                callable NULL argstuple [kwdict] → result: CALL_FUNCTION_EX flag;
//	                a method call is obj → meth self (LOAD_ATTR with the low bit),
//	                super().m is global_super class self → meth self (LOAD_SUPER_ATTR)
//	displays        items → BUILD_LIST/TUPLE/SET n; past 30 items, or with *x,
//	                BUILD_LIST 0 then LIST_APPEND/LIST_EXTEND 1 per item (and
//	                CALL_INTRINSIC_1 6 for a tuple); constant keys →
//	                BUILD_CONST_KEY_MAP n; three or more constants → one tuple
//	                or frozenset constant
//	jumps           a condition jumps without building its bool where it can:
//	                not flips the sense, and/or chain jumps, comparison chains
//	                keep the middle value (SWAP 2; COPY 2) and pop it on exit
//	for             iter GET_ITER; FOR_ITER (exit) → iter item; END_FOR; POP_TOP
//	comprehensions  inlined (PEP 709): iter GET_ITER; LOAD_FAST_AND_CLEAR each
//	                bound name; SWAP n+1; SETUP_FINALLY; BUILD_LIST 0; SWAP 2;
//	                the loops with LIST_APPEND depth; then the saved names are
//	                restored (SWAP, STORE_FAST_MAYBE_NULL), on the way out and
//	                in the handler; generator expressions stay units of their own
//	classes         LOAD_BUILD_CLASS PUSH_NULL func name bases... → CALL 2+n;
//	                the body stores __module__, __qualname__, __firstlineno__,
//	                its statements, __static_attributes__ (the self.X stored by
//	                its functions, sorted) and returns __classcell__ or None
//	f-strings       value [CONVERT_VALUE 1|2|3] [spec] → FORMAT_SIMPLE or
//	                FORMAT_WITH_SPEC; parts → BUILD_STRING n
//	try             SETUP_FINALLY h (body) POP_BLOCK; a handler starts with
//	                exc on the stack: SETUP_CLEANUP c; PUSH_EXC_INFO: exc →
//	                prev exc; CHECK_EXC_MATCH: exc type → exc bool; POP_EXCEPT
//	                restores prev; the cleanup is COPY 3; POP_EXCEPT; RERAISE 1;
//	                a finally body is emitted on the normal path and again as
//	                a handler ending in RERAISE 0 (codegen_try.go)
//	except*         orig → orig [] eg (BUILD_LIST 0; COPY 2); CHECK_EG_MATCH:
//	                eg type → rest match; raised parts are LIST_APPENDed and
//	                CALL_INTRINSIC_2 1 (PREP_RERAISE_STAR) merges what to raise
//	with            mgr BEFORE_WITH → exit enter_result; SETUP_WITH; the normal
//	                exit is exit(None, None, None); WITH_EXCEPT_START calls it
//	                with the exception, TO_BOOL; POP_JUMP_IF_TRUE suppresses
//	                (codegen_with.go)
//	await, yield    GET_AWAITABLE / GET_YIELD_FROM_ITER; LOAD_CONST None; then
//	from            SEND; SETUP_FINALLY; YIELD_VALUE 1; POP_BLOCK; RESUME 2|3;
//	                JUMP_NO_INTERRUPT back; CLEANUP_THROW; END_SEND; a yield is
//	                YIELD_VALUE 0; RESUME 1 (CALL_INTRINSIC_1 4 first in an
//	                async generator); a generator's unit is wrapped in
//	                SETUP_CLEANUP → CALL_INTRINSIC_1 3; RERAISE 1 (PEP 479);
//	                async for guards GET_ANEXT with SETUP_FINALLY → END_ASYNC_FOR
//	                (codegen_async.go)
//	match           subject [COPY 1 per case but the last]; a pattern consumes
//	                its subject and jumps on failure to fail_pop[n], a cascade
//	                of POP_TOPs sized by what is on top plus the captures kept
//	                under the subject; MATCH_SEQUENCE/MAPPING → subject bool,
//	                GET_LEN, MATCH_KEYS: subject keys → subject keys values|None,
//	                MATCH_CLASS n: subject cls names → attrs|None; captures are
//	                rotated into place with SWAPs and stored after a match
//	                (codegen_match.go)
//	generics        a generic def/class/type alias is built inside the function
//	                "<generic parameters of X>", which makes its type
//	                parameters (CALL_INTRINSIC_1 7/8/9, CALL_INTRINSIC_2 2/3/5,
//	                bounds and defaults as lazily called functions) and is
//	                called at once; a class gets .generic_base =
//	                CALL_INTRINSIC_1 10 (Generic[*params]) as a last base, an
//	                alias CALL_INTRINSIC_1 11 (codegen_typeparams.go)
//
// The AST optimizer (Optimize, astopt.go after ast_opt.c) folds constant
// operators, tuples and subscripts with ast_opt.c's size limits (Python's
// arithmetic on constants is constfold.go), turns the list or set after in
// and of a for into a tuple or frozenset, "%s" % (x,) into an f-string,
// not (a in b) into a not in b, and __debug__ into a constant;
// ast.parse(src, optimize=1) shows its output, which TestOptimize compares
// with CPython's (testdata/astopt.*, scripts/astopt-golden.sh;
// scripts/astopt-parity.sh over the stdlib).
//
// Locations follow compile.c: each instruction takes the location of the
// node that makes it; artificial ones (implicit returns, loop back edges,
// the docstring's store, cleanups) have none (NoLoc), and the back end
// propagates lines to them. Docstrings are cleaned as _PyCompile_CleanDoc
// (tabs expanded, common indentation dropped) and dropped at -OO.
//
// Parity is measured by codegencmp (compiler/internal/codegencmp) against
// the oracle over a tree, before and after the back end, and pinned by
// TestCodegenGolden (testdata/codegen, scripts/codegen-golden.sh).
//
// # The back end
//
// assemble (assemble.go, flowgraph*.go) is CPython 3.13's back end,
// optimize_and_assemble_code_unit: Python/flowgraph.c and
// Python/assemble.c. Codegen hands it one code unit at a time: an InstrSeq
// (instr.go) whose jumps and SETUP_* pseudo-instructions name labels, and
// the unit's UnitMeta. It returns the bytecode.Code, the same bytes as
// CPython's.
//
// Blocks. The sequence is cut into basic blocks: an instruction some jump
// or SETUP_* targets starts a block (labelled by its index), and a block
// ends after a jump or an exit (RETURN_*, RAISE_VARARGS, RERAISE). Blocks
// are chained in layout order by next; falling through goes there. Each
// jump then points at its block, the SETUP_* targets are marked as
// handlers, and a walk of the graph with a stack of handlers per block
// (label_exception_targets) notes on every instruction the handler that
// covers it, turns POP_BLOCK into NOP and marks a RESUME after a yield at
// handler depth 1.
//
// Passes, in 3.13's order: small exit blocks and blocks without lines are
// copied into the jumps that reach them; unreachable blocks are emptied;
// line numbers are propagated; then each block's peephole pass
// (optimize_basic_block): a constant before a conditional jump decides
// it, LOAD_CONST None; IS_OP; POP_JUMP_IF becomes POP_JUMP_IF_[NOT_]NONE,
// LOAD_CONST; RETURN_VALUE becomes RETURN_CONST, a constant's TO_BOOL its
// bool, BUILD_TUPLE over constants a constant tuple, BUILD_TUPLE n;
// UNPACK_SEQUENCE n a SWAP, jumps to jumps are threaded, COMPARE_OP,
// CONTAINS_OP and IS_OP absorb TO_BOOL and UNARY_NOT, LOAD_GLOBAL absorbs
// PUSH_NULL; runs of SWAPs are made minimal and, where the swapped values
// only go to STORE_FAST or POP_TOP, replaced by reordering those. NOPs no
// line needs, LOAD_CONST/COPY 1 + POP_TOP pairs and jumps to the next
// block go; unused constants go (the first stays: it may be the
// docstring); LOAD_FAST of a local that may be unbound on some path
// becomes LOAD_FAST_CHECK (a bit mask per block for the first 64 locals,
// block-local for the others); LOAD_FAST/STORE_FAST pairs on one line with
// opargs below 16 become LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST and
// STORE_FAST_STORE_FAST; blocks only handlers reach ("cold") move to the
// end, with a JUMP_NO_INTERRUPT where one fell into a warm block; and
// exits without a line are duplicated per predecessor and given its line
// (PEP 626). Then the stack depth (the deepest path; each block's depth
// at entry is kept for the exception table), the frame prefix
// (RETURN_GENERATOR, POP_TOP for generators and coroutines; MAKE_CELL per
// cell in slot order; COPY_FREE_VARS), cell and free indexes turned into
// frame slots (a cell that is a parameter shares its slot), and the
// pseudo-instructions: SETUP_* vanish, LOAD_CLOSURE is LOAD_FAST,
// STORE_FAST_MAYBE_NULL STORE_FAST, a conditional jump backward is
// reversed over a JUMP back, and JUMP / JUMP_NO_INTERRUPT become
// JUMP_FORWARD, JUMP_BACKWARD or JUMP_BACKWARD_NO_INTERRUPT.
//
// Labels and offsets. The blocks are laid out into one instruction list
// where jumps and handlers name instruction indexes; jump opargs become
// code-unit deltas (from the instruction after the jump, forward or
// backward), and since a delta over 255 needs an EXTENDED_ARG that moves
// everything after it, sizes and deltas are recomputed until nothing
// changes. co_code is two bytes per code unit: EXTENDED_ARG prefixes for
// the oparg's high bytes, the instruction, and its inline cache entries
// zeroed (CACHE, 0).
//
// Line table. co_linetable has one entry per run of code units with the
// same location (at most 8 units an entry): a first byte 0x80 |
// code<<3 | (units-1), then per code: 0-9 short form (same line, column
// < 80, width < 16: one byte of column low bits and width), 10-12 one
// line form (line delta 0-2, two bytes of column and end column < 128), 13
// no columns (signed varint line delta), 14 long form (signed line delta,
// end-line delta, column+1, end column+1 as varints), 15 no location.
// Varints are 6 bits a byte, low first, bit 6 set on all but the last;
// a signed one keeps its sign in bit 0. Deltas are from the line of the
// previous entry that had one, starting at co_firstlineno.
//
// Exception table. co_exceptiontable has an entry per run of
// instructions under the same handler: start and length in code units,
// the handler's offset, and (depth << 1) | lasti, where depth is the
// handler's stack depth at entry less the exception (and less lasti when
// the handler pushes it: SETUP_WITH, SETUP_CLEANUP). Each number is a
// big-endian varint of 6-bit groups with bit 6 marking "more"; the first
// byte of an entry has bit 7 set.
//
// It is tested alone: scripts/backend_oracle.py records, for each code
// unit of a file, CPython's codegen output (_testinternalcapi.
// compiler_codegen) and the final code object; the tests run assemble over
// the records (compiler/testdata/backend, and the stdlib through
// scripts/backend-parity.sh) and compare every field.
package compiler

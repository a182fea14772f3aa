// Package compiler is the compiler stage of the pipeline: source → tokens →
// AST → symtable → compiler → runtime. It runs after the symbol table
// (package symtable), over the same tree.
//
// For now it holds only the first piece of CPython 3.13's Python/compile.c:
// the checks that compile.c makes while it emits code, with the same
// messages, raised at the same nodes, in the same order. The code
// generator will join it later and make these checks as it goes, as
// compile.c does; Check walks the tree the way that generator will, so the
// first error it meets is the one CPython reports.
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
package compiler

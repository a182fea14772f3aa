// Package parser turns Python source into tokens and into an AST. It is the
// first stage of the pipeline: source → tokens → AST → symtable → compiler
// → runtime.
//
// # Parsing
//
//	mod, err := parser.Parse(src, parser.Options{Filename: "x.py", Mode: parser.ModeExec})
//
// Parse is CPython 3.13's ast.parse(src, filename, mode) without type
// comments: the result is the same tree, positions included (see package
// ast), and a program CPython rejects gives a *pyerr.Error with CPython's
// SyntaxError. The parser (parser_gen.go) is generated from
// grammar/python.gram by `go generate ./...` (step "parser" of
// internal/build/generate). ParseInterpreted runs the same grammar, or an
// edited copy of it, through pegen's interpreter instead: no rebuild, the
// same results (NewInterpreter, DefaultInterpreter).
//
// Both engines share one driver (parse.go): the tokenizer, the entry rule
// of each mode (file, eval, interactive, func_type), the single-mode
// NEWLINE CPython inserts at the end, and the finishing of a failed parse
// into CPython's error (see Errors).
//
// The grammar's actions call the node constructors generated from
// grammar/Python.asdl (actions_nodes_gen.go) and the helpers of the other
// actions*.go files, which do the work of CPython's C actions: expression
// contexts, parameter and argument lists, literal values (number parsing,
// string and bytes escapes, implicit concatenation, f-strings and their
// debug text), NFKC identifiers and \N{...} names (from CPython's
// unicodedata, in unicode/, written by scripts/gen-unicode-data.py).
// Helpers (helpers_gen.go) adapts them all for the interpreter.
//
// # Tokens
//
// The tokenizer (tokenizer*.go) is CPython 3.13's, rebuilt by hand for
// speed: a byte-oriented scanner with no regular expressions and no
// per-token allocation (a token's Text is a substring of the decoded
// source). Its token table (tokens_gen.go: kinds, names, operators) is
// generated from grammar/Tokens and the extensions' Tokens files by
// internal/build/generate, so a new operator is a data edit.
//
// It produces two streams. Without TokenizerOptions.Extra it gives exactly
// what CPython's parser receives (keywords stay NAME; the parser classifies
// them), with positions as CPython's parser sees them: 1-based lines,
// 0-based UTF-8 byte columns, and column -1 for INDENT, DEDENT and
// ENDMARKER, which have no text. With Extra it gives the stream of the
// tokenize module (ENCODING, COMMENT, NL, NEWLINE text, trailing tokens on
// the line after the last); DumpTokens prints it exactly as `python3.13 -m
// tokenize` does.
//
// Errors are *pyerr.Error values holding what Python's SyntaxError would
// hold: for the parser stream, what compile() reports when it meets that
// tokenizer error; for the Extra stream, what the tokenize module raises.
//
// # Errors
//
// A program CPython rejects gets CPython's SyntaxError (or IndentationError,
// TabError): class, message, line, column, end line, end column and the
// quoted line. Each error belongs to the stage that raises it in CPython:
//
//   - the tokenizer (tokenizer_errors.go): unterminated strings and
//     f-strings, bad numbers, invalid characters, unmatched and mismatched
//     brackets, inconsistent tabs, "unindent does not match any outer
//     indentation level";
//   - the parser's actions, in the first pass (actions*.go): targets that
//     cannot be assigned, f-string rules, bad escapes and the like;
//   - the parser's second pass: after a failed parse the parse is run again
//     with CPython's invalid_ rules on (the end of grammar/python.gram, their
//     helpers in actions_errors.go), which raise the precise messages
//     ("expected ':'", "Perhaps you forgot a comma?", "'(' was never
//     closed"); failing those, errors_finish.go reports what _PyPegen_set_syntax_error
//     does (an unexpected indent, a tokenizer error further on, "invalid
//     syntax" at the furthest token read);
//   - the symbol table (package symtable): global, nonlocal, duplicate
//     arguments, yield and walrus in comprehensions, ...;
//   - the compiler (package compiler): the checks compile.c makes while it
//     emits code, "'return' outside function", "'break' outside loop", ...
//
// The line an error quotes is the tokenizer's buffer, or, with
// Options.FromFile in exec mode, the line CPython reads back from the file
// (pyerr.FileLine); the two differ after a multi-line token and on very long
// lines. testdata/syntaxerrors.jsonl holds the 898 sources that CPython's
// test_syntax, test_exceptions and test_fstring compile, with CPython's
// outcome (scripts/syntax-cases.sh); TestSyntaxErrorParity runs them all
// through both engines, the symbol table and the compiler checks.
// scripts/syntax-mutants.sh does the same for broken variants of the
// standard library's files.
//
// # Tests
//
// testdata/cases/*.txt hold some 500 small programs covering every
// construct; scripts/parser-golden.sh records CPython's dumps (with
// positions) and errors next to them, and the tests compare both engines
// with those and with each other. Whole-corpus parity is `peglab corpus
// --stage ast [--interpreted] --oracle PYTHON` (scripts/corpus-parity.sh).
// FuzzParse checks that no input panics or hangs and that both engines
// agree; TestDeepNesting that deep nesting fails as CPython's does, at the
// same depths. scripts/bench-ast.sh races both engines against CPython's
// ast.parse over the standard library.
//
// # Speed
//
// A parse allocates little besides the tree: generated parsers are reused
// with their token and memo buffers (idleParsers), Names and literal
// Constants come from slabs, and the generator leaves out work CPython's
// generated C does (a memoized rule that several alternatives start with
// is called once; a left-recursive rule stops growing when the next token
// cannot continue it).
package parser

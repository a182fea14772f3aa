// Package parser turns Python source into tokens and, with the generated
// parser that will live beside them, into an AST. It is the first stage of
// the pipeline: source → tokens → AST → symtable → compiler → runtime.
//
// The tokenizer (tokenizer*.go) is CPython 3.13's, rebuilt by hand for
// speed: a byte-oriented scanner with no regular expressions and no
// per-token allocation (a token's Text is a substring of the decoded
// source). Its token table (tokens_gen.go: kinds, names, operators) is
// generated from grammar/Tokens and the extensions' Tokens files by
// internal/cmd/generate, so a new operator is a data edit.
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
// Errors are *peg.Error values holding what Python's SyntaxError would
// hold: for the parser stream, what compile() reports when it meets that
// tokenizer error; for the Extra stream, what the tokenize module raises.
package parser

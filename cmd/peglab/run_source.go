package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pycodec"
)

// scriptSourceError is what python3.13 FILE prints (its whole stderr)
// when the file's bytes cannot be read as source, or "". CPython's file
// tokenizer reads a script line by line through its declared codec, so
// its messages differ from compile()'s, which the front end reproduces
// (and `peglab corpus` compares): a BOM that contradicts the coding spec,
// a codec that is unknown or fails on the file ("encoding problem: X",
// no location), a line that is not UTF-8 when nothing is declared
// ("Non-UTF-8 code starting with ..."), then a line holding a NUL
// ("source code cannot contain null bytes", with the line up to it).
func scriptSourceError(filename string, data []byte) string {
	hasBOM := bytes.HasPrefix(data, []byte("\xef\xbb\xbf"))
	if hasBOM {
		data = data[3:]
	}
	enc, encLine := parser.DeclaredEncoding(data)
	if enc == "utf-8" {
		enc = ""
	}
	if enc != "" {
		if hasBOM {
			return fmt.Sprintf("SyntaxError: encoding problem: %s with BOM\n", enc)
		}
		rest := data
		for i := 0; i < encLine; i++ {
			if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
				rest = rest[nl+1:]
			}
		}
		c, _ := pycodec.Lookup(enc)
		if c == nil {
			return fmt.Sprintf("SyntaxError: encoding problem: %s\n", enc)
		}
		if _, err := c.Decode(rest, false); err != nil {
			return fmt.Sprintf("SyntaxError: encoding problem: %s\n", enc)
		}
	}
	for n := 1; len(data) > 0; n++ {
		line := data
		if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
			line, data = data[:nl+1], data[nl+1:]
		} else {
			data = nil
		}
		if enc == "" && !utf8.Valid(line) {
			bad := line[firstInvalid(line)]
			return fmt.Sprintf("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", bad, filename, n)
		}
		if i := bytes.IndexByte(line, 0); i >= 0 {
			text := strings.TrimLeft(string(line[:i]), " \n\f")
			return fmt.Sprintf("  File \"%s\", line %d\n    %s\nSyntaxError: source code cannot contain null bytes\n", filename, n, text)
		}
	}
	return ""
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

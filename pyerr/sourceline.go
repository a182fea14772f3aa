package pyerr

import "unicode/utf8"

// SourceLine is the text of a SyntaxError that a stage after the parser
// raises (symtable.c and compile.c read the line back from the file with
// PyErr_ProgramTextObject): line n of src as FileLine reads it, or "" when
// there is no such line or it is not valid UTF-8 (CPython then leaves the
// text None).
func SourceLine(src []byte, n int) string {
	line, ok := FileLine(src, n)
	if !ok || !utf8.Valid(line) {
		return ""
	}
	return string(line)
}

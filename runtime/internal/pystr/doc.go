// Package pystr holds CPython 3.13's text algorithms for the VM, written
// over plain Go values so that it depends on no object model: str values
// are WTF-8 Go strings (see wtf8.go) indexed in code points, ints are
// int64 or *big.Int, floats float64, bytes []byte or string.
//
// What it covers, each matching CPython byte for byte, messages included:
//
//   - float repr and the dtoa-based layouts of PyOS_double_to_string
//     (floatfmt.go);
//   - the format-spec mini-language and __format__ of str, int and float
//     (spec.go, formatter_unicode.c);
//   - printf-style formatting, str % args and bytes % args (printf.go),
//     with the object conversions it needs supplied by the VM as
//     callbacks;
//   - the str.format parser (formatparse.go, as _string.formatter_parser);
//   - int and float from and to text (intconv.go);
//   - the str methods and the utf-8/utf-16/utf-32/latin-1/ascii codecs
//     (strmethods.go, codecs.go).
//
// Errors are *Error values: the exception class name and CPython's
// message; the VM turns them into exception objects. Nothing panics on
// bad input.
//
// Appending functions take a dst []byte and return it extended, so that
// the VM can format into a reused buffer; ASCII inputs take fast paths
// that do not allocate.
//
// The tests compare with CPython on golden data that
// scripts/pystr_golden.py records from the oracle (testdata/*.jsonl), and
// TestOracle compares live with python3.13 when it is installed.
package pystr

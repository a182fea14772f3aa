// Package pystr holds CPython 3.13's text algorithms for the VM, written
// over plain Go values so that it depends on no object model: a str is a
// WTF-8 Go string (UTF-8 in which a lone surrogate U+D800..U+DFFF is
// encoded as UTF-8 would encode it, as ast.Constant holds str values),
// indexed in code points; an int is an int64 or a *big.Int (Int holds
// either); floats are float64, complexes complex128, bytes []byte or a
// string of bytes. Everything matches CPython byte for byte, exception
// messages included.
//
// # Errors
//
// Functions return *Error: the exception class name (Type) and CPython's
// message (Msg); UnicodeEncodeError and UnicodeDecodeError also carry
// the attributes the VM needs to build the exception (Unicode). Nothing
// panics on bad input, and no width or precision makes the package try
// to lay out more than 256 MiB (CPython's allocation would fail there
// too, depending on memory; here it is MemoryError before trying).
//
// # The machine, file by file
//
//   - floatfmt.go: PyOS_double_to_string. dtoa gives the correctly
//     rounded digits (strconv computes the same digits, shortest or to a
//     precision, into a stack buffer) and appendDouble lays them out as
//     format_float_short does for the codes r, e, f, g and the flags
//     sign, add-dot-0, alt ('#') and no-negative-zero ('z'). FloatRepr
//     and AppendFloatRepr are repr()/str() of a float.
//   - spec.go: the format-spec mini-language (ParseSpec, as
//     parse_internal_render_format_spec) and __format__ of str
//     (FormatStr), int (FormatInt, FormatBigInt; float codes convert) and
//     float (FormatFloat), through calc_number_widths/fill_number
//     (Spec.appendNumber) and the thousands grouping (groupDigits). The
//     'n' type uses the C locale, as CPython does until setlocale is
//     called. complex.go: FormatComplex and ComplexRepr.
//   - printf.go: str % args (Printf) and bytes % args (PrintfBytes), one
//     walk over the format as PyUnicode_Format and _PyBytes_FormatEx. The
//     VM supplies the operands (Operands: a tuple's items, or one value,
//     possibly a mapping) and the object protocols through the generic
//     Printer interface (str, repr, ascii, __index__, int(), float(),
//     __bytes__, mapping lookup), so no boxing is needed.
//   - formatparse.go: the str.format machinery of unicode_format.h.
//     FormatParser iterates over literal text and fields (as
//     _string.formatter_parser), FieldName and FieldNameIter split field
//     names (as _string.formatter_field_name_split, with AutoNumber for
//     {} numbering), and StrFormat runs a whole str.format or format_map
//     through the VM's Formatter interface (argument, attribute and item
//     lookup, conversions, format()).
//   - intconv.go: ParseInt/ParseIntBytes (int(s, base)), ParseFloat/
//     ParseFloatBytes (float(s)), AppendBigInt (str(int)), AppendIntBase
//     (bin, oct, hex), and the integer string conversion limit
//     IntMaxStrDigits and SetIntMaxStrDigits (sys.get_/set_int_max_str_digits),
//     which format() and %d observe too. floatops.go: FloatHex,
//     FloatFromHex, FloatRound (round(x, ndigits)).
//   - strmethods.go: the str methods (Split, RSplit, SplitWhitespace,
//     SplitLines, Strip, StripSpace, Partition, Join, Replace, Find,
//     Index, Count, StartsWith, Upper, Lower, CaseFold, Title,
//     Capitalize, SwapCase, Center, ZFill, ExpandTabs, the Is*
//     predicates, Translate, MakeTrans). Index arguments are code point
//     indexes already taken from Python ints (None as 0 and math.MaxInt);
//     results are code point indexes. Byte search is correct on WTF-8
//     because every encoded code point starts with a byte no other
//     position can hold.
//   - bytesmethods.go: the bytes methods that differ from str's (ASCII
//     whitespace and cases, byte indexes, \n and \r line breaks, hex,
//     fromhex, translate, maketrans); Split, Partition and the like are
//     shared with str, bytes being held in Go strings.
//   - unicode.go: the Unicode 15.1 data CPython 3.13 uses, which Go's
//     15.0 tables and case functions do not give: the alpha, decimal,
//     digit, numeric, space, upper, lower, title, cased and
//     case-ignorable properties as range tables and the full case
//     mappings (ß → SS, ǅ, final sigma), embedded from unicode/*.txt,
//     which scripts/pystr_unicode.py dumps from the oracle, loaded on
//     first use. ASCII never touches them. str.isprintable is
//     ast.IsPrintable and str.isidentifier uses parser.IsXIDStart and
//     IsXIDContinue (the front end's tables), checked here too.
//   - codecs.go: Encode and Decode for utf-8, latin-1, ascii, utf-16 and
//     utf-32 (and their -le/-be forms and aliases), with the error
//     handlers strict, ignore, replace, surrogateescape, surrogatepass,
//     backslashreplace and xmlcharrefreplace: the same error ranges,
//     reasons and resumption points as unicodeobject.c and codecs.c.
//     KnownEncoding tells whether an encoding is one of these; for the
//     others the VM goes to the encodings package.
//   - index.go: CPIndex, code point indexing of a non-ASCII string in
//     near-constant time (byte offsets of every 32nd code point), with
//     Python's s[i] and s[start:stop:step].
//   - repr.go: StrRepr (ast.ReprString, shared with the front end) and
//     StrASCII / EscapeNonASCII for ascii().
//
// Appending functions take a dst []byte and return it extended, so that
// the VM can format into a reused buffer; the ASCII paths do not
// allocate beyond their result.
//
// # Tests
//
// TestGolden replays testdata/cases.jsonl, about 40,000 operations and
// CPython's answers recorded by scripts/pystr-golden.sh (pystr_golden.py).
// TestOracle draws random cases from the installed python3.13 and
// compares live (skipped without the oracle; PYSTR_N and PYSTR_SEED set
// how many and which). TestProperties checks every code point's
// properties against the oracle's tables. Fuzz targets check that no
// input panics or hangs.
package pystr

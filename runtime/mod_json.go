package runtime

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// _json (Modules/_json.c): the scanner and encoder json.decoder and
// json.encoder pick up when the module exists, and the string helpers.
//
// Both work on the WTF-8 bytes of a str. Every character JSON gives a
// meaning to is ASCII and no byte of a multi-byte sequence is, so the
// scanner walks bytes and turns a byte offset into a code-point index only
// where Python sees one (the end index it returns, an error's position).
// Substrings of the document become strs without copying; keys of one
// document are memoized (the memo dict of _json.c), so equal keys share one
// str and its hash.

// jsonMaxDepth is how deep CPython 3.13 nests arrays and objects before
// _Py_EnterRecursiveCall fails (its C recursion limit less the frames
// json.loads and json.dumps themselves use).
const jsonMaxDepth = 9998

type jsonScanner struct {
	Header
	strict                                                     bool
	objectHook, pairsHook, parseFloat, parseInt, parseConstant Value
}

type jsonEncoder struct {
	Header
	markers, defaultFn, encoder, indent, keySep, itemSep Value
	sortKeys, skipKeys, allowNaN                         bool
	fast                                                 int // 1 encode_basestring, 2 encode_basestring_ascii
}

var (
	jsonScannerType, jsonEncoderType *Type
	jsonEncodeBasestring             Value
	jsonEncodeBasestringASCII        Value
)

func initJSON() *Module {
	m := NewModule("_json")
	d := m.dict
	d.SetS("__doc__", NewStr("json speedups\n"))
	jsonEncodeBasestring = goFunc("encode_basestring", func(a []Value, kw *Tuple) (Value, *Exception) {
		return jsonEscapeFunc("encode_basestring", a, kw, false)
	})
	jsonEncodeBasestringASCII = goFunc("encode_basestring_ascii", func(a []Value, kw *Tuple) (Value, *Exception) {
		return jsonEscapeFunc("encode_basestring_ascii", a, kw, true)
	})
	d.SetS("encode_basestring", jsonEncodeBasestring)
	d.SetS("encode_basestring_ascii", jsonEncodeBasestringASCII)
	d.SetS("scanstring", goFunc("scanstring", jsonScanstring))

	st := newBuiltinType("Scanner", ObjectType)
	st.Module = "_json"
	st.Qualname = "Scanner"
	st.final = true
	jsonScannerType = st
	st.newf = jsonScannerNew
	st.init = func(Value, []Value, *Tuple) *Exception { return nil }
	st.call = jsonScannerCall
	st.Dict.SetS("__doc__", NewStr("JSON scanner object"))
	member := func(t *Type, name string, get func(v Value) Value) {
		t.defAttr(name, obj(&GetSet{Header{GetSetType}, name, func(v Value) (Value, *Exception) { return get(v), nil }, nil}))
	}
	sc := func(v Value) *jsonScanner { return (*jsonScanner)(v.p) }
	member(st, "strict", func(v Value) Value { return MakeBool(sc(v).strict) })
	member(st, "object_hook", func(v Value) Value { return sc(v).objectHook })
	member(st, "object_pairs_hook", func(v Value) Value { return sc(v).pairsHook })
	member(st, "parse_float", func(v Value) Value { return sc(v).parseFloat })
	member(st, "parse_int", func(v Value) Value { return sc(v).parseInt })
	member(st, "parse_constant", func(v Value) Value { return sc(v).parseConstant })
	d.SetS("make_scanner", obj(st))

	et := newBuiltinType("Encoder", ObjectType)
	et.Module = "_json"
	et.Qualname = "Encoder"
	et.final = true
	jsonEncoderType = et
	et.newf = jsonEncoderNew
	et.init = func(Value, []Value, *Tuple) *Exception { return nil }
	et.call = jsonEncoderCall
	et.Dict.SetS("__doc__", NewStr("_iterencode(obj, _current_indent_level) -> iterable"))
	en := func(v Value) *jsonEncoder { return (*jsonEncoder)(v.p) }
	member(et, "markers", func(v Value) Value { return en(v).markers })
	member(et, "default", func(v Value) Value { return en(v).defaultFn })
	member(et, "encoder", func(v Value) Value { return en(v).encoder })
	member(et, "indent", func(v Value) Value { return en(v).indent })
	member(et, "key_separator", func(v Value) Value { return en(v).keySep })
	member(et, "item_separator", func(v Value) Value { return en(v).itemSep })
	member(et, "sort_keys", func(v Value) Value { return MakeBool(en(v).sortKeys) })
	member(et, "skipkeys", func(v Value) Value { return MakeBool(en(v).skipKeys) })
	d.SetS("make_encoder", obj(et))
	return m
}

func jsonNotStr(v Value) *Exception {
	return newErr(TypeError, "first argument must be a string, not %.80s", typeName(v))
}

func jsonEscapeFunc(name string, a []Value, kw *Tuple, ascii bool) (Value, *Exception) {
	if kwCount(kw) > 0 {
		return Null, newErr(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(a) != 1 {
		return Null, newErr(TypeError, "%s() takes exactly one argument (%d given)", name, len(a))
	}
	if !isStrV(a[0]) {
		return Null, jsonNotStr(a[0])
	}
	s := a[0].str().s
	buf := make([]byte, 0, len(s)+2)
	if ascii {
		buf = jsonEscapeASCII(buf, s)
	} else {
		buf = jsonEscape(buf, s)
	}
	return jsonBytesStr(buf, ascii), nil
}

// jsonBytesStr makes a str of buf, which the caller no longer touches.
func jsonBytesStr(buf []byte, ascii bool) Value {
	s := unsafe.String(unsafe.SliceData(buf), len(buf))
	if ascii {
		if len(s) <= 1 {
			return NewStr(s)
		}
		return obj(&Str{Header: Header{StrType}, s: s, n: len(s), ascii: true, hash: -1})
	}
	return NewStr(s)
}

const jsonHex = "0123456789abcdef"

// jsonPlain[c] is true for the ASCII bytes encode_basestring_ascii copies
// as they are (S_CHAR); encode_basestring also copies DEL and non-ASCII.
var jsonPlain = func() (t [256]bool) {
	for c := ' '; c <= '~'; c++ {
		t[c] = c != '\\' && c != '"'
	}
	return
}()

func jsonEscapeByte(buf []byte, c byte) []byte {
	switch c {
	case '\\':
		return append(buf, '\\', '\\')
	case '"':
		return append(buf, '\\', '"')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	}
	return append(buf, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&15])
}

// jsonEscape is escape_unicode: the quoted string, control characters,
// quote and backslash escaped, everything else as it is.
func jsonEscape(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		buf = append(buf, s[start:i]...)
		buf = jsonEscapeByte(buf, c)
		start = i + 1
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

func jsonU4(buf []byte, r rune) []byte {
	return append(buf, '\\', 'u', jsonHex[r>>12&15], jsonHex[r>>8&15], jsonHex[r>>4&15], jsonHex[r&15])
}

// jsonEscapeASCII is ascii_escape_unicode: as jsonEscape, and every
// character past '~' as \uXXXX (a surrogate pair above the BMP).
func jsonEscapeASCII(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		buf = append(buf, s[start:i]...)
		if c < 0x80 {
			buf = jsonEscapeByte(buf, c)
			i++
		} else {
			r, n := decodeWTF8(s[i:])
			i += n
			if r >= 0x10000 {
				r -= 0x10000
				buf = jsonU4(buf, 0xd800|(r>>10))
				r = 0xdc00 | (r & 0x3ff)
			}
			buf = jsonU4(buf, r)
		}
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

// ---- decoding ----

// jsonScan is one scan_once (or scanstring) call over one document.
type jsonScan struct {
	sc    *jsonScanner
	doc   Value
	s     string
	ascii bool
	memo  map[string]*Str
	depth int
}

// cp turns a byte offset into a code-point index.
func (j *jsonScan) cp(off int) int {
	if j.ascii {
		return off
	}
	return wtf8Count(j.s[:min(off, len(j.s))]) + max(0, off-len(j.s))
}

// wtf8Count counts code points: bytes that do not continue a sequence.
func wtf8Count(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// wtf8Offset is the byte offset of code point cp (len(s) past the end).
func wtf8Offset(s string, cp int) int {
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			if cp == 0 {
				return i
			}
			cp--
		}
	}
	return len(s)
}

func (j *jsonScan) errmsg(msg string, off int) *Exception {
	return jsonDecodeError(msg, j.doc, j.cp(off))
}

// jsonDecodeError makes json.decoder.JSONDecodeError(msg, doc, pos), as
// raise_errmsg does.
func jsonDecodeError(msg string, doc Value, pos int) *Exception {
	m, err := findAndLoad("json.decoder")
	if err != nil {
		return err
	}
	cls, err := GetAttr(m, intern("JSONDecodeError"))
	if err != nil {
		return err
	}
	e, err := Call(cls, []Value{NewStr(msg), doc, MakeInt(int64(pos))}, nil)
	if err != nil {
		return err
	}
	if !e.Type().IsSubtype(BaseExceptionType) {
		return newErr(TypeError, "exceptions must derive from BaseException")
	}
	return e.exc()
}

func (j *jsonScan) str(s string) Value {
	if j.ascii {
		if len(s) <= 1 {
			return NewStr(s)
		}
		return obj(&Str{Header: Header{StrType}, s: s, n: len(s), ascii: true, hash: -1})
	}
	return NewStr(s)
}

func jsonHex4(s string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// scanString is scanstring_unicode: end is the offset after the opening
// quote; it returns the decoded text and the offset after the closing one.
func (j *jsonScan) scanString(end int, strict bool) (string, int, *Exception) {
	s := j.s
	begin := end - 1
	var buf []byte
	for {
		next := end
		var c byte
		for ; next < len(s); next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				return "", 0, j.errmsg("Invalid control character at", next)
			}
		}
		if next >= len(s) {
			return "", 0, j.errmsg("Unterminated string starting at", begin)
		}
		if c == '"' && buf == nil {
			return s[end:next], next + 1, nil
		}
		buf = append(buf, s[end:next]...)
		next++
		if c == '"' {
			end = next
			break
		}
		if next == len(s) {
			return "", 0, j.errmsg("Unterminated string starting at", begin)
		}
		c = s[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				return "", 0, j.errmsg("Invalid \\escape", end-2)
			}
			buf = append(buf, c)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			return "", 0, j.errmsg("Invalid \\uXXXX escape", next-1)
		}
		r, ok := jsonHex4(s[next:end])
		if !ok {
			return "", 0, j.errmsg("Invalid \\uXXXX escape", end-5)
		}
		if r >= 0xd800 && r <= 0xdbff && end+6 < len(s) && s[end] == '\\' && s[end+1] == 'u' {
			r2, ok := jsonHex4(s[end+2 : end+6])
			if !ok {
				return "", 0, j.errmsg("Invalid \\uXXXX escape", end+1)
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				end += 6
			}
		}
		buf = encodeWTF8(buf, r)
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf)), end, nil
}

func jsonSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (j *jsonScan) skip(i int) int {
	for i < len(j.s) && jsonSpace(j.s[i]) {
		i++
	}
	return i
}

func (j *jsonScan) stop(off int) *Exception {
	return stopIteration(MakeInt(int64(j.cp(off))))
}

func (j *jsonScan) key(k string) *Str {
	if p, ok := j.memo[k]; ok {
		return p
	}
	var p *Str
	if j.ascii {
		p = &Str{Header: Header{StrType}, s: k, n: len(k), ascii: true, hash: -1}
	} else {
		p = newStrObj(k)
	}
	if j.memo == nil {
		j.memo = make(map[string]*Str, 16)
	}
	j.memo[k] = p
	return p
}

func (j *jsonScan) parseObject(idx int) (Value, int, *Exception) {
	s := j.s
	pairs := !j.sc.pairsHook.isNone()
	var d *Dict
	var items []Value
	if !pairs {
		d = NewDict()
	}
	idx = j.skip(idx)
	if idx >= len(s) || s[idx] != '}' {
		for {
			if idx >= len(s) || s[idx] != '"' {
				return Null, 0, j.errmsg("Expecting property name enclosed in double quotes", idx)
			}
			ks, next, err := j.scanString(idx+1, j.sc.strict)
			if err != nil {
				return Null, 0, err
			}
			key := j.key(ks)
			idx = j.skip(next)
			if idx >= len(s) || s[idx] != ':' {
				return Null, 0, j.errmsg("Expecting ':' delimiter", idx)
			}
			idx = j.skip(idx + 1)
			val, next, err := j.scanOnce(idx)
			if err != nil {
				return Null, 0, err
			}
			if pairs {
				items = append(items, NewTuple(obj(key), val))
			} else if err := d.setH(obj(key), strHash(key), val); err != nil {
				return Null, 0, err
			}
			idx = j.skip(next)
			if idx < len(s) && s[idx] == '}' {
				break
			}
			if idx >= len(s) || s[idx] != ',' {
				return Null, 0, j.errmsg("Expecting ',' delimiter", idx)
			}
			comma := idx
			idx = j.skip(idx + 1)
			if idx < len(s) && s[idx] == '}' {
				return Null, 0, j.errmsg("Illegal trailing comma before end of object", comma)
			}
		}
	}
	if pairs {
		r, err := Call(j.sc.pairsHook, []Value{obj(newList(items))}, nil)
		return r, idx + 1, err
	}
	if !j.sc.objectHook.isNone() {
		r, err := Call(j.sc.objectHook, []Value{obj(d)}, nil)
		return r, idx + 1, err
	}
	return obj(d), idx + 1, nil
}

func (j *jsonScan) parseArray(idx int) (Value, int, *Exception) {
	s := j.s
	var items []Value
	idx = j.skip(idx)
	if idx >= len(s) || s[idx] != ']' {
		for {
			val, next, err := j.scanOnce(idx)
			if err != nil {
				return Null, 0, err
			}
			items = append(items, val)
			idx = j.skip(next)
			if idx < len(s) && s[idx] == ']' {
				break
			}
			if idx >= len(s) || s[idx] != ',' {
				return Null, 0, j.errmsg("Expecting ',' delimiter", idx)
			}
			comma := idx
			idx = j.skip(idx + 1)
			if idx < len(s) && s[idx] == ']' {
				return Null, 0, j.errmsg("Illegal trailing comma before end of array", comma)
			}
		}
	}
	return obj(newList(items)), idx + 1, nil
}

func (j *jsonScan) constant(name string, idx int) (Value, int, *Exception) {
	r, err := Call(j.sc.parseConstant, []Value{obj(intern(name))}, nil)
	return r, idx + len(name), err
}

func jsonDigit(c byte) bool { return c >= '0' && c <= '9' }

func (j *jsonScan) number(start int) (Value, int, *Exception) {
	s := j.s
	idx := start
	last := len(s) - 1
	if s[idx] == '-' {
		idx++
		if idx > last {
			return Null, 0, j.stop(start)
		}
	}
	switch {
	case s[idx] >= '1' && s[idx] <= '9':
		idx++
		for idx <= last && jsonDigit(s[idx]) {
			idx++
		}
	case s[idx] == '0':
		idx++
	default:
		return Null, 0, j.stop(start)
	}
	isFloat := false
	if idx < last && s[idx] == '.' && jsonDigit(s[idx+1]) {
		isFloat = true
		idx += 2
		for idx <= last && jsonDigit(s[idx]) {
			idx++
		}
	}
	if idx < last && (s[idx] == 'e' || s[idx] == 'E') {
		eStart := idx
		idx++
		if idx < last && (s[idx] == '-' || s[idx] == '+') {
			idx++
		}
		for idx <= last && jsonDigit(s[idx]) {
			idx++
		}
		if jsonDigit(s[idx-1]) {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	num := s[start:idx]
	if isFloat {
		if j.sc.parseFloat.p != unsafe.Pointer(FloatType) {
			r, err := Call(j.sc.parseFloat, []Value{NewStr(num)}, nil)
			return r, idx, err
		}
		f, _ := strconv.ParseFloat(num, 64) // out of range gives ±inf, as PyFloat_FromString
		return MakeFloat(f), idx, nil
	}
	if j.sc.parseInt.p != unsafe.Pointer(IntType) {
		r, err := Call(j.sc.parseInt, []Value{NewStr(num)}, nil)
		return r, idx, err
	}
	if len(num) <= 18 {
		neg := num[0] == '-'
		var n int64
		for _, c := range []byte(num) {
			if c != '-' {
				n = n*10 + int64(c-'0')
			}
		}
		if neg {
			n = -n
		}
		return MakeInt(n), idx, nil
	}
	r, err := parseInt(num, 10)
	return r, idx, err
}

func (j *jsonScan) scanOnce(idx int) (Value, int, *Exception) {
	s := j.s
	if idx >= len(s) {
		return Null, 0, j.stop(idx)
	}
	n := len(s)
	switch s[idx] {
	case '"':
		t, next, err := j.scanString(idx+1, j.sc.strict)
		if err != nil {
			return Null, 0, err
		}
		return j.str(t), next, nil
	case '{':
		if j.depth >= jsonMaxDepth {
			return Null, 0, newErr(RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string")
		}
		j.depth++
		r, next, err := j.parseObject(idx + 1)
		j.depth--
		return r, next, err
	case '[':
		if j.depth >= jsonMaxDepth {
			return Null, 0, newErr(RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string")
		}
		j.depth++
		r, next, err := j.parseArray(idx + 1)
		j.depth--
		return r, next, err
	case 'n':
		if idx+3 < n && s[idx+1:idx+4] == "ull" {
			return None, idx + 4, nil
		}
	case 't':
		if idx+3 < n && s[idx+1:idx+4] == "rue" {
			return True, idx + 4, nil
		}
	case 'f':
		if idx+4 < n && s[idx+1:idx+5] == "alse" {
			return False, idx + 5, nil
		}
	case 'N':
		if idx+2 < n && s[idx+1:idx+3] == "aN" {
			return j.constant("NaN", idx)
		}
	case 'I':
		if idx+7 < n && s[idx+1:idx+8] == "nfinity" {
			return j.constant("Infinity", idx)
		}
	case '-':
		if idx+8 < n && s[idx+1:idx+9] == "Infinity" {
			return j.constant("-Infinity", idx)
		}
	}
	return j.number(idx)
}

func jsonScanstring(a []Value, kw *Tuple) (Value, *Exception) {
	if kwCount(kw) > 0 {
		return Null, newErr(TypeError, "scanstring() takes no keyword arguments")
	}
	if len(a) < 2 || len(a) > 3 {
		if len(a) < 2 {
			return Null, newErr(TypeError, "scanstring() takes at least 2 arguments (%d given)", len(a))
		}
		return Null, newErr(TypeError, "scanstring() takes at most 3 arguments (%d given)", len(a))
	}
	end, err := argSsize(a[1])
	if err != nil {
		return Null, err
	}
	strict := true
	if len(a) == 3 {
		if strict, err = Truth(a[2]); err != nil {
			return Null, err
		}
	}
	if !isStrV(a[0]) {
		return Null, jsonNotStr(a[0])
	}
	st := a[0].str()
	if end < 0 || end > st.n {
		return Null, newErr(ValueError, "end is out of bounds")
	}
	j := &jsonScan{doc: a[0], s: st.s, ascii: st.ascii}
	off := end
	if !j.ascii {
		off = wtf8Offset(st.s, end)
	}
	t, next, err := j.scanString(off, strict)
	if err != nil {
		return Null, err
	}
	return NewTuple(j.str(t), MakeInt(int64(j.cp(next)))), nil
}

func jsonScannerNew(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
	var args [1]Value
	if err := parseArgsKw("make_scanner", []string{"context"}, 1, a, kw, args[:]); err != nil {
		return Null, err
	}
	ctx := args[0]
	sc := &jsonScanner{Header: Header{t}}
	v, err := GetAttr(ctx, intern("strict"))
	if err != nil {
		return Null, err
	}
	if sc.strict, err = Truth(v); err != nil {
		return Null, err
	}
	for _, f := range []struct {
		name string
		dst  *Value
	}{{"object_hook", &sc.objectHook}, {"object_pairs_hook", &sc.pairsHook}, {"parse_float", &sc.parseFloat},
		{"parse_int", &sc.parseInt}, {"parse_constant", &sc.parseConstant}} {
		if *f.dst, err = GetAttr(ctx, intern(f.name)); err != nil {
			return Null, err
		}
	}
	return obj(sc), nil
}

func jsonScannerCall(f Value, a []Value, kw *Tuple) (Value, *Exception) {
	var args [2]Value
	if err := parseArgsKw("scan_once", []string{"string", "idx"}, 2, a, kw, args[:]); err != nil {
		return Null, err
	}
	idx, err := argSsize(args[1])
	if err != nil {
		return Null, err
	}
	if !isStrV(args[0]) {
		return Null, jsonNotStr(args[0])
	}
	st := args[0].str()
	j := &jsonScan{sc: (*jsonScanner)(f.p), doc: args[0], s: st.s, ascii: st.ascii}
	if idx < 0 {
		return Null, newErr(ValueError, "idx cannot be negative")
	}
	if idx >= st.n {
		return Null, stopIteration(MakeInt(int64(idx)))
	}
	off := idx
	if !j.ascii {
		off = wtf8Offset(st.s, idx)
	}
	r, next, err := j.scanOnce(off)
	if err != nil {
		return Null, err
	}
	return NewTuple(r, MakeInt(int64(j.cp(next)))), nil
}

// ---- encoding ----

func jsonEncoderNew(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
	var args [9]Value
	names := []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}
	if err := parseArgsKw("make_encoder", names, 9, a, kw, args[:]); err != nil {
		return Null, err
	}
	for i := 4; i <= 5; i++ {
		if !isStrV(args[i]) {
			return Null, newErr(TypeError, "make_encoder() argument %d must be str, not %.50s", i+1, typeName(args[i]))
		}
	}
	var flags [3]bool
	for i := range flags {
		b, err := Truth(args[6+i])
		if err != nil {
			return Null, err
		}
		flags[i] = b
	}
	if !args[0].isNone() && !isDictV(args[0]) {
		return Null, newErr(TypeError, "make_encoder() argument 1 must be dict or None, not %.200s", typeName(args[0]))
	}
	e := &jsonEncoder{Header: Header{t}, markers: args[0], defaultFn: args[1], encoder: args[2], indent: args[3],
		keySep: args[4], itemSep: args[5], sortKeys: flags[0], skipKeys: flags[1], allowNaN: flags[2]}
	switch args[2].p {
	case jsonEncodeBasestring.p:
		e.fast = 1
	case jsonEncodeBasestringASCII.p:
		e.fast = 2
	}
	return obj(e), nil
}

// jsonEnc is one call of an Encoder: the text so far and the containers
// being encoded (the markers of _json.c, kept in Go: a stack, with a set
// once it is deep).
type jsonEnc struct {
	e         *jsonEncoder
	buf       []byte
	stack     []unsafe.Pointer
	deep      map[unsafe.Pointer]bool
	depth     int
	indents   []string
	keySep    string
	itemSep   string
	hasIndent bool
}

func jsonEncoderCall(f Value, a []Value, kw *Tuple) (Value, *Exception) {
	var args [2]Value
	if err := parseArgsKw("_iterencode", []string{"obj", "_current_indent_level"}, 2, a, kw, args[:]); err != nil {
		return Null, err
	}
	level, err := argSsize(args[1])
	if err != nil {
		return Null, err
	}
	e := (*jsonEncoder)(f.p)
	w := &jsonEnc{e: e, keySep: e.keySep.str().s, itemSep: e.itemSep.str().s, hasIndent: !e.indent.isNone()}
	w.buf = make([]byte, 0, 256)
	if err := w.encode(args[0], level); err != nil {
		return Null, err
	}
	return NewTuple(w.str()), nil
}

func (w *jsonEnc) str() Value {
	return NewStr(unsafe.String(unsafe.SliceData(w.buf), len(w.buf)))
}

func (w *jsonEnc) write(s string) {
	w.buf = append(w.buf, s...)
}

// enter is the markers check of a container about to be encoded.
func (w *jsonEnc) enter(v Value) *Exception {
	if w.depth >= jsonMaxDepth {
		return newErr(RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
	w.depth++
	if w.e.markers.isNone() {
		return nil
	}
	p := v.p
	if w.deep != nil {
		if w.deep[p] {
			return newErr(ValueError, "Circular reference detected")
		}
		w.deep[p] = true
	} else {
		for _, q := range w.stack {
			if q == p {
				return newErr(ValueError, "Circular reference detected")
			}
		}
		if len(w.stack) >= 32 {
			w.deep = make(map[unsafe.Pointer]bool, 64)
			for _, q := range w.stack {
				w.deep[q] = true
			}
			w.deep[p] = true
		}
	}
	w.stack = append(w.stack, p)
	return nil
}

func (w *jsonEnc) leave() {
	w.depth--
	if w.e.markers.isNone() {
		return
	}
	p := w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
	if w.deep != nil {
		delete(w.deep, p)
	}
}

// newline is '\n' + indent * level.
func (w *jsonEnc) newline(level int) (string, *Exception) {
	if level >= 0 && level < len(w.indents) && w.indents[level] != "" {
		return w.indents[level], nil
	}
	var ind string
	if isStrV(w.e.indent) && level >= 0 {
		ind = strings.Repeat(w.e.indent.str().s, level)
	} else {
		r, err := BinaryOp(w.e.indent, MakeInt(int64(level)), nbMul)
		if err != nil {
			return "", err
		}
		if !isStrV(r) {
			return "", newErr(TypeError, "can only concatenate str (not \"%s\") to str", typeName(r))
		}
		ind = r.str().s
	}
	s := "\n" + ind
	if level >= 0 && level < 64 {
		for len(w.indents) <= level {
			w.indents = append(w.indents, "")
		}
		w.indents[level] = s
	}
	return s, nil
}

func (w *jsonEnc) float(v Value, x float64) *Exception {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		if !w.e.allowNaN {
			return newErr(ValueError, "Out of range float values are not JSON compliant: %s", floatRepr(x))
		}
		switch {
		case x > 0:
			w.write("Infinity")
		case x < 0:
			w.write("-Infinity")
		default:
			w.write("NaN")
		}
		return nil
	}
	w.buf = append(w.buf, floatRepr(x)...)
	return nil
}

func (w *jsonEnc) string(v Value) *Exception {
	s := v.str()
	switch w.e.fast {
	case 2:
		w.buf = jsonEscapeASCII(w.buf, s.s)
		return nil
	case 1:
		w.buf = jsonEscape(w.buf, s.s)
		return nil
	}
	r, err := Call(w.e.encoder, []Value{v}, nil)
	if err != nil {
		return err
	}
	if !isStrV(r) {
		return newErr(TypeError, "encoder() must return a string, not %.80s", typeName(r))
	}
	w.write(r.str().s)
	return nil
}

func (w *jsonEnc) encode(v Value, level int) *Exception {
	switch v.p {
	case intTag:
		w.buf = strconv.AppendInt(w.buf, v.Int(), 10)
		return nil
	case floatTag:
		return w.float(v, v.Float())
	case None.p:
		w.write("null")
		return nil
	case True.p:
		w.write("true")
		return nil
	case False.p:
		w.write("false")
		return nil
	}
	t := v.Type()
	switch {
	case t == StrType || t.layout == layoutStrSub:
		return w.string(v)
	case t == ListType || t.layout == layoutListSub:
		return w.list(v, level, true)
	case t == DictType || t.layout == layoutDictSub:
		return w.dict(v, level)
	case t == TupleType || t.layout == layoutTupleSub:
		return w.list(v, level, false)
	case t.IsSubtype(IntType):
		s, err := intStr(v)
		if err != nil {
			return err
		}
		w.write(s)
		return nil
	case t.IsSubtype(FloatType):
		return w.float(v, v.Float())
	case t.IsSubtype(StrType):
		return w.string(v)
	}
	if err := w.enter(v); err != nil {
		return err
	}
	nv, err := Call(w.e.defaultFn, []Value{v}, nil)
	if err != nil {
		return err
	}
	if err := w.encode(nv, level); err != nil {
		return err
	}
	w.leave()
	return nil
}

func (w *jsonEnc) list(v Value, level int, isList bool) *Exception {
	var items []Value
	if isList {
		items = v.list().items
	} else {
		items = v.tuple().items
	}
	if len(items) == 0 {
		w.write("[]")
		return nil
	}
	if err := w.enter(v); err != nil {
		return err
	}
	w.buf = append(w.buf, '[')
	sep := w.itemSep
	if w.hasIndent {
		level++
		nl, err := w.newline(level)
		if err != nil {
			return err
		}
		w.write(nl)
		sep = w.itemSep + nl
	}
	for i := 0; ; i++ {
		if isList {
			items = v.list().items // default() may change the list
		}
		if i >= len(items) {
			break
		}
		if i > 0 {
			w.write(sep)
		}
		if err := w.encode(items[i], level); err != nil {
			return err
		}
	}
	w.leave()
	if w.hasIndent {
		level--
		nl, err := w.newline(level)
		if err != nil {
			return err
		}
		w.write(nl)
	}
	w.buf = append(w.buf, ']')
	return nil
}

func (w *jsonEnc) dict(v Value, level int) *Exception {
	d := v.dict()
	if d.Len() == 0 {
		w.write("{}")
		return nil
	}
	if err := w.enter(v); err != nil {
		return err
	}
	w.buf = append(w.buf, '{')
	sep := w.itemSep
	if w.hasIndent {
		level++
		nl, err := w.newline(level)
		if err != nil {
			return err
		}
		w.write(nl)
		sep = w.itemSep + nl
	}
	first := true
	if w.e.sortKeys || v.Type() != DictType {
		items, err := jsonItems(v, w.e.sortKeys)
		if err != nil {
			return err
		}
		for _, it := range items {
			if err := w.keyValue(&first, sep, it.key, it.val, level); err != nil {
				return err
			}
		}
	} else {
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.key.p == nil {
				continue
			}
			if err := w.keyValue(&first, sep, e.key, e.val, level); err != nil {
				return err
			}
		}
	}
	w.leave()
	if w.hasIndent {
		level--
		nl, err := w.newline(level)
		if err != nil {
			return err
		}
		w.write(nl)
	}
	w.buf = append(w.buf, '}')
	return nil
}

type jsonKV struct{ key, val Value }

// jsonItems is PyMapping_Items (then PyList_Sort when sorting): list(items())
// of a dict subclass, the entries of a dict. Keys that are all exact strs
// sort by their bytes (WTF-8 order is code-point order); others sort as
// the (key, value) tuples CPython sorts, with its comparison errors.
func jsonItems(v Value, sortKeys bool) ([]jsonKV, *Exception) {
	var out []jsonKV
	allStr := true
	if v.Type() == DictType {
		d := v.dict()
		out = make([]jsonKV, 0, d.Len())
		for _, e := range d.entries {
			if e.key.p != nil {
				out = append(out, jsonKV{e.key, e.val})
				allStr = allStr && e.key.Type() == StrType
			}
		}
	} else {
		m, err := GetAttr(v, intern("items"))
		if err != nil {
			return nil, err
		}
		r, err := Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		its, err := iterToSlice(r)
		if err != nil {
			return nil, err
		}
		for _, it := range its {
			if !isTupleV(it) || len(it.tuple().items) != 2 {
				return nil, newErr(ValueError, "items must return 2-tuples")
			}
			kv := it.tuple().items
			out = append(out, jsonKV{kv[0], kv[1]})
			allStr = allStr && kv[0].Type() == StrType
		}
	}
	if !sortKeys {
		return out, nil
	}
	if allStr {
		slices.SortStableFunc(out, func(a, b jsonKV) int { return strings.Compare(a.key.str().s, b.key.str().s) })
		return out, nil
	}
	tups := make([]Value, len(out))
	for i, kv := range out {
		tups[i] = NewTuple(kv.key, kv.val)
	}
	if err := sortValues(tups, None, false); err != nil {
		return nil, err
	}
	for i, t := range tups {
		out[i] = jsonKV{t.tuple().items[0], t.tuple().items[1]}
	}
	return out, nil
}

func (w *jsonEnc) keyValue(first *bool, sep string, key, val Value, level int) *Exception {
	var ks Value
	switch {
	case isStrV(key):
		ks = key
	case key.p == floatTag || (key.p != intTag && key.Type().IsSubtype(FloatType)):
		x := key.Float()
		switch {
		case math.IsInf(x, 0) || math.IsNaN(x):
			if !w.e.allowNaN {
				return newErr(ValueError, "Out of range float values are not JSON compliant: %s", floatRepr(x))
			}
			ks = NewStr(map[bool]string{true: "Infinity", false: "-Infinity"}[x > 0])
			if math.IsNaN(x) {
				ks = NewStr("NaN")
			}
		default:
			ks = NewStr(floatRepr(x))
		}
	case key.p == True.p:
		ks = NewStr("true")
	case key.p == False.p:
		ks = NewStr("false")
	case key.isNone():
		ks = NewStr("null")
	case isIntLike(key):
		s, err := intStr(key)
		if err != nil {
			return err
		}
		ks = NewStr(s)
	case w.e.skipKeys:
		return nil
	default:
		return newErr(TypeError, "keys must be str, int, float, bool or None, not %.100s", typeName(key))
	}
	if *first {
		*first = false
	} else {
		w.write(sep)
	}
	if err := w.string(ks); err != nil {
		return err
	}
	w.write(w.keySep)
	return w.encode(val, level)
}

func init() { RegisterModule("_json", initJSON) }

package bytecode

import (
	"encoding/hex"
	"slices"
	"strconv"

	"github.com/peglab/peglab/ast"
)

// CodeAddr stands for the address in a code object's repr (<code object
// f at 0x..., ...>): the one thing of dis's output that differs between
// runs, which comparisons mask on both sides.
const CodeAddr = "0x0"

// ConstRepr returns Python's repr of a constant of a code object, as dis
// shows it: ast.Repr's values, tuples, frozensets (elements in the order
// held), lists, sets, dicts and code objects (with CodeAddr).
func ConstRepr(v any) string { return string(AppendConstRepr(nil, v, false)) }

// AppendConstRepr appends ConstRepr(v) to dst; with sorted, the elements
// of sets and frozensets are sorted by their repr, an order that does not
// depend on hashing (the code dump's).
func AppendConstRepr(dst []byte, v any, sorted bool) []byte {
	return appendConstRepr(dst, v, sorted, 0)
}

func appendConstRepr(dst []byte, v any, sorted bool, depth int) []byte {
	if depth > maxMarshalDepth {
		return append(dst, "..."...)
	}
	seq := func(open, close string, items []any, set bool) []byte {
		dst = append(dst, open...)
		if set && sorted {
			reprs := make([]string, len(items))
			for i, x := range items {
				reprs[i] = string(appendConstRepr(nil, x, sorted, depth+1))
			}
			slices.Sort(reprs)
			for i, r := range reprs {
				if i > 0 {
					dst = append(dst, ", "...)
				}
				dst = append(dst, r...)
			}
		} else {
			for i, x := range items {
				if i > 0 {
					dst = append(dst, ", "...)
				}
				dst = appendConstRepr(dst, x, sorted, depth+1)
			}
		}
		return append(dst, close...)
	}
	switch v := v.(type) {
	case Tuple:
		if len(v) == 1 {
			dst = append(dst, '(')
			dst = appendConstRepr(dst, v[0], sorted, depth+1)
			return append(dst, ",)"...)
		}
		return seq("(", ")", v, false)
	case List:
		return seq("[", "]", v, false)
	case FrozenSet:
		if len(v) == 0 {
			return append(dst, "frozenset()"...)
		}
		return seq("frozenset({", "})", v, true)
	case Set:
		if len(v) == 0 {
			return append(dst, "set()"...)
		}
		return seq("{", "}", v, true)
	case *Dict:
		dst = append(dst, '{')
		for i, k := range v.Keys {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = appendConstRepr(dst, k, sorted, depth+1)
			dst = append(dst, ": "...)
			dst = appendConstRepr(dst, v.Values[i], sorted, depth+1)
		}
		return append(dst, '}')
	case *Code:
		dst = append(dst, "<code object "...)
		dst = append(dst, v.Name...)
		dst = append(dst, " at "+CodeAddr+", file \""...)
		dst = append(dst, v.Filename...)
		dst = append(dst, "\", line "...)
		dst = strconv.AppendInt(dst, int64(v.FirstLineNo), 10)
		return append(dst, '>')
	case StopIterationType:
		return append(dst, "<class 'StopIteration'>"...)
	}
	return ast.AppendRepr(dst, v)
}

// flagNames are dis.COMPILER_FLAG_NAMES.
var flagNames = map[CodeFlags]string{
	CoOptimized: "OPTIMIZED", CoNewLocals: "NEWLOCALS", CoVarArgs: "VARARGS",
	CoVarKeywords: "VARKEYWORDS", CoNested: "NESTED", CoGenerator: "GENERATOR",
	0x40: "NOFREE", CoCoroutine: "COROUTINE", CoIterableCoroutine: "ITERABLE_COROUTINE",
	CoAsyncGenerator: "ASYNC_GENERATOR",
}

// PrettyFlags is dis.pretty_flags(flags): the names of the set bits, low
// first, unknown ones in hex.
func PrettyFlags(flags CodeFlags) string {
	var b []byte
	for i := 0; i < 32; i++ {
		f := CodeFlags(1) << i
		if flags&f == 0 {
			continue
		}
		if len(b) > 0 {
			b = append(b, ", "...)
		}
		if n, ok := flagNames[f]; ok {
			b = append(b, n...)
		} else {
			b = append(b, "0x"...)
			b = strconv.AppendUint(b, uint64(f), 16)
		}
		flags ^= f
		if flags == 0 {
			return string(b)
		}
	}
	if len(b) > 0 {
		b = append(b, ", "...)
	}
	b = append(b, "0x"...)
	return string(strconv.AppendUint(b, uint64(flags), 16))
}

// Dump returns every field of c and, after it, of each code object among
// its constants, depth first: the text of `peglab code`, which
// scripts/oracle.py's "code" stage prints from CPython's code objects in
// the same form. Sets are shown sorted by repr, code constants as
// <code NAME line N>, byte strings in hex, None as None.
func Dump(c *Code) string { return string(AppendDump(nil, c)) }

// AppendDump appends Dump(c) to dst.
func AppendDump(dst []byte, c *Code) []byte { return appendDump(dst, c, 0) }

func appendDump(dst []byte, c *Code, depth int) []byte {
	if depth > maxMarshalDepth {
		return dst
	}
	num := func(name string, n int) {
		dst = append(dst, "  "+name+" "...)
		dst = strconv.AppendInt(dst, int64(n), 10)
		dst = append(dst, '\n')
	}
	str := func(name, s string) {
		dst = append(dst, "  "+name+" "...)
		dst = ast.AppendReprString(dst, s)
		dst = append(dst, '\n')
	}
	names := func(name string, ss []string) {
		dst = append(dst, "  "+name+" ("...)
		for i, s := range ss {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = ast.AppendReprString(dst, s)
		}
		if len(ss) == 1 {
			dst = append(dst, ',')
		}
		dst = append(dst, ")\n"...)
	}
	hexField := func(name string, b []byte) {
		dst = append(dst, "  "+name+" "...)
		dst = hex.AppendEncode(dst, b)
		dst = append(dst, '\n')
	}
	opt := func(n int) {
		dst = append(dst, ' ')
		if n == NoLine {
			dst = append(dst, "None"...)
		} else {
			dst = strconv.AppendInt(dst, int64(n), 10)
		}
	}
	dst = append(dst, "code "...)
	dst = append(dst, c.QualName...)
	dst = append(dst, '\n')
	str("filename", c.Filename)
	str("name", c.Name)
	str("qualname", c.QualName)
	num("firstlineno", c.FirstLineNo)
	num("argcount", c.ArgCount)
	num("posonlyargcount", c.PosOnlyArgCount)
	num("kwonlyargcount", c.KwOnlyArgCount)
	num("stacksize", c.StackSize)
	dst = append(dst, "  flags 0x"...)
	dst = strconv.AppendUint(dst, uint64(c.Flags), 16)
	if c.Flags != 0 {
		dst = append(dst, " ("...)
		dst = append(dst, PrettyFlags(c.Flags)...)
		dst = append(dst, ')')
	}
	dst = append(dst, '\n')
	num("nlocals", c.NLocals())
	hexField("code", c.Bytecode)
	dst = append(dst, "  consts\n"...)
	for i, k := range c.Consts {
		dst = append(dst, "    "...)
		dst = strconv.AppendInt(dst, int64(i), 10)
		dst = append(dst, ": "...)
		if cc, ok := k.(*Code); ok {
			dst = append(dst, "<code "...)
			dst = append(dst, cc.QualName...)
			dst = append(dst, " line "...)
			dst = strconv.AppendInt(dst, int64(cc.FirstLineNo), 10)
			dst = append(dst, '>')
		} else {
			dst = AppendConstRepr(dst, k, true)
		}
		dst = append(dst, '\n')
	}
	names("names", c.Names)
	names("localsplusnames", c.LocalsPlusNames)
	kinds := make([]byte, len(c.LocalsPlusKinds))
	for i, k := range c.LocalsPlusKinds {
		kinds[i] = byte(k)
	}
	hexField("localspluskinds", kinds)
	names("varnames", c.VarNames())
	names("cellvars", c.CellVars())
	names("freevars", c.FreeVars())
	hexField("linetable", c.LineTable)
	hexField("exceptiontable", c.ExceptionTable)
	dst = append(dst, "  exceptions\n"...)
	for _, e := range c.ExceptionEntries() {
		dst = append(dst, "   "...)
		opt(e.Start)
		opt(e.End)
		opt(e.Target)
		opt(e.Depth)
		if e.Lasti {
			dst = append(dst, " lasti"...)
		}
		dst = append(dst, '\n')
	}
	dst = append(dst, "  lines\n"...)
	for _, l := range c.Lines() {
		dst = append(dst, "   "...)
		opt(l.Start)
		opt(l.End)
		opt(l.Line)
		dst = append(dst, '\n')
	}
	dst = append(dst, "  positions\n"...)
	for i, p := range c.Positions() {
		dst = append(dst, "    "...)
		dst = strconv.AppendInt(dst, int64(2*i), 10)
		dst = append(dst, ':')
		opt(p.Line)
		opt(p.EndLine)
		opt(p.Col)
		opt(p.EndCol)
		dst = append(dst, '\n')
	}
	for _, k := range c.Consts {
		if cc, ok := k.(*Code); ok {
			dst = append(dst, '\n')
			dst = appendDump(dst, cc, depth+1)
		}
	}
	return dst
}

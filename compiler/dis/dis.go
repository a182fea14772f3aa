package dis

import (
	"slices"
	"strconv"
	"strings"

	"github.com/peglab/peglab/compiler/bytecode"
)

// Options are dis.dis's display options.
type Options struct {
	ShowCaches  bool // -C: the inline cache entries, as CACHE lines
	ShowOffsets bool // -O: the offset of each instruction
}

// Dis returns what `python3.13 -m dis` prints for the module code c:
// dis.dis(c), which disassembles c and, after it, each code object among
// its constants, recursively.
func Dis(c *bytecode.Code, opts Options) string {
	return string(AppendDis(nil, c, opts))
}

// AppendDis appends Dis(c, opts) to dst.
func AppendDis(dst []byte, c *bytecode.Code, opts Options) []byte {
	return appendRecursive(dst, c, opts, 0)
}

func appendRecursive(dst []byte, c *bytecode.Code, opts Options, depth int) []byte {
	dst = AppendDisassemble(dst, c, opts)
	if depth > 1000 {
		return dst
	}
	for _, k := range c.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			dst = append(dst, "\nDisassembly of "...)
			dst = appendConst(dst, cc)
			dst = append(dst, ":\n"...)
			dst = appendRecursive(dst, cc, opts, depth+1)
		}
	}
	return dst
}

// instr is one instruction as dis._unpack_opargs yields it.
type instr struct {
	offset int
	op     bytecode.Opcode // as in co_code
	deop   bytecode.Opcode // its generic form
	arg    int
	hasArg bool
}

// deopt returns the generic opcode of a specialized one.
func deopt(op bytecode.Opcode) bytecode.Opcode {
	if in := op.Info(); in.Flags&bytecode.Specialized != 0 && in.Family != 0 {
		return in.Family
	}
	return op
}

// unpack decodes co_code as dis._unpack_opargs: EXTENDED_ARG prefixes
// folded into the oparg that follows (as a C int), cache entries skipped.
func unpack(code []byte) []instr {
	out := make([]instr, 0, len(code)/2)
	ext := 0
	caches := 0
	for i := 0; i+1 < len(code); i += 2 {
		if caches > 0 {
			caches--
			continue
		}
		op := bytecode.Opcode(code[i])
		deop := deopt(op)
		caches = deop.Caches()
		in := instr{offset: i, op: op, deop: deop}
		if deop.Has(bytecode.HasArg) {
			in.hasArg = true
			in.arg = int(code[i+1]) | ext
			if deop == bytecode.EXTENDED_ARG {
				ext = int(int32(uint32(in.arg) << 8))
			} else {
				ext = 0
			}
		} else {
			ext = 0
		}
		out = append(out, in)
	}
	return out
}

// jumpTarget is dis._get_jump_target: the offset a jump goes to, or -1.
func jumpTarget(in instr) int {
	if !in.hasArg || !in.deop.Has(bytecode.HasJump) {
		return -1
	}
	arg := in.arg
	if in.deop.Has(bytecode.JumpBackward) {
		arg = -arg
	}
	return in.offset + 2 + 2*arg + 2*in.deop.Caches()
}

// labelMap numbers the jump targets and exception table offsets, in
// offset order, from 1 (dis._make_labels_map).
type labelMap struct {
	offsets []int // sorted
}

func (m *labelMap) get(off int) (int, bool) {
	lo, hi := 0, len(m.offsets)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.offsets[mid] < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(m.offsets) && m.offsets[lo] == off {
		return lo + 1, true
	}
	return 0, false
}

func makeLabels(instrs []instr, exc []bytecode.ExceptEntry, codeLen int) *labelMap {
	// Offsets within the code (the usual case) are marked in a bitmap;
	// the odd ones of malformed code in a map.
	inside := make([]bool, codeLen+1)
	var outside map[int]bool
	var offs []int
	add := func(o int) {
		if o >= 0 && o <= codeLen {
			if !inside[o] {
				inside[o] = true
				offs = append(offs, o)
			}
			return
		}
		if outside == nil {
			outside = map[int]bool{}
		}
		if !outside[o] {
			outside[o] = true
			offs = append(offs, o)
		}
	}
	for _, in := range instrs {
		if in.hasArg && in.deop.Has(bytecode.HasJump) {
			add(jumpTarget(in))
		}
	}
	for _, e := range exc {
		add(e.Start)
		add(e.End)
		add(e.Target)
	}
	slices.Sort(offs)
	return &labelMap{offs}
}

const (
	opnameWidth = 20
	opargWidth  = 5
	noLineNo    = "  --"
)

// AppendDisassemble appends dis.disassemble(c): c's instructions and its
// exception table, not its nested code objects.
func AppendDisassemble(dst []byte, c *bytecode.Code, opts Options) []byte {
	code := c.Bytecode
	instrs := unpack(code)
	exc := c.ExceptionEntries()
	labels := makeLabels(instrs, exc, len(code))
	labelWidth := 4 + len(strconv.Itoa(len(labels.offsets)))

	// dis.findlinestarts: the first offset of each co_lines range.
	lines := c.Lines()
	lineWidth := 0
	maxLine, anyNone := -1, false
	for _, l := range lines {
		if l.Line == bytecode.NoLine {
			anyNone = true
		} else if l.Line != 0 && l.Line > maxLine { // filter(None, ...) drops 0
			maxLine = l.Line
		}
	}
	if maxLine != -1 {
		lineWidth = max(3, len(strconv.Itoa(maxLine)))
		if lineWidth < len(noLineNo) && anyNone {
			lineWidth = len(noLineNo)
		}
	}
	offsetWidth := 0
	if opts.ShowOffsets {
		offsetWidth = len(strconv.Itoa(max(len(code)-2, 9999)))
	}
	f := formatter{lineWidth: lineWidth, offsetWidth: offsetWidth, labelWidth: labelWidth}

	// starts[i] is 1 + the index of the co_lines range that starts at
	// code unit i (dis.findlinestarts), else 0.
	starts := make([]int32, len(code)/2+1)
	for i, l := range lines {
		if l.Start >= 0 && l.Start/2 < len(starts) {
			starts[l.Start/2] = int32(i + 1)
		}
	}
	curLine := bytecode.NoLine
	var scratch []byte // each instruction's argrepr
	for _, in := range instrs {
		isStart := false
		if k := starts[in.offset/2]; k > 0 {
			isStart = true
			curLine = lines[k-1].Line
		}
		label, hasLabel := labels.get(in.offset)
		scratch = appendArgRepr(scratch[:0], c, in, labels)
		dst = f.line(dst, in.offset, isStart, curLine, hasLabel, label, in.op.String(), in.hasArg, in.arg, scratch)
		if opts.ShowCaches {
			dst = appendCaches(dst, &f, code, in)
		}
	}
	if len(exc) > 0 {
		dst = append(dst, "ExceptionTable:\n"...)
		for _, e := range exc {
			s, _ := labels.get(e.Start)
			en, _ := labels.get(e.End)
			t, _ := labels.get(e.Target)
			dst = append(dst, "  L"...)
			dst = strconv.AppendInt(dst, int64(s), 10)
			dst = append(dst, " to L"...)
			dst = strconv.AppendInt(dst, int64(en), 10)
			dst = append(dst, " -> L"...)
			dst = strconv.AppendInt(dst, int64(t), 10)
			dst = append(dst, " ["...)
			dst = strconv.AppendInt(dst, int64(e.Depth), 10)
			dst = append(dst, ']')
			if e.Lasti {
				dst = append(dst, " lasti"...)
			}
			dst = append(dst, '\n')
		}
	}
	return dst
}

type formatter struct {
	lineWidth, offsetWidth, labelWidth int
}

func pad(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, ' ')
	}
	return dst
}

// line is Formatter.print_instruction_line: fields joined by spaces, the
// trailing blanks stripped.
func (f *formatter) line(dst []byte, offset int, starts bool, line int, hasLabel bool, label int,
	name string, hasArg bool, arg int, argrepr []byte) []byte {
	if f.lineWidth > 0 && starts && offset > 0 {
		dst = append(dst, '\n')
	}
	start := len(dst)
	if f.lineWidth > 0 {
		if starts {
			if line == bytecode.NoLine {
				dst = pad(dst, f.lineWidth-len(noLineNo))
				dst = append(dst, noLineNo...)
			} else {
				dst = appendRight(dst, int64(line), f.lineWidth)
			}
		} else {
			dst = pad(dst, f.lineWidth)
		}
		dst = append(dst, ' ')
	}
	if hasLabel {
		dst = pad(dst, f.labelWidth-2-digits(int64(label)))
		dst = append(dst, 'L')
		dst = strconv.AppendInt(dst, int64(label), 10)
		dst = append(dst, ':')
	} else {
		dst = pad(dst, f.labelWidth)
	}
	dst = append(dst, ' ')
	if f.offsetWidth > 0 {
		dst = appendRight(dst, int64(offset), f.offsetWidth)
		dst = append(dst, "   "...) // the field's two blanks and the join's
	}
	dst = append(dst, "   "...)
	dst = append(dst, ' ')
	dst = append(dst, name...)
	dst = pad(dst, opnameWidth-len(name))
	if hasArg {
		excess := max(0, len(name)-opnameWidth)
		dst = append(dst, ' ')
		dst = appendRight(dst, int64(arg), opargWidth-excess)
		if len(argrepr) > 0 {
			dst = append(dst, " ("...)
			dst = append(dst, argrepr...)
			dst = append(dst, ')')
		}
	}
	end := len(dst)
	for end > start && dst[end-1] == ' ' {
		end--
	}
	dst = dst[:end]
	return append(dst, '\n')
}

// digits is len(str(n)).
func digits(n int64) int {
	d := 1
	if n < 0 {
		d++
		n = -n
	}
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// appendRight appends n right-aligned in width columns.
func appendRight(dst []byte, n int64, width int) []byte {
	dst = pad(dst, width-digits(n))
	return strconv.AppendInt(dst, n, 10)
}

// appendCaches prints an instruction's cache entries as CACHE lines, the
// first of each field with its name and value.
func appendCaches(dst []byte, f *formatter, code []byte, in instr) []byte {
	format := cacheFormat[in.deop]
	off := in.offset
	for _, fld := range format {
		data := code[min(len(code), off+2):min(len(code), off+2+2*fld.size)]
		for i := 0; i < fld.size; i++ {
			off += 2
			var argrepr []byte
			if i == 0 {
				var v uint64
				for k := len(data) - 1; k >= 0; k-- {
					v = v<<8 | uint64(data[k])
				}
				argrepr = append(append(argrepr, fld.name...), ": "...)
				argrepr = strconv.AppendUint(argrepr, v, 10)
			}
			dst = f.line(dst, off, false, 0, false, 0, "CACHE", true, 0, argrepr)
		}
	}
	return dst
}

type cacheField struct {
	name string
	size int
}

// cacheFormat is opcode._cache_format of CPython 3.13: the fields of each
// generic opcode's inline cache, in code units.
var cacheFormat = map[bytecode.Opcode][]cacheField{
	bytecode.LOAD_GLOBAL:          {{"counter", 1}, {"index", 1}, {"module_keys_version", 1}, {"builtin_keys_version", 1}},
	bytecode.BINARY_OP:            {{"counter", 1}},
	bytecode.UNPACK_SEQUENCE:      {{"counter", 1}},
	bytecode.COMPARE_OP:           {{"counter", 1}},
	bytecode.CONTAINS_OP:          {{"counter", 1}},
	bytecode.BINARY_SUBSCR:        {{"counter", 1}},
	bytecode.FOR_ITER:             {{"counter", 1}},
	bytecode.LOAD_SUPER_ATTR:      {{"counter", 1}},
	bytecode.LOAD_ATTR:            {{"counter", 1}, {"version", 2}, {"keys_version", 2}, {"descr", 4}},
	bytecode.STORE_ATTR:           {{"counter", 1}, {"version", 2}, {"index", 1}},
	bytecode.CALL:                 {{"counter", 1}, {"func_version", 2}},
	bytecode.STORE_SUBSCR:         {{"counter", 1}},
	bytecode.SEND:                 {{"counter", 1}},
	bytecode.JUMP_BACKWARD:        {{"counter", 1}},
	bytecode.TO_BOOL:              {{"counter", 1}, {"version", 2}},
	bytecode.POP_JUMP_IF_TRUE:     {{"counter", 1}},
	bytecode.POP_JUMP_IF_FALSE:    {{"counter", 1}},
	bytecode.POP_JUMP_IF_NONE:     {{"counter", 1}},
	bytecode.POP_JUMP_IF_NOT_NONE: {{"counter", 1}},
}

var (
	cmpOps     = [...]string{"<", "<=", "==", "!=", ">", ">="}
	nbOps      = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}
	intrinsic1 = [...]string{"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"}
	intrinsic2 = [...]string{"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"}
	convert    = [...]string{"", "str", "repr", "ascii"}
	funcAttrs  = [...]string{"defaults", "kwdefaults", "annotations", "closure"}
)

// bad is the argrepr of an oparg out of its table's range (where dis
// would raise IndexError).
const bad = "<bad oparg>"

func lookup(table []string, i int) string {
	if i < 0 || i >= len(table) {
		return bad
	}
	return table[i]
}

// appendArgRepr appends ArgResolver.get_argval_argrepr's argrepr.
func appendArgRepr(dst []byte, c *bytecode.Code, in instr, labels *labelMap) []byte {
	if !in.hasArg {
		return dst
	}
	return append(dst, argRepr(c, in, labels, &dst)...)
}

// argRepr returns the argrepr, or appends it to *dst itself and returns
// "" where building it would allocate (constants, labels).
func argRepr(c *bytecode.Code, in instr, labels *labelMap, dst *[]byte) string {
	arg, deop := in.arg, in.deop
	local := func(i int) string { return lookup(c.LocalsPlusNames, i) }
	switch {
	case deop.Has(bytecode.HasConst):
		if arg < 0 || arg >= len(c.Consts) {
			return bad
		}
		*dst = appendConst(*dst, c.Consts[arg])
		return ""
	case deop.Has(bytecode.HasName):
		switch deop {
		case bytecode.LOAD_GLOBAL:
			s := lookup(c.Names, arg>>1)
			if arg&1 != 0 && s != "" {
				s += " + NULL"
			}
			return s
		case bytecode.LOAD_ATTR:
			s := lookup(c.Names, arg>>1)
			if arg&1 != 0 && s != "" {
				s += " + NULL|self"
			}
			return s
		case bytecode.LOAD_SUPER_ATTR:
			s := lookup(c.Names, arg>>2)
			if arg&1 != 0 && s != "" {
				s += " + NULL|self"
			}
			return s
		}
		return lookup(c.Names, arg)
	case deop.Has(bytecode.HasJump) || deop.Has(bytecode.HasExc):
		l, _ := labels.get(jumpTarget(in))
		*dst = strconv.AppendInt(append(*dst, "to L"...), int64(l), 10)
		return ""
	case deop == bytecode.LOAD_FAST_LOAD_FAST || deop == bytecode.STORE_FAST_LOAD_FAST || deop == bytecode.STORE_FAST_STORE_FAST:
		return local(arg>>4) + ", " + local(arg&15)
	case deop.Has(bytecode.HasLocal) || deop.Has(bytecode.HasFree):
		return local(arg)
	case deop.Has(bytecode.HasCompare):
		s := opName(cmpOps[:], extCmp, arg>>5)
		if arg&16 != 0 {
			s = "bool(" + s + ")"
		}
		return s
	case deop == bytecode.CONVERT_VALUE:
		return lookup(convert[:], arg)
	case deop == bytecode.SET_FUNCTION_ATTRIBUTE:
		var parts []string
		for i, s := range funcAttrs {
			if arg&(1<<i) != 0 {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case deop == bytecode.BINARY_OP:
		return opName(nbOps[:], extNb, arg)
	case deop == bytecode.CALL_INTRINSIC_1:
		return lookup(intrinsic1[:], arg)
	case deop == bytecode.CALL_INTRINSIC_2:
		return lookup(intrinsic2[:], arg)
	}
	return ""
}

// appendConst appends repr(v) as dis shows a constant: bytecode.ConstRepr,
// but with the elements of a frozenset in the order CPython iterates it
// (a FrozenSet holds them in the order they were added to the set).
func appendConst(dst []byte, v any) []byte {
	switch v := v.(type) {
	case bytecode.FrozenSet:
		if len(v) == 0 {
			return append(dst, "frozenset()"...)
		}
		dst = append(dst, "frozenset({"...)
		for i, x := range bytecode.SetOrder(v) {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = appendConst(dst, x)
		}
		return append(dst, "})"...)
	case bytecode.Tuple:
		dst = append(dst, '(')
		for i, x := range v {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = appendConst(dst, x)
		}
		if len(v) == 1 {
			dst = append(dst, ',')
		}
		return append(dst, ')')
	}
	return bytecode.AppendConstRepr(dst, v, false)
}

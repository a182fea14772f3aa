package compiler

import (
	"encoding/hex"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// DumpCodegen prints a unit and its nested units in the format of
// scripts/codegen_oracle.py, which prints CPython's
// _testinternalcapi.compiler_codegen: the top unit's metadata, then every
// instruction as "INDEX OPNAME OPARG LINE END_LINE COL END_COL", a jump's
// oparg being the index of its target.
func DumpCodegen(u *Unit) string {
	var b strings.Builder
	b.WriteString("unit 0\n")
	m := &u.Meta
	b.WriteString("meta name " + m.Name + "\n")
	b.WriteString("meta consts [")
	for i, k := range m.Consts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(constKeyRepr(k))
	}
	b.WriteString("]\n")
	for _, l := range []struct {
		name string
		list []string
	}{{"names", m.Names}, {"varnames", m.VarNames}, {"cellvars", m.CellVars}, {"freevars", m.FreeVars}} {
		b.WriteString("meta " + l.name + " [")
		for i, s := range l.list {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(ast.ReprString(s))
		}
		b.WriteString("]\n")
	}
	b.WriteString("meta argcount " + strconv.Itoa(m.ArgCount) + "\n")
	b.WriteString("meta posonlyargcount " + strconv.Itoa(m.PosOnlyArgCount) + "\n")
	b.WriteString("meta kwonlyargcount " + strconv.Itoa(m.KwOnlyArgCount) + "\n")
	dumpInstrs(&b, u)
	for i, n := range u.Nested {
		dumpUnit(&b, n, "0."+strconv.Itoa(i))
	}
	return b.String()
}

func dumpUnit(b *strings.Builder, u *Unit, path string) {
	b.WriteString("unit " + path + "\n")
	dumpInstrs(b, u)
	for i, n := range u.Nested {
		dumpUnit(b, n, path+"."+strconv.Itoa(i))
	}
}

func dumpInstrs(b *strings.Builder, u *Unit) {
	var buf []byte
	for i, in := range u.Seq.Instrs {
		buf = strconv.AppendInt(buf[:0], int64(i), 10)
		buf = append(buf, ' ')
		buf = append(buf, in.Op.String()...)
		buf = append(buf, ' ')
		switch {
		case !hasOparg(in.Op):
			buf = append(buf, '-')
		case in.Op.Has(bytecode.HasJump) || in.Op.Has(bytecode.HasExc):
			buf = strconv.AppendInt(buf, int64(u.Seq.LabelAt[in.Arg]), 10)
		default:
			buf = strconv.AppendInt(buf, int64(in.Arg), 10)
		}
		for _, v := range [...]int32{in.Loc.Line, in.Loc.EndLine, in.Loc.Col, in.Loc.EndCol} {
			buf = append(buf, ' ')
			buf = strconv.AppendInt(buf, int64(v), 10)
		}
		buf = append(buf, '\n')
		b.Write(buf)
	}
}

// hasOparg is OPCODE_HAS_ARG: POP_BLOCK is the one pseudo-instruction
// without.
func hasOparg(op bytecode.Opcode) bool {
	// (cgb) WITH_EXCEPT_START is at HAVE_ARGUMENT but takes none
	// (_opcode.has_arg).
	return op != bytecode.POP_BLOCK && op != bytecode.WITH_EXCEPT_START && op.Has(bytecode.HasArg)
}

// constKeyRepr is repr(_PyCode_ConstantKey(v)), with frozensets' members
// sorted by their repr (as codegen_oracle.py prints them).
func constKeyRepr(v any) string {
	switch v := v.(type) {
	case bool:
		return "(<class 'bool'>, " + ast.Repr(v) + ")"
	case float64:
		if v == 0 && math.Signbit(v) {
			return "(<class 'float'>, -0.0, None)"
		}
		return "(<class 'float'>, " + ast.ReprFloat(v) + ")"
	case complex128:
		if (real(v) == 0 && math.Signbit(real(v))) || (imag(v) == 0 && math.Signbit(imag(v))) {
			return "(<class 'complex'>, " + ast.ReprComplex(v) + ", None)"
		}
		return "(<class 'complex'>, " + ast.ReprComplex(v) + ")"
	case ast.Bytes:
		return "(<class 'bytes'>, " + ast.ReprBytes(v) + ")"
	case bytecode.Tuple:
		keys := make([]string, len(v))
		for i, x := range v {
			keys[i] = constKeyRepr(x)
		}
		return "(" + tupleRepr(keys) + ", " + constRepr(v) + ")"
	case bytecode.FrozenSet:
		keys := make([]string, len(v))
		for i, x := range v {
			keys[i] = constKeyRepr(x)
		}
		return "(" + frozensetRepr(keys) + ", " + constRepr(v) + ")"
	}
	return constRepr(v)
}

// constRepr is repr(v) for a constant, a code object shown as <code NAME>.
func constRepr(v any) string {
	switch v := v.(type) {
	case bytecode.Tuple:
		items := make([]string, len(v))
		for i, x := range v {
			items[i] = constRepr(x)
		}
		return tupleRepr(items)
	case bytecode.FrozenSet:
		items := make([]string, len(v))
		for i, x := range v {
			items[i] = constRepr(x)
		}
		return frozensetRepr(items)
	case *bytecode.Code:
		return "<code " + v.Name + ">"
	}
	return ast.Repr(v)
}

func tupleRepr(items []string) string {
	if len(items) == 1 {
		return "(" + items[0] + ",)"
	}
	return "(" + strings.Join(items, ", ") + ")"
}

func frozensetRepr(items []string) string {
	if len(items) == 0 {
		return "frozenset()"
	}
	items = slices.Clone(items)
	slices.Sort(items)
	items = slices.Compact(items)
	return "frozenset({" + strings.Join(items, ", ") + "})"
}

// DumpCode prints a code object and the code objects among its constants,
// depth first, in the format of scripts/codeobj_oracle.py.
func DumpCode(co *bytecode.Code) string {
	var b strings.Builder
	dumpCode(&b, co, "0")
	return b.String()
}

func dumpCode(b *strings.Builder, co *bytecode.Code, path string) {
	b.WriteString("code " + path + "\n")
	b.WriteString("name " + co.Name + "\n")
	b.WriteString("qualname " + co.QualName + "\n")
	for _, f := range []struct {
		name string
		v    int
	}{{"argcount", co.ArgCount}, {"posonlyargcount", co.PosOnlyArgCount}, {"kwonlyargcount", co.KwOnlyArgCount},
		{"flags", int(co.Flags)}, {"stacksize", co.StackSize}, {"firstlineno", co.FirstLineNo}} {
		b.WriteString(f.name + " " + strconv.Itoa(f.v) + "\n")
	}
	b.WriteString("code " + hex.EncodeToString(co.Bytecode) + "\n")
	items := make([]string, len(co.Consts))
	for i, c := range co.Consts {
		items[i] = constRepr(c)
	}
	b.WriteString("consts [" + strings.Join(items, ", ") + "]\n")
	var vars, cells, frees []string
	for i, n := range co.LocalsPlusNames {
		k := co.LocalsPlusKinds[i]
		if k&bytecode.FastLocal != 0 {
			vars = append(vars, n)
		}
		if k&bytecode.FastCell != 0 {
			cells = append(cells, n)
		}
		if k&bytecode.FastFree != 0 {
			frees = append(frees, n)
		}
	}
	for _, l := range []struct {
		name string
		list []string
	}{{"names", co.Names}, {"varnames", vars}, {"cellvars", cells}, {"freevars", frees}} {
		b.WriteString(l.name + " [")
		for i, s := range l.list {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(ast.ReprString(s))
		}
		b.WriteString("]\n")
	}
	b.WriteString("linetable " + hex.EncodeToString(co.LineTable) + "\n")
	b.WriteString("exceptiontable " + hex.EncodeToString(co.ExceptionTable) + "\n")
	i := 0
	for _, c := range co.Consts {
		if sub, ok := c.(*bytecode.Code); ok {
			dumpCode(b, sub, path+"."+strconv.Itoa(i))
			i++
		}
	}
}

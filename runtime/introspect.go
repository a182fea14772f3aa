package runtime

import (
	"fmt"

	"github.com/peglab/peglab/compiler/bytecode"
)

// Introspection of code objects (co_* from the bytecode.Code the VM was
// given) and of frames (f_locals as a snapshot of the frame's locals).

func initIntrospection() {
	CodeType.getattr = codeGetattr
	CodeType.repr = func(v Value) (Value, *Exception) {
		c := (*Code)(v.p)
		return NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.name.s, uintptr(v.p), c.filename, c.co.FirstLineNo)), nil
	}
	CodeType.def("co_lines", func(a []Value, kw *Tuple) (Value, *Exception) {
		c := (*Code)(a[0].p)
		var out []Value
		n := len(c.co.Bytecode) / 2
		start, line := 0, -2
		for u := 0; u <= n; u++ {
			l := -2
			if u < n {
				l = c.unitLine(u)
			}
			if u == n || l != line {
				if line != -2 {
					lv := None
					if line >= 0 {
						lv = MakeInt(int64(line))
					}
					out = append(out, NewTuple(MakeInt(int64(2*start)), MakeInt(int64(2*u)), lv))
				}
				start, line = u, l
			}
		}
		return GetIter(obj(newList(out)))
	})
	CellType.getattr = func(o Value, name *Str) (Value, *Exception) {
		if name.s == "cell_contents" {
			v := o.cell().v
			if v.p == nil {
				return Null, newErr(ValueError, "Cell is empty")
			}
			return v, nil
		}
		return genericGetattr(o, name)
	}
	CellType.setattr = func(o Value, name *Str, v Value) *Exception {
		if name.s == "cell_contents" {
			o.cell().v = v
			return nil
		}
		return genericSetattr(o, name, v)
	}
	CellType.repr = func(v Value) (Value, *Exception) {
		c := v.cell().v
		if c.p == nil {
			return NewStr(fmt.Sprintf("<cell at %#x: empty>", uintptr(v.p))), nil
		}
		idf, _ := builtinsDict.GetS("id")
		id, _ := Call(idf, []Value{c}, nil)
		idn := int64(0)
		if id.p == intTag {
			idn = id.Int()
		}
		return NewStr(fmt.Sprintf("<cell at %#x: %s object at %#x>", uintptr(v.p), typeName(c), idn)), nil
	}
	CodeType.def("replace", func(a []Value, kw *Tuple) (Value, *Exception) {
		c := (*Code)(a[0].p)
		pos, kwv := splitKw(a, kw)
		if len(pos) != 1 {
			return Null, newErr(TypeError, "replace() takes no positional arguments")
		}
		co := *c.co
		for i, k := range kwItems(kw) {
			v := kwv[i]
			switch k {
			case "co_flags", "co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize":
				n, err := IndexInt(v)
				if err != nil {
					return Null, err
				}
				switch k {
				case "co_flags":
					co.Flags = bytecode.CodeFlags(n)
				case "co_firstlineno":
					co.FirstLineNo = int(n)
				case "co_argcount":
					co.ArgCount = int(n)
				case "co_posonlyargcount":
					co.PosOnlyArgCount = int(n)
				case "co_kwonlyargcount":
					co.KwOnlyArgCount = int(n)
				case "co_stacksize":
					co.StackSize = int(n)
				}
			case "co_name", "co_qualname", "co_filename":
				if v.Type() != StrType {
					return Null, newErr(TypeError, "replace() argument '%s' must be str, not %s", k, typeName(v))
				}
				switch k {
				case "co_name":
					co.Name = v.str().s
				case "co_qualname":
					co.QualName = v.str().s
				default:
					co.Filename = v.str().s
				}
			default:
				return Null, newErr(TypeError, "replace() got an unexpected keyword argument '%s'", k)
			}
		}
		return obj(NewCode(&co)), nil
	})
}

func (c *Code) unitLine(u int) int {
	if c.positions == nil {
		c.positions = decodeLineTable(c.co.LineTable, c.co.FirstLineNo, len(c.co.Bytecode)/2)
	}
	if u < len(c.positions) {
		return c.positions[u].line
	}
	return -1
}

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = obj(intern(n))
	}
	return obj(newTuple(items))
}

func codeGetattr(o Value, name *Str) (Value, *Exception) {
	c := (*Code)(o.p)
	co := c.co
	kindNames := func(want bytecode.LocalKind) Value {
		var ns []string
		for i, k := range co.LocalsPlusKinds {
			if k&want != 0 {
				ns = append(ns, co.LocalsPlusNames[i])
			}
		}
		return strTuple(ns)
	}
	switch name.s {
	case "co_name":
		return obj(c.name), nil
	case "co_qualname":
		return obj(c.qualname), nil
	case "co_filename":
		return NewStr(c.filename), nil
	case "co_argcount":
		return MakeInt(int64(co.ArgCount)), nil
	case "co_posonlyargcount":
		return MakeInt(int64(co.PosOnlyArgCount)), nil
	case "co_kwonlyargcount":
		return MakeInt(int64(co.KwOnlyArgCount)), nil
	case "co_flags":
		return MakeInt(int64(co.Flags)), nil
	case "co_stacksize":
		return MakeInt(int64(co.StackSize)), nil
	case "co_firstlineno":
		return MakeInt(int64(co.FirstLineNo)), nil
	case "co_nlocals":
		return MakeInt(int64(len(kindNames(bytecode.FastLocal).tuple().items))), nil
	case "co_varnames":
		return kindNames(bytecode.FastLocal), nil
	case "co_cellvars":
		return kindNames(bytecode.FastCell), nil
	case "co_freevars":
		return kindNames(bytecode.FastFree), nil
	case "co_names":
		return strTuple(co.Names), nil
	case "co_consts":
		return obj(newTuple(append([]Value(nil), c.consts...))), nil
	case "co_code":
		return obj(&Bytes{Header{BytesType}, append([]byte(nil), co.Bytecode...)}), nil
	case "co_linetable":
		return obj(&Bytes{Header{BytesType}, append([]byte(nil), co.LineTable...)}), nil
	case "co_exceptiontable":
		return obj(&Bytes{Header{BytesType}, append([]byte(nil), co.ExceptionTable...)}), nil
	case "co_lnotab":
		return obj(&Bytes{Header{BytesType}, nil}), nil
	}
	return genericGetattr(o, name)
}

// frameLocalsOf is f_locals: the locals mapping of a module or class
// body, else a dict of the fast locals and cells that are bound.
func frameLocalsOf(f *Frame) Value {
	if f.locals.p != nil {
		return f.locals
	}
	d := NewDict()
	for i, n := range f.code.lpNames {
		if i >= len(f.lp) {
			break
		}
		v := f.lp[i]
		if f.code.kinds[i]&(bytecode.FastCell|bytecode.FastFree) != 0 && v.p != nil && v.Type() == CellType {
			v = v.cell().v
		}
		if v.p != nil {
			d.setStr(n, v)
		}
	}
	return obj(d)
}

// frameLive reports whether f is still on the thread's frame chain
// running code (frames are pooled and reused once they return).
func frameLive(f *Frame, code *Code) bool {
	for x := curThread.frame; x != nil; x = x.back {
		if x == f {
			return f.code == code
		}
	}
	return false
}

func countFree(c *Code) int {
	n := 0
	for _, k := range c.co.LocalsPlusKinds {
		if k&bytecode.FastFree != 0 {
			n++
		}
	}
	return n
}

package runtime

import (
	"fmt"

	"github.com/peglab/peglab/compiler/bytecode"
)

// The attributes of code objects (co_filename, co_varnames, co_positions,
// co_lines, replace, ...) as CPython 3.13's codeobject.c shows them:
// traceback, inspect, dis, warnings and dataclasses read them.

func initCodeAttrs() {
	CodeType.getattr = codeGetattr
	CodeType.repr = func(v Value) (Value, *Exception) {
		c := (*Code)(v.p)
		return NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.co.Name, uintptr(v.p), c.co.Filename, c.co.FirstLineNo)), nil
	}
	CodeType.hash = func(v Value) (int64, *Exception) { return int64(uintptr(v.p) >> 4), nil }
	def := func(name string, fn func(c *Code, a []Value, kw *Tuple) (Value, *Exception)) {
		CodeType.defAttr(name, obj(&Builtin{Header{MethodDescrType}, name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) == 0 || a[0].Type() != CodeType {
				return Null, newErr(TypeError, "descriptor '%s' requires a 'code' object", name)
			}
			return fn((*Code)(a[0].p), a[1:], kw)
		}, Null, CodeType}))
	}
	def("co_positions", func(c *Code, a []Value, kw *Tuple) (Value, *Exception) {
		n := len(c.co.Bytecode) / 2
		if c.positions == nil {
			c.positions = decodeLineTable(c.co.LineTable, c.co.FirstLineNo, n)
		}
		items := make([]Value, n)
		opt := func(x int) Value {
			if x < 0 {
				return None
			}
			return MakeInt(int64(x))
		}
		for i, p := range c.positions {
			items[i] = NewTuple(opt(p.line), opt(p.endLine), opt(p.col), opt(p.endCol))
		}
		return GetIter(obj(newList(items)))
	})
	def("co_lines", func(c *Code, a []Value, kw *Tuple) (Value, *Exception) {
		return GetIter(obj(newList(codeLines(c))))
	})
	def("_varname_from_oparg", func(c *Code, a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "_varname_from_oparg() takes exactly one argument")
		}
		i, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		if i < 0 || i >= len(c.co.LocalsPlusNames) {
			return Null, newErr(IndexError, "tuple index out of range")
		}
		return NewStr(c.co.LocalsPlusNames[i]), nil
	})
	def("replace", func(c *Code, a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		if len(pos) > 0 {
			return Null, newErr(TypeError, "replace() takes no positional arguments")
		}
		co := *c.co
		for i, k := range kwItems(kw) {
			v := kwv[i]
			intArg := func(dst *int) *Exception {
				n, err := IndexInt(v)
				*dst = n
				return err
			}
			strArg := func(dst *string) *Exception {
				if v.Type() != StrType {
					return newErr(TypeError, "replace() argument '%s' must be str, not %s", k, typeName(v))
				}
				*dst = v.str().s
				return nil
			}
			var err *Exception
			switch k {
			case "co_argcount":
				err = intArg(&co.ArgCount)
			case "co_posonlyargcount":
				err = intArg(&co.PosOnlyArgCount)
			case "co_kwonlyargcount":
				err = intArg(&co.KwOnlyArgCount)
			case "co_stacksize":
				err = intArg(&co.StackSize)
			case "co_firstlineno":
				err = intArg(&co.FirstLineNo)
			case "co_flags":
				var f int
				err = intArg(&f)
				co.Flags = bytecode.CodeFlags(f)
			case "co_name":
				err = strArg(&co.Name)
			case "co_qualname":
				err = strArg(&co.QualName)
			case "co_filename":
				err = strArg(&co.Filename)
			default:
				return Null, newErr(NotImplementedError, "peglab: code.replace(%s=...) is not supported", k)
			}
			if err != nil {
				return Null, err
			}
		}
		return obj(NewCode(&co)), nil
	})
}

// codeLines is co_lines(): (start, end, line) over code-unit byte offsets,
// consecutive units of one line merged.
func codeLines(c *Code) []Value {
	n := len(c.co.Bytecode) / 2
	if c.positions == nil {
		c.positions = decodeLineTable(c.co.LineTable, c.co.FirstLineNo, n)
	}
	var out []Value
	start := 0
	for i := 1; i <= n; i++ {
		if i == n || c.positions[i].line != c.positions[start].line {
			line := Value(None)
			if l := c.positions[start].line; l >= 0 {
				line = MakeInt(int64(l))
			}
			out = append(out, NewTuple(MakeInt(int64(start*2)), MakeInt(int64(i*2)), line))
			start = i
		}
	}
	return out
}

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, s := range names {
		items[i] = obj(intern(s))
	}
	return obj(newTuple(items))
}

func codeGetattr(o Value, name *Str) (Value, *Exception) {
	c := (*Code)(o.p)
	co := c.co
	kinds := func(k bytecode.LocalKind) Value {
		var names []string
		for i, n := range co.LocalsPlusNames {
			if co.LocalsPlusKinds[i]&k != 0 {
				names = append(names, n)
			}
		}
		return strTuple(names)
	}
	switch name.s {
	case "co_filename":
		return NewStr(co.Filename), nil
	case "co_name":
		return NewStr(co.Name), nil
	case "co_qualname":
		return NewStr(co.QualName), nil
	case "co_firstlineno":
		return MakeInt(int64(co.FirstLineNo)), nil
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
	case "co_nlocals":
		n := 0
		for _, k := range co.LocalsPlusKinds {
			if k&bytecode.FastLocal != 0 {
				n++
			}
		}
		return MakeInt(int64(n)), nil
	case "co_varnames":
		return kinds(bytecode.FastLocal), nil
	case "co_cellvars":
		return kinds(bytecode.FastCell), nil
	case "co_freevars":
		return kinds(bytecode.FastFree), nil
	case "co_names":
		return strTuple(co.Names), nil
	case "co_consts":
		return obj(newTuple(append([]Value(nil), c.consts...))), nil
	case "co_code", "_co_code_adaptive":
		return obj(&Bytes{Header{BytesType}, co.Bytecode}), nil
	case "co_linetable":
		return obj(&Bytes{Header{BytesType}, co.LineTable}), nil
	case "co_exceptiontable":
		return obj(&Bytes{Header{BytesType}, co.ExceptionTable}), nil
	case "co_lnotab":
		return obj(&Bytes{Header{BytesType}, nil}), nil
	}
	return genericGetattr(o, name)
}

package runtime

// What introspect.go's code objects lack and traceback, dis and inspect
// call: co_positions() (traceback's carets), _varname_from_oparg (dis)
// and a hash.

func initCodeAttrs() {
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
}

// initTypeDescrs puts type's special attributes in type.__dict__ as
// descriptors (inspect reads type.__dict__['__mro__'].__get__); lookups
// of them on types still go straight to typeSpecial.
func initTypeDescrs() {
	for _, n := range []string{"__dict__", "__name__", "__qualname__", "__mro__", "__bases__", "__base__"} {
		if _, ok := TypeType.Dict.GetS(n); ok {
			continue
		}
		TypeType.defAttr(n, obj(&GetSet{Header{GetSetType}, n, func(v Value) (Value, *Exception) {
			if v.Type() != TypeType && !v.Type().IsSubtype(TypeType) {
				return Null, newErr(TypeError, "descriptor '%s' for 'type' objects doesn't apply to a '%s' object", n, typeName(v))
			}
			return typeSpecial(v.typ(), n), nil
		}, nil}))
	}
}

package runtime

import (
	"fmt"
	"strings"

	"github.com/peglab/peglab/compiler/bytecode"
)

// Function is a Python function: its code, globals, defaults and closure.
type Function struct {
	Header
	code       *Code
	globals    *Dict
	builtins   *Dict
	name       Value
	qualname   Value
	defaults   *Tuple
	kwdefaults *Dict
	closure    *Tuple
	annots     Value
	doc        Value
	dict       *Dict
	module     Value
}

func newFunction(c *Code, globals *Dict) *Function {
	f := &Function{Header: Header{FunctionType}, code: c, globals: globals, name: obj(c.name), qualname: obj(c.qualname)}
	f.builtins = builtinsDict
	if b, ok := globals.GetS("__builtins__"); ok {
		if b.Type() == DictType {
			f.builtins = b.dict()
		} else if b.Type() == ModuleType {
			f.builtins = b.mod().dict
		}
	}
	f.module, _ = globals.GetS("__name__")
	f.doc = None
	if len(c.consts) > 0 && c.consts[0].Type() == StrType { // 3.13: a str consts[0] is the docstring (lambdas start with None)
		f.doc = c.consts[0]
	}
	return f
}

// bindArgs fills localsplus lp from a call's arguments (initialize_locals),
// raising CPython's TypeErrors for a bad call.
func (f *Function) bindArgs(lp []Value, args []Value, kwnames *Tuple) *Exception {
	c := f.code
	nkw := kwCount(kwnames)
	npos := len(args) - nkw
	argc := c.argcount
	n := npos
	if n > argc {
		n = argc
	}
	copy(lp, args[:n])
	var kwdict *Dict
	total := c.argcount + c.kwonly
	if c.flags&bytecode.CoVarKeywords != 0 {
		kwdict = NewDict()
		idx := total
		if c.flags&bytecode.CoVarArgs != 0 {
			idx++
		}
		lp[idx] = obj(kwdict)
	}
	if c.flags&bytecode.CoVarArgs != 0 {
		if npos > argc {
			lp[total] = obj(newTuple(append([]Value(nil), args[argc:npos]...)))
		} else {
			lp[total] = obj(emptyTuple)
		}
	} else if npos > argc {
		return f.tooManyPositional(npos, lp)
	}
	for i := 0; i < nkw; i++ {
		name := kwnames.items[i].str()
		val := args[npos+i]
		j := c.posonly
		for ; j < total; j++ {
			if c.lpNames[j] == name || c.lpNames[j].s == name.s {
				break
			}
		}
		if j >= total {
			if kwdict == nil {
				// a positional-only name passed by keyword
				for k := 0; k < c.posonly; k++ {
					if c.lpNames[k].s == name.s {
						return newErr(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", f.qualS(), name.s)
					}
				}
				return newErr(TypeError, "%s() got an unexpected keyword argument '%s'", f.qualS(), name.s)
			}
			if _, dup, _ := kwdict.Get(obj(name)); dup {
				return newErr(TypeError, "%s() got multiple values for keyword argument '%s'", f.qualS(), name.s)
			}
			kwdict.setStr(name, val)
			continue
		}
		if lp[j].p != nil {
			return newErr(TypeError, "%s() got multiple values for argument '%s'", f.qualS(), name.s)
		}
		lp[j] = val
	}
	if npos < argc {
		ndef := 0
		if f.defaults != nil {
			ndef = len(f.defaults.items)
		}
		m := argc - ndef
		var missing []string
		for i := npos; i < m; i++ {
			if lp[i].p == nil {
				missing = append(missing, c.lpNames[i].s)
			}
		}
		if len(missing) > 0 {
			return f.missing(missing, "positional")
		}
		for i := m; i < argc; i++ {
			if lp[i].p == nil && i >= npos {
				lp[i] = f.defaults.items[i-m]
			}
		}
	}
	if c.kwonly > 0 {
		var missing []string
		for i := argc; i < total; i++ {
			if lp[i].p != nil {
				continue
			}
			if f.kwdefaults != nil {
				if v, ok := f.kwdefaults.getStr(c.lpNames[i]); ok {
					lp[i] = v
					continue
				}
			}
			missing = append(missing, c.lpNames[i].s)
		}
		if len(missing) > 0 {
			return f.missing(missing, "keyword-only")
		}
	}
	return nil
}

func (f *Function) qualS() string {
	if f.qualname.Type() == StrType {
		return f.qualname.str().s
	}
	return f.code.qualname.s
}

func (f *Function) missing(names []string, kind string) *Exception {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return newErr(TypeError, "%s() missing %d required %s argument%s: %s", f.qualS(), len(names), kind, plural(len(names)), list)
}

func (f *Function) tooManyPositional(given int, lp []Value) *Exception {
	c := f.code
	ndef := 0
	if f.defaults != nil {
		ndef = len(f.defaults.items)
	}
	kwGiven := 0
	for i := c.argcount; i < c.argcount+c.kwonly; i++ {
		if lp[i].p != nil {
			kwGiven++
		}
	}
	var sig string
	if ndef > 0 {
		sig = fmt.Sprintf("from %d to %d positional arguments", c.argcount-ndef, c.argcount)
	} else {
		sig = fmt.Sprintf("%d positional argument%s", c.argcount, plural(c.argcount))
	}
	was := "was"
	if given != 1 {
		was = "were"
	}
	if kwGiven > 0 {
		return newErr(TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", f.qualS(), sig, given, plural(given), kwGiven, plural(kwGiven))
	}
	return newErr(TypeError, "%s() takes %s but %d %s given", f.qualS(), sig, given, was)
}

func initFuncs() {
	ft := FunctionType
	ft.final = true
	ft.call = func(fv Value, args []Value, kw *Tuple) (Value, *Exception) {
		return curThread.callFunction(fv.fn(), args, kw)
	}
	ft.descrGet = func(d, o Value, t *Type) (Value, *Exception) {
		if o.p == nil || o.isNone() && t != NoneType {
			return d, nil
		}
		return obj(&Method{Header{MethodType}, d, o}), nil
	}
	ft.repr = func(v Value) (Value, *Exception) {
		return NewStr(fmt.Sprintf("<function %s at %#x>", v.fn().qualS(), uintptr(v.p))), nil
	}
	ft.getattr = funcGetattr
	ft.setattr = funcSetattr
	MethodType.call = func(mv Value, args []Value, kw *Tuple) (Value, *Exception) {
		m := (*Method)(mv.p)
		buf := make([]Value, 0, len(args)+1)
		buf = append(buf, m.self)
		buf = append(buf, args...)
		return Call(m.fn, buf, kw)
	}
	MethodType.repr = func(v Value) (Value, *Exception) {
		m := (*Method)(v.p)
		r, err := ReprS(m.self)
		if err != nil {
			return Null, err
		}
		name := "?"
		if m.fn.Type() == FunctionType {
			name = m.fn.fn().qualS()
		}
		return NewStr("<bound method " + name + " of " + r + ">"), nil
	}
	MethodType.getattr = func(o Value, name *Str) (Value, *Exception) {
		m := (*Method)(o.p)
		switch name.s {
		case "__self__":
			return m.self, nil
		case "__func__":
			return m.fn, nil
		}
		if v, err := genericGetattr(o, name); err == nil {
			return v, nil
		}
		return GetAttr(m.fn, name)
	}
	MethodType.richcmp = func(a, b Value, op int) (Value, *Exception) {
		if b.Type() != MethodType || (op != cmpEQ && op != cmpNE) {
			return NotImplemented, nil
		}
		x, y := (*Method)(a.p), (*Method)(b.p)
		eq := x.fn.Is(y.fn) && x.self.Is(y.self)
		return MakeBool(eq == (op == cmpEQ)), nil
	}
	MethodType.hash = func(v Value) (int64, *Exception) {
		m := (*Method)(v.p)
		a, _ := idHash(m.fn)
		b, _ := idHash(m.self)
		return a ^ b, nil
	}
	BuiltinType.call = func(bv Value, args []Value, kw *Tuple) (Value, *Exception) {
		b := bv.builtin()
		if b.self.p != nil {
			buf := make([]Value, 0, len(args)+1)
			buf = append(buf, b.self)
			buf = append(buf, args...)
			return b.fn(buf, kw)
		}
		return b.fn(args, kw)
	}
	BuiltinType.repr = func(v Value) (Value, *Exception) {
		b := v.builtin()
		if b.self.p != nil && b.self.Type() != ModuleType {
			return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.name, typeName(b.self), uintptr(b.self.p))), nil
		}
		return NewStr("<built-in function " + b.name + ">"), nil
	}
	BuiltinType.getattr = func(o Value, name *Str) (Value, *Exception) {
		switch name.s {
		case "__name__", "__qualname__":
			return NewStr(o.builtin().name), nil
		case "__self__":
			return optNone(o.builtin().self), nil
		}
		return genericGetattr(o, name)
	}
	MethodDescrType.call = func(bv Value, args []Value, kw *Tuple) (Value, *Exception) {
		b := bv.builtin()
		if len(args) == 0 {
			return Null, newErr(TypeError, "unbound method %s.%s() needs an argument", b.objclass.Name, b.name)
		}
		if !args[0].Type().IsSubtype(b.objclass) {
			return Null, newErr(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.name, b.objclass.Name, typeName(args[0]))
		}
		return b.fn(args, kw)
	}
	MethodDescrType.descrGet = func(d, o Value, t *Type) (Value, *Exception) {
		if o.p == nil {
			return d, nil
		}
		b := d.builtin()
		return obj(&Builtin{Header{BuiltinType}, b.name, b.fn, o, b.objclass}), nil
	}
	MethodDescrType.repr = func(v Value) (Value, *Exception) {
		b := v.builtin()
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", b.name, b.objclass.Name)), nil
	}
	GetSetType.descrGet = func(d, o Value, t *Type) (Value, *Exception) {
		if o.p == nil {
			return d, nil
		}
		return (*GetSet)(d.p).get(o)
	}
	GetSetType.descrSet = func(d, o, v Value) *Exception {
		g := (*GetSet)(d.p)
		if g.set == nil {
			return newErr(AttributeError, "attribute '%s' of '%s' objects is not writable", g.name, typeName(o))
		}
		return g.set(o, v)
	}
	p := PropertyType
	p.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		pr := &Property{Header: Header{t}, get: None, set: None, del: None, doc: None, name: None}
		pos, kwv := splitKw(args, kw)
		fields := []*Value{&pr.get, &pr.set, &pr.del, &pr.doc}
		for i, a := range pos {
			if i < 4 {
				*fields[i] = a
			}
		}
		for i, k := range kwItems(kw) {
			switch k {
			case "fget":
				pr.get = kwv[i]
			case "fset":
				pr.set = kwv[i]
			case "fdel":
				pr.del = kwv[i]
			case "doc":
				pr.doc = kwv[i]
			}
		}
		return obj(pr), nil
	}
	p.init = func(Value, []Value, *Tuple) *Exception { return nil }
	p.descrGet = func(d, o Value, t *Type) (Value, *Exception) {
		if o.p == nil {
			return d, nil
		}
		pr := (*Property)(d.p)
		if pr.get.isNone() {
			return Null, newErr(AttributeError, "property %s of '%s' object has no getter", propName(pr), typeName(o))
		}
		return Call(pr.get, []Value{o}, nil)
	}
	p.descrSet = func(d, o, v Value) *Exception {
		pr := (*Property)(d.p)
		if v.p == nil {
			if pr.del.isNone() {
				return newErr(AttributeError, "property %s of '%s' object has no deleter", propName(pr), typeName(o))
			}
			_, err := Call(pr.del, []Value{o}, nil)
			return err
		}
		if pr.set.isNone() {
			return newErr(AttributeError, "property %s of '%s' object has no setter", propName(pr), typeName(o))
		}
		_, err := Call(pr.set, []Value{o, v}, nil)
		return err
	}
	for _, n := range []string{"getter", "setter", "deleter"} {
		n := n
		p.def(n, func(a []Value, kw *Tuple) (Value, *Exception) {
			old := (*Property)(a[0].p)
			np := *old
			switch n {
			case "getter":
				np.get = a[1]
			case "setter":
				np.set = a[1]
			case "deleter":
				np.del = a[1]
			}
			return obj(&np), nil
		})
	}
	p.defAttr("fget", obj(&GetSet{Header{GetSetType}, "fget", func(v Value) (Value, *Exception) { return (*Property)(v.p).get, nil }, nil}))
	p.defAttr("fset", obj(&GetSet{Header{GetSetType}, "fset", func(v Value) (Value, *Exception) { return (*Property)(v.p).set, nil }, nil}))
	p.defAttr("fdel", obj(&GetSet{Header{GetSetType}, "fdel", func(v Value) (Value, *Exception) { return (*Property)(v.p).del, nil }, nil}))
	// __doc__ is the doc argument, else fget's; it is writable (dis sets it)
	p.defAttr("__doc__", obj(&GetSet{Header{GetSetType}, "__doc__", func(v Value) (Value, *Exception) {
		pr := (*Property)(v.p)
		if pr.doc.p != nil && !pr.doc.isNone() || pr.get.p == nil || pr.get.isNone() {
			return optNone(pr.doc), nil
		}
		d, err := GetAttr(pr.get, intern("__doc__"))
		if err != nil {
			return None, nil
		}
		return d, nil
	}, func(v, x Value) *Exception { (*Property)(v.p).doc = x; return nil }}))
	p.defAttr("__set_name__", obj(&Builtin{Header{MethodDescrType}, "__set_name__", func(a []Value, kw *Tuple) (Value, *Exception) {
		(*Property)(a[0].p).name = a[2]
		return None, nil
	}, Null, PropertyType}))
	ClassMethodType.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) != 1 {
			return Null, newErr(TypeError, "classmethod expected 1 argument, got %d", len(args))
		}
		return obj(&ClassMethod{Header: Header{t}, fn: args[0]}), nil
	}
	ClassMethodType.init = func(Value, []Value, *Tuple) *Exception { return nil }
	ClassMethodType.descrGet = func(d, o Value, t *Type) (Value, *Exception) {
		if t == nil {
			t = o.Type()
		}
		return obj(&Method{Header{MethodType}, (*ClassMethod)(d.p).fn, obj(t)}), nil
	}
	ClassMethodType.defAttr("__func__", obj(&GetSet{Header{GetSetType}, "__func__", func(v Value) (Value, *Exception) { return (*ClassMethod)(v.p).fn, nil }, nil}))
	StaticMethodType.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) != 1 {
			return Null, newErr(TypeError, "staticmethod expected 1 argument, got %d", len(args))
		}
		return obj(&StaticMethod{Header: Header{t}, fn: args[0]}), nil
	}
	StaticMethodType.init = func(Value, []Value, *Tuple) *Exception { return nil }
	StaticMethodType.descrGet = func(d, o Value, t *Type) (Value, *Exception) { return (*StaticMethod)(d.p).fn, nil }
	StaticMethodType.call = func(f Value, args []Value, kw *Tuple) (Value, *Exception) {
		return Call((*StaticMethod)(f.p).fn, args, kw)
	}
	StaticMethodType.defAttr("__func__", obj(&GetSet{Header{GetSetType}, "__func__", func(v Value) (Value, *Exception) { return (*StaticMethod)(v.p).fn, nil }, nil}))
	SuperType = newBuiltinType("super", ObjectType)
	SuperType.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) == 0 {
			return curThread.zeroArgSuper()
		}
		if len(args) != 2 || !args[0].Type().IsSubtype(TypeType) {
			return Null, newErr(TypeError, "super() argument 1 must be a type, not %s", typeName(args[0]))
		}
		return newSuper(args[0].typ(), args[1])
	}
	SuperType.init = func(Value, []Value, *Tuple) *Exception { return nil }
	SuperType.getattr = superGetattr
	SuperType.repr = func(v Value) (Value, *Exception) {
		s := (*Super)(v.p)
		return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.typ.Name, s.objType.Name)), nil
	}
}

func propName(p *Property) string {
	if p.name.Type() == StrType {
		return "'" + p.name.str().s + "'"
	}
	if p.get.Type() == FunctionType {
		return "'" + p.get.fn().name.str().s + "'"
	}
	return "'?'"
}

func newSuper(t *Type, o Value) (Value, *Exception) {
	var ot *Type
	if o.Type().IsSubtype(TypeType) && o.typ().IsSubtype(t) {
		ot = o.typ()
	} else if o.Type().IsSubtype(t) {
		ot = o.Type()
	} else {
		what := "instance of " + o.Type().Name
		if o.Type().IsSubtype(TypeType) {
			what = o.typ().Name
		}
		return Null, newErr(TypeError, "super(type, obj): obj (%s) is not an instance or subtype of type (%s).", what, t.Name)
	}
	return obj(&Super{Header{SuperType}, t, o, ot}), nil
}

// superLookup finds name on the MRO of objType after start.
func superLookup(start *Type, self Value, objType *Type, name *Str) (Value, bool, *Exception) {
	mro := objType.MRO
	i := 0
	for ; i < len(mro); i++ {
		if mro[i] == start {
			break
		}
	}
	for i++; i < len(mro); i++ {
		if v, ok := mro[i].Dict.getStr(name); ok {
			return v, true, nil
		}
	}
	return Null, false, nil
}

func superGetattr(o Value, name *Str) (Value, *Exception) {
	s := (*Super)(o.p)
	switch name.s {
	case "__self__":
		return optNone(s.obj), nil
	case "__thisclass__":
		return obj(s.typ), nil
	case "__self_class__":
		if s.objType == nil {
			return None, nil
		}
		return obj(s.objType), nil
	}
	if name.s != "__class__" {
		v, ok, _ := superLookup(s.typ, s.obj, s.objType, name)
		if ok {
			if dg := v.Type().descrGet; dg != nil {
				ob := s.obj
				if ob.Is(obj(s.objType)) {
					ob = Null
				}
				return dg(v, ob, s.objType)
			}
			return v, nil
		}
	}
	r, err := genericGetattr(o, name)
	if err != nil {
		return Null, newErr(AttributeError, "'super' object has no attribute '%s'", name.s)
	}
	return r, nil
}

func funcGetattr(o Value, name *Str) (Value, *Exception) {
	f := o.fn()
	switch name.s {
	case "__name__":
		return f.name, nil
	case "__qualname__":
		return f.qualname, nil
	case "__doc__":
		return optNone(f.doc), nil
	case "__module__":
		return optNone(f.module), nil
	case "__defaults__":
		if f.defaults == nil {
			return None, nil
		}
		return obj(f.defaults), nil
	case "__kwdefaults__":
		if f.kwdefaults == nil {
			return None, nil
		}
		return obj(f.kwdefaults), nil
	case "__code__":
		return obj(f.code), nil
	case "__globals__":
		return obj(f.globals), nil
	case "__closure__":
		if f.closure == nil {
			return None, nil
		}
		return obj(f.closure), nil
	case "__annotations__":
		if f.annots.p == nil {
			f.annots = obj(NewDict())
		}
		return f.annots, nil
	case "__dict__":
		if f.dict == nil {
			f.dict = NewDict()
		}
		return obj(f.dict), nil
	}
	if f.dict != nil {
		if v, ok := f.dict.getStr(name); ok {
			return v, nil
		}
	}
	return genericGetattr(o, name)
}

func funcSetattr(o Value, name *Str, v Value) *Exception {
	f := o.fn()
	switch name.s {
	case "__name__":
		f.name = v
		return nil
	case "__qualname__":
		f.qualname = v
		return nil
	case "__doc__":
		f.doc = v
		return nil
	case "__module__":
		f.module = v
		return nil
	case "__code__":
		if v.Type() != CodeType {
			return newErr(TypeError, "__code__ must be set to a code object")
		}
		nc := (*Code)(v.p)
		nfree := 0
		if f.closure != nil {
			nfree = len(f.closure.items)
		}
		if n := len(nc.co.LocalsPlusNames) - countFree(nc); n >= 0 && countFree(nc) != nfree {
			return newErr(ValueError, "%s() requires a code object with %d free vars, not %d", f.name.str().s, nfree, countFree(nc))
		}
		f.code = nc
		return nil
	case "__defaults__":
		if v.isNone() {
			f.defaults = nil
		} else {
			f.defaults = v.tuple()
		}
		return nil
	case "__kwdefaults__":
		if v.isNone() {
			f.kwdefaults = nil
		} else {
			f.kwdefaults = v.dict()
		}
		return nil
	case "__annotations__":
		f.annots = v
		return nil
	}
	if f.dict == nil {
		f.dict = NewDict()
	}
	if v.p == nil {
		f.dict.Delete(obj(name))
		return nil
	}
	f.dict.setStr(name, v)
	return nil
}

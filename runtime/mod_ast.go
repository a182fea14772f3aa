package runtime

import (
	"strconv"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
)

// _ast: the node classes of Python.asdl as CPython 3.13's Python-ast.c
// makes them, and the conversion of peglab's syntax trees (package ast)
// into instances of them, which is what compile(..., PyCF_ONLY_AST) and
// so ast.parse return.
//
// The classes are built from the ast package's class table (the same
// description ast.dump is written against), by Python source generated
// here: AST's constructor is CPython 3.13's ast_type_init in Python
// (positional and keyword fields, the defaults [] for lists, None for
// optional fields (a class attribute), Load() for expr_context, and the
// DeprecationWarnings for missing and unknown arguments); every class
// gets _fields, __match_args__, _attributes, _field_types (also
// __annotations__) and the ASDL signature as __doc__. Converting a tree
// is Go: an instance's dict is filled field by field, then the four
// positions, as ast2obj does, and simple-sum values are one shared
// instance per class.

const (
	pyCFOnlyAST      = 0x400
	pyCFTypeComments = 0x1000
	pyCFTopLevelAwt  = 0x2000
	pyCFOptimizedAST = 0x8000 | pyCFOnlyAST
)

// astState holds, once _ast is imported, the Python class of each node
// class and the shared instance of each simple-sum constructor.
type astState struct {
	module    *Module
	mk        Value // _mk(name, base, ns), for classes of extensions
	types     map[*ast.Class]*Type
	singleton map[*ast.Class]Value
	fieldStr  map[*ast.Class][]*Str
	attrStr   [4]*Str
}

var astReg *astState

const astBaseSrc = `
def _make_base():
    missing = object()
    GenericAlias = type(list[int])
    UnionType = type(int | None)
    load = []

    def __init__(self, /, *args, **kwargs):
        cls = type(self)
        name = 'ast.AST' if cls is AST else cls.__name__
        fields = getattr(cls, '_fields', ())
        n = len(fields)
        if len(args) > n:
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        remaining = set(fields) if fields else None
        for i in range(len(args)):
            setattr(self, fields[i], args[i])
            remaining.discard(fields[i])
        if kwargs:
            attrs = getattr(cls, '_attributes', ())
            given = fields[:len(args)]
            for k, v in kwargs.items():
                if k in given:
                    raise TypeError(f"{name} got multiple values for argument '{k}'")
                if k not in fields and k not in attrs:
                    import warnings
                    warnings.warn(f"{name}.__init__ got an unexpected keyword argument '{k}'. "
                                  f"Support for arbitrary keyword arguments is deprecated and "
                                  f"will be removed in Python 3.15.", DeprecationWarning, stacklevel=2)
                setattr(self, k, v)
                if remaining is not None:
                    remaining.discard(k)
        if remaining:
            types = getattr(cls, '_field_types', None)
            if types is not None:
                for f in remaining:
                    t = types.get(f, missing)
                    if t is missing:
                        continue
                    if type(t) is GenericAlias and t.__origin__ is list:
                        setattr(self, f, [])
                    elif type(t) is UnionType and type(None) in t.__args__:
                        pass
                    elif t is expr_context:
                        setattr(self, f, load[0])
                    else:
                        import warnings
                        warnings.warn(f"{name}.__init__ missing 1 required positional argument: '{f}'. "
                                      f"This will become an error in Python 3.15.", DeprecationWarning, stacklevel=2)

    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        if d is None:
            return type(self), ()
        pos = []
        for f in getattr(type(self), '_fields', ()):
            if f not in d:
                break
            pos.append(None)
        return type(self), tuple(pos), d

    __init__.__qualname__ = 'AST.__init__'
    __init__.__doc__ = 'Initialize self.  See help(type(self)) for accurate signature.'
    __reduce__.__qualname__ = 'AST.__reduce__'
    AST = type('AST', (), {'__init__': __init__, '__reduce__': __reduce__, '__doc__': None, '__module__': 'ast',
                           '_fields': (), '__match_args__': (), '_attributes': ()})
    return AST, load

AST, _load = _make_base()
del _make_base

def _mk(name, base, ns):
    return type(name, (base,), ns)
`

// astTypeExpr is a field's annotation in _field_types, as Python source.
func astTypeExpr(f *ast.Field) string {
	t := f.Type
	switch t {
	case "identifier", "string":
		t = "str"
	case "int":
		t = "int"
	case "constant":
		t = "object"
	}
	if f.Seq {
		return "list[" + t + "]"
	}
	if f.Opt {
		return t + " | None"
	}
	return t
}

func astSig(c *ast.Class) string {
	if len(c.Fields) == 0 {
		return c.Name
	}
	var b strings.Builder
	b.WriteString(c.Name)
	b.WriteByte('(')
	for i, f := range c.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.Type)
		if f.Seq {
			b.WriteByte('*')
		} else if f.Opt {
			b.WriteByte('?')
		}
		b.WriteByte(' ')
		b.WriteString(f.Name)
	}
	b.WriteByte(')')
	return b.String()
}

// astSource generates the classes of _ast, in ASDL order: each sum's
// abstract class before its constructors.
func astSource(classes []*ast.Class) string {
	var b strings.Builder
	b.WriteString(astBaseSrc)
	q := strconv.Quote
	tuple := func(fs []ast.Field) string {
		if len(fs) == 0 {
			return "()"
		}
		var s []string
		for _, f := range fs {
			s = append(s, q(f.Name))
		}
		if len(s) == 1 {
			return "(" + s[0] + ",)"
		}
		return "(" + strings.Join(s, ", ") + ")"
	}
	// the constructors of each sum, for the abstract class's doc
	cons := map[string][]*ast.Class{}
	var order []string
	for _, c := range classes {
		if c.Product {
			continue
		}
		if _, ok := cons[c.Type]; !ok {
			order = append(order, c.Type)
		}
		cons[c.Type] = append(cons[c.Type], c)
	}
	done := map[string]bool{}
	abstract := func(typ string) {
		if done[typ] {
			return
		}
		done[typ] = true
		cs := cons[typ]
		var doc string
		if cs[0].Enum {
			var names []string
			for _, c := range cs {
				names = append(names, c.Name)
			}
			doc = typ + " = " + strings.Join(names, " | ")
		} else {
			var sigs []string
			for _, c := range cs {
				sigs = append(sigs, astSig(c))
			}
			doc = typ + " = " + strings.Join(sigs, "\n"+strings.Repeat(" ", len(typ)+1)+"| ")
		}
		attrs := cs[0].Attributes
		b.WriteString(typ + " = _mk(" + q(typ) + ", AST, {'_fields': (), '__match_args__': (), '__module__': 'ast', '__doc__': " + q(doc) + ", '_attributes': " + tuple(attrs))
		for _, a := range attrs {
			if a.Opt {
				b.WriteString(", " + q(a.Name) + ": None")
			}
		}
		b.WriteString("})\n")
	}
	for _, c := range classes {
		base := "AST"
		if !c.Product {
			abstract(c.Type)
			base = c.Type
		}
		fields := tuple(c.Fields)
		b.WriteString(c.Name + " = _mk(" + q(c.Name) + ", " + base + ", {'_fields': " + fields + ", '__match_args__': None, '__module__': 'ast', '__doc__': " + q(astSig(c)))
		if c.Product {
			b.WriteString(", '_attributes': " + tuple(c.Attributes))
		}
		for _, f := range c.Fields {
			if f.Opt && !f.Seq {
				b.WriteString(", " + q(f.Name) + ": None")
			}
		}
		if c.Product {
			for _, a := range c.Attributes {
				if a.Opt {
					b.WriteString(", " + q(a.Name) + ": None")
				}
			}
		}
		b.WriteString("})\n")
		b.WriteString(c.Name + ".__match_args__ = " + c.Name + "._fields\n")
	}
	for _, c := range classes {
		var items []string
		for i := range c.Fields {
			items = append(items, q(c.Fields[i].Name)+": "+astTypeExpr(&c.Fields[i]))
		}
		b.WriteString(c.Name + "._field_types = " + c.Name + ".__annotations__ = {" + strings.Join(items, ", ") + "}\n")
	}
	_ = order
	b.WriteString("PyCF_ONLY_AST = 1024\nPyCF_TYPE_COMMENTS = 4096\nPyCF_ALLOW_TOP_LEVEL_AWAIT = 8192\nPyCF_OPTIMIZED_AST = 33792\n")
	b.WriteString("del _mk\n")
	return b.String()
}

func initASTModule() *Module {
	var cls []*ast.Class
	for _, c := range ast.Classes() {
		if c.Ext == "" {
			cls = append(cls, c)
		}
	}
	m := loadPyModule("_ast", astSource(cls))
	if _, ok := m.dict.GetS("__peglab_error__"); ok {
		return m
	}
	s := &astState{module: m, types: map[*ast.Class]*Type{}, singleton: map[*ast.Class]Value{}, fieldStr: map[*ast.Class][]*Str{}}
	s.mk, _ = m.dict.GetS("_mk")
	m.dict.Delete(obj(intern("_mk")))
	m.dict.SetS("__doc__", None)
	for i, n := range []string{"lineno", "col_offset", "end_lineno", "end_col_offset"} {
		s.attrStr[i] = intern(n)
	}
	for _, c := range cls {
		if v, ok := m.dict.GetS(c.Name); ok && v.Type() == TypeType {
			s.types[c] = v.typ()
		}
	}
	// the default ctx of Name() etc. is the Load the parser shares
	if l, ok := m.dict.GetS("_load"); ok && l.Type() == ListType {
		v, err := s.enumValue(ast.LookupClass("Load"))
		if err == nil {
			l.list().append(v)
		}
		m.dict.Delete(obj(intern("_load")))
	}
	astReg = s
	return m
}

// astModule imports _ast (the classes exist only once it is imported).
func astModule() (*astState, *Exception) {
	if astReg == nil {
		if _, err := importLevel("_ast", NewDict(), None, 0); err != nil {
			return nil, err
		}
		if astReg == nil {
			return nil, newErr(SystemError, "peglab: _ast failed to initialize")
		}
	}
	return astReg, nil
}

// typeOf is the Python class of c; an extension's class is made on first
// use, under its sum's abstract class.
func (s *astState) typeOf(c *ast.Class) (*Type, *Exception) {
	if t, ok := s.types[c]; ok {
		return t, nil
	}
	baseName := "AST"
	if !c.Product {
		baseName = c.Type
	}
	base, ok := s.module.dict.GetS(baseName)
	if !ok {
		return nil, newErr(SystemError, "peglab: no AST class %s", baseName)
	}
	var names []Value
	for _, f := range c.Fields {
		names = append(names, NewStr(f.Name))
	}
	ns := NewDict()
	ns.SetS("_fields", obj(newTuple(names)))
	ns.SetS("__match_args__", obj(newTuple(names)))
	ns.SetS("__module__", NewStr("ast"))
	ns.SetS("__doc__", NewStr(astSig(c)))
	v, err := Call(s.mk, []Value{NewStr(c.Name), base, obj(ns)}, nil)
	if err != nil {
		return nil, err
	}
	s.types[c] = v.typ()
	s.module.dict.SetS(c.Name, v)
	return v.typ(), nil
}

func (s *astState) fieldNames(c *ast.Class) []*Str {
	if fs, ok := s.fieldStr[c]; ok {
		return fs
	}
	fs := make([]*Str, len(c.Fields))
	for i := range c.Fields {
		fs[i] = intern(c.Fields[i].Name)
	}
	s.fieldStr[c] = fs
	return fs
}

func (s *astState) enumValue(c *ast.Class) (Value, *Exception) {
	if c == nil {
		return None, nil
	}
	if v, ok := s.singleton[c]; ok {
		return v, nil
	}
	t, err := s.typeOf(c)
	if err != nil {
		return Null, err
	}
	v := newObject(t)
	s.singleton[c] = v
	return v, nil
}

// toValue converts a tree into instances of the _ast classes (ast2obj).
func (s *astState) toValue(n ast.Node) (Value, *Exception) {
	if n == nil {
		return None, nil
	}
	c := n.Class()
	t, err := s.typeOf(c)
	if err != nil {
		return Null, err
	}
	v := newObject(t)
	d := (*Instance)(v.p).dict
	fs := s.fieldNames(c)
	for i := range c.Fields {
		fv := ast.FieldOf(n, i)
		var x Value
		if fv.Kind == ast.KindList {
			items := make([]Value, fv.Int)
			for j := range items {
				if items[j], err = s.scalar(ast.ElemOf(n, i, j), &c.Fields[i]); err != nil {
					return Null, err
				}
			}
			x = obj(newList(items))
		} else if x, err = s.scalar(fv, &c.Fields[i]); err != nil {
			return Null, err
		}
		d.setStr(fs[i], x)
	}
	if len(c.Attributes) > 0 {
		p := n.(ast.Positioned).Position()
		d.setStr(s.attrStr[0], MakeInt(int64(p.Lineno)))
		d.setStr(s.attrStr[1], MakeInt(int64(p.ColOffset)))
		d.setStr(s.attrStr[2], MakeInt(int64(p.EndLineno)))
		d.setStr(s.attrStr[3], MakeInt(int64(p.EndColOffset)))
	}
	return v, nil
}

func (s *astState) scalar(fv ast.FieldValue, f *ast.Field) (Value, *Exception) {
	switch fv.Kind {
	case ast.KindNode:
		return s.toValue(fv.Node)
	case ast.KindStr:
		if f.Opt && !f.Seq && fv.Str == "" {
			return None, nil
		}
		if f.Type == "identifier" {
			return obj(intern(fv.Str)), nil
		}
		return NewStr(fv.Str), nil
	case ast.KindInt:
		return MakeInt(int64(fv.Int)), nil
	case ast.KindEnum:
		return s.enumValue(fv.Class)
	case ast.KindConst:
		return constValue(fv.Const), nil
	}
	return None, nil
}

// parseToAST is compile(source, filename, mode, PyCF_ONLY_AST | flags).
func parseToAST(src []byte, filename, mode string, flags int) (Value, *Exception) {
	s, err := astModule()
	if err != nil {
		return Null, err
	}
	mod, perr := parser.Parse(src, parser.Options{Filename: filename, Mode: parser.Mode(mode)})
	if perr != nil {
		return Null, syntaxError(perr)
	}
	if flags&pyCFOptimizedAST == pyCFOptimizedAST {
		if perr := compiler.Optimize(mod, nil); perr != nil {
			return Null, syntaxError(perr)
		}
	}
	return s.toValue(mod)
}

// builtinCompile is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1, *, _feature_version=-1).
func builtinCompile(a []Value, kw *Tuple) (Value, *Exception) {
	v, err := parseArgs("compile", a, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 0, 6, 3)
	if err != nil {
		return Null, err
	}
	flags := 0
	if v[3].p != nil {
		if flags, err = IndexInt(v[3]); err != nil {
			return Null, err
		}
	}
	if flags&^(0x3e000|pyCFOnlyAST|pyCFTypeComments|pyCFTopLevelAwt|pyCFOptimizedAST|0x200|0x100) != 0 {
		return Null, newErr(ValueError, "compile(): unrecognised flags")
	}
	if v[5].p != nil {
		o, err := IndexInt(v[5])
		if err != nil {
			return Null, err
		}
		if o < -1 || o > 2 {
			return Null, newErr(ValueError, "compile(): invalid optimize value")
		}
	}
	fn, err := fsPathStr(v[1])
	if err != nil {
		return Null, err
	}
	if v[2].Type() != StrType {
		return Null, newErr(TypeError, "compile() argument 'mode' must be str, not %s", typeName(v[2]))
	}
	mode := v[2].str().s
	onlyAST := flags&pyCFOnlyAST != 0
	switch mode {
	case "exec", "eval", "single":
	case "func_type":
		if !onlyAST {
			return Null, newErr(ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
	default:
		if onlyAST {
			return Null, newErr(ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return Null, newErr(ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if isASTObject(v[0]) {
		if onlyAST && flags&pyCFOptimizedAST != pyCFOptimizedAST {
			return v[0], nil
		}
		return compileASTObject(v[0], fn, mode, flags)
	}
	src, err := sourceBytes("compile", v[0])
	if err != nil {
		return Null, err
	}
	if onlyAST {
		return parseToAST(src, fn, mode, flags)
	}
	c, err := compileSource(src, fn, mode)
	if err != nil {
		return Null, err
	}
	return obj(c), nil
}

// fsPathStr is a filename argument: str, bytes or os.PathLike.
func fsPathStr(v Value) (string, *Exception) {
	switch {
	case v.Type().IsSubtype(StrType):
		return v.str().s, nil
	case v.Type() == BytesType:
		return string(v.bytes().b), nil
	}
	if f, err := GetAttr(v, intern("__fspath__")); err == nil {
		r, err := Call(f, nil, nil)
		if err != nil {
			return "", err
		}
		return fsPathStr(r)
	}
	return "", newErr(TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// isASTObject reports whether v is an instance of _ast.AST (only possible
// once _ast is imported).
func isASTObject(v Value) bool {
	if astReg == nil {
		return false
	}
	base, ok := astReg.module.dict.GetS("AST")
	return ok && v.Type().IsSubtype(base.typ())
}

// compileASTObject compiles a tree of _ast objects (obj2ast, then the
// compiler), or with PyCF_OPTIMIZED_AST returns it constant-folded.
func compileASTObject(v Value, filename, mode string, flags int) (Value, *Exception) {
	return Null, newErr(NotImplementedError, "peglab cannot compile AST objects yet")
}

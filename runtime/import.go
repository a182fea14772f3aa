package runtime

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pyerr"
)

// The import system: importlib._bootstrap's _find_and_load and
// _handle_fromlist, and ceval's import_from, written in Go. A module is
// found in sys.modules, then among the built-in modules written in Go
// (RegisterModule), then on sys.path: NAME/__init__.py (a package),
// NAME.py, or NAME/ as a namespace package when no entry has either. A
// found file is compiled by ModuleCompiler (the pipeline's Code stage, set
// by cmd/peglab) once per run, and executed in a fresh module that is in
// sys.modules while it runs, so that a cycle sees it partially initialised
// as in CPython.

// ModuleCompiler compiles an imported file; nil compiles with peglab's own
// front end and compiler (compileSource).
var ModuleCompiler func(filename string, src []byte) (*bytecode.Code, *pyerr.Error)

// goModules are the built-in modules written in Go, made on first import.
var goModules = map[string]func() *Module{}

// RegisterModule adds a built-in module written in Go; init builds it on
// its first import.
func RegisterModule(name string, init func() *Module) {
	if p := sandboxPolicy[name]; p != nil { // sandbox.go
		plain := init
		init = func() *Module {
			m := plain()
			confineModule(name, p, m)
			return m
		}
	}
	goModules[name] = init
}

// codeCache holds each imported file's code object for the run, by path.
var codeCache = map[string]*Code{}

// loadedNames are the modules imported from files, for the next run.
var loadedNames []string

// initializing are the modules whose code is running (spec._initializing).
var initializing = map[*Module]bool{}

// stdlibDir is the CPython 3.13 Lib folder found, or "".
var stdlibDir string
var stdlibSearched bool

// StdlibDir finds the pure-Python standard library: PEGLAB_STDLIB, else
// the Lib folder of PEGLAB_PYTHON or of an installed python3.13.
func StdlibDir() string {
	if stdlibSearched {
		return stdlibDir
	}
	stdlibSearched = true
	ok := func(d string) bool {
		st, err := os.Stat(filepath.Join(d, "os.py"))
		return err == nil && !st.IsDir()
	}
	if d := os.Getenv("PEGLAB_STDLIB"); d != "" {
		if ok(d) {
			stdlibDir = d
		}
		return stdlibDir
	}
	var cands []string
	fromExe := func(exe string) {
		if p, err := filepath.EvalSymlinks(exe); err == nil {
			exe = p
		}
		root := filepath.Dir(filepath.Dir(exe))
		cands = append(cands, filepath.Join(root, "lib", "python3.13"), filepath.Join(root, "Lib"))
	}
	if py := os.Getenv("PEGLAB_PYTHON"); py != "" {
		if p, err := exec.LookPath(py); err == nil {
			fromExe(p)
		}
	}
	if p, err := exec.LookPath("python3.13"); err == nil {
		fromExe(p)
	}
	home, _ := os.UserHomeDir()
	if home != "" {
		m, _ := filepath.Glob(filepath.Join(home, ".pyenv", "versions", "3.13*", "lib", "python3.13"))
		cands = append(cands, m...)
	}
	cands = append(cands, "/usr/local/lib/python3.13", "/usr/lib/python3.13")
	for _, d := range cands {
		if ok(d) {
			stdlibDir = d
			break
		}
	}
	return stdlibDir
}

// setupPath fills sys.path as CPython does for a script: its folder (or
// ” for -c and stdin), PEGLAB_PATH's entries, then the standard library.
func setupPath(mainFile string) {
	// a run starts with only the built-in modules, as a new process would
	for _, n := range loadedNames {
		modules.Delete(NewStr(n))
	}
	loadedNames = nil
	clear(codeCache)
	clear(initializing)
	clear(importNameFrom)
	var p []Value
	if mainFile != "" && mainFile[0] != '<' {
		p = append(p, NewStr(filepath.Dir(mainFile)))
	} else {
		p = append(p, NewStr(""))
	}
	for _, e := range filepath.SplitList(os.Getenv("PEGLAB_PATH")) {
		if e != "" {
			p = append(p, NewStr(e))
		}
	}
	if d := StdlibDir(); d != "" {
		p = append(p, NewStr(d))
	}
	sysModule.dict.SetS("path", obj(newList(p)))
	setupSysExtras()
}

func importErr(t *Type, name string, format string, a ...any) *Exception {
	e := newErr(t, format, a...)
	if name != "" {
		e.name = NewStr(name)
	}
	return e
}

// importName is IMPORT_NAME: __import__(name, globals, None, fromlist, level).
func importName(globals *Dict, name string, fromlist, level Value) (Value, *Exception) {
	lv := 0
	if l, ok := smallInt(level); ok {
		lv = int(l)
	}
	return importLevel(name, globals, fromlist, lv)
}

// resolveName is importlib._bootstrap._resolve_name with _calc___package__.
func resolveName(name string, globals *Dict, level int) (string, *Exception) {
	pkg := ""
	found := false
	if globals != nil {
		if v, ok := globals.GetS("__package__"); ok && !v.isNone() {
			if v.Type() != StrType {
				return "", newErr(TypeError, "package must be a string")
			}
			pkg, found = v.str().s, true
		} else if v, ok := globals.GetS("__spec__"); ok && !v.isNone() {
			if p, err := GetAttr(v, intern("parent")); err == nil && p.Type() == StrType {
				pkg, found = p.str().s, true
			}
		}
		if !found {
			if v, ok := globals.GetS("__name__"); ok && v.Type() == StrType {
				pkg = v.str().s
				if _, ok := globals.GetS("__path__"); !ok {
					if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
						pkg = pkg[:i]
					} else {
						pkg = ""
					}
				}
			}
		}
	}
	if pkg == "" {
		return "", newErr(ImportError, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", newErr(ImportError, "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importLevel is PyImport_ImportModuleLevelObject.
func importLevel(name string, globals *Dict, fromlist Value, level int) (Value, *Exception) {
	if level < 0 {
		return Null, newErr(ValueError, "level must be >= 0")
	}
	abs := name
	if level > 0 {
		var err *Exception
		if abs, err = resolveName(name, globals, level); err != nil {
			return Null, err
		}
	} else if name == "" {
		return Null, newErr(ValueError, "Empty module name")
	}
	m, err := findAndLoad(abs)
	if err != nil {
		return Null, err
	}
	var from []Value
	if fromlist.p != nil && !fromlist.isNone() {
		if from, err = iterToSlice(fromlist); err != nil {
			return Null, err
		}
	}
	if len(from) == 0 {
		if level == 0 || name != "" {
			first := name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				first = name[:i]
			}
			if level == 0 {
				return findAndLoad(first)
			}
			cut := len(name) - len(first)
			return findAndLoad(abs[:len(abs)-cut])
		}
		return m, nil
	}
	if m.Type() == ModuleType {
		if _, ok := m.mod().dict.GetS("__path__"); ok {
			return m, handleFromlist(m, from, false)
		}
	}
	return m, nil
}

// handleFromlist imports the submodules a from-import names.
func handleFromlist(m Value, from []Value, recursive bool) *Exception {
	md := m.mod()
	for _, x := range from {
		if x.Type() != StrType {
			return newErr(TypeError, "Item in %s.__all__ must be str, not %s", md.name, typeName(x))
		}
		s := x.str().s
		if s == "*" {
			if !recursive {
				if all, ok := md.dict.GetS("__all__"); ok {
					items, err := iterToSlice(all)
					if err != nil {
						return err
					}
					if err := handleFromlist(m, items, true); err != nil {
						return err
					}
				}
			}
			continue
		}
		if _, ok := md.dict.GetS(s); ok {
			continue
		}
		sub := md.name + "." + s
		if _, err := findAndLoad(sub); err != nil {
			if err.typ == ModuleNotFoundError && err.name.p != nil && err.name.Type() == StrType && err.name.str().s == sub {
				continue
			}
			return err
		}
	}
	return nil
}

// findAndLoad is _find_and_load: sys.modules, else find and execute.
func findAndLoad(name string) (Value, *Exception) {
	if m, ok := modules.GetS(name); ok {
		if m.isNone() {
			return Null, importErr(ModuleNotFoundError, name, "import of %s halted; None in sys.modules", name)
		}
		return m, nil
	}
	var path []Value
	var parent Value
	child := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pname := name[:i]
		child = name[i+1:]
		var err *Exception
		if parent, err = findAndLoad(pname); err != nil {
			return Null, err
		}
		if m, ok := modules.GetS(name); ok {
			return m, nil
		}
		pv, perr := GetAttr(parent, intern("__path__"))
		if perr != nil {
			return Null, importErr(ModuleNotFoundError, name, "No module named '%s'; '%s' is not a package", name, pname)
		}
		if path, err = iterToSlice(pv); err != nil {
			return Null, err
		}
	} else {
		if err := sandboxImport(name); err != nil {
			return Null, err
		}
		if init, ok := goModules[name]; ok {
			m := init()
			modules.SetS(name, obj(m))
			loadedNames = append(loadedNames, name)
			return obj(m), nil
		}
		if l, ok := sysModule.dict.GetS("path"); ok && l.Type() == ListType {
			path = append([]Value(nil), l.list().items...)
		}
	}
	m, err := loadFromPath(name, child, path)
	if err != nil {
		return Null, err
	}
	if parent.p != nil {
		if err := SetAttr(parent, intern(child), m); err != nil {
			return Null, err
		}
	}
	return m, nil
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// loadFromPath is the path finder and the source loader.
func loadFromPath(name, child string, path []Value) (Value, *Exception) {
	var ns []Value
	for _, e := range path {
		if e.Type() != StrType {
			continue
		}
		dir := e.str().s
		if dir == "" {
			dir, _ = os.Getwd()
		}
		if !sandboxReadable(dir) { // a sandboxed program imports the standard library only
			continue
		}
		pd := filepath.Join(dir, child)
		if isDir(pd) {
			if f := filepath.Join(pd, "__init__.py"); isFile(f) {
				return execFile(name, f, []Value{NewStr(pd)})
			}
		}
		if f := pd + ".py"; isFile(f) {
			return execFile(name, f, nil)
		}
		if isDir(pd) {
			ns = append(ns, NewStr(pd))
		}
	}
	if ns != nil {
		m := NewModule(name)
		d := m.dict
		d.SetS("__doc__", None)
		d.SetS("__file__", None)
		d.SetS("__package__", NewStr(name))
		d.SetS("__path__", obj(newList(ns)))
		spec, err := newSpec(name, None, None, ns)
		if err != nil {
			return Null, err
		}
		d.SetS("__spec__", spec)
		d.SetS("__loader__", None)
		modules.SetS(name, obj(m))
		loadedNames = append(loadedNames, name)
		return obj(m), nil
	}
	msg := "No module named '" + name + "'"
	if top, _, _ := strings.Cut(name, "."); StdlibDir() == "" && stdlibNames[top] {
		msg += " (peglab found no CPython 3.13 standard library: set PEGLAB_STDLIB to its Lib folder, or PEGLAB_PYTHON to a python3.13)"
	}
	return Null, importErr(ModuleNotFoundError, name, "%s", msg)
}

// loadCode compiles a module's file once per run.
func loadCode(file string) (*Code, *Exception) {
	if c, ok := codeCache[file]; ok {
		return c, nil
	}
	src, rerr := os.ReadFile(file)
	if rerr != nil {
		return nil, newErr(OSError, "%s", rerr.Error())
	}
	var c *Code
	if ModuleCompiler != nil {
		if co := diskCacheGet(file, src); co != nil {
			c = NewCode(co)
			codeCache[file] = c
			return c, nil
		}
		co, perr := ModuleCompiler(file, src)
		if perr != nil {
			return nil, syntaxError(perr)
		}
		diskCachePut(file, src, co)
		c = NewCode(co)
	} else {
		var err *Exception
		if c, err = compileSource(src, file, "exec"); err != nil {
			return nil, err
		}
	}
	codeCache[file] = c
	return c, nil
}

func cachedPath(file string) string {
	dir, base := filepath.Split(file)
	return filepath.Join(dir, "__pycache__", strings.TrimSuffix(base, ".py")+".cpython-313.pyc")
}

// execFile makes the module for a source file and runs its code.
func execFile(name, file string, pkgPath []Value) (Value, *Exception) {
	code, err := loadCode(file)
	if err != nil {
		return Null, err
	}
	m := NewModule(name)
	d := m.dict
	pkg := name
	if pkgPath == nil {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	loader, err := newLoader(name, file)
	if err != nil {
		return Null, err
	}
	spec, err := newSpec(name, loader, NewStr(file), pkgPath)
	if err != nil {
		return Null, err
	}
	d.SetS("__doc__", None)
	d.SetS("__package__", NewStr(pkg))
	d.SetS("__loader__", loader)
	d.SetS("__spec__", spec)
	if pkgPath != nil {
		d.SetS("__path__", obj(newList(pkgPath)))
	}
	d.SetS("__file__", NewStr(file))
	d.SetS("__cached__", NewStr(cachedPath(file)))
	d.SetS("__builtins__", obj(builtinsModule))
	modules.SetS(name, obj(m))
	loadedNames = append(loadedNames, name)
	initializing[m] = true
	SetAttr(spec, intern("_initializing"), True)
	_, err = curThread.runCode(code, d, obj(d), nil)
	delete(initializing, m)
	SetAttr(spec, intern("_initializing"), False)
	if err != nil {
		modules.Delete(NewStr(name))
		return Null, err
	}
	if r, ok := modules.GetS(name); ok {
		return r, nil
	}
	return Null, importErr(ImportError, name, "loader for %s cannot handle %s", name, name)
}

// importFrom is IMPORT_FROM (ceval.c's import_from).
func importFrom(v Value, name *Str) (Value, *Exception) {
	if r, err := GetAttr(v, name); err == nil {
		return r, nil
	} else if !err.typ.IsSubtype(AttributeError) {
		return Null, err
	}
	pkg := "<unknown module name>"
	var pv Value
	if n, err := GetAttr(v, intern("__name__")); err == nil && n.Type() == StrType {
		pkg = n.str().s
		pv = n
		if m, ok := modules.GetS(pkg + "." + name.s); ok {
			return m, nil
		}
	}
	loc := "unknown location"
	if f, err := GetAttr(v, intern("__file__")); err == nil && f.Type() == StrType {
		loc = f.str().s
	}
	qn, _ := ReprS(obj(name))
	qp := "'" + pkg + "'"
	if pv.p != nil {
		qp, _ = ReprS(pv)
	}
	var e *Exception
	if v.Type() == ModuleType && initializing[v.mod()] {
		e = newErr(ImportError, "cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)", qn, qp, loc)
	} else {
		e = newErr(ImportError, "cannot import name %s from %s (%s)", qn, qp, loc)
	}
	if pv.p != nil {
		e.name = pv
		importNameFrom[e] = name.s
	}
	return Null, e
}

// importNameFrom is ImportError.name_from of import_from's errors.
var importNameFrom = map[*Exception]string{}

// importSuggestion is traceback.py's suggestion for an ImportError of a
// from-import: like CPython it imports the module again (so a module that
// failed runs twice) and offers the closest public name.
func importSuggestion(e *Exception) string {
	wrong, ok := importNameFrom[e]
	if !ok || e.name.p == nil || e.name.Type() != StrType {
		return ""
	}
	m, err := importLevel(e.name.str().s, nil, None, 0)
	// CPython builds the report, with what this import printed, before it
	// writes the traceback
	flushStd()
	if err != nil {
		return ""
	}
	d, err := builtinDir(m)
	if err != nil {
		return ""
	}
	var cands []string
	for _, v := range d.list().items {
		if s := v.str().s; strings.HasPrefix(wrong, "_") || !strings.HasPrefix(s, "_") {
			cands = append(cands, s)
		}
	}
	return closestName(cands, wrong)
}

// possiblyShadowing is moduleobject.c's _is_module_possibly_shadowing: the
// module's folder (a package's parent) is sys.path[0].
func possiblyShadowing(origin string) bool {
	root := filepath.Dir(origin)
	if filepath.Base(origin) == "__init__.py" {
		root = filepath.Dir(root)
	}
	l, ok := sysModule.dict.GetS("path")
	if !ok || l.Type() != ListType || len(l.list().items) == 0 || l.list().items[0].Type() != StrType {
		return false
	}
	p0 := l.list().items[0].str().s
	if p0 == "" {
		p0, _ = os.Getwd()
	}
	return root == p0
}

// The spec and loader classes are Python, compiled on first use, so that
// their attributes and reprs are the ordinary ones of instances.
const bootstrapSrc = `
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None
        self._initializing = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    @property
    def cached(self):
        return self._cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'

class BuiltinImporter:
    pass
`

var bootstrap *Dict

func bootstrapClass(name string) (Value, *Exception) {
	if bootstrap == nil {
		c, err := compileSource([]byte(bootstrapSrc), "<frozen importlib._bootstrap>", "exec")
		if err != nil {
			return Null, err
		}
		d := NewDict()
		d.SetS("__name__", NewStr("_frozen_importlib"))
		d.SetS("__builtins__", obj(builtinsModule))
		if _, err := curThread.runCode(c, d, obj(d), nil); err != nil {
			return Null, err
		}
		bootstrap = d
	}
	v, _ := bootstrap.GetS(name)
	return v, nil
}

func newLoader(name, file string) (Value, *Exception) {
	cls, err := bootstrapClass("SourceFileLoader")
	if err != nil {
		return Null, err
	}
	return Call(cls, []Value{NewStr(name), NewStr(file)}, nil)
}

func newSpec(name string, loader, origin Value, pkgPath []Value) (Value, *Exception) {
	cls, err := bootstrapClass("ModuleSpec")
	if err != nil {
		return Null, err
	}
	isPkg := MakeBool(pkgPath != nil)
	s, err := Call(cls, []Value{NewStr(name), loader, origin, isPkg}, newTuple([]Value{NewStr("origin"), NewStr("is_package")}))
	if err != nil {
		return Null, err
	}
	if pkgPath != nil {
		SetAttr(s, intern("submodule_search_locations"), obj(newList(pkgPath)))
	}
	if origin.Type() == StrType {
		SetAttr(s, intern("_set_fileattr"), True)
		SetAttr(s, intern("_cached"), NewStr(cachedPath(origin.str().s)))
	}
	return s, nil
}

// moduleRepr is module_repr: from the file, namespace, or built-in.
func moduleRepr(v Value) (Value, *Exception) {
	m := v.mod()
	d := m.dict
	nameS := m.name
	if n, ok := d.GetS("__name__"); ok && n.Type() == StrType {
		nameS = n.str().s
	}
	qn := "'" + nameS + "'"
	if f, ok := d.GetS("__file__"); ok && f.Type() == StrType {
		r, _ := ReprS(f)
		return NewStr("<module " + qn + " from " + r + ">"), nil
	}
	if p, ok := d.GetS("__path__"); ok {
		if f, ok := d.GetS("__file__"); ok && f.isNone() {
			r, _ := ReprS(p)
			return NewStr("<module " + qn + " (namespace) from " + r + ">"), nil
		}
	}
	if _, ok := d.GetS("__spec__"); !ok || m.name == "builtins" || m.name == "sys" || goModules[m.name] != nil {
		if m.name == "__main__" {
			return NewStr("<module " + qn + ">"), nil
		}
		return NewStr("<module " + qn + " (built-in)>"), nil
	}
	return NewStr("<module " + qn + ">"), nil
}

// initImport installs the import machinery's builtins and module slots.
func initImport() {
	// sys.modules is made at package initialisation, before dict exists
	modules.typ = DictType
	initGoModules()
	ModuleType.repr = moduleRepr
	base := ModuleType.getattr
	ModuleType.getattr = func(o Value, name *Str) (Value, *Exception) {
		r, err := base(o, name)
		if err != nil && err.typ == AttributeError && initializing[o.mod()] {
			var e *Exception
			if f, ok := o.mod().dict.GetS("__file__"); ok && f.Type() == StrType && possiblyShadowing(f.str().s) {
				e = newErr(AttributeError, "module '%s' has no attribute '%s' (consider renaming '%s' if it has the same name as a third-party module you intended to import)", o.mod().name, name.s, f.str().s)
			} else {
				e = newErr(AttributeError, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", o.mod().name, name.s)
			}
			e.obj, e.name = o, obj(name)
			return Null, e
		}
		return r, err
	}
	defBuiltin("__import__", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		args := make([]Value, 5)
		copy(args, pos)
		for i, k := range kwItems(kw) {
			switch k {
			case "name":
				args[0] = kwv[i]
			case "globals":
				args[1] = kwv[i]
			case "locals":
				args[2] = kwv[i]
			case "fromlist":
				args[3] = kwv[i]
			case "level":
				args[4] = kwv[i]
			}
		}
		if args[0].p == nil {
			return Null, newErr(TypeError, "__import__() missing required argument 'name' (pos 1)")
		}
		if args[0].Type() != StrType {
			return Null, newErr(TypeError, "__import__() argument 1 must be str, not %s", typeName(args[0]))
		}
		var g *Dict
		if args[1].p != nil && args[1].Type() == DictType {
			g = args[1].dict()
		}
		lv := 0
		if args[4].p != nil {
			n, err := IndexInt(args[4])
			if err != nil {
				return Null, err
			}
			lv = n
		}
		return importLevel(args[0].str().s, g, args[3], lv)
	})
	RegisterModule("importlib", func() *Module {
		m := NewModule("importlib")
		d := m.dict
		d.SetS("__package__", NewStr("importlib"))
		if dir := StdlibDir(); dir != "" {
			d.SetS("__path__", obj(newList([]Value{NewStr(filepath.Join(dir, "importlib"))})))
		}
		d.SetS("import_module", obj(&Builtin{Header{BuiltinType}, "import_module", func(a []Value, kw *Tuple) (Value, *Exception) {
			pos, _ := splitKw(a, kw)
			if len(pos) < 1 || pos[0].Type() != StrType {
				return Null, newErr(TypeError, "import_module() missing required argument 'name'")
			}
			name := pos[0].str().s
			level := 0
			var g *Dict
			if strings.HasPrefix(name, ".") {
				if len(pos) < 2 || pos[1].Type() != StrType {
					return Null, newErr(TypeError, "the 'package' argument is required to perform a relative import for '%s'", name)
				}
				for level < len(name) && name[level] == '.' {
					level++
				}
				g = NewDict()
				g.SetS("__package__", pos[1])
				name = name[level:]
			}
			abs := name
			if level > 0 {
				var err *Exception
				if abs, err = resolveName(name, g, level); err != nil {
					return Null, err
				}
			}
			return findAndLoad(abs)
		}, Null, nil}))
		d.SetS("invalidate_caches", obj(&Builtin{Header{BuiltinType}, "invalidate_caches", func(a []Value, kw *Tuple) (Value, *Exception) {
			return None, nil
		}, Null, nil}))
		return m
	})
}

// findFile is the path finder without loading: the file of name (child
// in path), the package's search path when it is a package.
func findFile(child string, path []Value) (file string, pkgPath []Value) {
	var ns []Value
	defer func() {
		if file == "" && pkgPath == nil {
			pkgPath = ns // a namespace package
		}
	}()
	for _, e := range path {
		if e.Type() != StrType {
			continue
		}
		dir := e.str().s
		if dir == "" {
			dir, _ = os.Getwd()
		}
		if !sandboxReadable(dir) { // a sandboxed program imports the standard library only
			continue
		}
		pd := filepath.Join(dir, child)
		if isDir(pd) {
			if f := filepath.Join(pd, "__init__.py"); isFile(f) {
				return f, []Value{NewStr(pd)}
			}
		}
		if f := pd + ".py"; isFile(f) {
			return f, nil
		}
		if isDir(pd) {
			ns = append(ns, NewStr(pd))
		}
	}
	return "", nil
}

// RunMainModule is python -m NAME: the module's file runs as __main__
// (a package's NAME.__main__), with sys.argv[0] its path and sys.path[0]
// the current folder. prog names the program in the error for a module
// that is not found.
func RunMainModule(name string, prog string, cfg Config) (status int) {
	defer func() {
		if r := recover(); r != nil {
			flushStd()
			fmt.Fprintf(cfg.Stderr, "Fatal Python error: peglab VM bug: %v\n", r)
			status = 70
		}
	}()
	SetStdio(cfg.Stdin, cfg.Stdout, cfg.Stderr)
	curThread = newThread()
	setupPath("")
	if cwd, err := os.Getwd(); err == nil {
		if l, ok := sysModule.dict.GetS("path"); ok {
			l.list().items[0] = NewStr(cwd)
		}
	}
	fail := func(err *Exception) int {
		s, _ := Str_(obj(err))
		flushStd()
		fmt.Fprintf(cfg.Stderr, "%s: Error while finding module specification for %s (%s: %s)\n", prog, quoteStr(name), err.typ.Name, s)
		return 1
	}
	for {
		var path []Value
		child := name
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			parent, err := findAndLoad(name[:i])
			if err != nil {
				if err.typ == ModuleNotFoundError {
					return fail(err)
				}
				flushStd()
				sysStderr.write(FormatException(err))
				return 1
			}
			child = name[i+1:]
			pv, perr := GetAttr(parent, intern("__path__"))
			if perr != nil {
				return fail(importErr(ModuleNotFoundError, name, "__path__ attribute not found on '%s' while trying to find '%s'", name[:i], name))
			}
			path, _ = iterToSlice(pv)
		} else if l, ok := sysModule.dict.GetS("path"); ok {
			path = append([]Value(nil), l.list().items...)
		}
		file, pkgPath := findFile(child, path)
		if file == "" && pkgPath == nil {
			flushStd()
			fmt.Fprintf(cfg.Stderr, "%s: No module named %s\n", prog, name)
			return 1
		}
		if pkgPath != nil {
			if _, err := findAndLoad(name); err != nil {
				flushStd()
				sysStderr.write(FormatException(err))
				return 1
			}
			name += ".__main__"
			continue
		}
		argv := []Value{NewStr(file)}
		for _, a := range cfg.Argv[1:] {
			argv = append(argv, NewStr(a))
		}
		sysModule.dict.SetS("argv", obj(newList(argv)))
		code, err := loadCode(file)
		if err != nil {
			flushStd()
			sysStderr.write(FormatException(err))
			return 1
		}
		main := NewModule("__main__")
		d := main.dict
		pkg := ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		}
		loader, err := newLoader(name, file)
		if err == nil {
			var spec Value
			if spec, err = newSpec(name, loader, NewStr(file), nil); err == nil {
				d.SetS("__builtins__", obj(builtinsModule))
				d.SetS("__doc__", None)
				d.SetS("__package__", NewStr(pkg))
				d.SetS("__loader__", loader)
				d.SetS("__spec__", spec)
				d.SetS("__file__", NewStr(file))
				d.SetS("__cached__", NewStr(cachedPath(file)))
				modules.SetS("__main__", obj(main))
				_, err = curThread.runCode(code, d, obj(d), nil)
			}
		}
		st := 0
		if err != nil {
			st = handleUncaught(err)
		}
		flushStd()
		return st
	}
}

func quoteStr(s string) string {
	r, _ := ReprS(NewStr(s))
	return r
}

// ModuleCacheTag names the front end ModuleCompiler compiles with; when it
// is set (cmd/peglab sets it for the standard grammar only) compiled
// imports are kept on disk under the user's cache folder
// (peglab/imports), keyed by a hash of the tag, the peglab executable,
// the file's path and its whole source, so an entry can never be stale.
// PEGLAB_NOCACHE=1 turns the cache off.
var ModuleCacheTag string

var cacheRoot string
var cacheRootDone bool

func diskCacheDir() string {
	if cacheRootDone {
		return cacheRoot
	}
	cacheRootDone = true
	if ModuleCacheTag == "" || os.Getenv("PEGLAB_NOCACHE") != "" {
		return ""
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	st, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%s\x00%d\x00%d", ModuleCacheTag, exe, st.Size(), st.ModTime().UnixNano())))
	cacheRoot = filepath.Join(base, "peglab", "imports", hex.EncodeToString(h[:8]))
	return cacheRoot
}

func diskCacheFile(file string, src []byte) string {
	dir := diskCacheDir()
	if dir == "" {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(file))
	h.Write([]byte{0})
	h.Write(src)
	return filepath.Join(dir, hex.EncodeToString(h.Sum(nil))+".marshal")
}

func diskCacheGet(file string, src []byte) *bytecode.Code {
	p := diskCacheFile(file, src)
	if p == "" {
		return nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	v, err := bytecode.Unmarshal(data)
	if err != nil {
		return nil
	}
	co, _ := v.(*bytecode.Code)
	return co
}

func diskCachePut(file string, src []byte, co *bytecode.Code) {
	p := diskCacheFile(file, src)
	if p == "" {
		return
	}
	data, err := bytecode.Marshal(co)
	if err != nil {
		return
	}
	if os.MkdirAll(filepath.Dir(p), 0o755) != nil {
		return
	}
	tmp := fmt.Sprintf("%s.%d.tmp", p, os.Getpid())
	if os.WriteFile(tmp, data, 0o644) == nil {
		if os.Rename(tmp, p) != nil {
			os.Remove(tmp)
		}
	}
}

package runtime

import (
	"path/filepath"
	"strings"
)

// The sandbox (Config.Sandbox) confines a program run for other people,
// as the playground runs them: no file system, environment, process or
// network access. It is one mechanism, at the one place where Python code
// reaches the operating system: the Go modules. Every module named in
// sandboxPolicy has its functions and types wrapped when it is created
// (RegisterModule), and a wrapped callable raises PermissionError while a
// sandboxed run is going on (a per-call bool test, outside every hot
// path); what a module may still do (urandom, getpid, strerror) is its
// policy's allow list. Python-level modules (posix, _io, os, open) reach
// the system only through these Go modules, so they are confined too.
// The importer and tracebacks are not the program: they read the standard
// library's files, and only those (sandboxReadable), whatever sys.path or
// a code object's filename says.

// sandboxed is whether the running program is confined.
var sandboxed bool

// Sandboxed reports whether the running program is confined.
func Sandboxed() bool { return sandboxed }

type modulePolicy struct {
	what  string          // what the module reaches, for the message
	allow map[string]bool // callables that stay usable
	// empty: callables that answer an empty value instead of refusing,
	// because importing a standard module calls them (os builds environ)
	empty map[string]func() Value
}

func names(s string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(s) {
		m[n] = true
	}
	return m
}

// sandboxPolicy names the modules that reach the operating system. A
// module listed here with no allow list and not built in is refused at
// import in a sandboxed run (PermissionError); a Go module added later
// under one of these names is confined from its first line.
var sandboxPolicy = map[string]*modulePolicy{
	"_peglab_posix": {what: "file system, environment and process",
		allow: names("strerror urandom getpid getppid getuid geteuid getgid cpu_count isatty"),
		empty: map[string]func() Value{"environ": func() Value { return obj(NewDict()) }}},
	"_socket":          {what: "network"},
	"_ssl":             {what: "network"},
	"select":           {what: "network"},
	"_posixsubprocess": {what: "process"},
	"_multiprocessing": {what: "process"},
	"_posixshmem":      {what: "process"},
	"fcntl":            {what: "file system"},
	"mmap":             {what: "file system"},
	"termios":          {what: "terminal"},
	"resource":         {what: "process"},
	"pwd":              {what: "system"},
	"grp":              {what: "system"},
	"_ctypes":          {what: "process memory"},
	"_signal":          {what: "process", allow: names("getsignal default_int_handler")},
}

// sandboxError is the PermissionError of a refused call.
func sandboxError(module, name string) *Exception {
	what := "this"
	if p := sandboxPolicy[module]; p != nil {
		what = p.what
	}
	return newErr(PermissionError, "%s() is not permitted in the sandbox (no %s access)", strings.TrimPrefix(name, "_peglab_"), what)
}

// confineModule wraps the callables of a policy module created by init.
func confineModule(name string, p *modulePolicy, m *Module) {
	d := m.dict
	var keys []string
	d.each(func(k, _ Value) bool {
		if k.Type() == StrType {
			keys = append(keys, k.str().s)
		}
		return true
	})
	for _, fname := range keys {
		if p.allow[fname] || strings.HasPrefix(fname, "__") {
			continue
		}
		v, _ := d.GetS(fname)
		switch v.Type() {
		case BuiltinType:
			b := v.builtin()
			fn, empty := b.fn, p.empty[fname]
			bname := fname
			nb := *b
			nb.fn = func(a []Value, kw *Tuple) (Value, *Exception) {
				if sandboxed {
					if empty != nil {
						return empty(), nil
					}
					return Null, sandboxError(name, bname)
				}
				return fn(a, kw)
			}
			d.SetS(fname, obj(&nb))
		case TypeType:
			t := v.typ()
			if t.isExc {
				continue
			}
			if nf := t.newf; nf != nil {
				tname := t.Name
				t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
					if sandboxed {
						return Null, sandboxError(name, tname)
					}
					return nf(t, a, kw)
				}
			}
		}
	}
}

// sandboxImport refuses, in a sandboxed run, a policy module that is not
// built in (nil when it may go on).
func sandboxImport(name string) *Exception {
	if !sandboxed {
		return nil
	}
	if p := sandboxPolicy[name]; p != nil && p.allow == nil { // wholly off-limits
		if _, ok := goModules[name]; !ok {
			return newErr(PermissionError, "import of %s is not permitted in the sandbox (no %s access)", name, p.what)
		}
	}
	return nil
}

// sandboxReadable is whether the importer and tracebacks may read path:
// anything outside a sandbox, only the standard library's files inside.
func sandboxReadable(path string) bool {
	if !sandboxed {
		return true
	}
	lib := StdlibDir()
	if lib == "" || !filepath.IsAbs(path) {
		return false
	}
	rel, err := filepath.Rel(lib, filepath.Clean(path))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// Package extensions is the registry of peglab's language extensions.
//
// An extension is a folder extensions/<name>/ holding everything one new
// piece of syntax needs, and nothing outside it: a grammar fragment
// (ext.gram: new rules, and alternatives added in front of or after those of
// existing rules), token additions (Tokens), AST additions (ext.asdl), a Go
// package that registers the extension and its hooks for the later stages,
// tests and a README. `go generate ./...` builds every extension into the
// generated tokenizer table, AST and parser, each gated: with no extension
// enabled, peglab is exactly Python 3.13.
//
// Extensions register themselves in init; extensions/all imports every one
// of them (it is generated), so a binary that imports extensions/all knows
// them all. An extension folder that was never compiled in can still be
// loaded at run time with LoadDir, for the grammar interpreter (package
// internal/support/extload does the rest: tokens, AST constructors, helpers).
//
// The stages after the parser find what they need here or register hooks
// keyed by AST class name: symtable.RegisterHook for nodes that bind
// names; Extension.Operators for the compiler and runtime, which dispatch
// BinOp and Compare by operator value, so that a protocol operator (->,
// __arrow__/__rarrow__) needs no Go code, and an operator with Go semantics
// (~=) registers its function with the runtime from its package's init.
// README.md in this folder is the tutorial, and explains the design.
package extensions

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Extension describes one language extension.
type Extension struct {
	// Name is the extension's name, the name of its folder.
	Name string
	// Summary says in one line what the extension adds.
	Summary string
	// Files holds the extension's data files: ext.gram, Tokens, ext.asdl,
	// README.md (each optional).
	Files fs.FS
	// Dir is the folder of an extension loaded at run time (LoadDir); it
	// is empty for compiled-in extensions.
	Dir string
	// Operators describes the operators the extension adds, for the stages
	// after the parser (see Operator). A folder loaded at run time has
	// none here: it declares them in its ext.py, which the VM runs
	// (internal/support/extops).
	Operators []Operator
}

// Operator describes an operator an extension adds, for the compiler and
// the runtime: which AST constructor it is, how messages spell it, and,
// for an operator defined by a protocol as `@` is by __matmul__, the
// method names. The stages read these descriptions from the registry, so
// an extension whose operator is a protocol needs no Go code beyond its
// registration; an operator with built-in semantics (~= on numbers)
// registers a Go function with the runtime from its package's init, the
// way symtable.RegisterHook is called.
type Operator struct {
	// Class is the AST constructor the extension adds: "Arrow" (an
	// operator, so the node is BinOp) or "AlmostEq" (a cmpop: Compare).
	Class string
	// Symbol is the operator's source text, as messages quote it: "->" in
	// "unsupported operand type(s) for ->: 'int' and 'int'".
	Symbol string
	// Method and Reflected are the protocol: a -> b calls
	// type(a).__arrow__(a, b), then type(b).__rarrow__(b, a). Empty for an
	// operator whose meaning the extension implements in Go.
	Method, Reflected string
	// Impl, for an operator with Go semantics, implements it: for a cmpop
	// (and as the fallback of a protocol operator) a
	// func(a, b runtime.Value) (runtime.Value, *runtime.Exception) that
	// returns NotImplemented for operands it does not handle. It is typed
	// any because this package sits below the runtime.
	Impl any
}

// File returns the text of one of the extension's data files, and whether
// it exists.
func (e *Extension) File(name string) (string, bool) {
	if e.Files == nil {
		return "", false
	}
	data, err := fs.ReadFile(e.Files, name)
	if err != nil {
		return "", false
	}
	return string(data), true
}

var (
	mu       sync.Mutex
	registry = map[string]*Extension{}
)

// Register adds a compiled-in extension. It panics on a duplicate name: two
// packages claiming one name is a build mistake.
func Register(e *Extension) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := registry[e.Name]; dup {
		panic("extensions: " + e.Name + " registered twice")
	}
	registry[e.Name] = e
}

// Restrict makes the registry show only the named extensions until restore
// is called: tests of what lists or names extensions (ext list, "unknown
// extension ... (known: ...)") use it so that their golden output does not
// change when another extension is compiled in.
func Restrict(names ...string) (restore func()) {
	mu.Lock()
	defer mu.Unlock()
	saved := registry
	registry = map[string]*Extension{}
	for _, n := range names {
		if e, ok := saved[n]; ok {
			registry[n] = e
		}
	}
	return func() {
		mu.Lock()
		defer mu.Unlock()
		registry = saved
	}
}

// All returns the compiled-in extensions, sorted by name.
func All() []*Extension {
	mu.Lock()
	defer mu.Unlock()
	out := make([]*Extension, 0, len(registry))
	for _, e := range registry {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup returns the compiled-in extension with the given name.
func Lookup(name string) (*Extension, bool) {
	mu.Lock()
	defer mu.Unlock()
	e, ok := registry[name]
	return e, ok
}

// Resolve turns an --ext list ("almosteq,arrow", possibly with spaces) into
// extensions, rejecting unknown names with the list of known ones.
func Resolve(list string) ([]*Extension, error) {
	var out []*Extension
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		e, ok := Lookup(name)
		if !ok {
			var known []string
			for _, k := range All() {
				known = append(known, k.Name)
			}
			return nil, fmt.Errorf("unknown extension %q (known: %s)", name, strings.Join(known, ", "))
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out, nil
}

// LoadDir reads an extension folder at run time: its data files only (no
// Go hooks run). The grammar interpreter can use it before anything is
// generated or rebuilt.
func LoadDir(dir string) (*Extension, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	files := os.DirFS(dir)
	found := false
	for _, f := range []string{"ext.gram", "Tokens", "ext.asdl"} {
		if _, err := fs.Stat(files, f); err == nil {
			found = true
		}
	}
	if !found {
		return nil, fmt.Errorf("%s holds no ext.gram, Tokens or ext.asdl: not an extension folder", dir)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(abs)
	e := &Extension{Name: name, Files: files, Dir: dir, Summary: "loaded from " + dir}
	if readme, err := fs.ReadFile(files, "README.md"); err == nil {
		if s := firstParagraphLine(string(readme)); s != "" {
			e.Summary = s
		}
	}
	return e, nil
}

// firstParagraphLine is the first line of a README that is not a heading.
func firstParagraphLine(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			return line
		}
	}
	return ""
}

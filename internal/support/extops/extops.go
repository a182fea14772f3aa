package extops

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/compiler/dis"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/runtime"
)

// GoFunc is the type of extensions.Operator.Impl.
type GoFunc = func(a, b runtime.Value) (runtime.Value, *runtime.Exception)

var (
	mu     sync.Mutex
	extPys = map[string][]runtime.ExtOperator{} // a folder's ext.py, run once
)

// maxBinary and maxCompare are the sizes of the VM's operator tables.
const (
	maxBinary  = 40
	maxCompare = 16
)

// decl is one operator to register.
type decl struct {
	ext, class, symbol, method, reflected string
	impl                                  any
}

// Install registers the operators of the extensions fe enables: the
// compiled-in ones by name, then the folders it loaded (running their
// ext.py once; its output goes to cfg's streams). Each gets the next free
// oparg of its kind in that order, so the opargs depend only on the set
// enabled: `--ext arrow` makes -> BINARY_OP 26, as does a folder loaded
// alone. Installing another set re-registers (tests do).
func Install(fe *pipeline.Frontend, cfg runtime.Config) error {
	mu.Lock()
	defer mu.Unlock()
	if fe == nil {
		return nil
	}
	var decls []decl
	replaced := map[string]bool{}
	if fe.Loaded != nil {
		for _, e := range fe.Loaded.Exts {
			replaced[e.Name] = true
		}
	}
	compiled := slices.Clone(fe.Extensions)
	slices.SortFunc(compiled, func(a, b *extensions.Extension) int { return strings.Compare(a.Name, b.Name) })
	for _, e := range compiled {
		if replaced[e.Name] {
			continue
		}
		for _, op := range e.Operators {
			decls = append(decls, decl{e.Name, op.Class, op.Symbol, op.Method, op.Reflected, op.Impl})
		}
	}
	if fe.Loaded != nil {
		for _, e := range fe.Loaded.Exts {
			ops, err := extPy(e, cfg)
			if err != nil {
				return err
			}
			if ops == nil {
				// no ext.py: a folder named like a compiled-in extension
				// keeps that one's semantics
				if c, ok := extensions.Lookup(e.Name); ok {
					for _, op := range c.Operators {
						decls = append(decls, decl{e.Name, op.Class, op.Symbol, op.Method, op.Reflected, op.Impl})
					}
				}
				continue
			}
			for _, op := range ops {
				var impl any
				if op.Func != nil {
					impl = GoFunc(op.Func)
				}
				decls = append(decls, decl{e.Name, op.Class, op.Symbol, op.Method, op.Reflected, impl})
			}
		}
	}
	nextBin, nextCmp := compiler.FirstExtBinaryOp, compiler.FirstExtCompareOp
	for _, d := range decls {
		if err := register(d, &nextBin, &nextCmp); err != nil {
			return err
		}
	}
	return nil
}

// extPy runs e's ext.py, once, and returns what it declares (nil: no
// ext.py).
func extPy(e *extensions.Extension, cfg runtime.Config) ([]runtime.ExtOperator, error) {
	src, ok := e.File("ext.py")
	if !ok {
		return nil, nil
	}
	name, err := filepath.Abs(filepath.Join(e.Dir, "ext.py"))
	if err != nil {
		name = filepath.Join(e.Dir, "ext.py")
	}
	if ops, ok := extPys[name]; ok {
		return ops, nil
	}
	if cfg.Stdout != nil {
		runtime.SetStdio(cfg.Stdin, cfg.Stdout, cfg.Stderr)
	}
	ops, err := runtime.LoadExtPy([]byte(src), name)
	if err != nil {
		return nil, err
	}
	if ops == nil {
		ops = []runtime.ExtOperator{}
	}
	extPys[name] = ops
	return ops, nil
}

// register gives one operator its oparg (once per constructor) and puts
// it in the three tables.
func register(d decl, nextBin, nextCmp *int) error {
	ext, class, symbol, method, reflected, impl := d.ext, d.class, d.symbol, d.method, d.reflected, d.impl
	cls := ast.LookupClass(class)
	if cls == nil || !cls.Enum || (cls.Type != "operator" && cls.Type != "cmpop") {
		return fmt.Errorf("extension %s: operator %s: no operator or cmpop constructor of that name in the AST (declare it in ext.asdl)", ext, class)
	}
	var fn GoFunc
	if impl != nil {
		f, ok := impl.(GoFunc)
		if !ok {
			return fmt.Errorf("extension %s: operator %s: Impl is a %T, not a %T", ext, class, impl, fn)
		}
		fn = f
	}
	switch cls.Type {
	case "operator":
		n := *nextBin
		if n >= maxBinary {
			return fmt.Errorf("extension %s: operator %s: no BINARY_OP argument left", ext, class)
		}
		*nextBin++
		compiler.RegisterBinaryOp(cls.New().(ast.Operator), n)
		dis.RegisterBinaryOp(n, symbol)
		runtime.RegisterBinaryOp(n, symbol, method, reflected)
		if fn != nil {
			runtime.SetBinaryFallback(n, fn)
		}
	case "cmpop":
		n := *nextCmp
		if n >= maxCompare {
			return fmt.Errorf("extension %s: comparison %s: no COMPARE_OP argument left", ext, class)
		}
		*nextCmp++
		compiler.RegisterCompareOp(cls.New().(ast.Cmpop), n)
		dis.RegisterCompareOp(n, symbol)
		// the operator is its own mirror: a ~= b is b ~= a, as == is
		runtime.RegisterCompareOp(n, symbol, method, n, fn)
	}
	return nil
}

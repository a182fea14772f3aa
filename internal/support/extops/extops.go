package extops

import (
	"fmt"
	"path/filepath"
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
	mu       sync.Mutex
	assigned = map[string]int{} // "cmpop Class" or "operator Class" → oparg or index
	nextBin  = compiler.FirstExtBinaryOp
	nextCmp  = compiler.FirstExtCompareOp
	builtin  sync.Once
	loaded   = map[string]bool{} // folders whose ext.py ran
)

// maxBinary and maxCompare are the sizes of the VM's operator tables.
const (
	maxBinary  = 40
	maxCompare = 16
)

// Install registers the operators of every compiled-in extension and of
// the folders fe loaded (running their ext.py; its output goes to cfg's
// streams). It is cheap to call again; a folder's ext.py runs once.
func Install(fe *pipeline.Frontend, cfg runtime.Config) error {
	mu.Lock()
	defer mu.Unlock()
	var err error
	builtin.Do(func() {
		for _, e := range extensions.All() {
			for _, op := range e.Operators {
				if err = register(e.Name, op.Class, op.Symbol, op.Method, op.Reflected, op.Impl); err != nil {
					return
				}
			}
		}
	})
	if err != nil || fe == nil || fe.Loaded == nil {
		return err
	}
	for _, e := range fe.Loaded.Exts {
		src, ok := e.File("ext.py")
		if !ok || loaded[e.Dir] {
			continue
		}
		loaded[e.Dir] = true
		name, aerr := filepath.Abs(filepath.Join(e.Dir, "ext.py"))
		if aerr != nil {
			name = filepath.Join(e.Dir, "ext.py")
		}
		if cfg.Stdout != nil {
			runtime.SetStdio(cfg.Stdin, cfg.Stdout, cfg.Stderr)
		}
		ops, lerr := runtime.LoadExtPy([]byte(src), name)
		if lerr != nil {
			return lerr
		}
		for _, op := range ops {
			var impl any
			if op.Func != nil {
				impl = GoFunc(op.Func)
			}
			if err := register(e.Name, op.Class, op.Symbol, op.Method, op.Reflected, impl); err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
		}
	}
	return nil
}

// register gives one operator its oparg (once per constructor) and puts
// it in the three tables.
func register(ext, class, symbol, method, reflected string, impl any) error {
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
	key := cls.Type + " " + class
	n, ok := assigned[key]
	switch cls.Type {
	case "operator":
		if !ok {
			if nextBin >= maxBinary {
				return fmt.Errorf("extension %s: operator %s: no BINARY_OP argument left", ext, class)
			}
			n, nextBin = nextBin, nextBin+1
			assigned[key] = n
		}
		compiler.RegisterBinaryOp(cls.New().(ast.Operator), n)
		dis.RegisterBinaryOp(n, symbol)
		runtime.RegisterBinaryOp(n, symbol, method, reflected)
		if fn != nil {
			runtime.SetBinaryFallback(n, fn)
		}
	case "cmpop":
		if !ok {
			if nextCmp >= maxCompare {
				return fmt.Errorf("extension %s: comparison %s: no COMPARE_OP argument left", ext, class)
			}
			n, nextCmp = nextCmp, nextCmp+1
			assigned[key] = n
		}
		compiler.RegisterCompareOp(cls.New().(ast.Cmpop), n)
		dis.RegisterCompareOp(n, symbol)
		// the operator is its own mirror: a ~= b is b ~= a, as == is
		runtime.RegisterCompareOp(n, symbol, method, n, fn)
	}
	return nil
}

package runtime

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"sync/atomic"

	"github.com/peglab/peglab/compiler/bytecode"
)

// Config is how a program runs: its argv, streams and the source shown in
// tracebacks.
type Config struct {
	Argv   []string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// HandleSIGINT turns Ctrl-C into KeyboardInterrupt (checked at loop
	// back-edges), as python does; the command sets it, tests do not.
	HandleSIGINT bool
	// Sandbox confines the program (sandbox.go): no file system,
	// environment, process or network access (PermissionError), imports
	// from the standard library only. The playground sets it.
	Sandbox bool
	// MaxMemory, when positive, caps the heap the program may grow, in
	// bytes (memlimit.go): past it the program gets MemoryError.
	MaxMemory int64
}

// RunModule runs a module's code object as __main__ and returns the exit
// status python3.13 would: 0, 1 after printing an uncaught exception's
// traceback on stderr, or a SystemExit's code.
func RunModule(co *bytecode.Code, cfg Config) (status int) {
	defer func() {
		// a Go panic is a VM bug; say so as CPython reports a SystemError
		if r := recover(); r != nil {
			if os.Getenv("PEGLAB_PANIC") != "" {
				panic(r) // for a Go stack trace while debugging the VM
			}
			flushStd()
			fmt.Fprintf(cfg.Stderr, "Fatal Python error: peglab VM bug: %v\n", r)
			status = 70
		}
	}()
	return runModule(co, cfg, 0)
}

// interrupted is set by SIGINT (Ctrl-C), or by Interrupt; loops raise
// KeyboardInterrupt at their next back-edge.
var interrupted atomic.Bool

// Interrupt stops the running program as Ctrl-C does: its next loop
// back-edge raises KeyboardInterrupt. The playground calls it when a
// request's time is up.
func Interrupt() { interrupted.Store(true) }

func runModule(co *bytecode.Code, cfg Config, budget int) int {
	interrupted.Store(false)                               // a stop meant for an earlier run
	if cfg.HandleSIGINT && !signal.Ignored(os.Interrupt) { // python keeps an inherited SIG_IGN
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt)
		defer signal.Stop(ch)
		go func() {
			for range ch {
				interrupted.Store(true)
			}
		}()
	}
	SetStdio(cfg.Stdin, cfg.Stdout, cfg.Stderr)
	sandboxed, memLimit = cfg.Sandbox, cfg.MaxMemory
	defer func() { sandboxed, memLimit = false, 0 }()
	defer startMemWatch()()
	// Go code calling back into Python (__init__ from type.__call__, key
	// functions) recurses in Go: maxGoDepth such levels need more than the
	// default 1 GB stack bound
	debug.SetMaxStack(2 << 30)
	if os.Getenv("GOGC") == "" {
		// a Python program's heap is mostly short-lived small objects that
		// CPython frees by refcount; collecting less often is cheaper
		debug.SetGCPercent(400)
	}
	argv := make([]Value, len(cfg.Argv))
	for i, a := range cfg.Argv {
		argv[i] = NewStr(a)
	}
	sysModule.dict.SetS("argv", obj(newList(argv)))
	curThread = newThread()
	curThread.budget = budget
	setupPath(co.Filename) // import.go
	main := NewModule("__main__")
	// the order of CPython's __main__: module_init_dict, then add_main_module
	main.dict.SetS("__doc__", None)
	main.dict.SetS("__package__", None)
	main.dict.SetS("__loader__", None)
	main.dict.SetS("__spec__", None)
	main.dict.SetS("__annotations__", obj(NewDict()))
	main.dict.SetS("__builtins__", obj(builtinsModule))
	if co.Filename != "" && co.Filename[0] != '<' {
		main.dict.SetS("__file__", NewStr(co.Filename))
	}
	main.dict.SetS("__cached__", None)
	modules.SetS("__main__", obj(main))
	code := NewCode(co)
	_, err := curThread.runCode(code, main.dict, obj(main.dict), nil)
	status := 0
	if err != nil {
		status = handleUncaught(err)
	}
	warnUnawaited() // coro.go
	flushStd()
	return status
}

func handleUncaught(err *Exception) int {
	if err.typ.IsSubtype(SystemExit) {
		code := err.value
		if code.p == nil {
			if len(err.args.items) > 0 {
				code = err.args.items[0]
			} else {
				code = None
			}
		}
		if code.isNone() {
			return 0
		}
		if i, ok := smallInt(code); ok && isIntLike(code) {
			return int(i) & 0xff
		}
		if isIntLike(code) {
			return 255
		}
		flushStd()
		s, e := Str_(code)
		if e != nil {
			s = "<exception str() failed>"
		}
		sysStderr.write(s + "\n")
		return 1
	}
	if sysStdout != nil && sysStdout.w != nil {
		sysStdout.w.Flush()
	}
	sysStderr.write(FormatException(err))
	if err.typ.IsSubtype(KeyboardInterrupt) {
		return 130 // python dies by SIGINT after the traceback
	}
	return 1
}

// ExitCodeString is for messages.
func ExitCodeString(n int) string { return strconv.Itoa(n) }

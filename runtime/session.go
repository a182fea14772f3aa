package runtime

import (
	"fmt"

	"github.com/peglab/peglab/compiler/bytecode"
)

// Session is an interactive interpreter's state (peglab repl): one
// __main__ module and one thread across the inputs, each compiled in mode
// 'single' and run with Exec. Values of expression statements are echoed
// by the code itself (CALL_INTRINSIC_1 print, sys.displayhook's work,
// which also sets builtins._).
type Session struct {
	main *Module
	cfg  Config
}

// NewSession starts a session whose output goes to cfg's streams.
func NewSession(cfg Config) *Session {
	SetStdio(cfg.Stdin, cfg.Stdout, cfg.Stderr)
	sysModule.dict.SetS("argv", obj(newList([]Value{NewStr("")})))
	curThread = newThread()
	main := NewModule("__main__")
	main.dict.SetS("__builtins__", obj(builtinsModule))
	main.dict.SetS("__doc__", None)
	main.dict.SetS("__package__", None)
	main.dict.SetS("__spec__", None)
	main.dict.SetS("__loader__", None)
	main.dict.SetS("__cached__", None)
	modules.SetS("__main__", obj(main))
	return &Session{main: main, cfg: cfg}
}

// Exec runs one input. An uncaught exception's traceback is printed and
// the session goes on (exited false), except for SystemExit, which ends
// it with its status.
func (s *Session) Exec(co *bytecode.Code) (exited bool, status int) {
	defer func() {
		if r := recover(); r != nil {
			flushStd()
			fmt.Fprintf(s.cfg.Stderr, "Fatal Python error: peglab VM bug: %v\n", r)
			exited, status = false, 0
		}
	}()
	_, err := curThread.runCode(NewCode(co), s.main.dict, obj(s.main.dict), nil)
	if err == nil {
		flushStd()
		return false, 0
	}
	if err.typ.IsSubtype(SystemExit) {
		return true, handleUncaught(err)
	}
	handleUncaught(err)
	flushStd()
	return false, 0
}

// Flush writes out what the session's streams hold.
func (s *Session) Flush() { flushStd() }

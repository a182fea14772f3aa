package runtime

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// _imp, _warnings and marshal as far as importlib._bootstrap_external
// (and so importlib.machinery, inspect, dataclasses) needs them at import:
// peglab's import system is import.go, so _imp only answers questions.
// _warnings holds no filters (warnings.py then keeps its pure-Python
// machinery) and forwards warn to it.

const impSrc = `
import sys as _sys
check_hash_based_pycs = 'never'
def extension_suffixes():
    return ['.cpython-313-x86_64-linux-gnu.so', '.abi3.so', '.so']
def is_builtin(name):
    if name in ('sys', 'builtins'):
        return -1
    return 1 if name in _sys.builtin_module_names else 0
def create_builtin(spec):
    return __import__(spec.name)
def exec_builtin(mod):
    return 0
def is_frozen(name):
    return False
def is_frozen_package(name):
    raise ImportError(f'No such frozen object named {name!r}', name=name)
def find_frozen(name, *, withdata=False):
    return None
def get_frozen_object(name, data=None):
    raise ImportError(f'No such frozen object named {name!r}', name=name)
def init_frozen(name):
    return None
def _frozen_module_names():
    return ()
def acquire_lock():
    pass
def release_lock():
    pass
def lock_held():
    return False
def _fix_co_filename(code, path):
    pass
def create_dynamic(spec, file=None):
    raise ImportError(f'peglab cannot load extension module {spec.name!r}', name=spec.name)
def exec_dynamic(mod):
    return 0
def _override_frozen_modules_for_tests(override):
    pass
def _override_multi_interp_extensions_check(override):
    return -1
`

const warningsSrc = `
def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    import warnings
    warnings.warn(message, category, stacklevel + 1, source, skip_file_prefixes=skip_file_prefixes)
def warn_explicit(*args, **kwargs):
    import warnings
    return warnings.warn_explicit(*args, **kwargs)
`

const signalSrc = `
# handlers are recorded, not installed: peglab turns SIGINT into KeyboardInterrupt itself
ITIMER_PROF = 2
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
NSIG = 65
SIGABRT = 6
SIGALRM = 14
SIGBUS = 7
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGFPE = 8
SIGHUP = 1
SIGILL = 4
SIGINT = 2
SIGIO = 29
SIGIOT = 6
SIGKILL = 9
SIGPIPE = 13
SIGPOLL = 29
SIGPROF = 27
SIGPWR = 30
SIGQUIT = 3
SIGRTMAX = 64
SIGRTMIN = 34
SIGSEGV = 11
SIGSTKFLT = 16
SIGSTOP = 19
SIGSYS = 31
SIGTERM = 15
SIGTRAP = 5
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGUSR1 = 10
SIGUSR2 = 12
SIGVTALRM = 26
SIGWINCH = 28
SIGXCPU = 24
SIGXFSZ = 25
SIG_BLOCK = 0
SIG_DFL = 0
SIG_IGN = 1
SIG_SETMASK = 2
SIG_UNBLOCK = 1
class ItimerError(OSError):
    pass
def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt
_handlers = {SIGINT: default_int_handler, SIGPIPE: SIG_IGN}
def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
def signal(signalnum, handler, /):
    _check(signalnum)
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old
def getsignal(signalnum, /):
    _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)
def valid_signals():
    return set(range(1, 32)) | set(range(SIGRTMIN, NSIG))
def strsignal(signalnum, /):
    _check(signalnum)
    return None
def raise_signal(signalnum, /):
    _check(signalnum)
    h = _handlers.get(signalnum, SIG_DFL)
    if callable(h):
        h(signalnum, None)
def alarm(seconds, /):
    return 0
def pause():
    pass
def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1
def siginterrupt(signalnum, flag, /):
    _check(signalnum)
def setitimer(which, seconds, interval=0.0, /):
    return (0.0, 0.0)
def getitimer(which, /):
    return (0.0, 0.0)
def pthread_sigmask(how, mask, /):
    return set()
def pthread_kill(thread_id, signalnum, /):
    _check(signalnum)
def sigpending():
    return set()
`

func init() {
	pyModules["_signal"] = signalSrc
	pyModules["_imp"] = impSrc
	pyModules["_warnings"] = warningsSrc
}

// toMarshal converts a value to what bytecode.Marshal writes.
func toMarshal(v Value) (any, *Exception) {
	t := v.Type()
	switch {
	case v.isNone():
		return nil, nil
	case v.p == Ellipsis.p:
		return ast.Ellipsis, nil
	case t == BoolType:
		b, _ := Truth(v)
		return b, nil
	case isIntLike(v):
		if n, ok := smallInt(v); ok {
			return n, nil
		}
		return toBig(v), nil
	case t == FloatType:
		f, _, _ := toFloat(v)
		return f, nil
	case t == StrType:
		return v.str().s, nil
	case t == BytesType:
		return []byte(v.bytes().b), nil
	case t == TupleType:
		var out bytecode.Tuple
		for _, x := range v.tuple().items {
			m, err := toMarshal(x)
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
		return out, nil
	case t == CodeType:
		return (*Code)(v.p).co, nil
	}
	return nil, newErr(ValueError, "unmarshallable object")
}

func initMarshal() *Module {
	m := NewModule("marshal")
	m.dict.SetS("version", MakeInt(4))
	m.dict.SetS("dumps", goFunc("dumps", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 1 {
			return Null, newErr(TypeError, "dumps() takes at least 1 argument (0 given)")
		}
		x, err := toMarshal(a[0])
		if err != nil {
			return Null, err
		}
		b, e := bytecode.Marshal(x)
		if e != nil {
			return Null, newErr(ValueError, "%s", e.Error())
		}
		return obj(&Bytes{Header{BytesType}, b}), nil
	}))
	m.dict.SetS("loads", goFunc("loads", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 1 {
			return Null, newErr(TypeError, "loads() takes at least 1 argument (0 given)")
		}
		b, err := bufferBytes(a[0])
		if err != nil {
			return Null, err
		}
		x, e := bytecode.Unmarshal(b)
		if e != nil {
			return Null, newErr(EOFError, "%s", e.Error())
		}
		return constValue(x), nil
	}))
	return m
}

// initStdStreamCM makes sys.stdout and friends context managers (json.tool
// writes `with outfile:`); leaving one flushes it, and the stream stays
// usable for the exit's final flush.
func initStdStreamCM() {
	if _, ok := TextFileType.Dict.GetS("__enter__"); !ok {
		TextFileType.def("__enter__", func(a []Value, kw *Tuple) (Value, *Exception) { return a[0], nil })
	}
	if _, ok := TextFileType.Dict.GetS("__exit__"); !ok {
		TextFileType.def("__exit__", func(a []Value, kw *Tuple) (Value, *Exception) {
			if _, err := CallMethod(a[0], "flush"); err != nil {
				return Null, err
			}
			return False, nil
		})
	}
}

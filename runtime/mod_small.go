package runtime

import (
	"path/filepath"
	"syscall"
	"time"
)

// Small built-in modules. Those with no state a Go program must reach are
// written as Python source here (compiled on first import, shown as
// built-in); the rest are Go.

// pyModules are built-in modules written in Python, by name.
var pyModules = map[string]string{
	"_thread": `
# peglab runs one thread at a time, and a started thread runs to completion
# inside start_joinable_thread (so Thread.start() returns after the target
# has finished and join() finds it done). A thread gets its own ident while
# it runs, so threading's bookkeeping (_active, current_thread()) holds. A
# blocking acquire of a held lock could only be ended by another thread,
# which cannot run meanwhile: with a timeout it sleeps and fails, without
# one it raises RuntimeError instead of hanging.
error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 140245120218944
_idents = [_MAIN_IDENT]
_next = [_MAIN_IDENT + 0x1000000]
_running = [0]

def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be a non-negative number')

def _wait_forever(what):
    raise RuntimeError(f'deadlock: peglab runs one thread at a time, so no other thread can release this {what}')

def _wait_timeout(timeout):
    if timeout > 0:
        import time
        time.sleep(timeout)

class lock:
    __slots__ = ('_locked', '__weakref__')
    def __init__(self):
        self._locked = False
    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            _wait_forever('lock')
        _wait_timeout(timeout)
        return False
    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
    def locked(self):
        return self._locked
    def _at_fork_reinit(self):
        self._locked = False
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *a):
        self.release()
    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
    def __repr__(self):
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {id(self):#x}>"
LockType = lock

class RLock:
    __slots__ = ('_owner', '_count', '__weakref__')
    def __init__(self):
        self._owner = 0
        self._count = 0
    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = _idents[-1]
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        if timeout == -1:
            _wait_forever('lock')
        _wait_timeout(timeout)
        return False
    def release(self):
        if self._count == 0 or self._owner != _idents[-1]:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = 0
    def _is_owned(self):
        return self._count > 0 and self._owner == _idents[-1]
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state
    def _acquire_restore(self, state):
        self._count, self._owner = state
    def _recursion_count(self):
        return self._count if self._owner == _idents[-1] else 0
    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *a):
        self.release()
    def __repr__(self):
        return (f"<{'locked' if self._count else 'unlocked'} _thread.RLock object "
                f"owner={self._owner} count={self._count} at {id(self):#x}>")

def allocate_lock():
    return lock()
allocate = allocate_lock

def get_ident():
    return _idents[-1]
def get_native_id():
    return _idents[-1] & 0xfffff
def _get_main_thread_ident():
    return _MAIN_IDENT
def _is_main_interpreter():
    return True
def _count():
    return _running[0]
def daemon_threads_allowed():
    return True

class _ThreadHandle:
    __slots__ = ('ident', '_done', '_started')
    def __init__(self):
        self.ident = 0
        self._done = False
        self._started = False
    def is_done(self):
        return self._done
    def _set_done(self):
        self._done = True
    def join(self, timeout=None):
        if self.ident == _idents[-1] and not self._done:
            raise RuntimeError('Cannot join current thread')
    def __repr__(self):
        return f'<_thread._ThreadHandle object: ident={self.ident}>'

def _make_thread_handle(ident):
    h = _ThreadHandle()
    h.ident = ident
    h._started = True
    return h

def _run(function, args, kwargs, handle):
    ident = _next[0]
    _next[0] += 0x1000000
    if handle is not None:
        handle.ident = ident
    _idents.append(ident)
    _running[0] += 1
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as e:
        import sys
        try:
            sys.stderr.flush()
        except Exception:
            pass
        import traceback
        print(f'Exception ignored in thread started by: {function!r}', file=sys.stderr)
        traceback.print_exception(e, file=sys.stderr)
    finally:
        _running[0] -= 1
        _idents.pop()
        if handle is not None:
            handle._done = True
    return ident

def start_joinable_thread(function, handle=None, daemon=True):
    if not callable(function):
        raise TypeError('thread function must be callable')
    if handle is None:
        handle = _ThreadHandle()
    elif handle._started:
        raise RuntimeError('thread already started')
    handle._started = True
    _run(function, (), {}, handle)
    return handle

def start_new_thread(function, args, kwargs=None, /):
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    return _run(function, args, kwargs or {}, None)
start_new = start_new_thread

def exit():
    raise SystemExit
exit_thread = exit

def _shutdown():
    pass

def stack_size(size=0, /):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0

def interrupt_main(signum=2, /):
    raise KeyboardInterrupt

class _local:
    # one attribute dict per thread: the one of the thread running now
    __slots__ = ('_peglab_dicts', '_peglab_args', '__weakref__')
    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_peglab_args', (args, kw))
        object.__setattr__(self, '_peglab_dicts', {_idents[-1]: {}})
        return self
    def _peglab_dict(self):
        ds = object.__getattribute__(self, '_peglab_dicts')
        me = _idents[-1]
        d = ds.get(me)
        if d is None:
            d = ds[me] = {}
            args, kw = object.__getattribute__(self, '_peglab_args')
            type(self).__init__(self, *args, **kw)
        return d
    def __getattribute__(self, name):
        d = _local._peglab_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        _local._peglab_dict(self)[name] = value
    def __delattr__(self, name):
        d = _local._peglab_dict(self)
        if name not in d:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        del d[name]

class _ExceptHookArgs(tuple):
    n_fields = 4
    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f'_thread._ExceptHookArgs takes a 4-sequence ({len(args)}-sequence given)')
        return tuple.__new__(cls, args)
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])
    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))

def _excepthook(args, /):
    if type(args) is not _ExceptHookArgs:
        raise TypeError('_thread._excepthook argument type must be ExceptHookArgs')
    if args.exc_type is SystemExit:
        return
    import sys
    f = sys.stderr
    if f is None:
        if args.thread is None:
            return
        f = args.thread._stderr
        if f is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    if sys.stdout is not None:
        sys.stdout.flush()
    f.write(f'Exception in thread {name}:\n')
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=f)
    f.flush()
`,
	"_weakref": `
class ReferenceType:
    # peglab's objects are collected by Go's GC, which never says when:
    # a reference keeps its object alive and is never dead
    __slots__ = ('_obj', '__callback__')
    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback
    def __call__(self):
        return self._obj
    def __hash__(self):
        return hash(self._obj)
    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented
    def __repr__(self):
        o = self._obj
        return f'<weakref at {id(self):#x}; to {type(o).__name__!r} at {id(o):#x}>'
    def __class_getitem__(cls, item):
        return cls
ref = ReferenceType
class ProxyType:
    pass
class CallableProxyType:
    pass
def proxy(obj, callback=None):
    return obj
def getweakrefcount(obj):
    return 0
def getweakrefs(obj):
    return []
def _remove_dead_weakref(d, key):
    pass
`,
	"atexit": `
_handlers = []
def register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func
def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]
def _clear():
    _handlers.clear()
def _ncallbacks():
    return len(_handlers)
def _run_exitfuncs():
    while _handlers:
        f, a, k = _handlers.pop()
        f(*a, **k)
`,
	"gc": `
_enabled = True
garbage = []
callbacks = []
def enable():
    global _enabled
    _enabled = True
def disable():
    global _enabled
    _enabled = False
def isenabled():
    return _enabled
def collect(generation=2):
    return 0
def get_threshold():
    return (2000, 10, 0)
def set_threshold(*a):
    pass
def get_count():
    return (0, 0, 0)
def get_objects(generation=None):
    return []
def get_referrers(*objs):
    return []
def get_referents(*objs):
    return []
def is_tracked(obj):
    return False
def is_finalized(obj):
    return False
def freeze():
    pass
def unfreeze():
    pass
def get_freeze_count():
    return 0
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38
def set_debug(flags):
    pass
def get_debug():
    return 0
`,
	"_codecs": `
# the codec registry (Python/codecs.c) over str.encode and bytes.decode
_search = []
_cache = {}
_errors = {}

def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search.append(search_function)

def unregister(search_function):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()

def _normalize(encoding):
    return encoding.lower().replace(' ', '_')

def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    if not _search:
        import encodings
    for f in _search:
        r = f(key)
        if r is not None:
            if not isinstance(r, tuple) or len(r) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = r
            return r
    raise LookupError(f'unknown encoding: {encoding}')

def encode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).encode(obj, errors)[0]

def decode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).decode(obj, errors)[0]

def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)

def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _errors[name] = handler

def lookup_error(name):
    if name in _errors:
        return _errors[name]
    raise LookupError(f'unknown error handler name {name!r}')

def strict_errors(exc):
    raise exc

def _mk(encoding):
    def enc(s, errors=None):
        return s.encode(encoding, errors or 'strict'), len(s)
    def dec(b, errors=None, final=False):
        b = bytes(b)
        return b.decode(encoding, errors or 'strict'), len(b)
    return enc, dec

utf_8_encode, utf_8_decode = _mk('utf-8')
latin_1_encode, latin_1_decode = _mk('latin-1')
ascii_encode, ascii_decode = _mk('ascii')
utf_16_encode, utf_16_decode = _mk('utf-16')
utf_16_le_encode, utf_16_le_decode = _mk('utf-16-le')
utf_16_be_encode, utf_16_be_decode = _mk('utf-16-be')
utf_32_encode, utf_32_decode = _mk('utf-32')
utf_32_le_encode, utf_32_le_decode = _mk('utf-32-le')
utf_32_be_encode, utf_32_be_decode = _mk('utf-32-be')

def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table)}
`,
	"_collections": `
# deque and defaultdict (Modules/_collectionsmodule.c); deque keeps a list
class deque:
    __module__ = 'collections'

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = maxlen.__index__()
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._d = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        m = self._maxlen
        if m is not None and len(self._d) > m:
            del self._d[:len(self._d) - m]

    def _trim_right(self):
        m = self._maxlen
        if m is not None and len(self._d) > m:
            del self._d[m:]

    def append(self, x):
        self._d.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._d.insert(0, x)
        self._trim_right()

    def pop(self):
        if not self._d:
            raise IndexError('pop from an empty deque')
        return self._d.pop()

    def popleft(self):
        if not self._d:
            raise IndexError('pop from an empty deque')
        return self._d.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._d.clear()

    def copy(self):
        return type(self)(self._d, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._d.count(x)

    def index(self, x, *args):
        try:
            return self._d.index(x, *args)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._d) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._d.insert(i, x)

    def remove(self, x):
        try:
            self._d.remove(x)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def reverse(self):
        self._d.reverse()

    def rotate(self, n=1):
        d = self._d
        if d:
            n %= len(d)
            if n:
                d[:] = d[-n:] + d[:-n]

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return bool(self._d)

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __contains__(self, x):
        return x in self._d

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        try:
            return self._d[i]
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __setitem__(self, i, x):
        try:
            self._d[i] = x
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __delitem__(self, i):
        try:
            del self._d[i]
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d == other._d

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d < other._d

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d <= other._d

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d > other._d

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d >= other._d

    __hash__ = None

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        r = self.copy()
        r.extend(other)
        return r

    def __mul__(self, n):
        return type(self)(self._d * n, self._maxlen)

    def __imul__(self, n):
        self._d *= n
        self._trim_left()
        return self

    def __repr__(self):
        if self._maxlen is None:
            return f'{type(self).__name__}({self._d!r})'
        return f'{type(self).__name__}({self._d!r}, maxlen={self._maxlen})'

    def __reduce__(self):
        return type(self), (list(self._d), self._maxlen)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

_deque_iterator = type(iter([]))

class defaultdict(dict):
    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = self.copy()
        r.update(other)
        return r

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1
`,
	"_contextvars": `
# one thread, one context: a ContextVar's value lives in the current Context
_MISSING = object()

class Context:
    def __init__(self):
        self._data = {}
    def run(self, callable, *args, **kwargs):
        global _current
        prev, _current = _current, self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
    def copy(self):
        c = Context()
        c._data = dict(self._data)
        return c
    def __getitem__(self, var):
        return self._data[var]
    def __contains__(self, var):
        return var in self._data
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(self._data)
    def get(self, var, default=None):
        return self._data.get(var, default)
    def keys(self):
        return self._data.keys()
    def values(self):
        return self._data.values()
    def items(self):
        return self._data.items()

_current = Context()

def copy_context():
    return _current.copy()

class Token:
    MISSING = _MISSING
    def __init__(self, var, old):
        self.var = var
        self.old_value = old
        self._used = False
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.var.reset(self)

class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        self.name = name
        self._default = default
    def get(self, *args):
        d = _current._data
        if self in d:
            return d[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)
    def set(self, value):
        d = _current._data
        old = d.get(self, _MISSING)
        d[self] = value
        return Token(self, old)
    def reset(self, token):
        if token._used:
            raise RuntimeError('Token has already been used once')
        token._used = True
        if token.old_value is _MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token.old_value
    def __hash__(self):
        return id(self)
    def __repr__(self):
        return f'<ContextVar name={self.name!r} at {id(self):#x}>'
    def __class_getitem__(cls, item):
        return cls
`,
	"_string": `
def formatter_field_name_split(field_name):
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, field_name[i+1:j]))
            i = j
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            k = field_name[i+1:j]
            if k == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(k) if k.isdigit() else k))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, iter(rest)

def formatter_parser(s):
    out = []
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i+1] == '{':
                lit.append('{')
                i += 2
                continue
            j = i + 1
            depth = 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i+1:j]
            conv = None
            spec = ''
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for conversion specifier')
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            out.append((''.join(lit), name, spec, conv))
            lit = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i+1] == '}':
                lit.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return iter(out)
`,
}

func loadPyModule(name, src string) *Module {
	m := NewModule(name)
	c, err := compileSource([]byte(src), "<built-in "+name+">", "exec")
	if err == nil {
		m.dict.SetS("__builtins__", obj(builtinsModule))
		_, err = curThread.runCode(c, m.dict, obj(m.dict), nil)
	}
	if err != nil {
		m.dict.SetS("__peglab_error__", NewStr(err.Error()))
	}
	return m
}

func initMoreModules() {
	for name, src := range pyModules {
		RegisterModule(name, func() *Module { return loadPyModule(name, src) })
	}
	RegisterModule("time", initTime)
	initHashModules()
	RegisterModule("_ast", initASTModule)
	initCodeAttrs()
	initTypeDescrs()
	initStdStreamCM()
	RegisterModule("_opcode", initOpcodeModule)
	RegisterModule("marshal", initMarshal)
	RegisterModule("_tokenize", initTokenizeModule)
	RegisterModule("errno", initErrno)
	TracebackType.getattr = tracebackGetattr
	TracebackType.setattr = tracebackSetattr
	FrameType.getattr = frameGetattr
	initSysFrames()
	initIntrospection() // introspect.go
}

var startTime = time.Now()

func initTime() *Module {
	m := NewModule("time")
	d := m.dict
	f0 := func(name string, f func() Value) {
		d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 0 {
				return Null, newErr(TypeError, "time.%s() takes no arguments (%d given)", name, len(a))
			}
			return f(), nil
		}))
	}
	f0("time", func() Value { return MakeFloat(float64(time.Now().UnixNano()) / 1e9) })
	f0("time_ns", func() Value { return MakeInt(time.Now().UnixNano()) })
	mono := func() Value { return MakeFloat(time.Since(startTime).Seconds()) }
	monoNs := func() Value { return MakeInt(time.Since(startTime).Nanoseconds()) }
	f0("monotonic", mono)
	f0("perf_counter", mono)
	f0("process_time", mono)
	f0("thread_time", mono)
	f0("monotonic_ns", monoNs)
	f0("perf_counter_ns", monoNs)
	f0("process_time_ns", monoNs)
	d.SetS("sleep", goFunc("sleep", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 1 {
			return Null, newErr(TypeError, "time.sleep() takes exactly one argument (%d given)", len(a))
		}
		x, ok, err := toFloat(a[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, newErr(TypeError, "'%s' object cannot be interpreted as an integer or float", typeName(a[0]))
		}
		if x < 0 {
			return Null, newErr(ValueError, "sleep length must be non-negative")
		}
		flushStd()
		time.Sleep(time.Duration(x * 1e9))
		return None, nil
	}))
	_, off := time.Now().Zone()
	d.SetS("timezone", MakeInt(int64(-off)))
	d.SetS("altzone", MakeInt(int64(-off)))
	d.SetS("daylight", MakeInt(0))
	name, _ := time.Now().Zone()
	d.SetS("tzname", NewTuple(NewStr(name), NewStr(name)))
	addTimeCalendar(m) // mod_time.go
	return m
}

func initErrno() *Module {
	m := NewModule("errno")
	codes := NewDict()
	for name, n := range map[string]syscall.Errno{
		"EPERM": syscall.EPERM, "ENOENT": syscall.ENOENT, "ESRCH": syscall.ESRCH, "EINTR": syscall.EINTR,
		"EIO": syscall.EIO, "ENXIO": syscall.ENXIO, "E2BIG": syscall.E2BIG, "ENOEXEC": syscall.ENOEXEC,
		"EBADF": syscall.EBADF, "ECHILD": syscall.ECHILD, "EAGAIN": syscall.EAGAIN, "ENOMEM": syscall.ENOMEM,
		"EACCES": syscall.EACCES, "EFAULT": syscall.EFAULT, "EBUSY": syscall.EBUSY, "EEXIST": syscall.EEXIST,
		"EXDEV": syscall.EXDEV, "ENODEV": syscall.ENODEV, "ENOTDIR": syscall.ENOTDIR, "EISDIR": syscall.EISDIR,
		"EINVAL": syscall.EINVAL, "ENFILE": syscall.ENFILE, "EMFILE": syscall.EMFILE, "ENOTTY": syscall.ENOTTY,
		"EFBIG": syscall.EFBIG, "ENOSPC": syscall.ENOSPC, "ESPIPE": syscall.ESPIPE, "EROFS": syscall.EROFS,
		"EMLINK": syscall.EMLINK, "EPIPE": syscall.EPIPE, "EDOM": syscall.EDOM, "ERANGE": syscall.ERANGE,
		"EDEADLK": syscall.EDEADLK, "ENAMETOOLONG": syscall.ENAMETOOLONG, "ENOSYS": syscall.ENOSYS,
		"ENOTEMPTY": syscall.ENOTEMPTY, "ELOOP": syscall.ELOOP, "EWOULDBLOCK": syscall.EWOULDBLOCK,
		"ENOTSUP": syscall.ENOTSUP, "EOPNOTSUPP": syscall.EOPNOTSUPP, "ECONNREFUSED": syscall.ECONNREFUSED,
		"ECONNRESET": syscall.ECONNRESET, "ECONNABORTED": syscall.ECONNABORTED, "ETIMEDOUT": syscall.ETIMEDOUT,
		"EINPROGRESS": syscall.EINPROGRESS, "EALREADY": syscall.EALREADY, "ESHUTDOWN": syscall.ESHUTDOWN,
		"EADDRINUSE": syscall.EADDRINUSE, "ENOTCONN": syscall.ENOTCONN, "EHOSTUNREACH": syscall.EHOSTUNREACH,
		"ENOTSOCK": syscall.ENOTSOCK, "EILSEQ": syscall.EILSEQ, "ECANCELED": syscall.ECANCELED,
	} {
		m.dict.SetS(name, MakeInt(int64(n)))
		codes.Set(MakeInt(int64(n)), NewStr(name))
	}
	m.dict.SetS("errorcode", obj(codes))
	return m
}

// frameFacade is what tb_frame and sys._getframe give: a frame's code and
// line; the VM keeps no frame object alive after it returns.
type frameFacade struct {
	Header
	code    *Code
	line    int
	globals *Dict
	back    *frameFacade
	locals  Value  // f_locals, taken when the facade is made (introspect.go)
	frame   *Frame // the live frame, read again while it runs
}

// getFrame is sys._getframe(depth): facades of the live frames from the
// caller's depth outwards (made now: the VM reuses its frames).
func getFrame(depth int) (*frameFacade, *Exception) {
	f := curThread.frame
	for i := 0; i < depth && f != nil; i++ {
		f = f.back
	}
	if f == nil {
		return nil, newErr(ValueError, "call stack is not deep enough")
	}
	var first, prev *frameFacade
	for ; f != nil; f = f.back {
		ff := &frameFacade{Header{FrameType}, f.code, f.code.position(f.pc - 1).line, f.globals, nil, frameLocalsOf(f), f}
		if prev == nil {
			first = ff
		} else {
			prev.back = ff
		}
		prev = ff
	}
	return first, nil
}

func initSysFrames() {
	d := sysModule.dict
	d.SetS("_getframe", goFunc("_getframe", func(a []Value, kw *Tuple) (Value, *Exception) {
		n := 0
		if len(a) > 0 {
			k, err := IndexInt(a[0])
			if err != nil {
				return Null, err
			}
			n = k
		}
		f, err := getFrame(n)
		if err != nil {
			return Null, err
		}
		return obj(f), nil
	}))
	d.SetS("_getframemodulename", goFunc("_getframemodulename", func(a []Value, kw *Tuple) (Value, *Exception) {
		pos, kwv := splitKw(a, kw)
		if len(kwv) > 0 {
			pos = kwv
		}
		n := 0
		if len(pos) > 0 {
			k, err := IndexInt(pos[0])
			if err != nil {
				return Null, err
			}
			n = k
		}
		f, err := getFrame(n)
		if err != nil || f.globals == nil {
			return None, nil
		}
		if v, ok := f.globals.GetS("__name__"); ok {
			return v, nil
		}
		return None, nil
	}))
}

func tracebackGetattr(o Value, name *Str) (Value, *Exception) {
	t := (*Traceback)(o.p)
	switch name.s {
	case "tb_next":
		if t.next == nil {
			return None, nil
		}
		return obj(t.next), nil
	case "tb_lineno":
		return MakeInt(int64(t.code.position(t.pc).line)), nil
	case "tb_lasti":
		if t.pc >= 0 && t.pc < len(t.code.units) {
			return MakeInt(int64(t.code.units[t.pc]) * 2), nil
		}
		return MakeInt(int64(t.pc * 2)), nil
	case "tb_frame":
		return obj(&frameFacade{Header{FrameType}, t.code, t.code.position(t.pc).line, globalsOfFile(t.code.filename), nil, Null, nil}), nil
	}
	return genericGetattr(o, name)
}

// tracebackSetattr: tb_next is writable (unittest cuts its own frames).
func tracebackSetattr(o Value, name *Str, v Value) *Exception {
	if name.s != "tb_next" {
		return newErr(AttributeError, "'traceback' object attribute '%s' is read-only", name.s)
	}
	t := (*Traceback)(o.p)
	switch {
	case v.p == nil:
		return newErr(TypeError, "can't delete tb_next attribute")
	case v.isNone():
		t.next = nil
	case v.Type() == TracebackType:
		for n := (*Traceback)(v.p); n != nil; n = n.next {
			if n == t {
				return newErr(ValueError, "traceback loop detected")
			}
		}
		t.next = (*Traceback)(v.p)
	default:
		return newErr(TypeError, "expected traceback object or None, got '%s'", typeName(v))
	}
	return nil
}

// globalsOfFile finds the globals of the module loaded from file, for a
// traceback entry's frame (which keeps only its code).
func globalsOfFile(file string) *Dict {
	for _, e := range modules.entries {
		if e.val.p == nil || e.val.Type() != ModuleType {
			continue
		}
		d := e.val.mod().dict
		if f, ok := d.GetS("__file__"); ok && f.Type() == StrType && f.str().s == file {
			return d
		}
	}
	return nil
}

func frameGetattr(o Value, name *Str) (Value, *Exception) {
	f := (*frameFacade)(o.p)
	if name.s == "clear" {
		// the facade holds no locals to clear
		return goFunc("clear", func(a []Value, kw *Tuple) (Value, *Exception) { return None, nil }), nil
	}
	switch name.s {
	case "f_code":
		return obj(f.code), nil
	case "f_lineno":
		if f.frame != nil && frameLive(f.frame, f.code) {
			return MakeInt(int64(f.code.position(f.frame.pc - 1).line)), nil
		}
		return MakeInt(int64(f.line)), nil
	case "f_back":
		if f.back == nil {
			return None, nil
		}
		return obj(f.back), nil
	case "f_globals":
		if f.globals != nil {
			return obj(f.globals), nil
		}
		return obj(NewDict()), nil
	case "f_locals":
		if f.frame != nil && frameLive(f.frame, f.code) {
			return frameLocalsOf(f.frame), nil
		}
		if f.locals.p != nil {
			return f.locals, nil
		}
		return obj(NewDict()), nil
	case "f_builtins":
		return obj(builtinsDict), nil
	}
	return genericGetattr(o, name)
}

// sysExtrasSrc is the part of sys the standard library reads at import
// time that is plain data; it runs once, at the first run's start.
const sysExtrasSrc = `
class _Struct(tuple):
    _fields = ()
    def __new__(cls, values):
        return tuple.__new__(cls, values)
    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None
    def __repr__(self):
        return type(self)._name + '(' + ', '.join(f'{k}={v!r}' for k, v in zip(type(self)._fields, self)) + ')'

class flags(_Struct):
    _name = 'sys.flags'
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
               'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
               'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits', 'gil')

class float_info(_Struct):
    _name = 'sys.float_info'
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')

class hash_info(_Struct):
    _name = 'sys.hash_info'
    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')

class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'

def _setup(sys, names, stdnames):
    sys.flags = flags((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, 4300, 1))
    sys.float_info = float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
    sys.hash_info = hash_info((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
    sys.implementation = _Namespace(name='peglab', cache_tag=None, version=sys.version_info, hexversion=sys.hexversion, _multiarch='x86_64-linux-gnu')
    sys.builtin_module_names = tuple(sorted(names))
    sys.warnoptions = []
    sys._xoptions = {}
    sys.dont_write_bytecode = True
    sys.pycache_prefix = None
    sys.meta_path = []
    sys.path_hooks = []
    sys.path_importer_cache = {}
    sys.abiflags = ''
    sys.api_version = 1013
    sys.platlibdir = 'lib'
    sys.copyright = 'peglab'
    sys.float_repr_style = 'short'
    sys.getdefaultencoding = lambda: 'utf-8'
    sys.getfilesystemencoding = lambda: 'utf-8'
    sys.getfilesystemencodeerrors = lambda: 'surrogateescape'
    sys.is_finalizing = lambda: False
    sys.audit = lambda event, *args: None
    sys.addaudithook = lambda hook: None
    sys.getrefcount = lambda obj: 2
    sys.get_asyncgen_hooks = lambda: (None, None)
    sys.set_asyncgen_hooks = lambda *a, **k: None
    sys.getswitchinterval = lambda: 0.005
    sys.setswitchinterval = lambda n: None
    sys._is_gil_enabled = lambda: True
    sys.stdlib_module_names = frozenset(stdnames)
`

var sysExtrasDone bool

// setupSysExtras fills in sysExtrasSrc's attributes and the paths.
func setupSysExtras() {
	d := sysModule.dict
	if lib := StdlibDir(); lib != "" {
		prefix := filepath.Dir(filepath.Dir(lib))
		for _, k := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"} {
			d.SetS(k, NewStr(prefix))
		}
	}
	if sysExtrasDone {
		return
	}
	sysExtrasDone = true
	initMathExtras()
	names := []Value{NewStr("sys"), NewStr("builtins")}
	for n := range goModules {
		if n[0] != '_' || n == "_thread" || n == "_string" || n == "_codecs" || n == "_collections" || n == "_weakref" || n == "_sre" {
			names = append(names, NewStr(n))
		}
	}
	c, err := compileSource([]byte(sysExtrasSrc), "<peglab sys>", "exec")
	if err != nil {
		return
	}
	g := NewDict()
	g.SetS("__name__", NewStr("sys"))
	g.SetS("__builtins__", obj(builtinsModule))
	if _, err := curThread.runCode(c, g, obj(g), nil); err != nil {
		return
	}
	// sys.excepthook prints as an uncaught exception is printed (threading
	// reads it; the top level does not call a replaced hook yet)
	hook := goFunc("excepthook", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 3 {
			return Null, newErr(TypeError, "excepthook expected 3 arguments, got %d", len(a))
		}
		v := a[1]
		if v.p == nil || v.isNone() || !v.Type().isExc {
			flushStd()
			sysStderr.write("TypeError: print_exception(): Exception expected for value, " + typeName(v) + " found\n")
			return None, nil
		}
		flushStd()
		sysStderr.write(FormatException((*Exception)(v.p)))
		return None, nil
	})
	d.SetS("excepthook", hook)
	d.SetS("__excepthook__", hook)
	f, _ := g.GetS("_setup")
	var std []Value
	for n := range stdlibNames {
		std = append(std, NewStr(n))
	}
	Call(f, []Value{obj(sysModule), obj(newList(names)), obj(newList(std))}, nil)
}

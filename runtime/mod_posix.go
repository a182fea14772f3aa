package runtime

import (
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
	"syscall"
)

// posix, the part os and os.path need at import time and for paths and
// files by name: a Go helper module (_peglab_posix, whose functions return
// (True, value) or (False, errno)) under a Python-source posix module that
// raises CPython's OSError subclasses and builds stat_result.

func errnoOf(err error) int64 {
	var en syscall.Errno
	if errors.As(err, &en) {
		return int64(en)
	}
	return int64(syscall.EIO)
}

func pres(v Value, err error) (Value, *Exception) {
	if err != nil {
		return NewTuple(False, MakeInt(errnoOf(err))), nil
	}
	return NewTuple(True, v), nil
}

func statTuple(st *syscall.Stat_t) Value {
	ns := func(t syscall.Timespec) Value { return MakeInt(t.Sec*1e9 + t.Nsec) }
	return NewTuple(MakeInt(int64(st.Mode)), MakeInt(int64(st.Ino)), MakeInt(int64(st.Dev)), MakeInt(int64(st.Nlink)),
		MakeInt(int64(st.Uid)), MakeInt(int64(st.Gid)), MakeInt(st.Size), ns(st.Atim), ns(st.Mtim), ns(st.Ctim))
}

func posixStr(a []Value, i int) string {
	if i < len(a) && a[i].Type() == StrType {
		return a[i].str().s
	}
	return ""
}

func initPosixHelper() *Module {
	m := NewModule("_peglab_posix")
	d := m.dict
	def := func(name string, fn func(a []Value) (Value, *Exception)) {
		d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) { return fn(a) }))
	}
	def("stat", func(a []Value) (Value, *Exception) {
		var st syscall.Stat_t
		var err error
		if len(a) > 1 && a[1] == False {
			err = syscall.Lstat(posixStr(a, 0), &st)
		} else {
			err = syscall.Stat(posixStr(a, 0), &st)
		}
		if err != nil {
			return pres(Null, err)
		}
		return pres(statTuple(&st), nil)
	})
	def("getcwd", func(a []Value) (Value, *Exception) {
		s, err := os.Getwd()
		return pres(NewStr(s), err)
	})
	def("listdir", func(a []Value) (Value, *Exception) {
		f, err := os.Open(posixStr(a, 0))
		if err != nil {
			return pres(Null, err)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return pres(Null, err)
		}
		out := make([]Value, len(names))
		for i, n := range names {
			out[i] = NewStr(n)
		}
		return pres(obj(newList(out)), nil)
	})
	def("scandir", func(a []Value) (Value, *Exception) {
		ents, err := os.ReadDir(posixStr(a, 0))
		if err != nil {
			return pres(Null, err)
		}
		out := make([]Value, len(ents))
		for i, e := range ents {
			out[i] = NewTuple(NewStr(e.Name()), MakeBool(e.IsDir()), MakeBool(e.Type()&os.ModeSymlink != 0), MakeBool(e.Type().IsRegular()))
		}
		return pres(obj(newList(out)), nil)
	})
	simple := func(name string, f func(a []Value) error) {
		def(name, func(a []Value) (Value, *Exception) { return pres(None, f(a)) })
	}
	simple("mkdir", func(a []Value) error {
		mode := 0o777
		if len(a) > 1 {
			if n, ok := smallInt(a[1]); ok {
				mode = int(n)
			}
		}
		return syscall.Mkdir(posixStr(a, 0), uint32(mode))
	})
	simple("rmdir", func(a []Value) error { return syscall.Rmdir(posixStr(a, 0)) })
	simple("unlink", func(a []Value) error { return syscall.Unlink(posixStr(a, 0)) })
	simple("rename", func(a []Value) error { return syscall.Rename(posixStr(a, 0), posixStr(a, 1)) })
	simple("chdir", func(a []Value) error { return syscall.Chdir(posixStr(a, 0)) })
	def("access", func(a []Value) (Value, *Exception) {
		mode := uint32(0)
		if len(a) > 1 {
			if n, ok := smallInt(a[1]); ok {
				mode = uint32(n)
			}
		}
		return MakeBool(syscall.Access(posixStr(a, 0), mode) == nil), nil
	})
	def("readlink", func(a []Value) (Value, *Exception) {
		s, err := os.Readlink(posixStr(a, 0))
		return pres(NewStr(s), err)
	})
	def("environ", func(a []Value) (Value, *Exception) {
		env := NewDict()
		kv := os.Environ()
		sort.Strings(kv)
		for _, e := range kv {
			if i := strings.IndexByte(e, '='); i > 0 {
				env.Set(obj(&Bytes{Header{BytesType}, []byte(e[:i])}), obj(&Bytes{Header{BytesType}, []byte(e[i+1:])}))
			}
		}
		return obj(env), nil
	})
	def("putenv", func(a []Value) (Value, *Exception) {
		k, v := "", ""
		if len(a) == 2 && a[0].Type() == BytesType && a[1].Type() == BytesType {
			k, v = string((*Bytes)(a[0].p).b), string((*Bytes)(a[1].p).b)
		} else {
			k, v = posixStr(a, 0), posixStr(a, 1)
		}
		return pres(None, os.Setenv(k, v))
	})
	def("unsetenv", func(a []Value) (Value, *Exception) {
		k := posixStr(a, 0)
		if len(a) == 1 && a[0].Type() == BytesType {
			k = string((*Bytes)(a[0].p).b)
		}
		return pres(None, os.Unsetenv(k))
	})
	def("getpid", func(a []Value) (Value, *Exception) { return MakeInt(int64(os.Getpid())), nil })
	def("getppid", func(a []Value) (Value, *Exception) { return MakeInt(int64(os.Getppid())), nil })
	def("getuid", func(a []Value) (Value, *Exception) { return MakeInt(int64(os.Getuid())), nil })
	def("geteuid", func(a []Value) (Value, *Exception) { return MakeInt(int64(os.Geteuid())), nil })
	def("getgid", func(a []Value) (Value, *Exception) { return MakeInt(int64(os.Getgid())), nil })
	def("strerror", func(a []Value) (Value, *Exception) {
		n, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		s := syscall.Errno(n).Error()
		if s != "" {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		return NewStr(s), nil
	})
	def("urandom", func(a []Value) (Value, *Exception) {
		n, err := IndexInt(a[0])
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, newErr(ValueError, "negative argument not allowed")
		}
		if err := checkAlloc(int64(n)); err != nil {
			return Null, err
		}
		b := make([]byte, n)
		rand.Read(b)
		return obj(&Bytes{Header{BytesType}, b}), nil
	})
	def("_exit", func(a []Value) (Value, *Exception) {
		n, _ := IndexInt(a[0])
		flushStd()
		os.Exit(n)
		return None, nil
	})
	def("realpath", func(a []Value) (Value, *Exception) {
		s, err := filepath.EvalSymlinks(posixStr(a, 0))
		return pres(NewStr(s), err)
	})
	def("cpu_count", func(a []Value) (Value, *Exception) { return MakeInt(int64(max(1, numCPU()))), nil })
	def("isatty", func(a []Value) (Value, *Exception) { return False, nil })
	fdArg := func(a []Value, i int) int {
		if i < len(a) {
			if n, ok := smallInt(a[i]); ok {
				return int(n)
			}
		}
		return -1
	}
	def("open", func(a []Value) (Value, *Exception) {
		mode := 0o777
		if len(a) > 2 {
			mode = fdArg(a, 2)
		}
		fd, err := syscall.Open(posixStr(a, 0), fdArg(a, 1)|syscall.O_CLOEXEC, uint32(mode))
		return pres(MakeInt(int64(fd)), err)
	})
	def("close", func(a []Value) (Value, *Exception) { return pres(None, syscall.Close(fdArg(a, 0))) })
	def("read", func(a []Value) (Value, *Exception) {
		b := make([]byte, max(fdArg(a, 1), 0))
		n, err := syscall.Read(fdArg(a, 0), b)
		if err != nil {
			return pres(Null, err)
		}
		return pres(obj(&Bytes{Header{BytesType}, b[:n]}), nil)
	})
	def("write", func(a []Value) (Value, *Exception) {
		var b []byte
		if len(a) > 1 && a[1].Type() == BytesType {
			b = (*Bytes)(a[1].p).b
		}
		flushStd()
		n, err := syscall.Write(fdArg(a, 0), b)
		return pres(MakeInt(int64(n)), err)
	})
	def("fstat", func(a []Value) (Value, *Exception) {
		var st syscall.Stat_t
		if err := syscall.Fstat(fdArg(a, 0), &st); err != nil {
			return pres(Null, err)
		}
		return pres(statTuple(&st), nil)
	})
	def("lseek", func(a []Value) (Value, *Exception) {
		var off int64
		if len(a) > 1 {
			off, _ = smallInt(a[1])
		}
		r, err := syscall.Seek(fdArg(a, 0), off, fdArg(a, 2))
		return pres(MakeInt(r), err)
	})
	return m
}

const posixSrc = `
import _peglab_posix as _p

error = OSError
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0, 1, 2, 1024, 64, 128, 512
O_NONBLOCK, O_NOFOLLOW, O_CLOEXEC, O_DIRECTORY, O_NOCTTY, O_SYNC, O_DSYNC, O_ACCMODE = 2048, 131072, 524288, 65536, 256, 1052672, 4096, 3
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
EX_OK = 0
WNOHANG = 1
_have_functions = []

import builtins as _b
_errs = {n: getattr(_b, c, OSError) for n, c in ((1, 'PermissionError'), (2, 'FileNotFoundError'), (4, 'InterruptedError'),
         (10, 'ChildProcessError'), (11, 'BlockingIOError'), (13, 'PermissionError'), (17, 'FileExistsError'),
         (20, 'NotADirectoryError'), (21, 'IsADirectoryError'), (32, 'BrokenPipeError'), (104, 'ConnectionResetError'),
         (110, 'TimeoutError'), (111, 'ConnectionRefusedError'))}
del _b

def _raise(e, path=None, path2=None):
    cls = _errs.get(e, OSError)
    if path is None:
        raise cls(e, _p.strerror(e))
    if path2 is None:
        raise cls(e, _p.strerror(e), path)
    raise cls(e, _p.strerror(e), path, None, path2)

def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(f'expected {t.__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')

def _s(path):
    path = fspath(path)
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    return path

class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    def __new__(cls, t):
        mode, ino, dev, nlink, uid, gid, size, a, m, c = t
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size, a // 10**9, m // 10**9, c // 10**9))
        self._ns = (a, m, c)
        return self
    st_mode = property(lambda s: s[0])
    st_ino = property(lambda s: s[1])
    st_dev = property(lambda s: s[2])
    st_nlink = property(lambda s: s[3])
    st_uid = property(lambda s: s[4])
    st_gid = property(lambda s: s[5])
    st_size = property(lambda s: s[6])
    st_atime = property(lambda s: s._ns[0] / 1e9)
    st_mtime = property(lambda s: s._ns[1] / 1e9)
    st_ctime = property(lambda s: s._ns[2] / 1e9)
    st_atime_ns = property(lambda s: s._ns[0])
    st_mtime_ns = property(lambda s: s._ns[1])
    st_ctime_ns = property(lambda s: s._ns[2])
    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{n}={v}' for n, v in zip(names, self)) + ')'

def stat(path, *, dir_fd=None, follow_symlinks=True):
    p = _s(path)
    ok, v = _p.stat(p, follow_symlinks)
    if not ok:
        _raise(v, path)
    return stat_result(v)

def lstat(path, *, dir_fd=None):
    return stat(path, follow_symlinks=False)

def getcwd():
    ok, v = _p.getcwd()
    if not ok:
        _raise(v)
    return v

def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')

def listdir(path=None):
    if path is None:
        path = '.'
    b = isinstance(path, bytes)
    ok, v = _p.listdir(_s(path))
    if not ok:
        _raise(v, path)
    if b:
        return [n.encode('utf-8', 'surrogateescape') for n in v]
    return v

class DirEntry:
    def __init__(self, dir, name, isdir, islink, isfile):
        self.name = name
        self.path = name if dir == '.' else (dir + name if dir.endswith('/') else dir + '/' + name)
        self._isdir, self._islink, self._isfile = isdir, islink, isfile
    def is_dir(self, *, follow_symlinks=True):
        if self._islink and follow_symlinks:
            try:
                return stat(self.path).st_mode & 0o170000 == 0o040000
            except OSError:
                return False
        return self._isdir
    def is_file(self, *, follow_symlinks=True):
        if self._islink and follow_symlinks:
            try:
                return stat(self.path).st_mode & 0o170000 == 0o100000
            except OSError:
                return False
        return self._isfile
    def is_symlink(self):
        return self._islink
    def is_junction(self):
        return False
    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)
    def inode(self):
        return self.stat(follow_symlinks=False).st_ino
    def __fspath__(self):
        return self.path
    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.close()
    def close(self):
        self._it = iter(())

def scandir(path='.'):
    p = _s(path)
    ok, v = _p.scandir(p)
    if not ok:
        _raise(v, path)
    return _ScandirIterator([DirEntry(p, *e) for e in v])

def _simple(name):
    f = getattr(_p, name)
    def g(path, *args, **kw):
        ok, v = f(_s(path), *args)
        if not ok:
            _raise(v, path)
    g.__name__ = name
    return g

mkdir = _simple('mkdir')
rmdir = _simple('rmdir')
unlink = remove = _simple('unlink')
chdir = _simple('chdir')

def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    ok, v = _p.rename(_s(src), _s(dst))
    if not ok:
        _raise(v, src, dst)

replace = rename

def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _p.access(_s(path), mode)

def readlink(path, *, dir_fd=None):
    ok, v = _p.readlink(_s(path))
    if not ok:
        _raise(v, path)
    return v

environ = _p.environ()

def putenv(key, value):
    _p.putenv(key, value)

def unsetenv(key):
    _p.unsetenv(key)

getpid = _p.getpid
getppid = _p.getppid
getuid = _p.getuid
geteuid = _p.geteuid
getgid = _p.getgid
strerror = _p.strerror
urandom = _p.urandom
_exit = _p._exit
cpu_count = _p.cpu_count

def _fdcall(name):
    f = getattr(_p, name)
    def g(*args):
        ok, v = f(*args)
        if not ok:
            _raise(v)
        return v
    g.__name__ = name
    return g

def open(path, flags, mode=0o777, *, dir_fd=None):
    ok, v = _p.open(_s(path), flags, mode)
    if not ok:
        _raise(v, path)
    return v

close = _fdcall('close')
read = _fdcall('read')
write = _fdcall('write')
lseek = _fdcall('lseek')

def fstat(fd):
    ok, v = _p.fstat(fd)
    if not ok:
        _raise(v)
    return stat_result(v)

def isatty(fd):
    return False

def device_encoding(fd):
    return None

def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')

def uname():
    return ('Linux', 'localhost', '', '', 'x86_64')

def umask(mask):
    return 0o022

def fsencode(s):
    return s.encode('utf-8', 'surrogateescape')

class terminal_size(tuple):
    columns = property(lambda s: s[0])
    lines = property(lambda s: s[1])

class times_result(tuple):
    pass

class uname_result(tuple):
    pass
`

func initPosix() {
	RegisterModule("_peglab_posix", initPosixHelper)
	pyModules["posix"] = posixSrc
}

func numCPU() int { return goruntime.NumCPU() }

var goPid = os.Getpid()

// initOSErrorAttrs gives OSError and its subclasses errno, strerror,
// filename and filename2 from their arguments, and CPython's str:
// "[Errno 2] No such file or directory: 'x'".
func initOSErrorAttrs() {
	args := func(v Value) []Value { return v.exc().args.items }
	for _, t := range allTypes {
		if !t.IsSubtype(OSError) {
			continue
		}
		baseStr, baseGet := t.str, t.getattr
		t.str = func(v Value) (Value, *Exception) {
			a := args(v)
			if len(a) >= 2 && len(a) <= 5 {
				s1, _ := Str_(a[0])
				s2, _ := Str_(a[1])
				if len(a) >= 3 && !a[2].isNone() {
					r3, _ := ReprS(a[2])
					if len(a) >= 5 && !a[4].isNone() {
						r5, _ := ReprS(a[4])
						return NewStr("[Errno " + s1 + "] " + s2 + ": " + r3 + " -> " + r5), nil
					}
					return NewStr("[Errno " + s1 + "] " + s2 + ": " + r3), nil
				}
				return NewStr("[Errno " + s1 + "] " + s2), nil
			}
			return baseStr(v)
		}
		t.getattr = func(o Value, name *Str) (Value, *Exception) {
			idx := -1
			switch name.s {
			case "errno":
				idx = 0
			case "strerror":
				idx = 1
			case "filename":
				idx = 2
			case "filename2":
				idx = 4
			}
			if idx >= 0 {
				if d := o.exc().dict; d != nil {
					if v, ok := d.getStr(name); ok {
						return v, nil
					}
				}
				a := args(o)
				if len(a) >= 2 && len(a) <= 5 && idx < len(a) {
					return a[idx], nil
				}
				return None, nil
			}
			return baseGet(o, name)
		}
	}
}

package runtime

// _io as Python source: the base classes io.py derives from, StringIO and
// BytesIO in memory, and open() of files by name (read whole on open,
// written on close) over _peglab_posix. Streams of file descriptors, line
// buffering and the incremental codecs are not built yet.
const ioSrc = `
import _peglab_posix as _p
import builtins as _b

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = getattr(_b, 'BlockingIOError', OSError)

class UnsupportedOperation(OSError, ValueError):
    pass

class _IOBase:
    _closed = False
    def __enter__(self):
        self._checkClosed()
        return self
    def __exit__(self, *args):
        self.close()
    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True
    @property
    def closed(self):
        return self._closed
    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)
    def flush(self):
        self._checkClosed()
    def readable(self):
        return False
    def writable(self):
        return False
    def seekable(self):
        return False
    def isatty(self):
        self._checkClosed()
        return False
    def fileno(self):
        raise UnsupportedOperation('fileno')
    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')
    def tell(self):
        return self.seek(0, 1)
    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')
    def __iter__(self):
        self._checkClosed()
        return self
    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
    def readlines(self, hint=-1):
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines
    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

class _RawIOBase(_IOBase):
    pass

class _BufferedIOBase(_IOBase):
    pass

class _TextIOBase(_IOBase):
    encoding = None
    errors = None
    newlines = None

class _Memory:
    def _init(self, empty, initial):
        self._buf = initial if initial is not None else empty
        self._pos = 0
    def readable(self):
        self._checkClosed()
        return True
    def writable(self):
        self._checkClosed()
        return True
    def seekable(self):
        self._checkClosed()
        return True
    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            size = len(self._buf)
        r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r
    def readline(self, size=-1):
        self._checkClosed()
        nl = self._nl
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r
    def write(self, s):
        self._checkClosed()
        self._check(s)
        b = self._buf
        if self._pos > len(b):
            b = b + self._pad * (self._pos - len(b))
        self._buf = b[:self._pos] + s + b[self._pos + len(s):]
        self._pos += len(s)
        return len(s)
    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos
    def tell(self):
        self._checkClosed()
        return self._pos
    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        self._buf = self._buf[:pos]
        return pos

class StringIO(_Memory, _TextIOBase):
    _nl = '\n'
    _pad = '\0'
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._init('', initial_value or '')
    def _check(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
    def getvalue(self):
        self._checkClosed()
        return self._buf

class BytesIO(_Memory, _BufferedIOBase):
    _nl = b'\n'
    _pad = b'\0'
    def __init__(self, initial_bytes=b''):
        self._init(b'', bytes(initial_bytes) if initial_bytes is not None else b'')
    def _check(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    def write(self, s):
        return _Memory.write(self, bytes(s))
    def getvalue(self):
        self._checkClosed()
        return self._buf
    def read1(self, size=-1):
        return self.read(size)

class FileIO(_RawIOBase):
    def __init__(self, file, mode='r', closefd=True, opener=None):
        raise UnsupportedOperation('peglab has no FileIO yet')

class BufferedReader(_BufferedIOBase):
    pass

class BufferedWriter(_BufferedIOBase):
    pass

class BufferedRWPair(_BufferedIOBase):
    pass

class BufferedRandom(_BufferedIOBase):
    pass

class TextIOWrapper(_Memory, _TextIOBase):
    # a text layer over a binary buffer: reading decodes the whole buffer
    # on first use; writing encodes through to it
    _nl = '\n'
    _pad = '\0'
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        self.buffer = buffer
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self.line_buffering = line_buffering
        self._newline = newline
        self._buf = None
        self._pos = 0
    def _fill(self):
        if self._buf is None:
            data = self.buffer.read() if hasattr(self.buffer, 'read') else b''
            text = bytes(data).decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._buf = text
    def read(self, size=-1):
        self._fill()
        return _Memory.read(self, size)
    def readline(self, size=-1):
        self._fill()
        return _Memory.readline(self, size)
    def __iter__(self):
        return self
    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
    def readlines(self, hint=-1):
        return list(self)
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)
    def flush(self):
        if hasattr(self.buffer, 'flush'):
            self.buffer.flush()
    def close(self):
        if hasattr(self.buffer, 'close'):
            self.buffer.close()
        self._closed = True
    @property
    def closed(self):
        return getattr(self.buffer, 'closed', False)
    @property
    def name(self):
        return self.buffer.name
    def fileno(self):
        return self.buffer.fileno()
    def _checkClosed(self):
        pass
    def detach(self):
        b, self.buffer = self.buffer, None
        return b

class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder, self.translate = decoder, translate
    def decode(self, input, final=False):
        s = self.decoder.decode(input, final) if self.decoder else input
        return s.replace('\r\n', '\n').replace('\r', '\n') if self.translate else s
    def reset(self):
        pass

def text_encoding(encoding, stacklevel=2):
    return 'utf-8' if encoding is None else encoding

class _FileText(StringIO):
    pass

class _FileBytes(BytesIO):
    pass

def _mkfile(base, name, mode, data, writing, encoding, errors):
    f = base.__new__(base)
    f._init(data[:0], data)
    f.name = name
    f.mode = mode
    f._writing = writing
    f._encoding = encoding
    f._errors = errors
    if 'a' in mode:
        f._pos = len(data)
    return f

def _flush(f):
    if getattr(f, '_writing', False) and not f._closed:
        data = f._buf
        if isinstance(data, str):
            data = data.encode(f._encoding, f._errors)
        import posix
        fd = posix.open(f.name, 1 | 64 | 512, 0o666)
        try:
            posix.write(fd, data)
        finally:
            posix.close(fd)

_FileText.flush = _FileBytes.flush = _flush
_FileText.readable = _FileBytes.readable = lambda self: 'r' in self.mode or '+' in self.mode
_FileText.writable = _FileBytes.writable = lambda self: self._writing
_FileText.encoding = property(lambda self: self._encoding)

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    import posix
    if isinstance(file, int):
        raise UnsupportedOperation('peglab cannot open file descriptors yet')
    name = posix.fspath(file)
    binary = 'b' in mode
    enc = None if binary else (encoding or 'utf-8')
    errs = errors or 'strict'
    writing = any(c in mode for c in 'wax+')
    data = b''
    if 'r' in mode or 'a' in mode or ('+' in mode and 'w' not in mode):
        try:
            fd = posix.open(name, 0)
        except FileNotFoundError:
            if 'a' not in mode:
                raise
            fd = None
        if fd is not None:
            try:
                st = posix.fstat(fd)
                if st.st_mode & 0o170000 == 0o040000:
                    raise IsADirectoryError(21, 'Is a directory', name)
                data = b''
                while True:
                    c = posix.read(fd, 1 << 20)
                    if not c:
                        break
                    data += c
            finally:
                posix.close(fd)
    elif 'x' in mode:
        if posix.access(name, 0):
            raise FileExistsError(17, 'File exists', name)
    if 'w' in mode or 'x' in mode:
        fd = posix.open(name, 1 | 64 | 512, 0o666)
        posix.close(fd)
    if binary:
        return _mkfile(_FileBytes, name, mode, data, writing, None, errs)
    text = data.decode(enc, errs)
    if newline is None:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return _mkfile(_FileText, name, mode, text, writing, enc, errs)

def open_code(path):
    return open(path, 'rb')
`

func initIO() {
	pyModules["_io"] = ioSrc
	initOpenBuiltin()
}

// initOpenBuiltin makes builtins.open _io.open, importing _io on first use.
func initOpenBuiltin() {
	if _, ok := builtinsDict.GetS("open"); ok {
		return
	}
	defBuiltin("open", func(a []Value, kw *Tuple) (Value, *Exception) {
		m, err := findAndLoad("_io")
		if err != nil {
			return Null, err
		}
		f, err := GetAttr(m, intern("open"))
		if err != nil {
			return Null, err
		}
		return Call(f, a, kw)
	})
}

package runtime

import (
	"fmt"

	"github.com/peglab/peglab/pegen/peg"
)

// Exception is an instance of BaseException or a subclass (a class
// statement's subclass too: alloc of every exception type makes one).
// Go code returns a *Exception to raise it; nil means no error.
type Exception struct {
	Header
	dict            *Dict
	args            *Tuple
	cause           Value // Null: None
	context         Value
	suppressContext bool
	tb              *Traceback
	notes           Value
	// attributes of particular classes
	value Value // StopIteration.value, SystemExit.code, name/obj of NameError/AttributeError
	obj   Value
	name  Value
	// NameError: the names of the frame it was raised in, for "Did you mean"
	suggest []string
	synErr  *peg.Error // a SyntaxError from peglab's front end
	selfHas bool
	// BaseExceptionGroup: message and exceptions (excgroup.go)
	egMsg  Value
	egExcs *Tuple
}

// Traceback is one traceback entry: a frame's code and instruction.
type Traceback struct {
	Header
	next *Traceback
	code *Code
	pc   int // quickened instruction index
}

func (e *Exception) Error() string {
	s, _ := excStr(obj(e))
	return e.typ.Name + ": " + s
}

// Value returns e as a Value.
func (e *Exception) Value() Value { return obj(e) }

func newExcObj(t *Type, args *Tuple) *Exception {
	return &Exception{Header: Header{t}, args: args}
}

// newErr makes an exception of type t with a formatted message.
func newErr(t *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return newExcObj(t, newTuple([]Value{NewStr(msg)}))
}

func newExcArgs(t *Type, args ...Value) *Exception {
	return newExcObj(t, newTuple(args))
}

var (
	BaseExceptionType, ExceptionType, TypeError, ValueError, NameError, UnboundLocalError,
	AttributeError, KeyError, IndexError, LookupError, ZeroDivisionError, ArithmeticError,
	OverflowError, RuntimeError, RecursionError, NotImplementedError, StopIteration,
	StopAsyncIteration, SystemExit, KeyboardInterrupt, GeneratorExit, AssertionError,
	ImportError, ModuleNotFoundError, OSError, FileNotFoundError, EOFError, UnicodeError,
	UnicodeDecodeError, UnicodeEncodeError, SyntaxError, IndentationError, SystemError,
	MemoryError, BufferError, FloatingPointError, ReferenceError, Warning, UserWarning,
	DeprecationWarning, RuntimeWarning, BaseExceptionGroup, ExceptionGroup, PermissionError,
	FileExistsError, IsADirectoryError, NotADirectoryError, TabError *Type
)

func newExcType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.isExc = true
	t.instDict = true
	builtinsDict.SetS(name, obj(t))
	return t
}

func initExceptions() {
	BaseExceptionType = newExcType("BaseException", ObjectType)
	b := BaseExceptionType
	b.alloc = func(t *Type) Value { return obj(&Exception{Header: Header{t}, args: emptyTuple}) }
	b.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		v := t.alloc(t)
		n := len(args)
		if kw != nil {
			n -= len(kw.items)
		}
		v.exc().args = newTuple(append([]Value(nil), args[:n]...))
		return v, nil
	}
	b.init = func(self Value, args []Value, kw *Tuple) *Exception {
		if kw != nil && len(kw.items) > 0 {
			return newErr(TypeError, "%s() takes no keyword arguments", typeName(self))
		}
		self.exc().args = newTuple(append([]Value(nil), args...))
		return nil
	}
	b.repr = excRepr
	b.str = excStrSlot
	b.getattr = excGetattr
	b.setattr = excSetattr
	b.def("with_traceback", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "with_traceback() takes exactly one argument (%d given)", len(a)-1)
		}
		e := a[0].exc()
		if a[1].isNone() {
			e.tb = nil
		} else if a[1].Type() == TracebackType {
			e.tb = (*Traceback)(a[1].p)
		}
		return a[0], nil
	})
	b.def("add_note", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "BaseException.add_note() takes exactly one argument (%d given)", len(a)-1)
		}
		if a[1].Type() != StrType {
			return Null, newErr(TypeError, "note must be a str, not '%s'", typeName(a[1]))
		}
		e := a[0].exc()
		if e.notes.p == nil {
			e.notes = obj(newList(nil))
		}
		if e.notes.Type() == ListType {
			e.notes.list().append(a[1])
		}
		return None, nil
	})
	BaseExceptionGroup = newExcType("BaseExceptionGroup", b)
	GeneratorExit = newExcType("GeneratorExit", b)
	KeyboardInterrupt = newExcType("KeyboardInterrupt", b)
	SystemExit = newExcType("SystemExit", b)
	ExceptionType = newExcType("Exception", b)
	e := ExceptionType
	ArithmeticError = newExcType("ArithmeticError", e)
	FloatingPointError = newExcType("FloatingPointError", ArithmeticError)
	OverflowError = newExcType("OverflowError", ArithmeticError)
	ZeroDivisionError = newExcType("ZeroDivisionError", ArithmeticError)
	AssertionError = newExcType("AssertionError", e)
	AttributeError = newExcType("AttributeError", e)
	BufferError = newExcType("BufferError", e)
	EOFError = newExcType("EOFError", e)
	ExceptionGroup = newExcType("ExceptionGroup", BaseExceptionGroup)
	ExceptionGroup.Bases = []*Type{BaseExceptionGroup, e}
	ExceptionGroup.MRO = []*Type{ExceptionGroup, BaseExceptionGroup, e, b, ObjectType}
	ImportError = newExcType("ImportError", e)
	ModuleNotFoundError = newExcType("ModuleNotFoundError", ImportError)
	LookupError = newExcType("LookupError", e)
	IndexError = newExcType("IndexError", LookupError)
	KeyError = newExcType("KeyError", LookupError)
	KeyError.str = func(v Value) (Value, *Exception) {
		x := v.exc()
		if len(x.args.items) == 1 {
			return Repr(x.args.items[0])
		}
		return excStrSlot(v)
	}
	MemoryError = newExcType("MemoryError", e)
	NameError = newExcType("NameError", e)
	UnboundLocalError = newExcType("UnboundLocalError", NameError)
	OSError = newExcType("OSError", e)
	builtinsDict.SetS("IOError", obj(OSError))
	builtinsDict.SetS("EnvironmentError", obj(OSError))
	FileNotFoundError = newExcType("FileNotFoundError", OSError)
	FileExistsError = newExcType("FileExistsError", OSError)
	PermissionError = newExcType("PermissionError", OSError)
	IsADirectoryError = newExcType("IsADirectoryError", OSError)
	NotADirectoryError = newExcType("NotADirectoryError", OSError)
	for _, n := range []string{"BlockingIOError", "ChildProcessError", "ConnectionError", "InterruptedError", "ProcessLookupError", "TimeoutError"} {
		newExcType(n, OSError)
	}
	ReferenceError = newExcType("ReferenceError", e)
	RuntimeError = newExcType("RuntimeError", e)
	NotImplementedError = newExcType("NotImplementedError", RuntimeError)
	newExcType("PythonFinalizationError", RuntimeError)
	RecursionError = newExcType("RecursionError", RuntimeError)
	StopAsyncIteration = newExcType("StopAsyncIteration", e)
	StopIteration = newExcType("StopIteration", e)
	StopIteration.init = func(self Value, args []Value, kw *Tuple) *Exception {
		x := self.exc()
		x.args = newTuple(append([]Value(nil), args...))
		x.value = None
		if len(args) > 0 {
			x.value = args[0]
		}
		return nil
	}
	SyntaxError = newExcType("SyntaxError", e)
	IndentationError = newExcType("IndentationError", SyntaxError)
	TabError = newExcType("TabError", IndentationError)
	SystemError = newExcType("SystemError", e)
	TypeErrorT := newExcType("TypeError", e)
	TypeError = TypeErrorT
	ValueError = newExcType("ValueError", e)
	UnicodeError = newExcType("UnicodeError", ValueError)
	UnicodeDecodeError = newExcType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError = newExcType("UnicodeEncodeError", UnicodeError)
	newExcType("UnicodeTranslateError", UnicodeError)
	Warning = newExcType("Warning", e)
	for _, n := range []string{"BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning", "UnicodeWarning"} {
		newExcType(n, Warning)
	}
	UserWarning = newExcType("UserWarning", Warning)
	DeprecationWarning = newExcType("DeprecationWarning", Warning)
	RuntimeWarning = newExcType("RuntimeWarning", Warning)
	initExceptionGroups()
	SystemExit.init = func(self Value, args []Value, kw *Tuple) *Exception {
		x := self.exc()
		x.args = newTuple(append([]Value(nil), args...))
		switch len(args) {
		case 0:
			x.value = None
		case 1:
			x.value = args[0]
		default:
			x.value = obj(x.args)
		}
		return nil
	}
}

func excStr(v Value) (string, *Exception) {
	s, err := Str_(v)
	if err != nil {
		return "", err
	}
	return s, nil
}

func excStrSlot(v Value) (Value, *Exception) {
	x := v.exc()
	if x.synErr != nil {
		return NewStr(x.synErr.Error()), nil
	}
	switch len(x.args.items) {
	case 0:
		return obj(emptyStr), nil
	case 1:
		return StrOf(x.args.items[0])
	}
	return StrOf(obj(x.args))
}

func excRepr(v Value) (Value, *Exception) {
	x := v.exc()
	name := x.typ.Name
	if len(x.args.items) == 1 {
		r, err := Repr(x.args.items[0])
		if err != nil {
			return Null, err
		}
		return NewStr(name + "(" + r.str().s + ")"), nil
	}
	r, err := Repr(obj(x.args))
	if err != nil {
		return Null, err
	}
	s := r.str().s
	if len(x.args.items) == 0 {
		return NewStr(name + "()"), nil
	}
	return NewStr(name + s), nil
}

func optNone(v Value) Value {
	if v.p == nil {
		return None
	}
	return v
}

func excGetattr(o Value, name *Str) (Value, *Exception) {
	x := o.exc()
	switch name.s {
	case "args":
		return obj(x.args), nil
	case "__cause__":
		return optNone(x.cause), nil
	case "__context__":
		return optNone(x.context), nil
	case "__suppress_context__":
		return MakeBool(x.suppressContext), nil
	case "__traceback__":
		if x.tb == nil {
			return None, nil
		}
		return obj(x.tb), nil
	case "__notes__":
		if x.notes.p != nil {
			return x.notes, nil
		}
	case "value":
		if x.typ.IsSubtype(StopIteration) {
			return optNone(x.value), nil
		}
	case "message":
		if x.egExcs != nil {
			return x.egMsg, nil
		}
	case "exceptions":
		if x.egExcs != nil {
			return obj(x.egExcs), nil
		}
	case "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line":
		if e := x.synErr; e != nil {
			switch name.s {
			case "msg":
				return NewStr(e.Msg), nil
			case "filename":
				return NewStr(e.Filename), nil
			case "lineno":
				return MakeInt(int64(e.Line)), nil
			case "offset":
				return MakeInt(int64(e.Offset)), nil
			case "text":
				return NewStr(e.Text), nil
			case "end_lineno":
				return MakeInt(int64(e.EndLine)), nil
			case "end_offset":
				return MakeInt(int64(e.EndOffset)), nil
			}
			return None, nil
		}
	case "code":
		if x.typ.IsSubtype(SystemExit) {
			return optNone(x.value), nil
		}
	case "name":
		if x.typ.IsSubtype(NameError) || x.typ.IsSubtype(AttributeError) || x.typ.IsSubtype(ImportError) {
			if x.dict != nil {
				if v, ok := x.dict.GetS("name"); ok {
					return v, nil
				}
			}
			return optNone(x.name), nil
		}
	case "obj":
		if x.typ.IsSubtype(AttributeError) {
			return optNone(x.obj), nil
		}
	}
	return genericGetattr(o, name)
}

func excSetattr(o Value, name *Str, v Value) *Exception {
	x := o.exc()
	switch name.s {
	case "args":
		t, err := toTuple(v)
		if err != nil {
			return err
		}
		x.args = t
		return nil
	case "__cause__":
		if v.isNone() {
			x.cause = Null
		} else if !v.Type().IsSubtype(BaseExceptionType) {
			return newErr(TypeError, "exception cause must be None or derive from BaseException")
		} else {
			x.cause = v
		}
		x.suppressContext = true
		return nil
	case "__context__":
		if v.isNone() {
			x.context = Null
		} else {
			x.context = v
		}
		return nil
	case "__suppress_context__":
		b, err := Truth(v)
		x.suppressContext = b
		return err
	case "__traceback__":
		if v.isNone() {
			x.tb = nil
		} else if v.Type() == TracebackType {
			x.tb = (*Traceback)(v.p)
		} else {
			return newErr(TypeError, "__traceback__ must be a traceback or None")
		}
		return nil
	case "value":
		if x.typ.IsSubtype(StopIteration) {
			x.value = v
			return nil
		}
	case "code":
		if x.typ.IsSubtype(SystemExit) {
			x.value = v
			return nil
		}
	}
	return genericSetattr(o, name, v)
}

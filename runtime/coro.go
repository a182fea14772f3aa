package runtime

import (
	"fmt"
	"sort"

	bc "github.com/peglab/peglab/compiler/bytecode"
)

// Coroutines and async generators (genobject.c) are Generators of another
// kind: the same frame machine, resumed by send. await is GET_AWAITABLE +
// SEND/YIELD_VALUE; an async generator's own yields are wrapped
// (ASYNC_GEN_WRAP) so that its asend/athrow awaitables can tell a value
// for `async for` from a value the awaited code yields to the event loop.

var (
	CoroutineType, AsyncGenType, coroWrapperType, asyncGenASendType, asyncGenAThrowType, asyncGenWrappedType *Type
	// unawaited holds the coroutines never started, for the
	// "coroutine ... was never awaited" RuntimeWarning at exit
	unawaited = map[*Generator]struct{}{}
)

type coroWrapper struct {
	Header
	g *Generator
}

type asyncGenWrapped struct {
	Header
	v Value
}

// agAwaitable is asend(v) (throw nil), athrow(e) or aclose() (close).
type agAwaitable struct {
	Header
	g     *Generator
	val   Value
	exc   *Exception
	close bool
	state uint8 // 0 not started, 1 running, 2 done
}

func initCoroutines() {
	c := newBuiltinType("coroutine", ObjectType)
	CoroutineType = c
	c.final = true
	c.repr = func(v Value) (Value, *Exception) {
		return NewStr(fmt.Sprintf("<coroutine object %s at %#x>", v.gen().qualname.s, uintptr(v.p))), nil
	}
	genMethods(c)
	c.def("__await__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&coroWrapper{Header{coroWrapperType}, a[0].gen()}), nil
	})
	c.getattr = func(o Value, name *Str) (Value, *Exception) {
		if v, ok := genAttr(o.gen(), name.s, "cr_"); ok {
			return v, nil
		}
		if name.s == "cr_origin" {
			return None, nil
		}
		return genericGetattr(o, name)
	}

	w := newBuiltinType("coroutine_wrapper", ObjectType)
	coroWrapperType = w
	w.final = true
	w.iter = selfIter
	w.next = func(v Value) (Value, bool, *Exception) {
		r, done, err := (*coroWrapper)(v.p).g.send(None)
		if err != nil {
			return Null, false, err
		}
		if done {
			return Null, false, stopIteration(r)
		}
		return r, true, nil
	}
	w.def("send", func(a []Value, kw *Tuple) (Value, *Exception) {
		return callGenMethod(CoroutineType, "send", (*coroWrapper)(a[0].p).g, a[1:])
	})
	w.def("throw", func(a []Value, kw *Tuple) (Value, *Exception) {
		return callGenMethod(CoroutineType, "throw", (*coroWrapper)(a[0].p).g, a[1:])
	})
	w.def("close", func(a []Value, kw *Tuple) (Value, *Exception) {
		return (*coroWrapper)(a[0].p).g.close()
	})

	ag := newBuiltinType("async_generator", ObjectType)
	AsyncGenType = ag
	ag.final = true
	ag.repr = func(v Value) (Value, *Exception) {
		return NewStr(fmt.Sprintf("<async_generator object %s at %#x>", v.gen().qualname.s, uintptr(v.p))), nil
	}
	ag.def("__aiter__", func(a []Value, kw *Tuple) (Value, *Exception) { return a[0], nil })
	ag.def("__anext__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&agAwaitable{Header: Header{asyncGenASendType}, g: a[0].gen(), val: None}), nil
	})
	ag.def("asend", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "async_generator.asend() takes exactly one argument (%d given)", len(a)-1)
		}
		return obj(&agAwaitable{Header: Header{asyncGenASendType}, g: a[0].gen(), val: a[1]}), nil
	})
	ag.def("athrow", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 2 {
			return Null, newErr(TypeError, "athrow expected at least 1 argument, got 0")
		}
		return obj(&agAwaitable{Header: Header{asyncGenAThrowType}, g: a[0].gen(), exc: makeRaise(a[1], Null, false)}), nil
	})
	ag.def("aclose", func(a []Value, kw *Tuple) (Value, *Exception) {
		return obj(&agAwaitable{Header: Header{asyncGenAThrowType}, g: a[0].gen(), close: true}), nil
	})
	ag.getattr = func(o Value, name *Str) (Value, *Exception) {
		if v, ok := genAttr(o.gen(), name.s, "ag_"); ok {
			return v, nil
		}
		return genericGetattr(o, name)
	}

	for _, n := range []string{"async_generator_asend", "async_generator_athrow"} {
		t := newBuiltinType(n, ObjectType)
		t.final = true
		t.iter = selfIter
		t.next = func(v Value) (Value, bool, *Exception) {
			r, err := (*agAwaitable)(v.p).send(None)
			return r, err == nil, err
		}
		t.def("__await__", func(a []Value, kw *Tuple) (Value, *Exception) { return a[0], nil })
		t.def("send", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) != 2 {
				return Null, newErr(TypeError, "send() takes exactly one argument (%d given)", len(a)-1)
			}
			return (*agAwaitable)(a[0].p).send(a[1])
		})
		t.def("throw", func(a []Value, kw *Tuple) (Value, *Exception) {
			if len(a) < 2 {
				return Null, newErr(TypeError, "throw expected at least 1 argument, got 0")
			}
			return (*agAwaitable)(a[0].p).throw(makeRaise(a[1], Null, false))
		})
		t.def("close", func(a []Value, kw *Tuple) (Value, *Exception) {
			(*agAwaitable)(a[0].p).state = 2
			return None, nil
		})
		if asyncGenASendType == nil {
			asyncGenASendType = t
		} else {
			asyncGenAThrowType = t
		}
	}
	asyncGenWrappedType = newBuiltinType("async_generator_wrapped_value", ObjectType)
}

func callGenMethod(t *Type, name string, g *Generator, args []Value) (Value, *Exception) {
	m := t.lookupS(name)
	return Call(m, append([]Value{obj(g)}, args...), nil)
}

// unwrap turns what the async generator's frame gave into the awaitable's
// result: a wrapped value ends the awaitable (StopIteration(value)),
// anything else is yielded on to the event loop.
func (a *agAwaitable) result(r Value, done bool, err *Exception) (Value, *Exception) {
	g := a.g
	if err != nil {
		a.state = 2
		if a.close && (err.typ.IsSubtype(GeneratorExit) || err.typ.IsSubtype(StopAsyncIteration)) {
			return Null, stopIteration(None)
		}
		return Null, err
	}
	if done {
		a.state = 2
		if a.close {
			return Null, stopIteration(None)
		}
		return Null, newExcArgs(StopAsyncIteration)
	}
	if r.p != nil && r.p != intTag && r.p != floatTag && r.Type() == asyncGenWrappedType {
		a.state = 2
		if a.close {
			return Null, newErr(RuntimeError, "async generator ignored GeneratorExit")
		}
		return Null, stopIteration((*asyncGenWrapped)(r.p).v)
	}
	_ = g
	return r, nil
}

func (a *agAwaitable) send(v Value) (Value, *Exception) {
	g := a.g
	switch a.state {
	case 2:
		if a.typ == asyncGenASendType {
			return Null, newErr(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		return Null, newErr(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	case 0:
		a.state = 1
		if a.typ == asyncGenAThrowType {
			if g.done || g.frame == nil {
				a.state = 2
				if a.close {
					return Null, stopIteration(None)
				}
				return Null, newExcArgs(StopAsyncIteration)
			}
			e := a.exc
			if a.close {
				if !g.yielded {
					g.close()
					a.state = 2
					return Null, stopIteration(None)
				}
				e = newExcArgs(GeneratorExit)
			}
			r, done, err := g.throw(e, a.close)
			return a.result(r, done, err)
		}
		if v.isNone() {
			v = a.val
		}
	}
	r, done, err := g.send(v)
	return a.result(r, done, err)
}

func (a *agAwaitable) throw(e *Exception) (Value, *Exception) {
	if a.state == 2 {
		return Null, newErr(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	a.state = 1
	r, done, err := a.g.throw(e, false)
	return a.result(r, done, err)
}

// asyncGenWrap is the ASYNC_GEN_WRAP intrinsic.
func asyncGenWrap(v Value) Value {
	return obj(&asyncGenWrapped{Header{asyncGenWrappedType}, v})
}

// getAwaitable is GET_AWAITABLE's _PyCoro_GetAwaitableIter with its
// messages (where: 1 after __aenter__, 2 after __aexit__).
func getAwaitable(v Value, where uint32) (Value, *Exception) {
	t := v.Type()
	if t == CoroutineType {
		if y := v.gen().yf(); y.p != nil {
			return Null, newErr(RuntimeError, "coroutine is being awaited already")
		}
		return v, nil
	}
	if t == GeneratorType && v.gen().code.flags&bc.CoIterableCoroutine != 0 {
		return v, nil
	}
	m := t.lookupS("__await__")
	if m.p == nil {
		switch where {
		case 1:
			return Null, newErr(TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", t.Name)
		case 2:
			return Null, newErr(TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", t.Name)
		}
		return Null, newErr(TypeError, "object %s can't be used in 'await' expression", t.Name)
	}
	r, err := callMethod(m, v)
	if err != nil {
		return Null, err
	}
	if r.Type() == CoroutineType {
		return Null, newErr(TypeError, "__await__() returned a coroutine")
	}
	if r.Type().next == nil {
		return Null, newErr(TypeError, "__await__() returned non-iterator of type '%s'", typeName(r))
	}
	return r, nil
}

// getAIter is GET_AITER.
func getAIter(v Value) (Value, *Exception) {
	t := v.Type()
	m := t.lookupS("__aiter__")
	if m.p == nil {
		return Null, newErr(TypeError, "'async for' requires an object with __aiter__ method, got %s", t.Name)
	}
	r, err := callMethod(m, v)
	if err != nil {
		return Null, err
	}
	if r.Type().lookupS("__anext__").p == nil {
		return Null, newErr(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", typeName(r))
	}
	return r, nil
}

// getANext is GET_ANEXT: the awaitable of the next item.
func getANext(v Value) (Value, *Exception) {
	t := v.Type()
	if t == AsyncGenType {
		return obj(&agAwaitable{Header: Header{asyncGenASendType}, g: v.gen(), val: None}), nil
	}
	m := t.lookupS("__anext__")
	if m.p == nil {
		return Null, newErr(TypeError, "'async for' requires an iterator with __anext__ method, got %s", t.Name)
	}
	r, err := callMethod(m, v)
	if err != nil {
		return Null, err
	}
	a, err := getAwaitable(r, 0)
	if err != nil {
		return Null, newErr(TypeError, "'async for' received an invalid object from __anext__: %s", typeName(r))
	}
	return a, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: the bound __aexit__ and the
// awaitable __aenter__ returned.
func beforeAsyncWith(mgr Value) (exit, res Value, err *Exception) {
	mt := mgr.Type()
	enter := mt.lookupS("__aenter__")
	ex := mt.lookupS("__aexit__")
	if enter.p == nil {
		return Null, Null, newErr(TypeError, "'%s' object does not support the asynchronous context manager protocol", mt.Name)
	}
	if ex.p == nil {
		return Null, Null, newErr(TypeError, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", mt.Name)
	}
	bexit, err := bindMethod(ex, mgr)
	if err != nil {
		return Null, Null, err
	}
	r, err := callMethod(enter, mgr)
	if err != nil {
		return Null, Null, err
	}
	return bexit, r, nil
}

// warnUnawaited prints, at exit, the RuntimeWarning CPython gives when a
// coroutine that never ran is collected.
func warnUnawaited() {
	if len(unawaited) == 0 {
		return
	}
	names := make([]string, 0, len(unawaited))
	for g := range unawaited {
		names = append(names, g.qualname.s)
	}
	sort.Strings(names)
	for _, n := range names {
		sysStderr.write("sys:1: RuntimeWarning: coroutine '" + n + "' was never awaited\n")
	}
	sysStderr.write("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	clear(unawaited)
}

package runtime

import (
	"fmt"

	bc "github.com/peglab/peglab/compiler/bytecode"
)

// Generator is a generator object: a suspended frame of its own (its
// localsplus on the heap, not the thread stack), resumed by send.
type Generator struct {
	Header
	frame    *Frame
	running  bool
	done     bool
	yielded  bool
	throwing *Exception
	name     *Str
	qualname *Str
	excState Value
	kind     genKind
	code     *Code
}

// genKind tells generators, coroutines and async generators apart: one
// machine, three types and their wordings.
type genKind uint8

const (
	kindGen genKind = iota
	kindCoro
	kindAsyncGen
)

func (k genKind) word() string {
	switch k {
	case kindCoro:
		return "coroutine"
	case kindAsyncGen:
		return "async generator"
	}
	return "generator"
}

var GeneratorType *Type

func (v Value) gen() *Generator { return (*Generator)(v.p) }

func isGenLike(v Value) bool {
	t := v.Type()
	return t == GeneratorType || t == CoroutineType || t == AsyncGenType
}

func (t *Thread) makeGenerator(fn *Function, args []Value, kw *Tuple) (Value, *Exception) {
	c := fn.code
	f := &Frame{code: c, fn: fn, globals: fn.globals, builtins: fn.builtins}
	f.lp = make([]Value, c.frameSize)
	f.sp = c.nlp
	if err := fn.bindArgs(f.lp, args, kw); err != nil {
		return Null, err
	}
	// run the prologue (MAKE_CELL, COPY_FREE_VARS) up to RETURN_GENERATOR
	pc := 0
	for ; pc < len(c.instrs); pc++ {
		in := c.instrs[pc]
		switch in.op {
		case uint8(opMakeCell):
			f.lp[in.arg] = obj(newCell(f.lp[in.arg]))
			continue
		case uint8(opCopyFreeVars):
			n := int(in.arg)
			copy(f.lp[c.nlp-n:c.nlp], fn.closure.items)
			continue
		}
		break
	}
	f.pc = pc + 1 // past RETURN_GENERATOR; POP_TOP drops the first sent value
	g := &Generator{Header: Header{GeneratorType}, frame: f, name: c.name, qualname: c.qualname, code: c}
	switch {
	case c.flags&bc.CoCoroutine != 0:
		g.typ, g.kind = CoroutineType, kindCoro
		unawaited[g] = struct{}{} // coro.go
	case c.flags&bc.CoAsyncGenerator != 0:
		g.typ, g.kind = AsyncGenType, kindAsyncGen
	}
	f.gen = g
	return obj(g), nil
}

// send resumes g with v (or, with g.throwing set, with that exception):
// the yielded value, or done with the return value.
func (g *Generator) send(v Value) (Value, bool, *Exception) {
	if g.running {
		return Null, false, newErr(ValueError, "%s already executing", g.kind.word())
	}
	if g.kind == kindCoro {
		delete(unawaited, g)
	}
	if g.done {
		if g.throwing != nil {
			e := g.throwing
			g.throwing = nil
			return Null, false, e
		}
		if g.kind == kindCoro {
			return Null, false, newErr(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	t := curThread
	if t.depth >= t.limit {
		return Null, false, newErr(RecursionError, "maximum recursion depth exceeded")
	}
	f := g.frame
	if f.pc == 1 && g.throwing == nil && !v.isNone() && f.code.instrs[0].op == uint8(opReturnGenerator) && !g.yielded {
		if f.sp == f.code.nlp {
			return Null, false, newErr(TypeError, "can't send non-None value to a just-started %s", g.kind.word())
		}
	}
	// the sent value is pushed even when resuming with an exception, as
	// gen_send_ex2 does: the handlers' stack depths count it
	if g.throwing != nil {
		v = None
	}
	f.lp[f.sp] = v
	f.sp++
	f.entry = true
	f.back = t.frame
	g.running = true
	t.depth++
	saved := t.excInfo
	t.excInfo = g.excState
	r, err := t.run(f)
	g.excState = t.excInfo
	t.excInfo = saved
	t.depth--
	g.running = false
	t.frame = f.back
	if err != nil {
		g.done = true
		g.frame = nil
		if err.typ.IsSubtype(StopIteration) || (g.kind == kindAsyncGen && err.typ.IsSubtype(StopAsyncIteration)) {
			what := "StopIteration"
			if !err.typ.IsSubtype(StopIteration) {
				what = "StopAsyncIteration"
			}
			ne := newErr(RuntimeError, "%s raised %s", g.kind.word(), what)
			ne.cause = obj(err)
			ne.context = obj(err)
			ne.suppressContext = true
			return Null, false, ne
		}
		return Null, false, err
	}
	if g.yielded {
		return r, false, nil
	}
	g.done = true
	g.frame = nil
	return r, true, nil
}

// yf is _PyGen_yf: the iterator g is suspended in `yield from` or
// `await` on (the frame stopped before a RESUME whose oparg is 2 or 3).
func (g *Generator) yf() Value {
	f := g.frame
	if f == nil || !g.yielded || g.running || f.pc >= len(f.code.instrs) {
		return Null
	}
	in := f.code.instrs[f.pc]
	if bc.Opcode(in.op) != bc.RESUME || in.arg < 2 || f.sp <= f.code.nlp {
		return Null
	}
	return f.lp[f.sp-1]
}

// throw is _gen_throw: e raised where g is suspended, after the iterator
// it delegates to had its chance (closed, for GeneratorExit from close).
func (g *Generator) throw(e *Exception, closing bool) (Value, bool, *Exception) {
	if g.kind == kindCoro {
		delete(unawaited, g)
	}
	if g.done || g.frame == nil {
		return Null, false, e
	}
	if !g.yielded {
		// not started: the exception is raised at the frame's start
		g.throwing = e
		return g.send(None)
	}
	if yf := g.yf(); yf.p != nil {
		if closing && e.typ.IsSubtype(GeneratorExit) {
			g.running = true
			err := closeIter(yf)
			g.running = false
			if err != nil {
				g.throwing = err
				return g.send(None)
			}
			g.throwing = e
			return g.send(None)
		}
		var r Value
		var err *Exception
		if isGenLike(yf) {
			g.running = true
			var done bool
			r, done, err = yf.gen().throw(e, closing)
			g.running = false
			if err == nil && done {
				err = stopIteration(r)
			}
		} else {
			m, merr := GetAttr(yf, intern("throw"))
			if merr != nil {
				g.throwing = e
				return g.send(None)
			}
			g.running = true
			r, err = Call(m, []Value{obj(e)}, nil)
			g.running = false
		}
		if err != nil {
			g.throwing = err
			return g.send(None)
		}
		return r, false, nil
	}
	g.throwing = e
	return g.send(None)
}

func closeIter(it Value) *Exception {
	if isGenLike(it) {
		_, err := it.gen().close()
		return err
	}
	m, err := GetAttr(it, intern("close"))
	if err != nil {
		return nil
	}
	_, err = Call(m, nil, nil)
	return err
}

// close is gen_close: GeneratorExit thrown in; the generator's return
// value (3.13) when it returns instead.
func (g *Generator) close() (Value, *Exception) {
	if g.kind == kindCoro {
		delete(unawaited, g)
	}
	if g.done || g.frame == nil {
		return None, nil
	}
	if !g.yielded {
		g.done = true
		g.frame = nil
		return None, nil
	}
	r, done, err := g.throw(newExcArgs(GeneratorExit), true)
	if err != nil {
		if err.typ.IsSubtype(GeneratorExit) || err.typ.IsSubtype(StopIteration) {
			return None, nil
		}
		return Null, err
	}
	if !done {
		return Null, newErr(RuntimeError, "%s ignored GeneratorExit", g.kind.word())
	}
	return r, nil
}

// genMethods are send/throw/close of generators and coroutines.
func genMethods(gt *Type) {
	gt.def("send", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "%s.send() takes exactly one argument (%d given)", gt.Name, len(a)-1)
		}
		r, done, err := a[0].gen().send(a[1])
		if err != nil {
			return Null, err
		}
		if done {
			return Null, stopIteration(r)
		}
		return r, nil
	})
	gt.def("throw", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) < 2 || len(a) > 4 {
			return Null, newErr(TypeError, "throw expected at least 1 argument, got %d", len(a)-1)
		}
		g := a[0].gen()
		ev := a[1]
		if len(a) >= 3 && !a[2].isNone() && ev.Type().IsSubtype(TypeType) {
			x, err := Call(ev, []Value{a[2]}, nil)
			if err != nil {
				return Null, err
			}
			ev = x
		}
		e := makeRaise(ev, Null, false)
		r, done, err := g.throw(e, false)
		if err != nil {
			return Null, err
		}
		if done {
			return Null, stopIteration(r)
		}
		return r, nil
	})
	gt.def("close", func(a []Value, kw *Tuple) (Value, *Exception) {
		return a[0].gen().close()
	})
}

func initGenerators() {
	GeneratorType = newBuiltinType("generator", ObjectType)
	gt := GeneratorType
	gt.final = true
	gt.iter = selfIter
	gt.next = func(v Value) (Value, bool, *Exception) {
		r, done, err := v.gen().send(None)
		if err != nil {
			return Null, false, err
		}
		return r, !done, nil
	}
	gt.repr = func(v Value) (Value, *Exception) {
		return NewStr(fmt.Sprintf("<generator object %s at %#x>", v.gen().qualname.s, uintptr(v.p))), nil
	}
	genMethods(gt)
	gt.getattr = func(o Value, name *Str) (Value, *Exception) {
		if v, ok := genAttr(o.gen(), name.s, "gi_"); ok {
			return v, nil
		}
		return genericGetattr(o, name)
	}
	initCoroutines() // coro.go
}

// genAttr answers __name__, __qualname__ and the prefix's running,
// frame, code, suspended and yieldfrom/await attributes.
func genAttr(g *Generator, name, prefix string) (Value, bool) {
	switch name {
	case "__name__":
		return obj(g.name), true
	case "__qualname__":
		return obj(g.qualname), true
	}
	if len(name) < 3 || name[:3] != prefix {
		return Null, false
	}
	switch name[3:] {
	case "running":
		return MakeBool(g.running), true
	case "suspended":
		return MakeBool(g.yielded && !g.running && !g.done), true
	case "code":
		return obj(g.code), true
	case "frame":
		if g.frame == nil || g.done {
			return None, true
		}
		f := g.frame
		return obj(&frameFacade{Header{FrameType}, f.code, f.code.position(f.pc - 1).line, f.globals, nil, frameLocalsOf(f), nil}), true
	case "yieldfrom", "await":
		if y := g.yf(); y.p != nil {
			return y, true
		}
		return None, true
	}
	return Null, false
}

func MakBool(b bool) Value { return MakeBool(b) }

func stopIteration(v Value) *Exception {
	e := newExcArgs(StopIteration, v)
	if v.isNone() {
		e = newExcArgs(StopIteration)
	}
	e.value = v
	return e
}

const (
	opMakeCell        = bc.MAKE_CELL
	opCopyFreeVars    = bc.COPY_FREE_VARS
	opReturnGenerator = bc.RETURN_GENERATOR
)

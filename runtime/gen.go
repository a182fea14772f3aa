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
}

var GeneratorType *Type

func (v Value) gen() *Generator { return (*Generator)(v.p) }

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
	g := &Generator{Header: Header{GeneratorType}, frame: f, name: c.name, qualname: c.qualname}
	f.gen = g
	return obj(g), nil
}

// send resumes g with v: the yielded value, or done with the return value.
func (g *Generator) send(v Value) (Value, bool, *Exception) {
	if g.running {
		return Null, false, newErr(ValueError, "generator already executing")
	}
	if g.done {
		if g.throwing != nil {
			e := g.throwing
			g.throwing = nil
			return Null, false, e
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
			return Null, false, newErr(TypeError, "can't send non-None value to a just-started generator")
		}
	}
	if g.throwing == nil {
		f.lp[f.sp] = v
		f.sp++
	}
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
		if err.typ.IsSubtype(StopIteration) {
			ne := newErr(RuntimeError, "generator raised StopIteration")
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
	gt.def("send", func(a []Value, kw *Tuple) (Value, *Exception) {
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
		g := a[0].gen()
		e := makeRaise(a[1], Null, false)
		if g.done || g.frame == nil {
			return Null, e
		}
		if g.frame.pc <= 1 && !g.yielded {
			g.done = true
			return Null, e
		}
		g.throwing = e
		r, done, err := g.send(None)
		if err != nil {
			return Null, err
		}
		if done {
			return Null, stopIteration(r)
		}
		return r, nil
	})
	gt.def("close", func(a []Value, kw *Tuple) (Value, *Exception) {
		g := a[0].gen()
		if g.done || g.frame == nil || !g.yielded {
			g.done = true
			return None, nil
		}
		g.throwing = newExcArgs(GeneratorExit)
		_, done, err := g.send(None)
		if err != nil {
			if err.typ.IsSubtype(GeneratorExit) || err.typ.IsSubtype(StopIteration) {
				return None, nil
			}
			return Null, err
		}
		if !done {
			return Null, newErr(RuntimeError, "generator ignored GeneratorExit")
		}
		return None, nil
	})
	// getset descriptors, not a getattr slot: the generic lookup keeps
	// LOAD_ATTR's cache, so g.send(v) loads the method unbound
	setName := func(attr string, field func(g *Generator) **Str) func(o, v Value) *Exception {
		return func(o, v Value) *Exception {
			if v.p == nil || v.Type() != StrType && !v.Type().IsSubtype(StrType) {
				return newErr(TypeError, "%s must be set to a string object", attr)
			}
			*field(o.gen()) = intern(v.str().s)
			return nil
		}
	}
	gt.defAttr("__name__", obj(&GetSet{Header{GetSetType}, "__name__", func(o Value) (Value, *Exception) { return obj(o.gen().name), nil },
		setName("__name__", func(g *Generator) **Str { return &g.name })}))
	gt.defAttr("__qualname__", obj(&GetSet{Header{GetSetType}, "__qualname__", func(o Value) (Value, *Exception) { return obj(o.gen().qualname), nil },
		setName("__qualname__", func(g *Generator) **Str { return &g.qualname })}))
	gt.defAttr("gi_running", obj(&GetSet{Header{GetSetType}, "gi_running", func(o Value) (Value, *Exception) { return MakBool(o.gen().running), nil }, nil}))
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

package runtime

// Thread is the VM's thread state: the value stack that frames carve
// their localsplus from, the frame pool, the recursion depth and the
// exception being handled (sys.exc_info()).
type Thread struct {
	stack   []Value
	top     int
	frames  []*Frame
	depth   int
	limit   int
	excInfo Value
	frame   *Frame
	// budget, when positive, counts loop back-edges down to a forced stop
	// (fuzzing runs programs that may never end); 0 means unlimited
	budget  int
	goDepth int
}

const maxGoDepth = 150000

// Frame is one activation: localsplus (fast locals, cells, free
// variables) followed by the value stack, in one slice of the thread's
// stack.
type Frame struct {
	code       *Code
	fn         *Function
	globals    *Dict
	builtins   *Dict
	locals     Value // the locals mapping of module and class bodies; Null when optimized
	lp         []Value
	sp         int
	pc         int
	back       *Frame
	entry      bool    // returning from it returns from run
	savedStack []Value // the thread's stack before this frame began a new chunk
	newChunk   bool
	savedTop   int
	gen        *Generator
	pooled     bool
	initSelf   Value // the instance an inlined Class(...) call returns
}

var curThread = newThread()

func newThread() *Thread {
	return &Thread{stack: make([]Value, 1<<16), limit: 1000, frames: make([]*Frame, 0, 64)}
}

// pushFrame makes the frame for code, counting recursion depth.
func (t *Thread) pushFrame(fn *Function, code *Code) (*Frame, *Exception) {
	return t.pushFrameArgs(fn, code, nil)
}

// pushFrameArgs makes the frame for code with args as its first locals
// (the exact-args call: no binding) and the other locals unbound. Small
// element loops stand in for clear and copy: those call memclrHasPointers
// and typedslicecopy, which cost more than the few stores of a call.
func (t *Thread) pushFrameArgs(fn *Function, code *Code, args []Value) (*Frame, *Exception) {
	if t.depth >= t.limit {
		return nil, newErr(RecursionError, "maximum recursion depth exceeded")
	}
	// generator frames count in depth but are not pooled
	for t.depth >= len(t.frames) {
		t.frames = append(t.frames, &Frame{pooled: true})
	}
	f := t.frames[t.depth]
	t.depth++
	size := code.frameSize
	top := t.top
	f.savedTop = top
	if top+size > len(t.stack) {
		n := 2 * len(t.stack)
		if n < size {
			n = 2 * size
		}
		f.savedStack, f.newChunk = t.stack, true
		t.stack, top = make([]Value, n), 0
	} else if f.newChunk {
		f.savedStack, f.newChunk = nil, false
	}
	lp := t.stack[top : top+size : top+size]
	for i, a := range args {
		lp[i] = a
	}
	for i := len(args); i < code.nlp; i++ {
		lp[i] = Null
	}
	f.lp = lp
	t.top = top + size
	f.code = code
	f.fn = fn
	f.sp = code.nlp
	f.pc = 0
	if f.locals.p != nil {
		f.locals = Null
	}
	f.entry = false
	if f.gen != nil {
		f.gen = nil
	}
	if f.initSelf.p != nil {
		f.initSelf = Null
	}
	if fn != nil {
		f.globals = fn.globals
		f.builtins = fn.builtins
	}
	f.back = t.frame
	return f, nil
}

func (t *Thread) popFrame(f *Frame) {
	// the pooled Frame keeps its pointers until reused: clearing them
	// costs write barriers on every return
	if f.newChunk {
		t.stack = f.savedStack
	}
	t.top = f.savedTop
	t.depth--
}

// callFunction calls a Python function from Go.
func (t *Thread) callFunction(fn *Function, args []Value, kw *Tuple) (Value, *Exception) {
	code := fn.code
	if code.flags&(genFlags) != 0 {
		return t.makeGenerator(fn, args, kw)
	}
	f, err := t.pushFrame(fn, code)
	if err != nil {
		return Null, err
	}
	if code.simple && kw == nil && len(args) == code.argcount {
		for i, a := range args {
			f.lp[i] = a
		}
	} else if err := fn.bindArgs(f.lp, args, kw); err != nil {
		t.popFrame(f)
		return Null, err
	}
	f.entry = true
	return t.run(f)
}

// runCode runs a module or class body with the given namespaces.
func (t *Thread) runCode(code *Code, globals *Dict, locals Value, fn *Function) (Value, *Exception) {
	f, err := t.pushFrame(fn, code)
	if err != nil {
		return Null, err
	}
	f.globals = globals
	f.builtins = builtinsDict
	if b, ok := globals.GetS("__builtins__"); ok && b.Type() == ModuleType {
		f.builtins = b.mod().dict
	}
	f.locals = locals
	f.entry = true
	return t.run(f)
}

// setContext chains exc to the exception being handled (__context__),
// breaking any cycle, as _PyErr_SetObject does.
func (t *Thread) setContext(exc *Exception) {
	cur := t.excInfo
	if cur.p == nil || cur.p == unsafePtr(exc) {
		return
	}
	o := cur
	for o.p != nil {
		oe := o.exc()
		if oe.context.p == unsafePtr(exc) {
			oe.context = Null
			break
		}
		o = oe.context
	}
	exc.context = cur
}

func (t *Thread) zeroArgSuper() (Value, *Exception) {
	f := t.frame
	if f == nil || f.code.argcount == 0 && f.code.flags&0x4 == 0 {
		return Null, newErr(RuntimeError, "super(): no arguments")
	}
	self := f.lp[0]
	if self.p != nil && self.Type() == CellType && f.code.kinds[0]&0x40 != 0 {
		self = self.cell().v
	}
	if self.p == nil {
		return Null, newErr(RuntimeError, "super(): arg[0] deleted")
	}
	for i, n := range f.code.lpNames {
		if n.s == "__class__" && f.code.kinds[i]&0x80 != 0 {
			c := f.lp[i]
			if c.p == nil || c.Type() != CellType || c.cell().v.p == nil {
				return Null, newErr(RuntimeError, "super(): empty __class__ cell")
			}
			cls := c.cell().v
			if !cls.Type().IsSubtype(TypeType) {
				return Null, newErr(RuntimeError, "super(): __class__ is not a type (%s)", typeName(cls))
			}
			return newSuper(cls.typ(), self)
		}
	}
	return Null, newErr(RuntimeError, "super(): __class__ cell not found")
}

// callFunctionSelf calls fn(self, *args) without building the argument
// slice when the call is simple (a method called by a slot or from Go).
func (t *Thread) callFunctionSelf(fn *Function, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	code := fn.code
	if code.simple && kw == nil && len(args)+1 == code.argcount {
		f, err := t.pushFrame(fn, code)
		if err != nil {
			return Null, err
		}
		f.lp[0] = self
		for i, a := range args {
			f.lp[1+i] = a
		}
		f.entry = true
		return t.run(f)
	}
	buf := make([]Value, 0, len(args)+1)
	buf = append(buf, self)
	buf = append(buf, args...)
	return t.callFunction(fn, buf, kw)
}

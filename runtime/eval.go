package runtime

import (
	bc "github.com/peglab/peglab/compiler/bytecode"
)

const genFlags = bc.CoGenerator | bc.CoCoroutine | bc.CoAsyncGenerator

// run executes frames from f until f returns (or, for a generator's
// frame, yields). Python-to-Python calls push a frame and continue in
// this loop, so Python recursion never recurses in Go.
func (t *Thread) run(f *Frame) (Value, *Exception) {
	var (
		code    = f.code
		instrs  = code.instrs
		lp      = f.lp
		sp      = f.sp
		pc      = f.pc
		exc     *Exception
		res     Value
		reraise bool
	)
	t.frame = f
	// each Go-level entry (a call from Go code back into Python) costs Go
	// stack; bound them so a raised recursion limit cannot overflow it
	t.goDepth++
	if t.goDepth > maxGoDepth {
		t.goDepth--
		if f.pooled {
			t.popFrame(f)
		}
		t.frame = f.back
		return Null, newErr(RecursionError, "maximum recursion depth exceeded")
	}
	// a generator resumed with a thrown exception starts unwinding at once
	if f.gen != nil && f.gen.throwing != nil {
		exc = f.gen.throwing
		f.gen.throwing = nil
		goto handle
	}
loop:
	for {
		in := instrs[pc]
		pc++
		switch bc.Opcode(in.op) {
		case bc.RESUME, bc.NOP, bc.CACHE, bc.EXTENDED_ARG:
		case bc.LOAD_FAST:
			lp[sp] = lp[in.arg]
			sp++
		case bc.LOAD_FAST_CHECK:
			v := lp[in.arg]
			if v.p == nil {
				exc = unboundLocal(code, int(in.arg))
				goto handle
			}
			lp[sp] = v
			sp++
		case bc.LOAD_FAST_AND_CLEAR:
			lp[sp] = lp[in.arg]
			lp[in.arg] = Null
			sp++
		case bc.LOAD_FAST_LOAD_FAST:
			lp[sp] = lp[in.arg>>4]
			lp[sp+1] = lp[in.arg&15]
			sp += 2
		case bc.STORE_FAST:
			sp--
			lp[in.arg] = lp[sp]
		case bc.STORE_FAST_LOAD_FAST:
			lp[in.arg>>4] = lp[sp-1]
			lp[sp-1] = lp[in.arg&15]
		case bc.STORE_FAST_STORE_FAST:
			lp[in.arg>>4] = lp[sp-1]
			lp[in.arg&15] = lp[sp-2]
			sp -= 2
		case bc.DELETE_FAST:
			if lp[in.arg].p == nil {
				exc = unboundLocal(code, int(in.arg))
				goto handle
			}
			lp[in.arg] = Null
		case bc.LOAD_CONST:
			lp[sp] = code.consts[in.arg]
			sp++
		case bc.POP_TOP, bc.END_FOR:
			sp--
		case bc.PUSH_NULL:
			lp[sp] = Null
			sp++
		case bc.COPY:
			lp[sp] = lp[sp-int(in.arg)]
			sp++
		case bc.SWAP:
			i := sp - int(in.arg)
			lp[sp-1], lp[i] = lp[i], lp[sp-1]
		case bc.END_SEND:
			lp[sp-2] = lp[sp-1]
			sp--

		case bc.BINARY_OP:
			a, b := lp[sp-2], lp[sp-1]
			// BINARY_OP_*_INT / _FLOAT: the in-place forms of these
			// operators are the binary ones for ints and floats
			bop := in.arg
			if bop >= nbNumBase && bop < 2*nbNumBase {
				bop -= nbNumBase
			}
			if a.p == intTag && b.p == intTag {
				x, y := a.Int(), b.Int()
				switch bop {
				case nbAdd:
					if c := x + y; (c^x)&(c^y) >= 0 {
						lp[sp-2] = MakeInt(c)
						sp--
						continue
					}
				case nbSub:
					if c := x - y; (x^y)&(c^x) >= 0 {
						lp[sp-2] = MakeInt(c)
						sp--
						continue
					}
				case nbMul:
					lp[sp-2] = intMul(x, y)
					sp--
					continue
				case nbAnd:
					lp[sp-2] = MakeInt(x & y)
					sp--
					continue
				case nbOr:
					lp[sp-2] = MakeInt(x | y)
					sp--
					continue
				case nbXor:
					lp[sp-2] = MakeInt(x ^ y)
					sp--
					continue
				case nbFloorDiv, nbRem:
					if y != 0 && !(y == -1 && x == -1<<63) {
						if bop == nbRem {
							lp[sp-2] = MakeInt(mod64(x, y))
						} else {
							lp[sp-2] = MakeInt(floorDiv64(x, y))
						}
						sp--
						continue
					}
				case nbRshift:
					if y >= 0 && y < 64 {
						lp[sp-2] = MakeInt(x >> uint(y))
						sp--
						continue
					}
				case nbTrueDiv:
					if y != 0 && abs64(x) < 1<<53 && abs64(y) < 1<<53 {
						lp[sp-2] = MakeFloat(float64(x) / float64(y))
						sp--
						continue
					}
				}
			} else if (a.p == floatTag || a.p == intTag) && (b.p == floatTag || b.p == intTag) {
				// float op float, or a float and an int (converted as
				// float(int) is: int64 to the nearest double)
				var x, y float64
				if a.p == floatTag {
					x = a.Float()
				} else {
					x = float64(a.Int())
				}
				if b.p == floatTag {
					y = b.Float()
				} else {
					y = float64(b.Int())
				}
				var r float64
				ok := true
				switch bop {
				case nbAdd:
					r = x + y
				case nbSub:
					r = x - y
				case nbMul:
					r = x * y
				case nbTrueDiv:
					if y == 0 {
						ok = false
					}
					r = x / y
				default:
					ok = false
				}
				if ok {
					lp[sp-2] = MakeFloat(r)
					sp--
					continue
				}
			} else if (in.arg == nbAdd || in.arg == nbInplaceAdd) && a.p != nil && b.p != nil && a.p != intTag && a.p != floatTag && b.p != intTag && b.p != floatTag && a.hdr().typ == StrType && b.hdr().typ == StrType {
				lp[sp-2] = strConcat(a.str(), b.str())
				sp--
				continue
			}
			if a.p != nil && a.p != intTag && a.p != floatTag && b.p != nil && b.p != intTag && b.p != floatTag && a.hdr().typ == b.hdr().typ && in.arg < nbNumBase {
				ac := &code.acache[in.cache]
				if bt := a.hdr().typ; ac.t != bt || ac.ver != typeVersion {
					ac.fillBinop(bt, int(in.arg))
				}
				if fn := ac.dunder; fn != nil {
					nf, err := t.pushFrameArgs(fn, fn.code, lp[sp-2:sp])
					if err != nil {
						exc = err
						goto handle
					}
					nf.binOp, nf.binA, nf.binB = int(in.arg)+1, a, b
					sp -= 2
					f.sp = sp
					f.pc = pc
					f = nf
					t.frame = f
					code, instrs, lp, sp, pc = fn.code, fn.code.instrs, f.lp, f.sp, 0
					continue
				}
			}
			r, err := BinaryOp(a, b, int(in.arg))
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-2] = r
			sp--
		case bc.COMPARE_OP:
			a, b := lp[sp-2], lp[sp-1]
			op := int(in.arg >> 5)
			var r Value
			// COMPARE_OP_INT / _FLOAT / _STR, fused with the POP_JUMP_IF
			// that follows a comparison in a condition: one dispatch, no
			// bool materialized
			cr, fast := false, false
			if a.p == intTag && b.p == intTag && op <= cmpGE {
				cr, fast = cmpInts(a.Int(), b.Int(), op), true
			} else if a.p == floatTag && b.p == floatTag && op <= cmpGE {
				cr, fast = cmpFloats(a.Float(), b.Float(), op), true
			} else if (op == cmpEQ || op == cmpNE) && a.p != nil && b.p != nil && a.p != intTag && a.p != floatTag && b.p != intTag && b.p != floatTag && a.hdr().typ == StrType && b.hdr().typ == StrType {
				cr, fast = (a.p == b.p || a.str().s == b.str().s) == (op == cmpEQ), true
			}
			if fast {
				switch nx := instrs[pc]; bc.Opcode(nx.op) {
				case bc.POP_JUMP_IF_FALSE:
					sp -= 2
					if cr {
						pc++
					} else {
						pc = int(nx.arg)
					}
					continue
				case bc.POP_JUMP_IF_TRUE:
					sp -= 2
					if cr {
						pc = int(nx.arg)
					} else {
						pc++
					}
					continue
				}
				r = MakeBool(cr)
			} else {
				var err *Exception
				if a.p == floatTag && b.p == floatTag && op <= cmpGE {
					r, err = floatCompare(a, b, op)
				} else {
					r, err = RichCompare(a, b, op)
				}
				if err != nil {
					exc = err
					goto handle
				}
				if in.arg&16 != 0 && r.Type() != BoolType {
					tr, err := Truth(r)
					if err != nil {
						exc = err
						goto handle
					}
					r = MakeBool(tr)
				}
			}
			lp[sp-2] = r
			sp--
		case bc.IS_OP:
			r := lp[sp-2].Is(lp[sp-1])
			if in.arg == 1 {
				r = !r
			}
			switch nx := instrs[pc]; bc.Opcode(nx.op) {
			case bc.POP_JUMP_IF_FALSE:
				sp -= 2
				if r {
					pc++
				} else {
					pc = int(nx.arg)
				}
				continue
			case bc.POP_JUMP_IF_TRUE:
				sp -= 2
				if r {
					pc = int(nx.arg)
				} else {
					pc++
				}
				continue
			}
			lp[sp-2] = MakeBool(r)
			sp--
		case bc.CONTAINS_OP:
			r, err := Contains(lp[sp-1], lp[sp-2])
			if err != nil {
				exc = err
				goto handle
			}
			if in.arg == 1 {
				r = !r
			}
			lp[sp-2] = MakeBool(r)
			sp--
		case bc.TO_BOOL:
			v := lp[sp-1]
			// TO_BOOL_BOOL / _INT / _NONE / _LIST / _STR fused with the
			// POP_JUMP_IF that follows
			tb, fast := false, true
			switch {
			case v.p == unsafePtr(trueObj):
				tb = true
			case v.p == unsafePtr(falseObj), v.p == unsafePtr(noneObj):
			case v.p == intTag:
				tb = v.n != 0
			case v.p != floatTag && v.hdr().typ == ListType:
				tb = len(v.list().items) != 0
			case v.p != floatTag && v.hdr().typ == StrType:
				tb = len(v.str().s) != 0
			default:
				fast = false
			}
			if fast {
				switch nx := instrs[pc]; bc.Opcode(nx.op) {
				case bc.POP_JUMP_IF_FALSE:
					sp--
					if tb {
						pc++
					} else {
						pc = int(nx.arg)
					}
					continue
				case bc.POP_JUMP_IF_TRUE:
					sp--
					if tb {
						pc = int(nx.arg)
					} else {
						pc++
					}
					continue
				}
				lp[sp-1] = MakeBool(tb)
				continue
			}
			if v.p != unsafePtr(trueObj) && v.p != unsafePtr(falseObj) {
				r, err := Truth(v)
				if err != nil {
					exc = err
					goto handle
				}
				lp[sp-1] = MakeBool(r)
			}
		case bc.UNARY_NOT:
			r, err := Truth(lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = MakeBool(!r)
		case bc.UNARY_NEGATIVE:
			v := lp[sp-1]
			if v.p == intTag && v.Int() != -1<<63 {
				lp[sp-1] = MakeInt(-v.Int())
				continue
			}
			r, err := unaryOp(v, 0)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r
		case bc.UNARY_INVERT:
			r, err := unaryOp(lp[sp-1], 2)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r
		case bc.POP_JUMP_IF_FALSE:
			sp--
			v := lp[sp]
			if v.p == unsafePtr(falseObj) {
				pc = int(in.arg)
			} else if v.p != unsafePtr(trueObj) {
				r, err := Truth(v)
				if err != nil {
					exc = err
					goto handle
				}
				if !r {
					pc = int(in.arg)
				}
			}
		case bc.POP_JUMP_IF_TRUE:
			sp--
			v := lp[sp]
			if v.p == unsafePtr(trueObj) {
				pc = int(in.arg)
			} else if v.p != unsafePtr(falseObj) {
				r, err := Truth(v)
				if err != nil {
					exc = err
					goto handle
				}
				if r {
					pc = int(in.arg)
				}
			}
		case bc.POP_JUMP_IF_NONE:
			sp--
			if lp[sp].isNone() {
				pc = int(in.arg)
			}
		case bc.POP_JUMP_IF_NOT_NONE:
			sp--
			if !lp[sp].isNone() {
				pc = int(in.arg)
			}
		case bc.JUMP_FORWARD:
			pc = int(in.arg)
		case bc.JUMP_BACKWARD, bc.JUMP_BACKWARD_NO_INTERRUPT:
			pc = int(in.arg)
			if t.budget > 0 {
				t.budget--
				if t.budget == 0 {
					t.budget = 1
					exc = newExcArgs(KeyboardInterrupt)
					goto handle
				}
			}
			if interrupted.Load() {
				exc = takeStop() // KeyboardInterrupt, or MemoryError past the cap
				goto handle
			}

		case bc.GET_ITER:
			v := lp[sp-1]
			if v.p != intTag && v.p != floatTag {
				switch v.hdr().typ {
				case ListType:
					lp[sp-1] = obj(&listIter{Header{ListIterType}, v.list(), 0})
					continue
				case TupleType:
					lp[sp-1] = obj(&tupleIter{Header{TupleIterType}, v.tuple(), 0})
					continue
				case RangeType:
					x := (*Range)(v.p)
					lp[sp-1] = obj(&rangeIter{Header{RangeIterType}, x.start, x.step, x.n})
					continue
				}
			}
			it, err := GetIter(v)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = it
		case bc.GET_YIELD_FROM_ITER:
			v := lp[sp-1]
			if v.Type() == CoroutineType && code.flags&(bc.CoCoroutine|bc.CoIterableCoroutine) == 0 {
				exc = newErr(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
				goto handle
			}
			if v.Type() != GeneratorType && v.Type() != CoroutineType {
				it, err := GetIter(v)
				if err != nil {
					exc = err
					goto handle
				}
				lp[sp-1] = it
			}
		case bc.FOR_ITER:
			it := lp[sp-1]
			var v Value
			var ok bool
			switch it.hdr().typ {
			case RangeIterType:
				ri := (*rangeIter)(it.p)
				if ri.left > 0 {
					v, ok = MakeInt(ri.cur), true
					ri.cur += ri.step
					ri.left--
				}
			case TupleIterType:
				ti := (*tupleIter)(it.p)
				if ti.i < len(ti.t.items) {
					v, ok = ti.t.items[ti.i], true
					ti.i++
				}
			case ListIterType:
				li := (*listIter)(it.p)
				if li.l != nil && li.i < len(li.l.items) {
					v, ok = li.l.items[li.i], true
					li.i++
				} else {
					li.l = nil
				}
			default:
				var err *Exception
				v, ok, err = Next(it)
				if err != nil {
					exc = err
					goto handle
				}
			}
			if ok {
				lp[sp] = v
				sp++
				continue
			}
			sp--
			tgt := int(in.arg)
			if tgt < len(instrs) && bc.Opcode(instrs[tgt].op) == bc.END_FOR {
				tgt += 2
			}
			pc = tgt
		case bc.GET_LEN:
			n, err := Len(lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp] = MakeInt(int64(n))
			sp++

		case bc.BINARY_SUBSCR:
			o, k := lp[sp-2], lp[sp-1]
			var r Value
			var err *Exception
			if o.p != intTag && o.p != floatTag && o.hdr().typ == ListType && k.p == intTag {
				items := o.list().items
				i := int(k.Int())
				if i < 0 {
					i += len(items)
				}
				if uint(i) < uint(len(items)) {
					r = items[i]
				} else {
					err = newErr(IndexError, "list index out of range")
				}
			} else if o.p != intTag && o.p != floatTag && o.hdr().typ == TupleType && k.p == intTag {
				// BINARY_SUBSCR_TUPLE_INT
				items := o.tuple().items
				i := int(k.Int())
				if i < 0 {
					i += len(items)
				}
				if uint(i) < uint(len(items)) {
					r = items[i]
				} else {
					err = newErr(IndexError, "tuple index out of range")
				}
			} else if o.Type() == DictType {
				var ok bool
				r, ok, err = o.dict().Get(k)
				if err == nil && !ok {
					err = newExcArgs(KeyError, k)
				}
			} else {
				r, err = GetItem(o, k)
			}
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-2] = r
			sp--
		case bc.STORE_SUBSCR:
			v, o, k := lp[sp-3], lp[sp-2], lp[sp-1]
			var err *Exception
			if o.Type() == ListType && k.p == intTag {
				items := o.list().items
				i := int(k.Int())
				if i < 0 {
					i += len(items)
				}
				if uint(i) < uint(len(items)) {
					items[i] = v
				} else {
					err = newErr(IndexError, "list assignment index out of range")
				}
			} else if o.Type() == DictType {
				err = o.dict().Set(k, v)
			} else {
				err = SetItem(o, k, v)
			}
			if err != nil {
				exc = err
				goto handle
			}
			sp -= 3
			lp[sp], lp[sp+1], lp[sp+2] = Null, Null, Null
		case bc.DELETE_SUBSCR:
			if err := SetItem(lp[sp-2], lp[sp-1], Null); err != nil {
				exc = err
				goto handle
			}
			sp -= 2
		case bc.BINARY_SLICE:
			r, err := getSlice(lp[sp-3], lp[sp-2], lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			sp -= 2
			lp[sp-1] = r
		case bc.STORE_SLICE:
			if err := setSlice(lp[sp-3], lp[sp-2], lp[sp-1], lp[sp-4]); err != nil {
				exc = err
				goto handle
			}
			sp -= 4
			clear(lp[sp : sp+4])
		case bc.BUILD_SLICE:
			n := int(in.arg)
			s := &Slice{Header{SliceType}, lp[sp-n], lp[sp-n+1], None}
			if n == 3 {
				s.step = lp[sp-1]
			}
			sp -= n - 1
			lp[sp-1] = obj(s)
			clear(lp[sp : sp+n-1])

		case bc.BUILD_TUPLE:
			n := int(in.arg)
			t := tupleOf(lp[sp-n : sp])
			clear(lp[sp-n : sp])
			sp -= n
			lp[sp] = obj(t)
			sp++
		case bc.BUILD_LIST:
			n := int(in.arg)
			var items []Value
			if n > 0 {
				items = make([]Value, n)
				copy(items, lp[sp-n:sp])
				clear(lp[sp-n : sp])
			}
			sp -= n
			lp[sp] = obj(newList(items))
			sp++
		case bc.BUILD_SET:
			n := int(in.arg)
			s := newSet(SetType)
			for _, v := range lp[sp-n : sp] {
				if err := s.add(v); err != nil {
					exc = err
					goto handle
				}
			}
			clear(lp[sp-n : sp])
			sp -= n
			lp[sp] = obj(s)
			sp++
		case bc.BUILD_MAP:
			n := int(in.arg)
			d := NewDict()
			for i := sp - 2*n; i < sp; i += 2 {
				if err := d.Set(lp[i], lp[i+1]); err != nil {
					exc = err
					goto handle
				}
			}
			clear(lp[sp-2*n : sp])
			sp -= 2 * n
			lp[sp] = obj(d)
			sp++
		case bc.BUILD_CONST_KEY_MAP:
			n := int(in.arg)
			keys := lp[sp-1].tuple().items
			d := NewDict()
			for i, k := range keys {
				if err := d.Set(k, lp[sp-1-n+i]); err != nil {
					exc = err
					goto handle
				}
			}
			clear(lp[sp-1-n : sp])
			sp -= n + 1
			lp[sp] = obj(d)
			sp++
		case bc.BUILD_STRING:
			n := int(in.arg)
			size := 0
			for _, v := range lp[sp-n : sp] {
				size += len(v.str().s)
			}
			buf := make([]byte, 0, size)
			for _, v := range lp[sp-n : sp] {
				buf = append(buf, v.str().s...)
			}
			clear(lp[sp-n : sp])
			sp -= n
			lp[sp] = NewStr(string(buf))
			sp++
		case bc.LIST_APPEND:
			l := lp[sp-1-int(in.arg)].list()
			sp--
			l.append(lp[sp])
		case bc.SET_ADD:
			s := lp[sp-1-int(in.arg)].set()
			sp--
			if err := s.add(lp[sp]); err != nil {
				exc = err
				goto handle
			}
		case bc.MAP_ADD:
			d := lp[sp-2-int(in.arg)].dict()
			if err := d.Set(lp[sp-2], lp[sp-1]); err != nil {
				exc = err
				goto handle
			}
			sp -= 2
		case bc.LIST_EXTEND:
			l := lp[sp-1-int(in.arg)].list()
			src := lp[sp-1]
			items, err := extendItems(src)
			if err != nil {
				if err.typ == TypeError && src.Type().iter == nil && src.Type().getitem == nil {
					err = newErr(TypeError, "Value after * must be an iterable, not %s", typeName(src))
				}
				exc = err
				goto handle
			}
			l.items = append(l.items, items...)
			sp--
		case bc.SET_UPDATE:
			if err := lp[sp-1-int(in.arg)].set().update(lp[sp-1]); err != nil {
				exc = err
				goto handle
			}
			sp--
		case bc.DICT_UPDATE:
			d := lp[sp-1-int(in.arg)].dict()
			src := lp[sp-1]
			if src.Type() != DictType && src.Type().lookupS("keys").p == nil {
				exc = newErr(TypeError, "'%s' object is not a mapping", typeName(src))
				goto handle
			}
			if err := dictUpdate(d, src); err != nil {
				exc = err
				goto handle
			}
			sp--
		case bc.DICT_MERGE:
			d := lp[sp-1-int(in.arg)].dict()
			fnv := lp[sp-1-int(in.arg)-3]
			if err := dictMerge(d, lp[sp-1], fnv); err != nil {
				exc = err
				goto handle
			}
			sp--
		case bc.UNPACK_SEQUENCE:
			n := int(in.arg)
			v := lp[sp-1]
			items, ok := seqItems(v)
			if !ok {
				var err *Exception
				items, err = unpackIter(v, n, -1)
				if err != nil {
					exc = err
					goto handle
				}
			}
			if len(items) != n {
				if len(items) < n {
					exc = newErr(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
				} else if v.Type() == ListType || v.Type() == TupleType {
					exc = newErr(ValueError, "too many values to unpack (expected %d, got %d)", n, len(items))
				} else {
					exc = newErr(ValueError, "too many values to unpack (expected %d)", n)
				}
				goto handle
			}
			sp--
			for i := n - 1; i >= 0; i-- {
				lp[sp] = items[i]
				sp++
			}
		case bc.UNPACK_EX:
			before, after := int(in.arg&0xff), int(in.arg>>8)
			v := lp[sp-1]
			items, err := unpackIter(v, before+after, 0)
			if err != nil {
				exc = err
				goto handle
			}
			if len(items) < before+after {
				exc = newErr(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
				goto handle
			}
			sp--
			for i := len(items) - 1; i >= len(items)-after; i-- {
				lp[sp] = items[i]
				sp++
			}
			mid := append([]Value(nil), items[before:len(items)-after]...)
			lp[sp] = obj(newList(mid))
			sp++
			for i := before - 1; i >= 0; i-- {
				lp[sp] = items[i]
				sp++
			}

		case bc.LOAD_GLOBAL:
			gc := &code.gcache[in.cache]
			var v Value
			if gc.g == f.globals && gc.gkv == f.globals.keysVersion && gc.bkv == f.builtins.keysVersion && gc.b == f.builtins && gc.name == code.names[in.arg>>1] {
				if gc.inGlobals {
					v = f.globals.entries[gc.idx].val
				} else {
					v = f.builtins.entries[gc.idx].val
				}
			} else {
				var ok bool
				v, ok = loadGlobalSlow(gc, f.globals, f.builtins, code.names[in.arg>>1])
				if !ok {
					exc = nameError(code.names[in.arg>>1])
					goto handle
				}
			}
			lp[sp] = v
			sp++
			if in.arg&1 != 0 {
				lp[sp] = Null
				sp++
			}
		case bc.STORE_GLOBAL:
			sp--
			f.globals.setStr(code.names[in.arg], lp[sp])
		case bc.DELETE_GLOBAL:
			ok, _ := f.globals.Delete(obj(code.names[in.arg]))
			if !ok {
				exc = nameError(code.names[in.arg])
				goto handle
			}
		case bc.LOAD_NAME:
			name := code.names[in.arg]
			v, found, err := mappingGet(f.locals, name)
			if err != nil {
				exc = err
				goto handle
			}
			if !found {
				v, found = f.globals.getStr(name)
				if !found {
					v, found = f.builtins.getStr(name)
					if !found {
						exc = nameError(name)
						goto handle
					}
				}
			}
			lp[sp] = v
			sp++
		case bc.STORE_NAME:
			sp--
			v := lp[sp]
			if f.locals.p == nil {
				exc = newErr(SystemError, "no locals found when storing %s", strRepr(code.names[in.arg].s))
				goto handle
			}
			if f.locals.Type() == DictType {
				f.locals.dict().setStr(code.names[in.arg], v)
			} else if err := SetItem(f.locals, obj(code.names[in.arg]), v); err != nil {
				exc = err
				goto handle
			}
		case bc.DELETE_NAME:
			name := code.names[in.arg]
			if f.locals.Type() == DictType {
				if ok, _ := f.locals.dict().Delete(obj(name)); !ok {
					exc = nameError(name)
					goto handle
				}
			} else if err := SetItem(f.locals, obj(name), Null); err != nil {
				exc = err
				goto handle
			}
		case bc.LOAD_LOCALS:
			if f.locals.p == nil {
				exc = newErr(SystemError, "no locals found")
				goto handle
			}
			lp[sp] = f.locals
			sp++
		case bc.LOAD_FROM_DICT_OR_GLOBALS:
			name := code.names[in.arg]
			v, found, err := mappingGet(lp[sp-1], name)
			if err != nil {
				exc = err
				goto handle
			}
			if !found {
				v, found = f.globals.getStr(name)
				if !found {
					v, found = f.builtins.getStr(name)
					if !found {
						exc = nameError(name)
						goto handle
					}
				}
			}
			lp[sp-1] = v
		case bc.LOAD_FROM_DICT_OR_DEREF:
			name := code.lpNames[in.arg]
			v, found, err := mappingGet(lp[sp-1], name)
			if err != nil {
				exc = err
				goto handle
			}
			if !found {
				v = lp[in.arg].cell().v
				if v.p == nil {
					exc = unboundDeref(code, int(in.arg))
					goto handle
				}
			}
			lp[sp-1] = v
		case bc.MAKE_CELL:
			lp[in.arg] = obj(newCell(lp[in.arg]))
		case bc.COPY_FREE_VARS:
			n := int(in.arg)
			cl := f.fn.closure.items
			copy(lp[code.nlp-n:code.nlp], cl)
		case bc.LOAD_DEREF:
			v := lp[in.arg].cell().v
			if v.p == nil {
				exc = unboundDeref(code, int(in.arg))
				goto handle
			}
			lp[sp] = v
			sp++
		case bc.STORE_DEREF:
			sp--
			lp[in.arg].cell().v = lp[sp]
		case bc.DELETE_DEREF:
			c := lp[in.arg].cell()
			if c.v.p == nil {
				exc = unboundDeref(code, int(in.arg))
				goto handle
			}
			c.v = Null

		case bc.LOAD_ATTR:
			name := code.names[in.arg>>1]
			o := lp[sp-1]
			ac := &code.acache[in.cache]
			if o.p != intTag && o.p != floatTag && o.hdr().typ == TypeType && ac.cls == o.typ() && ac.clsVer == typeVersion {
				lp[sp-1] = ac.clsVal
				if in.arg&1 != 0 {
					lp[sp] = Null
					sp++
				}
				continue
			}
			if o.p != intTag && o.p != floatTag && o.hdr().typ == ModuleType {
				// LOAD_ATTR_MODULE: the module dict decides first, by hint
				if v, ok := ac.instGet(o.mod().dict, name); ok {
					lp[sp-1] = v
					if in.arg&1 != 0 {
						lp[sp] = Null
						sp++
					}
					continue
				}
			}
			if ot := o.Type(); (ac.t == ot && ac.ver == typeVersion) || code.attrMiss(in.cache, ot) {
				// the type's part of the lookup is cached; the instance dict is not
				if ac.method && in.arg&1 != 0 {
					if d := ac.dictOf(o); d == nil || (d == ac.negDict && d.keysVersion == ac.negKV) || ac.notInSlow(d, name) {
						lp[sp-1] = ac.descr
						lp[sp] = o
						sp++
						continue
					}
				} else if ac.prop != nil && in.arg&1 == 0 {
					fn := ac.prop
					nf, err := t.pushFrameArgs(fn, fn.code, lp[sp-1:sp])
					if err != nil {
						exc = err
						goto handle
					}
					f.sp = sp - 1
					f.pc = pc
					f = nf
					t.frame = f
					code, instrs, lp, sp, pc = fn.code, fn.code.instrs, f.lp, f.sp, 0
					continue
				} else if ac.plain {
					if d := ac.dictOf(o); d != nil {
						if ix := int(ac.hint); uint(ix) < uint(len(d.entries)) && d.entries[ix].key.p == unsafePtr(name) {
							lp[sp-1] = d.entries[ix].val
							if in.arg&1 != 0 {
								lp[sp] = Null
								sp++
							}
							continue
						}
						if v, ok := ac.instGetSlow(d, name); ok {
							lp[sp-1] = v
							if in.arg&1 != 0 {
								lp[sp] = Null
								sp++
							}
							continue
						}
					}
				}
			} else {
				ac.fill(o.Type(), name)
			}
			if in.arg&1 != 0 {
				m, self, err := loadMethod(o, name)
				if err != nil {
					exc = err
					goto handle
				}
				if self.p == nil && o.p != intTag && o.p != floatTag && o.hdr().typ == TypeType {
					ac.fillClass(o.typ(), name)
				}
				lp[sp-1] = m
				lp[sp] = self
				sp++
				continue
			}
			f.pc = pc // a frame's f_lineno is live
			r, err := GetAttr(o, name)
			if err != nil {
				exc = err
				goto handle
			}
			if o.p != intTag && o.p != floatTag && o.hdr().typ == TypeType {
				ac.fillClass(o.typ(), name)
			}
			lp[sp-1] = r
		case bc.STORE_ATTR:
			o := lp[sp-1]
			if o.p != intTag && o.p != floatTag {
				ac := &code.acache[in.cache]
				if t := o.hdr().typ; (ac.t == t && ac.ver == typeVersion) || code.attrMiss(in.cache, t) {
					if ac.store {
						ac.instSet(o.inst(), code.names[in.arg], lp[sp-2])
						sp -= 2
						continue
					}
				} else {
					ac.fillStore(t, code.names[in.arg])
				}
			}
			if err := SetAttr(o, code.names[in.arg], lp[sp-2]); err != nil {
				exc = err
				goto handle
			}
			sp -= 2
		case bc.DELETE_ATTR:
			if err := SetAttr(lp[sp-1], code.names[in.arg], Null); err != nil {
				exc = err
				goto handle
			}
			sp--
		case bc.LOAD_SUPER_ATTR:
			name := code.names[in.arg>>2]
			gs, cls, self := lp[sp-3], lp[sp-2], lp[sp-1]
			var sup Value
			var err *Exception
			if gs.Is(obj(SuperType)) && cls.Type().IsSubtype(TypeType) {
				sup, err = newSuper(cls.typ(), self)
			} else {
				sup, err = Call(gs, []Value{cls, self}, nil)
			}
			if err != nil {
				exc = err
				goto handle
			}
			sp -= 3
			clear(lp[sp : sp+3])
			if in.arg&1 != 0 && sup.Type() == SuperType {
				s := (*Super)(sup.p)
				v, ok, _ := superLookup(s.typ, s.obj, s.objType, name)
				if ok && v.Type() == FunctionType && !s.obj.Is(obj(s.objType)) {
					lp[sp] = v
					lp[sp+1] = s.obj
					sp += 2
					continue
				}
			}
			r, err := GetAttr(sup, name)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp] = r
			sp++
			if in.arg&1 != 0 {
				lp[sp] = Null
				sp++
			}

		case bc.CALL, bc.CALL_KW:
			n := int(in.arg)
			var kwn *Tuple
			top := sp
			if bc.Opcode(in.op) == bc.CALL_KW {
				kwn = lp[sp-1].tuple()
				top = sp - 1
			}
			base := top - n - 2
			callable, self := lp[base], lp[base+1]
			if kwn == nil && callable.p != intTag && callable.p != floatTag && callable.p != nil && callable.hdr().typ == FunctionType {
				// CALL_PY_EXACT_ARGS: a plain function given exactly its
				// positional parameters
				fn := callable.fn()
				fc := fn.code
				nargs := n
				if self.p != nil {
					nargs++
				}
				if fc.exactArgs == nargs {
					nf, err := t.pushFrameArgs(fn, fc, lp[top-nargs:top])
					if err != nil {
						exc = err
						goto handle
					}
					f.sp = base
					f.pc = pc
					f = nf
					t.frame = f
					code, instrs, lp, sp, pc = fc, fc.instrs, f.lp, f.sp, 0
					continue
				}
			}
			if self.p == nil && callable.p != intTag && callable.p != floatTag && callable.p != nil && callable.hdr().typ == MethodType {
				m := (*Method)(callable.p)
				callable, self = m.fn, m.self
				lp[base], lp[base+1] = callable, self
			}
			args := lp[base+2 : top]
			if self.p != nil {
				args = lp[base+1 : top]
			}
			if self.p == nil && callable.p != intTag && callable.p != floatTag && callable.p != nil && callable.hdr().typ == TypeType {
				// Class(...) for a plain class whose __init__ is a Python
				// function: allocate and run __init__ in this loop, as
				// CALL_ALLOC_AND_ENTER_INIT does
				ct := callable.typ()
				if ct.heap && ct.layout == layoutInstance && !ct.customNew && ct.customInit {
					if fn := ct.pyInit(); fn != nil {
						fc := fn.code
						inst := ct.alloc(ct)
						nf, err := t.pushFrame(fn, fc)
						if err != nil {
							exc = err
							goto handle
						}
						if kwn == nil && len(args)+1 == fc.exactArgs {
							nf.lp[0] = inst
							for i, a := range args {
								nf.lp[1+i] = a
							}
						} else {
							buf := make([]Value, 0, len(args)+1)
							buf = append(append(buf, inst), args...)
							if err := fn.bindArgs(nf.lp, buf, kwn); err != nil {
								t.popFrame(nf)
								exc = err
								goto handle
							}
						}
						nf.initSelf = inst
						f.sp = base
						f.pc = pc
						f = nf
						t.frame = f
						code, instrs, lp, sp, pc = f.code, f.code.instrs, f.lp, f.sp, 0
						continue
					}
				}
			}
			if callable.p != intTag && callable.p != floatTag && callable.p != nil && callable.hdr().typ == FunctionType {
				fn := callable.fn()
				fc := fn.code
				if fc.flags&genFlags == 0 {
					nf, err := t.pushFrame(fn, fc)
					if err != nil {
						exc = err
						goto handle
					}
					if fc.simple && kwn == nil && len(args) == fc.argcount {
						for i, a := range args {
							nf.lp[i] = a
						}
					} else if err := fn.bindArgs(nf.lp, args, kwn); err != nil {
						t.popFrame(nf)
						exc = err
						goto handle
					}
					f.sp = base
					f.pc = pc
					f = nf
					t.frame = f
					code, instrs, lp, sp, pc = f.code, f.code.instrs, f.lp, f.sp, 0
					continue
				}
			}
			f.pc = pc // sys._getframe() from Go code sees the current line
			var r Value
			var err *Exception
			// CALL_BUILTIN_FAST / CALL_METHOD_DESCRIPTOR_FAST: a Go
			// function called straight, without the type's call slot
			if ct := callable.Type(); ct == MethodDescrType && len(args) > 0 && args[0].Type() == callable.builtin().objclass {
				r, err = callable.builtin().fn(args, kwn)
			} else if ct == BuiltinType && callable.builtin().self.p == nil {
				r, err = callable.builtin().fn(args, kwn)
			} else {
				r, err = Call(callable, args, kwn)
			}
			t.frame = f
			if err != nil {
				exc = err
				goto handle
			}
			for i := base + 1; i < sp; i++ {
				lp[i] = Null
			}
			sp = base
			lp[sp] = r
			sp++
		case bc.CALL_FUNCTION_EX:
			var kwargs Value
			if in.arg&1 != 0 {
				sp--
				kwargs = lp[sp]
			}
			callargs := lp[sp-1]
			callable, self := lp[sp-3], lp[sp-2]
			if callargs.Type() != TupleType {
				if callargs.Type().iter == nil && callargs.Type().getitem == nil {
					exc = newErr(TypeError, "%s argument after * must be an iterable, not %s", funcDesc(callable), typeName(callargs))
					goto handle
				}
				tt, err := toTuple(callargs)
				if err != nil {
					exc = err
					goto handle
				}
				callargs = obj(tt)
			}
			args := callargs.tuple().items
			if self.p != nil {
				args = append([]Value{self}, args...)
			}
			var kwn *Tuple
			if kwargs.p != nil && kwargs.Type() == DictType && kwargs.dict().used > 0 {
				d := kwargs.dict()
				names := make([]Value, 0, d.used)
				vals := make([]Value, 0, len(args)+d.used)
				vals = append(vals, args...)
				var kerr *Exception
				d.each(func(k, v Value) bool {
					if k.Type() != StrType {
						kerr = newErr(TypeError, "keywords must be strings")
						return false
					}
					names = append(names, obj(intern(k.str().s)))
					vals = append(vals, v)
					return true
				})
				if kerr != nil {
					exc = kerr
					goto handle
				}
				args = vals
				kwn = newTuple(names)
			}
			r, err := Call(callable, args, kwn)
			t.frame = f
			if err != nil {
				exc = err
				goto handle
			}
			sp -= 3
			clear(lp[sp : sp+3])
			lp[sp] = r
			sp++
		case bc.CALL_INTRINSIC_1:
			v := lp[sp-1]
			var r Value
			var err *Exception
			switch in.arg {
			case 1: // print (interactive): sys.displayhook, which keeps _
				if !v.isNone() {
					builtinsDict.SetS("_", None)
					var s string
					s, err = ReprS(v)
					if err == nil {
						writeOut(s + "\n")
						builtinsDict.SetS("_", v)
					}
				}
				r = None
			case 2: // import *
				err = importStar(f, v)
				r = None
			case 3: // StopIteration raised in a generator
				r = v
				if v.Type().IsSubtype(StopIteration) {
					ne := newErr(RuntimeError, "generator raised StopIteration")
					ne.cause = v
					ne.context = v
					ne.suppressContext = true
					r = obj(ne)
				}
			case 4: // ASYNC_GEN_WRAP
				r = asyncGenWrap(v) // coro.go
			case 5:
				r, err = unaryOp(v, 1)
			case 6:
				r = obj(newTuple(append([]Value(nil), v.list().items...)))
			default:
				r, err = typingIntrinsic1(int(in.arg), v) // mod_typing.go
			}
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r
		case bc.CALL_INTRINSIC_2:
			if in.arg != 1 { // PREP_RERAISE_STAR; the others are typing's
				r, err := typingIntrinsic2(int(in.arg), lp[sp-2], lp[sp-1]) // mod_typing.go
				if err != nil {
					exc = err
					goto handle
				}
				sp--
				lp[sp] = Null
				lp[sp-1] = r
				break
			}
			r, err := prepReraiseStar(lp[sp-2], lp[sp-1]) // excgroup.go
			if err != nil {
				exc = err
				goto handle
			}
			sp--
			lp[sp] = Null
			lp[sp-1] = r

		case bc.MAKE_FUNCTION:
			c := (*Code)(lp[sp-1].p)
			lp[sp-1] = obj(newFunction(c, f.globals))
		case bc.SET_FUNCTION_ATTRIBUTE:
			fn := lp[sp-1].fn()
			attr := lp[sp-2]
			switch in.arg {
			case 1:
				fn.defaults = attr.tuple()
			case 2:
				fn.kwdefaults = attr.dict()
			case 4:
				fn.annots = attr
				if attr.Type() == TupleType {
					d := NewDict()
					it := attr.tuple().items
					for i := 0; i+1 < len(it); i += 2 {
						d.Set(it[i], it[i+1])
					}
					fn.annots = obj(d)
				}
			case 8:
				fn.closure = attr.tuple()
			}
			lp[sp-2] = lp[sp-1]
			sp--
		case bc.LOAD_BUILD_CLASS:
			v, ok := f.builtins.GetS("__build_class__")
			if !ok {
				exc = newErr(NameError, "__build_class__ not found")
				goto handle
			}
			lp[sp] = v
			sp++
		case bc.SETUP_ANNOTATIONS:
			if f.locals.Type() == DictType {
				if _, ok := f.locals.dict().GetS("__annotations__"); !ok {
					f.locals.dict().SetS("__annotations__", obj(NewDict()))
				}
			}
		case bc.LOAD_ASSERTION_ERROR:
			lp[sp] = obj(AssertionError)
			sp++
		case bc.FORMAT_SIMPLE:
			v := lp[sp-1]
			if v.Type() != StrType {
				r, err := Format(v, "")
				if err != nil {
					exc = err
					goto handle
				}
				lp[sp-1] = r
			}
		case bc.FORMAT_WITH_SPEC:
			r, err := Format(lp[sp-2], lp[sp-1].str().s)
			if err != nil {
				exc = err
				goto handle
			}
			sp--
			lp[sp-1] = r
		case bc.CONVERT_VALUE:
			var r Value
			var err *Exception
			switch in.arg {
			case 1:
				r, err = StrOf(lp[sp-1])
			case 2:
				r, err = Repr(lp[sp-1])
			case 3:
				r, err = Ascii(lp[sp-1])
			}
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r

		case bc.RETURN_VALUE:
			sp--
			res = lp[sp]
			goto ret
		case bc.RETURN_CONST:
			res = code.consts[in.arg]
			goto ret

		case bc.RAISE_VARARGS:
			switch in.arg {
			case 0:
				if t.excInfo.p == nil {
					exc = newErr(RuntimeError, "No active exception to reraise")
					goto handle
				}
				exc = t.excInfo.exc()
				reraise = true
				goto handle
			case 1:
				sp--
				exc = makeRaise(lp[sp], Null, false)
			case 2:
				sp -= 2
				exc = makeRaise(lp[sp], lp[sp+1], true)
			}
			t.setContext(exc)
			goto handle
		case bc.RERAISE:
			sp--
			exc = lp[sp].exc()
			reraise = true
			goto handle
		case bc.PUSH_EXC_INFO:
			v := lp[sp-1]
			prev := t.excInfo
			if prev.p == nil {
				prev = None
			}
			lp[sp-1] = prev
			lp[sp] = v
			sp++
			t.excInfo = v
		case bc.POP_EXCEPT:
			sp--
			v := lp[sp]
			if v.isNone() {
				t.excInfo = Null
			} else {
				t.excInfo = v
			}
		case bc.CHECK_EXC_MATCH:
			r, err := excMatches(lp[sp-2], lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = MakeBool(r)
		case bc.CHECK_EG_MATCH:
			rest, match, err := egMatch(lp[sp-2], lp[sp-1]) // excgroup.go
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-2], lp[sp-1] = rest, match
			if !match.isNone() {
				t.excInfo = match
			}
		case bc.BEFORE_WITH:
			mgr := lp[sp-1]
			mt := mgr.Type()
			enter := mt.lookupS("__enter__")
			exit := mt.lookupS("__exit__")
			if enter.p == nil || exit.p == nil {
				if enter.p == nil {
					exc = newErr(TypeError, "'%s' object does not support the context manager protocol", mt.Name)
				} else {
					exc = newErr(TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", mt.Name)
				}
				goto handle
			}
			bexit, err := bindMethod(exit, mgr)
			if err != nil {
				exc = err
				goto handle
			}
			r, err := callMethod(enter, mgr)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = bexit
			lp[sp] = r
			sp++
		case bc.WITH_EXCEPT_START:
			val := lp[sp-1]
			exit := lp[sp-4]
			tb := None
			if val.exc().tb != nil {
				tb = obj(val.exc().tb)
			}
			r, err := Call(exit, []Value{obj(val.Type()), val, tb}, nil)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp] = r
			sp++

		case bc.GET_AWAITABLE: // coro.go
			r, err := getAwaitable(lp[sp-1], in.arg)
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r
		case bc.GET_AITER:
			r, err := getAIter(lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r
		case bc.GET_ANEXT:
			r, err := getANext(lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp] = r
			sp++
		case bc.BEFORE_ASYNC_WITH:
			ex, r, err := beforeAsyncWith(lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = ex
			lp[sp] = r
			sp++
		case bc.END_ASYNC_FOR:
			// (awaitable, exc -- ): StopAsyncIteration ends the loop
			e := lp[sp-1].exc()
			if !e.typ.IsSubtype(StopAsyncIteration) {
				exc = e
				reraise = true
				goto handle
			}
			sp -= 2
			lp[sp], lp[sp+1] = Null, Null
		case bc.RETURN_GENERATOR:
			// handled when the function is called (makeGenerator)
			lp[sp] = None
			sp++
		case bc.YIELD_VALUE:
			sp--
			res = lp[sp]
			f.sp, f.pc = sp, pc
			f.gen.yielded = true
			t.frame = f.back
			t.goDepth--
			return res, nil
		case bc.SEND:
			recv, v := lp[sp-2], lp[sp-1]
			var r Value
			var done bool
			var err *Exception
			if rt := recv.Type(); rt == GeneratorType || rt == CoroutineType {
				r, done, err = recv.gen().send(v)
			} else if v.isNone() && recv.Type().heap {
				// a class's __next__: its StopIteration's value is yield from's result
				r, err = callDunder0(recv, "__next__")
				if err != nil && err.typ.IsSubtype(StopIteration) {
					r, done, err = optNone(err.value), true, nil
				}
			} else if v.isNone() {
				var ok bool
				r, ok, err = Next(recv)
				if err == nil && !ok {
					done = true
					r = None
				} else if err != nil && err.typ.IsSubtype(StopIteration) {
					r, done, err = optNone(err.value), true, nil // an awaitable's result
				}
			} else {
				r, err = callDunder(recv, "send", v)
				if err != nil && err.typ.IsSubtype(StopIteration) {
					r, done, err = optNone(err.value), true, nil
				}
			}
			t.frame = f
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = r
			if done {
				pc = int(in.arg)
			}
		case bc.CLEANUP_THROW:
			// (sub_iter, last_sent_val, exc_value -- none, value)
			ev := lp[sp-1].exc()
			if ev.typ.IsSubtype(StopIteration) {
				lp[sp-3] = None
				lp[sp-2] = optNone(ev.value)
				sp--
			} else {
				exc = ev
				reraise = true
				goto handle
			}

		case bc.IMPORT_NAME:
			fromlist := lp[sp-1]
			sp--
			m, err := importName(f.globals, code.names[in.arg].s, fromlist, lp[sp-1]) // import.go
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp-1] = m
		case bc.IMPORT_FROM:
			v, err := importFrom(lp[sp-1], code.names[in.arg]) // import.go
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp] = v
			sp++
		case bc.MATCH_SEQUENCE, bc.MATCH_MAPPING:
			r := matchKind(lp[sp-1], bc.Opcode(in.op) == bc.MATCH_SEQUENCE)
			lp[sp] = MakeBool(r)
			sp++
		case bc.MATCH_KEYS:
			r, err := matchKeys(lp[sp-2], lp[sp-1])
			if err != nil {
				exc = err
				goto handle
			}
			lp[sp] = r
			sp++
		case bc.MATCH_CLASS:
			r, err := matchClass(lp[sp-3], lp[sp-2], lp[sp-1], int(in.arg))
			if err != nil {
				exc = err
				goto handle
			}
			sp -= 2
			lp[sp-1] = r
		default:
			exc = newErr(SystemError, "unknown opcode %s", bc.Opcode(in.op))
			goto handle
		}
		continue
	}

ret:
	if f.gen != nil {
		f.gen.yielded = false
	}
	if f.entry {
		t.frame = f.back
		if f.pooled {
			t.popFrame(f)
		}
		t.goDepth--
		return res, nil
	}
	{
		caller := f.back
		self := f.initSelf
		bop, ba, bb := f.binOp, f.binA, f.binB
		t.popFrame(f)
		f = caller
		t.frame = f
		code, instrs, lp, sp, pc = f.code, f.code.instrs, f.lp, f.sp, f.pc
		if self.p != nil {
			// the end of an inlined Class(...): the new instance, if __init__ returned None
			if !res.isNone() {
				exc = newErr(TypeError, "__init__() should return None, not '%s'", typeName(res))
				goto handle
			}
			res = self
		}
		if bop != 0 && res.isNotImpl() {
			var err *Exception
			if res, err = binopNotImplemented(ba, bb, bop-1); err != nil {
				exc = err
				goto handle
			}
		}
		lp[sp] = res
		sp++
	}
	goto loop

handle:
	if !reraise {
		if exc.tb == nil && exc.context.p == nil {
			t.setContext(exc)
		}
		if exc.tb == nil && exc.suggest == nil && exc.name.p != nil && exc.typ.IsSubtype(NameError) {
			captureNames(f, exc)
		}
		exc.tb = &Traceback{Header{TracebackType}, exc.tb, code, pc - 1}
	}
	reraise = false
	for {
		if h := code.handler(pc - 1); h != nil {
			base := code.nlp + h.depth
			clear(lp[base:sp])
			sp = base
			if h.lasti {
				lp[sp] = MakeInt(int64(pc - 1))
				sp++
			}
			lp[sp] = obj(exc)
			sp++
			pc = h.target
			goto loop
		}
		if f.gen != nil {
			f.gen.yielded = false
		}
		if f.entry {
			t.frame = f.back
			if f.pooled {
				t.popFrame(f)
			}
			t.goDepth--
			return Null, exc
		}
		caller := f.back
		t.popFrame(f)
		f = caller
		t.frame = f
		code, instrs, lp, sp, pc = f.code, f.code.instrs, f.lp, f.sp, f.pc
		exc.tb = &Traceback{Header{TracebackType}, exc.tb, code, pc - 1}
	}
}

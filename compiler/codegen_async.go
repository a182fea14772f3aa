package compiler

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// Generators and coroutines: yield, yield from, await, async for and async
// comprehensions, and the StopIteration handler around a generator's body.
//
// yield from and await are the same loop (compiler_add_yield_from):
//
//	send:
//	   SEND exit                 [iter, v] → [iter, result], or to exit when done
//	   SETUP_FINALLY fail        (a throw() or close() that ends the iterator)
//	   YIELD_VALUE 1
//	   POP_BLOCK
//	   RESUME 2 (yield from) / 3 (await)
//	   JUMP_NO_INTERRUPT send
//	fail:
//	   CLEANUP_THROW
//	exit:
//	   END_SEND

// The RESUME opargs after a yield (RESUME_AFTER_*).
const (
	resumeAfterYield     = 1
	resumeAfterYieldFrom = 2
	resumeAfterAwait     = 3
)

// addYieldFrom is compiler_add_yield_from.
func (c *compiler) addYieldFrom(loc Loc, await bool) {
	send, fail, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.useLabel(send)
	c.addopJ(bytecode.SEND, exit, loc)
	c.addopJ(bytecode.SETUP_FINALLY, fail, loc)
	c.addopI(bytecode.YIELD_VALUE, 1, loc)
	c.addop(bytecode.POP_BLOCK, NoLoc)
	arg := resumeAfterYieldFrom
	if await {
		arg = resumeAfterAwait
	}
	c.addopI(bytecode.RESUME, arg, loc)
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, send, loc)
	c.useLabel(fail)
	c.addop(bytecode.CLEANUP_THROW, loc)
	c.useLabel(exit)
	c.addop(bytecode.END_SEND, loc)
}

// addopYield is addop_yield: an async generator wraps what it yields, so
// that the event loop can tell it from an await's value.
func (c *compiler) addopYield(loc Loc) {
	if ste := c.u.ste; ste.Generator && ste.Coroutine {
		c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicAsyncGenWrap, loc)
	}
	c.addopI(bytecode.YIELD_VALUE, 0, loc)
	c.addopI(bytecode.RESUME, resumeAfterYield, loc)
}

// yield compiles a yield expression.
func (c *compiler) yield(e *ast.Yield) {
	loc := locOf(e)
	if !c.u.ste.IsFunctionLike() {
		c.raise(loc, "'yield' outside function")
	}
	if e.Value != nil {
		c.expr(e.Value)
	} else {
		c.loadConst(ast.None, loc)
	}
	c.addopYield(loc)
}

// yieldFrom compiles a yield from expression.
func (c *compiler) yieldFrom(e *ast.YieldFrom) {
	loc := locOf(e)
	if !c.u.ste.IsFunctionLike() {
		c.raise(loc, "'yield from' outside function")
	}
	if c.u.scope == scopeAsyncFunction {
		c.raise(loc, "'yield from' inside async function")
	}
	c.expr(e.Value)
	c.addop(bytecode.GET_YIELD_FROM_ITER, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, false)
}

// await compiles an await expression.
func (c *compiler) await(e *ast.Await) {
	loc := locOf(e)
	if !c.isTopLevelAwait() {
		if !c.u.ste.IsFunctionLike() {
			c.raise(loc, "'await' outside function")
		}
		if c.u.scope != scopeAsyncFunction && c.u.scope != scopeComprehension {
			c.raise(loc, "'await' outside async function")
		}
	}
	c.expr(e.Value)
	c.addopI(bytecode.GET_AWAITABLE, 0, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, true)
}

// wrapInStopIterationHandler is wrap_in_stopiteration_handler: a
// StopIteration that escapes a generator's body becomes a RuntimeError
// (PEP 479). The handler covers the whole body, from before its RESUME.
func (c *compiler) wrapInStopIterationHandler() {
	handler := c.newLabel()
	c.insertInstr(0, bytecode.SETUP_CLEANUP, int32(handler), NoLoc)
	c.loadConst(ast.None, NoLoc)
	c.addop(bytecode.RETURN_VALUE, NoLoc)
	c.useLabel(handler)
	c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicStopIterationError, NoLoc)
	c.addopI(bytecode.RERAISE, 1, NoLoc)
}

// asyncFor is compiler_async_for: each step awaits __anext__() under a
// SETUP_FINALLY whose handler, END_ASYNC_FOR, ends the loop on
// StopAsyncIteration.
func (c *compiler) asyncFor(s *ast.AsyncFor) {
	loc := locOf(s)
	if c.isTopLevelAwait() {
		c.u.coroutine = true
	} else if c.u.scope != scopeAsyncFunction {
		c.raise(loc, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.addop(bytecode.GET_AITER, locOf(s.Iter))
	c.useLabel(start)
	c.pushFblock(loc, frameBlock{typ: forLoop, block: start, exit: end})
	c.addopJ(bytecode.SETUP_FINALLY, except, loc)
	c.addop(bytecode.GET_ANEXT, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, true)
	c.addop(bytecode.POP_BLOCK, loc)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.addopJ(bytecode.JUMP, start, NoLoc)
	c.popFblock(forLoop)
	c.useLabel(except)
	// END_ASYNC_FOR takes the iterator's line: it follows the for, not
	// the body.
	c.addop(bytecode.END_ASYNC_FOR, locOf(s.Iter))
	c.stmts(s.Orelse)
	c.useLabel(end)
}

// asyncComprehensionGenerator is compiler_async_comprehension_generator.
func (c *compiler) asyncComprehensionGenerator(loc Loc, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, typ int, iterOnStack bool) {
	start, except, ifCleanup := c.newLabel(), c.newLabel(), c.newLabel()
	gen := gens[i]
	if !iterOnStack {
		if i == 0 {
			// The outermost iterator is the implicit argument.
			c.u.meta.ArgCount = 1
			c.addopI(bytecode.LOAD_FAST, 0, loc)
		} else {
			c.expr(gen.Iter)
			c.addop(bytecode.GET_AITER, locOf(gen.Iter))
		}
	}
	c.useLabel(start)
	// The runtime pushes a block here.
	c.pushFblock(loc, frameBlock{typ: asyncComprehensionGenerator, block: start, exit: NoLabel})
	c.addopJ(bytecode.SETUP_FINALLY, except, loc)
	c.addop(bytecode.GET_ANEXT, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, true)
	c.addop(bytecode.POP_BLOCK, loc)
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(loc, cond, ifCleanup, false)
	}
	depth++
	i++
	if i < len(gens) {
		c.comprehensionGenerator(loc, gens, i, depth, elt, val, typ, false)
	}
	eltLoc := locOf(elt)
	if i >= len(gens) {
		eltLoc = c.comprehensionElement(elt, val, typ, depth)
	}
	c.useLabel(ifCleanup)
	c.addopJ(bytecode.JUMP, start, eltLoc)
	c.popFblock(asyncComprehensionGenerator)
	c.useLabel(except)
	c.addop(bytecode.END_ASYNC_FOR, loc)
}

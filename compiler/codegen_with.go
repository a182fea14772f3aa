package compiler

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// with and async with, as compiler_with and compiler_async_with emit
// them. BEFORE_WITH leaves the bound __exit__ under the value of
// __enter__(); SETUP_WITH (a SETUP_FINALLY that also accounts for __exit__
// on the stack) protects the body. On the normal path __exit__ is called
// with three Nones; on the exceptional one WITH_EXCEPT_START calls it with
// the exception, and a true result suppresses it. Several items nest: the
// second item's with is the first one's body.
//
//	   <context expr>; BEFORE_WITH
//	   SETUP_WITH final
//	   <store the target, or POP_TOP>
//	   <body>
//	   POP_BLOCK
//	   LOAD_CONST None ×3; CALL 2; POP_TOP
//	   JUMP exit
//	final:
//	   SETUP_CLEANUP cleanup
//	   PUSH_EXC_INFO
//	   WITH_EXCEPT_START
//	   TO_BOOL; POP_JUMP_IF_TRUE suppress
//	   RERAISE 2
//	suppress:
//	   POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
//	   JUMP_NO_INTERRUPT exit
//	cleanup:
//	   COPY 3; POP_EXCEPT; RERAISE 1
//	exit:
//
// async with awaits __aenter__() and __aexit__(...) (GET_AWAITABLE 1 and
// 2, then the SEND loop of addYieldFrom).

// with is compiler_with, for the item at pos.
func (c *compiler) with(s *ast.With, pos int) {
	item := s.Items[pos]
	block, final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	loc := locOf(item.ContextExpr)
	c.addop(bytecode.BEFORE_WITH, loc)
	c.addopJ(bytecode.SETUP_WITH, final, loc)
	c.useLabel(block)
	// The block's node gives break, continue and return their location
	// (fb_loc): the context expression's.
	c.pushFblock(loc, frameBlock{typ: withBlock, block: block, exit: final, node: item.ContextExpr})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.addop(bytecode.POP_TOP, loc) // the value of __enter__()
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, pos+1)
	}
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.popFblock(withBlock)
	c.callExitWithNones(loc)
	c.addop(bytecode.POP_TOP, loc)
	c.addopJ(bytecode.JUMP, exit, loc)

	c.useLabel(final)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup, loc)
	c.addop(bytecode.PUSH_EXC_INFO, loc)
	c.addop(bytecode.WITH_EXCEPT_START, loc)
	c.withExceptFinish(cleanup)
	c.useLabel(exit)
}

// asyncWith is compiler_async_with, for the item at pos.
func (c *compiler) asyncWith(s *ast.AsyncWith, pos int) {
	loc := locOf(s)
	item := s.Items[pos]
	if c.isTopLevelAwait() {
		c.u.coroutine = true
	} else if c.u.scope != scopeAsyncFunction {
		c.raise(loc, "'async with' outside async function")
	}
	block, final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	loc = locOf(item.ContextExpr)
	c.addop(bytecode.BEFORE_ASYNC_WITH, loc)
	c.addopI(bytecode.GET_AWAITABLE, 1, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, true)
	c.addopJ(bytecode.SETUP_WITH, final, loc)
	c.useLabel(block)
	c.pushFblock(loc, frameBlock{typ: asyncWith, block: block, exit: final, node: item.ContextExpr})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.addop(bytecode.POP_TOP, loc) // the value of __aenter__()
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWith(s, pos+1)
	}
	c.popFblock(asyncWith)
	c.addop(bytecode.POP_BLOCK, loc)
	c.callExitWithNones(loc)
	c.addopI(bytecode.GET_AWAITABLE, 2, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, true)
	c.addop(bytecode.POP_TOP, loc)
	c.addopJ(bytecode.JUMP, exit, loc)

	c.useLabel(final)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup, loc)
	c.addop(bytecode.PUSH_EXC_INFO, loc)
	c.addop(bytecode.WITH_EXCEPT_START, loc)
	c.addopI(bytecode.GET_AWAITABLE, 2, loc)
	c.loadConst(ast.None, loc)
	c.addYieldFrom(loc, true)
	c.withExceptFinish(cleanup)
	c.useLabel(exit)
}

// withExceptFinish is compiler_with_except_finish: after __exit__ ran
// with the exception, re-raise it unless the result was true.
func (c *compiler) withExceptFinish(cleanup Label) {
	suppress, exit := c.newLabel(), c.newLabel()
	c.addop(bytecode.TO_BOOL, NoLoc)
	c.addopJ(bytecode.POP_JUMP_IF_TRUE, suppress, NoLoc)
	c.addopI(bytecode.RERAISE, 2, NoLoc)
	c.useLabel(suppress)
	c.addop(bytecode.POP_TOP, NoLoc) // the exception
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.addop(bytecode.POP_EXCEPT, NoLoc)
	c.addop(bytecode.POP_TOP, NoLoc)
	c.addop(bytecode.POP_TOP, NoLoc)
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, exit, NoLoc)
	c.useLabel(cleanup)
	c.popExceptAndReraise(NoLoc)
	c.useLabel(exit)
}

package compiler

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// try statements, as compiler_try, compiler_try_except,
// compiler_try_finally and their except* twins emit them. Exceptions are
// zero-cost: SETUP_FINALLY and SETUP_CLEANUP are pseudo-instructions that
// mark where a handler's protected range starts (POP_BLOCK ends it); the
// back end turns them into the exception table. A handler starts with the
// exception on the stack; PUSH_EXC_INFO saves the one being handled below
// it, POP_EXCEPT restores it. A finally body is compiled twice: once on
// the normal path and once as the handler that re-raises; break,
// continue and return leave it through unwindFblock, which compiles it a
// third time on their own path.

// try is compiler_try.
func (c *compiler) try(s *ast.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(locOf(s), s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
	} else {
		c.tryExcept(locOf(s), s.Body, s.Handlers, s.Orelse)
	}
}

// tryStar is compiler_try_star.
func (c *compiler) tryStar(s *ast.TryStar) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(locOf(s), s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
	} else {
		c.tryStarExcept(locOf(s), s.Body, s.Handlers, s.Orelse)
	}
}

// tryFinally is compiler_try_finally (and compiler_try_star_finally):
//
//	   SETUP_FINALLY end
//	   <try body, or the try-except>
//	   POP_BLOCK
//	   <finally body>
//	   JUMP_NO_INTERRUPT exit
//	end:
//	   SETUP_CLEANUP cleanup
//	   PUSH_EXC_INFO
//	   <finally body>
//	   RERAISE 0
//	cleanup:
//	   COPY 3; POP_EXCEPT; RERAISE 1
//	exit:
func (c *compiler) tryFinally(loc Loc, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse, finalbody []ast.Stmt, star bool) {
	bodyL, end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.addopJ(bytecode.SETUP_FINALLY, end, loc)
	c.useLabel(bodyL)
	c.pushFblock(loc, frameBlock{typ: finallyTry, block: bodyL, exit: end, finally: finalbody})
	switch {
	case len(handlers) > 0 && star:
		c.tryStarExcept(loc, body, handlers, orelse)
	case len(handlers) > 0:
		c.tryExcept(loc, body, handlers, orelse)
	default:
		c.stmts(body)
	}
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.popFblock(finallyTry)
	c.stmts(finalbody)
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, exit, NoLoc)

	c.useLabel(end)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup, NoLoc)
	c.addop(bytecode.PUSH_EXC_INFO, NoLoc)
	c.pushFblock(NoLoc, frameBlock{typ: finallyEnd, block: end, exit: NoLabel})
	c.stmts(finalbody)
	c.popFblock(finallyEnd)
	c.addopI(bytecode.RERAISE, 0, NoLoc)
	c.useLabel(cleanup)
	c.popExceptAndReraise(NoLoc)
	c.useLabel(exit)
}

// tryExcept is compiler_try_except:
//
//	   SETUP_FINALLY except
//	   <body>
//	   POP_BLOCK
//	   <else>
//	   JUMP_NO_INTERRUPT end
//	except:
//	   SETUP_CLEANUP cleanup
//	   PUSH_EXC_INFO
//	   for each handler:
//	     [<type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next]
//	     <name = exc, or POP_TOP>; <body>; POP_BLOCK; POP_EXCEPT
//	     JUMP_NO_INTERRUPT end
//	   next: ...
//	   RERAISE 0
//	cleanup:
//	   COPY 3; POP_EXCEPT; RERAISE 1
//	end:
func (c *compiler) tryExcept(loc Loc, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse []ast.Stmt) {
	bodyL, except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.addopJ(bytecode.SETUP_FINALLY, except, loc)
	c.useLabel(bodyL)
	c.pushFblock(loc, frameBlock{typ: tryExcept, block: bodyL, exit: NoLabel})
	c.stmts(body)
	c.popFblock(tryExcept)
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.stmts(orelse)
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)

	c.useLabel(except)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup, NoLoc)
	c.addop(bytecode.PUSH_EXC_INFO, NoLoc)
	// The runtime pushes a block here.
	c.pushFblock(loc, frameBlock{typ: exceptionHandler, block: NoLabel, exit: NoLabel})
	for i, hn := range handlers {
		h := hn.(*ast.ExceptHandler)
		hloc := locOf(h)
		if h.Type == nil && i < len(handlers)-1 {
			c.raise(hloc, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.addop(bytecode.CHECK_EXC_MATCH, hloc)
			c.addopJ(bytecode.POP_JUMP_IF_FALSE, next, hloc)
		}
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newLabel(), c.newLabel()
			c.nameop(hloc, h.Name, ast.Store)
			// try: <body> finally: name = None; del name
			c.addopJ(bytecode.SETUP_CLEANUP, cleanupEnd, hloc)
			c.useLabel(cleanupBody)
			c.pushFblock(hloc, frameBlock{typ: handlerCleanup, block: cleanupBody, exit: NoLabel, name: h.Name, hasName: true})
			c.stmts(h.Body)
			c.popFblock(handlerCleanup)
			c.addop(bytecode.POP_BLOCK, NoLoc)
			c.addop(bytecode.POP_BLOCK, NoLoc)
			c.addop(bytecode.POP_EXCEPT, NoLoc)
			c.clearName(h.Name)
			c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)

			c.useLabel(cleanupEnd)
			c.clearName(h.Name)
			c.addopI(bytecode.RERAISE, 1, NoLoc)
		} else {
			cleanupBody := c.newLabel()
			c.addop(bytecode.POP_TOP, hloc) // the exception
			c.useLabel(cleanupBody)
			c.pushFblock(hloc, frameBlock{typ: handlerCleanup, block: cleanupBody, exit: NoLabel})
			c.stmts(h.Body)
			c.popFblock(handlerCleanup)
			c.addop(bytecode.POP_BLOCK, NoLoc)
			c.addop(bytecode.POP_EXCEPT, NoLoc)
			c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)
		}
		c.useLabel(next)
	}
	c.popFblock(exceptionHandler)
	c.addopI(bytecode.RERAISE, 0, NoLoc)
	c.useLabel(cleanup)
	c.popExceptAndReraise(NoLoc)
	c.useLabel(end)
}

// clearName is the artificial name = None; del name that ends a handler
// bound with as.
func (c *compiler) clearName(name string) {
	c.loadConst(ast.None, NoLoc)
	c.nameop(NoLoc, name, ast.Store)
	c.nameop(NoLoc, name, ast.Del)
}

// tryStarExcept is compiler_try_star_except. The handlers split an
// exception group: each CHECK_EG_MATCH leaves the rest of the group and
// the matching part; what the handlers raise or re-raise is collected in
// a list that CALL_INTRINSIC_2 PREP_RERAISE_STAR merges with the
// unhandled rest into what is raised at the end, if anything:
//
//	   SETUP_FINALLY except
//	   <body>
//	   POP_BLOCK
//	   JUMP_NO_INTERRUPT orelse
//	except:
//	   SETUP_CLEANUP cleanup
//	   PUSH_EXC_INFO
//	   BUILD_LIST 0; COPY 2                 [orig, [], eg]
//	   for each handler:
//	     <type>; CHECK_EG_MATCH; COPY 1; POP_JUMP_IF_NONE no_match
//	     <name = match, or POP_TOP>
//	     SETUP_CLEANUP cleanup_end; <body>; POP_BLOCK; JUMP next
//	   cleanup_end: LIST_APPEND 3; POP_TOP; JUMP except_with_error
//	   next: NOP; JUMP except_with_error
//	   (every JUMP here is JUMP_NO_INTERRUPT)
//	   no_match: POP_TOP
//	   except_with_error:
//	   (after the last) LIST_APPEND 1; JUMP reraise_star
//	reraise_star:
//	   CALL_INTRINSIC_2 PREP_RERAISE_STAR; COPY 1; POP_JUMP_IF_NOT_NONE reraise
//	   POP_TOP; POP_BLOCK; POP_EXCEPT; JUMP end
//	reraise:
//	   POP_BLOCK; SWAP 2; POP_EXCEPT; RERAISE 0
//	cleanup:
//	   COPY 3; POP_EXCEPT; RERAISE 1
//	orelse:
//	   <else>
//	end:
func (c *compiler) tryStarExcept(loc Loc, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse []ast.Stmt) {
	bodyL, except, orelseL, end, cleanup, reraiseStar := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.addopJ(bytecode.SETUP_FINALLY, except, loc)
	c.useLabel(bodyL)
	c.pushFblock(loc, frameBlock{typ: tryExcept, block: bodyL, exit: NoLabel})
	c.stmts(body)
	c.popFblock(tryExcept)
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, orelseL, NoLoc)

	c.useLabel(except)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup, NoLoc)
	c.addop(bytecode.PUSH_EXC_INFO, NoLoc)
	c.pushFblock(loc, frameBlock{typ: exceptionGroupHandler, block: NoLabel, exit: NoLabel})
	n := len(handlers)
	for i, hn := range handlers {
		h := hn.(*ast.ExceptHandler)
		hloc := locOf(h)
		next, exceptWithError, noMatch := c.newLabel(), c.newLabel(), c.newLabel()
		if i == 0 {
			c.addopI(bytecode.BUILD_LIST, 0, hloc)
			c.addopI(bytecode.COPY, 2, hloc)
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.addop(bytecode.CHECK_EG_MATCH, hloc)
			c.addopI(bytecode.COPY, 1, hloc)
			c.addopJ(bytecode.POP_JUMP_IF_NONE, noMatch, hloc)
		}
		cleanupEnd, cleanupBody := c.newLabel(), c.newLabel()
		if h.Name != "" {
			c.nameop(hloc, h.Name, ast.Store)
		} else {
			c.addop(bytecode.POP_TOP, hloc) // the match
		}
		c.addopJ(bytecode.SETUP_CLEANUP, cleanupEnd, hloc)
		c.useLabel(cleanupBody)
		c.pushFblock(hloc, frameBlock{typ: handlerCleanup, block: cleanupBody, exit: NoLabel, name: h.Name, hasName: h.Name != ""})
		c.stmts(h.Body)
		c.popFblock(handlerCleanup)
		c.addop(bytecode.POP_BLOCK, NoLoc)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, next, NoLoc)

		c.useLabel(cleanupEnd)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		// What the handler raised joins the list.
		c.addopI(bytecode.LIST_APPEND, 3, NoLoc)
		c.addop(bytecode.POP_TOP, NoLoc) // lasti
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, exceptWithError, NoLoc)

		c.useLabel(next)
		c.addop(bytecode.NOP, NoLoc) // to hold a propagated location
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, exceptWithError, NoLoc)

		c.useLabel(noMatch)
		c.addop(bytecode.POP_TOP, hloc) // the match (None)

		c.useLabel(exceptWithError)
		if i == n-1 {
			// The unhandled rest of the group, if not None, joins too.
			c.addopI(bytecode.LIST_APPEND, 1, NoLoc)
			c.addopJ(bytecode.JUMP_NO_INTERRUPT, reraiseStar, NoLoc)
		}
	}
	c.popFblock(exceptionGroupHandler)
	reraise := c.newLabel()
	c.useLabel(reraiseStar)
	c.addopI(bytecode.CALL_INTRINSIC_2, intrinsic2PrepReraiseStar, NoLoc)
	c.addopI(bytecode.COPY, 1, NoLoc)
	c.addopJ(bytecode.POP_JUMP_IF_NOT_NONE, reraise, NoLoc)
	// Nothing to re-raise.
	c.addop(bytecode.POP_TOP, NoLoc)
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.addop(bytecode.POP_EXCEPT, NoLoc)
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)

	c.useLabel(reraise)
	c.addop(bytecode.POP_BLOCK, NoLoc)
	c.addopI(bytecode.SWAP, 2, NoLoc)
	c.addop(bytecode.POP_EXCEPT, NoLoc)
	c.addopI(bytecode.RERAISE, 0, NoLoc)

	c.useLabel(cleanup)
	c.popExceptAndReraise(NoLoc)

	c.useLabel(orelseL)
	c.stmts(orelse)
	c.useLabel(end)
}

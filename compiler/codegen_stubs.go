package compiler

import "github.com/peglab/peglab/ast"

// Placeholders for the parts of the code generator that live in other
// files (codegen_try.go, codegen_with.go, codegen_match.go,
// codegen_async.go, codegen_typeparams.go). Each fails the compilation
// with a SystemError naming what is missing; whoever writes one of these
// functions in its own file deletes its placeholder here.

func (c *compiler) notYet(what string) { c.internal("the compiler does not handle " + what + " yet") }

func (c *compiler) typeAlias(s *ast.TypeAlias) { c.notYet("type aliases") }
func (c *compiler) match(s *ast.Match)         { c.notYet("match statements") }
func (c *compiler) try(s *ast.Try)             { c.notYet("try statements") }
func (c *compiler) tryStar(s *ast.TryStar)     { c.notYet("try-except* statements") }
func (c *compiler) with(s *ast.With, pos int)  { c.notYet("with statements") }
func (c *compiler) asyncWith(s *ast.AsyncWith, pos int) {
	c.notYet("async with statements")
}
func (c *compiler) asyncFor(s *ast.AsyncFor)         { c.notYet("async for statements") }
func (c *compiler) yield(e *ast.Yield)               { c.notYet("yield") }
func (c *compiler) yieldFrom(e *ast.YieldFrom)       { c.notYet("yield from") }
func (c *compiler) await(e *ast.Await)               { c.notYet("await") }
func (c *compiler) addYieldFrom(loc Loc, await bool) { c.notYet("yield from") }
func (c *compiler) addopYield(loc Loc)               { c.notYet("yield") }
func (c *compiler) wrapInStopIterationHandler()      { c.notYet("generators") }
func (c *compiler) asyncComprehensionGenerator(loc Loc, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, typ int, iterOnStack bool) {
	c.notYet("async comprehensions")
}
func (c *compiler) genericFunction(f *funcParts, firstlineno int) { c.notYet("generic functions") }
func (c *compiler) genericClass(s *ast.ClassDef, firstlineno int) { c.notYet("generic classes") }

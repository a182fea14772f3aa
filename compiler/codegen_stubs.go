package compiler

import "github.com/peglab/peglab/ast"

// Placeholders for the parts of the code generator that live in other
// files (codegen_try.go, codegen_with.go, codegen_match.go,
// codegen_async.go, codegen_typeparams.go). Each fails the compilation
// with a SystemError naming what is missing; whoever writes one of these
// functions in its own file deletes its placeholder here.

func (c *compiler) notYet(what string) { c.internal("the compiler does not handle " + what + " yet") }

func (c *compiler) typeAlias(s *ast.TypeAlias)                    { c.notYet("type aliases") }
func (c *compiler) match(s *ast.Match)                            { c.notYet("match statements") }
func (c *compiler) genericFunction(f *funcParts, firstlineno int) { c.notYet("generic functions") }
func (c *compiler) genericClass(s *ast.ClassDef, firstlineno int) { c.notYet("generic classes") }

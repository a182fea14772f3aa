// Package gogen is pegen's Go code generator: it writes a lowered grammar
// (pegen.Program) as a Go parser whose rule functions call each other and
// the action helpers directly, and it reads helper signatures from Go
// source (ReadHelpers), so that generating a package never imports it.
//
// It is split from pegen so that what runs grammars (the grammar
// interpreter, a generated parser, a VM) does not link go/format and
// go/printer: only the generator and the CLI's gen and diff commands
// import this package.
package gogen

package main

import (
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/internal/corpus"
	"github.com/peglab/peglab/symtable"
)

func init() { corpus.Register(compileStage) }

// compileStage is the front end as compile(src, path, "exec") runs it, for
// the corpus runner: the parser, the symbol table and the checks the
// compiler makes while it emits code. It prints nothing for a file that
// compiles and the SyntaxError as CPython prints it for one that does
// not; the oracle runs compile() itself (oracle.py compile FILE). Until
// peglab has a code generator this is the stage that measures the errors
// of every stage against CPython's.
var compileStage = &corpus.StageFunc{
	StageName: "compile",
	Func: func(path string, src []byte) corpus.Result {
		mod, perr := parseModule(path, src)
		if perr != nil {
			return corpus.Result{Err: perr.Format(), Status: 1}
		}
		st, serr := symtable.Build(mod, path, &symtable.Options{Source: src})
		if serr != nil {
			return corpus.Result{Err: serr.Format(), Status: 1}
		}
		if cerr := compiler.Check(mod, st, &compiler.Options{Filename: path, Source: src}); cerr != nil {
			return corpus.Result{Err: cerr.Format(), Status: 1}
		}
		return corpus.Result{}
	},
}

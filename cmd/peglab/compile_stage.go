package main

import (
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/internal/corpus"
)

func init() {
	corpus.Register(compileStage)
	frontEndStages["compile"] = func(fe *frontEnd) corpus.Stage { return compileStageWith(parseWith(fe)) }
}

// compileStage is the front end as compile(src, path, "exec") runs it, for
// the corpus runner: the parser, the symbol table and the checks the
// compiler makes while it emits code. It prints nothing for a file that
// compiles and the SyntaxError as CPython prints it for one that does
// not; the oracle runs compile() itself (oracle.py compile FILE). Until
// peglab has a code generator this is the stage that measures the errors
// of every stage against CPython's.
var compileStage = compileStageWith(generatedParse)

func compileStageWith(parse parseFile) *corpus.StageFunc {
	return &corpus.StageFunc{
		StageName: "compile",
		Func: func(path string, src []byte) corpus.Result {
			mod, st, err := analyzeFile(parse, path, src)
			if err == nil {
				err = compiler.Check(mod, st, &compiler.Options{Filename: path, Source: src})
			}
			if err != nil {
				return corpus.Result{Err: err.Format(), Status: 1}
			}
			return corpus.Result{}
		},
	}
}

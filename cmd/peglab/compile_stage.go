package main

import (
	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/pipeline"
)

func init() {
	corpus.Register(compileStage)
	frontEndStages["compile"] = func(fe *pipeline.Frontend) corpus.Stage { return compileStageWith(fe) }
}

// compileStage is the front end as compile(src, path, "exec") runs it, for
// the corpus runner: the parser, the symbol table and the checks the
// compiler makes while it emits code. It prints nothing for a file that
// compiles and the SyntaxError as CPython prints it for one that does
// not; the oracle runs compile() itself (oracle.py compile FILE). Until
// peglab has a code generator this is the stage that measures the errors
// of every stage against CPython's.
var compileStage = compileStageWith(pipeline.Python)

func compileStageWith(fe *pipeline.Frontend) *corpus.StageFunc {
	return &corpus.StageFunc{
		StageName: "compile",
		Func: func(path string, src []byte) corpus.Result {
			if _, err := compileFile(fe, path, src, pipeline.Checked); err != nil {
				return corpus.Result{Err: err.Format(), Status: 1}
			}
			return corpus.Result{}
		},
	}
}

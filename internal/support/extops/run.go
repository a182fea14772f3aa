package extops

import (
	"bytes"
	"fmt"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/dis"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/runtime"
)

// Result is one program's dis and output.
type Result struct {
	Dis, Out string
}

// Run compiles and runs one program (name is the filename tracebacks
// show) with the front end fe.
func Run(fe *pipeline.Frontend, name string, src []byte) (Result, error) {
	var stdout, stderr bytes.Buffer
	if err := Install(fe, runtime.Config{Stdout: &stdout, Stderr: &stderr}); err != nil {
		return Result{}, err
	}
	runtime.SetSourceParser(func(src []byte) (ast.Mod, *pyerr.Error) {
		return fe.Parse(pipeline.Input{Name: "<traceback>", Data: src}, parser.ModeExec)
	})
	res, perr := fe.Compile(pipeline.Input{Name: name, Data: src, FromFile: true}, pipeline.Options{Stop: pipeline.Code})
	if perr != nil {
		return Result{Dis: perr.Format(), Out: perr.Format() + "[exit status 1]\n"}, nil
	}
	out := Result{Dis: dis.Dis(res.Code, dis.Options{})}
	runtime.RegisterSource(name, src)
	status := runtime.RunModule(res.Code, runtime.Config{Argv: []string{name}, Stdout: &stdout, Stderr: &stderr})
	out.Out = stdout.String() + stderr.String()
	if status != 0 {
		out.Out += fmt.Sprintf("[exit status %d]\n", status)
	}
	return out, nil
}

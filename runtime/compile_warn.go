package runtime

import (
	"fmt"
	"os"
	"strings"

	"github.com/peglab/peglab/pyerr"
)

// WarnAction is the action python3.13's -W gives the SyntaxWarnings the
// compiler raises while the warnings module is not imported (CPython's
// _warnings then applies the filters built from -W): "default" prints,
// "ignore" drops, "error" raises. peglab run sets it.
var WarnAction = "default"

// compileWarnings hands the warnings a compilation raised to the warnings
// machinery, as PyErr_WarnExplicitObject does: through the warnings
// module's warn_explicit when the program imported it (its filters and
// showwarning apply), else printed to sys.stderr as _warnings' own
// show_warning prints them. A warning the filters turn into an exception
// ends the compilation: a SyntaxWarning is replaced by the SyntaxError the
// stage would raise in its place (Warning.Err), as CPython does.
func compileWarnings(ws []pyerr.Warning) *Exception {
	if len(ws) == 0 {
		return nil
	}
	mod, ok := modules.GetS("warnings")
	var warn Value
	if ok {
		warn, _ = GetAttr(mod, intern("warn_explicit"))
	}
	var other *Exception // an exception a Python showwarning raised
	serr := pyerr.Emit(ws, func(w pyerr.Warning) bool {
		if other != nil {
			return false
		}
		if warn.p != nil {
			cat, ok := builtinsDict.GetS(string(w.Category))
			if !ok {
				cat, _ = builtinsDict.GetS("SyntaxWarning")
			}
			if _, err := Call(warn, []Value{NewStr(w.Msg), cat, NewStr(w.Filename), MakeInt(int64(w.Line))}, nil); err != nil {
				if err.typ.IsSubtype(cat.typ()) && w.Err != nil {
					return true
				}
				other = err
			}
			return false
		}
		switch WarnAction {
		case "ignore":
			return false
		case "error":
			return w.Err != nil
		}
		stderr, _ := sysModule.dict.GetS("stderr")
		s := fmt.Sprintf("%s:%d: %s: %s\n", w.Filename, w.Line, w.Category, w.Msg)
		if line := warningLine(w.Filename, w.Line); line != "" {
			s += "  " + line + "\n"
		}
		if stderr.p != nil {
			writeTo(stderr, s)
		}
		return false
	})
	if other != nil {
		return other
	}
	if serr != nil {
		return syntaxError(serr)
	}
	return nil
}

// warningLine is the source line a warning shows (_Py_DisplaySourceLine):
// read back from the file the warning names, stripped; "" when there is
// no such file.
func warningLine(filename string, n int) string {
	if strings.HasPrefix(filename, "<") {
		return ""
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	line, ok := pyerr.FileLine(data, n)
	if !ok {
		return ""
	}
	return strings.TrimSpace(pyerr.DecodeReplace(string(line)))
}

// CompileWarnings is compileWarnings for a front end that compiles
// outside the VM (peglab run's imports): the SyntaxError a warning
// became, or nil. Another exception a showwarning raised is printed.
func CompileWarnings(ws []pyerr.Warning) *pyerr.Error {
	err := compileWarnings(ws)
	if err == nil {
		return nil
	}
	if err.synErr != nil {
		return err.synErr
	}
	sysStderr.write(FormatException(err))
	return nil
}

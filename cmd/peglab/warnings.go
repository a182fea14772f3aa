package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/peglab/peglab/pyerr"
)

// warnAction is what python3.13's -W asks of the SyntaxWarnings a
// compilation raises: "default" prints each one as the warnings machinery
// does, "ignore" drops them, "error" turns the first into the SyntaxError
// CPython raises in its place (pyerr.Warning.Err), which ends the
// compilation.
type warnAction string

const (
	warnDefault warnAction = "default"
	warnIgnore  warnAction = "ignore"
	warnError   warnAction = "error"
	warnOnce    warnAction = "once"
)

// parseWarnAction reads -W's value as python3.13 does: an action
// (a unique prefix of one), optionally followed by ":category:..."
// fields, of which only an empty category or SyntaxWarning and its bases
// concern the compiler's warnings.
func parseWarnAction(s string) (warnAction, bool, error) {
	action, rest, _ := strings.Cut(s, ":")
	category, _, _ := strings.Cut(rest, ":")
	var a warnAction
	for _, name := range []warnAction{"default", "error", "ignore", "always", "all", "module", "once"} {
		if action != "" && strings.HasPrefix(string(name), action) {
			a = name
			break
		}
	}
	if action == "" {
		a = warnDefault
	}
	if a == "" {
		return "", false, fmt.Errorf("invalid -W action: %q (default, error, ignore, always, module or once)", action)
	}
	switch strings.TrimSpace(category) {
	case "", "SyntaxWarning", "Warning", "Exception", "BaseException":
	default:
		return "", false, nil // another category: leaves these warnings alone
	}
	switch a {
	case warnError, warnIgnore, warnOnce:
		return a, true, nil
	}
	return warnDefault, true, nil // always, module: the compiler passes no registry, so each warning shows
}

// emitWarnings hands a compilation's warnings to the filters: with
// action default each is printed as CPython's warnings machinery shows a
// SyntaxWarning ("FILE:LINE: SyntaxWarning: MESSAGE", then the line read
// back from the file FILE names, stripped, when there is one); with error
// the first becomes the returned SyntaxError and the rest are dropped, as
// CPython stops at it; with once a message shows only the first time
// (the once registry is keyed by text and category).
func emitWarnings(w io.Writer, ws []pyerr.Warning, action warnAction) *pyerr.Error {
	if len(ws) == 0 || action == warnIgnore {
		return nil
	}
	if action == warnError {
		return pyerr.Emit(ws, func(pyerr.Warning) bool { return true })
	}
	var file string
	var data []byte
	for _, x := range ws {
		if action == warnOnce {
			if onceRegistry[x.Msg] {
				continue
			}
			onceRegistry[x.Msg] = true
		}
		fmt.Fprintf(w, "%s:%d: %s: %s\n", x.Filename, x.Line, x.Category, x.Msg)
		if x.Filename != file {
			file, data = x.Filename, nil
			if !strings.HasPrefix(file, "<") {
				data, _ = os.ReadFile(file) // linecache: the file as it is now
			}
		}
		if line, ok := pyerr.FileLine(data, x.Line); ok {
			if text := strings.TrimSpace(pyerr.DecodeReplace(string(line))); text != "" {
				fmt.Fprintf(w, "  %s\n", text)
			}
		}
	}
	return nil
}

// onceRegistry is the warnings' onceregistry for -W once: one per process.
var onceRegistry = map[string]bool{}

package runtime

import (
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// compileSource is compile(src, filename, mode) through peglab's front
// end and compiler.
func compileSource(src []byte, filename, mode string) (*Code, *Exception) {
	var warnings []pyerr.Warning
	mod, perr := parser.Parse(src, parser.Options{Filename: filename, Mode: parser.Mode(mode), Warnings: &warnings})
	if err := compileWarnings(warnings); err != nil {
		return nil, err
	}
	if perr == nil {
		var st *symtable.SymbolTable
		st, perr = symtable.Build(mod, filename, &symtable.Options{Source: src})
		if perr == nil {
			warnings = warnings[:0]
			co, perr := compiler.Compile(mod, st, &compiler.Options{Filename: filename, Warnings: &warnings})
			if err := compileWarnings(warnings); err != nil {
				return nil, err
			}
			if perr == nil {
				return NewCode(co), nil
			}
			return nil, syntaxError(perr)
		}
	}
	return nil, syntaxError(perr)
}

// syntaxError makes the Python exception for a front-end error.
func syntaxError(e *peg.Error) *Exception {
	var t *Type
	if v, ok := builtinsDict.GetS(string(e.Type)); ok && v.Type() == TypeType {
		t = v.typ()
	} else {
		t = SyntaxError
	}
	if !t.IsSubtype(SyntaxError) {
		return newErr(t, "%s", e.Msg)
	}
	loc := NewTuple(NewStr(e.Filename), MakeInt(int64(e.Line)), MakeInt(int64(e.Offset)), NewStr(e.Text), MakeInt(int64(e.EndLine)), MakeInt(int64(e.EndOffset)))
	x := newExcArgs(t, NewStr(e.Msg), loc)
	x.synErr = e
	return x
}

func initCompileBuiltins() {
	defBuiltin("compile", builtinCompile) // mod_ast.go
	run := func(name, mode string) func(a []Value, kw *Tuple) (Value, *Exception) {
		return func(a []Value, kw *Tuple) (Value, *Exception) {
			pos, _ := splitKw(a, kw)
			if len(pos) < 1 || len(pos) > 3 {
				return Null, newErr(TypeError, "%s expected at least 1 argument, got %d", name, len(pos))
			}
			var code *Code
			if pos[0].Type() == CodeType {
				code = (*Code)(pos[0].p)
			} else {
				src, err := sourceBytes(name, pos[0])
				if err != nil {
					return Null, err
				}
				c, err := compileSource(src, "<string>", mode)
				if err != nil {
					return Null, err
				}
				code = c
			}
			f := curThread.frame
			var globals *Dict
			var locals Value
			if len(pos) > 1 && !pos[1].isNone() {
				if pos[1].Type() != DictType {
					return Null, newErr(TypeError, "%s() globals must be a dict, not %s", name, typeName(pos[1]))
				}
				globals = pos[1].dict()
				locals = pos[1]
				if _, ok := globals.GetS("__builtins__"); !ok {
					globals.SetS("__builtins__", obj(builtinsModule))
				}
			} else if f != nil {
				globals = f.globals
				locals = f.locals
				if locals.p == nil {
					l, _ := builtinsDict.GetS("locals")
					lv, err := Call(l, nil, nil)
					if err != nil {
						return Null, err
					}
					locals = lv
				}
			} else {
				globals = NewDict()
				locals = obj(globals)
			}
			if len(pos) > 2 && !pos[2].isNone() {
				locals = pos[2]
			}
			r, err := curThread.runCode(code, globals, locals, nil)
			if err != nil {
				return Null, err
			}
			if mode == "exec" {
				return None, nil
			}
			return r, nil
		}
	}
	defBuiltin("exec", run("exec", "exec"))
	defBuiltin("eval", run("eval", "eval"))
}

func sourceBytes(name string, v Value) ([]byte, *Exception) {
	switch v.Type() {
	case StrType:
		return []byte(v.str().s), nil
	case BytesType:
		return v.bytes().b, nil
	}
	if name == "compile" {
		return nil, newErr(TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	return nil, newErr(TypeError, "%s() arg 1 must be a string, bytes or code object", name)
}

package runtime

import "github.com/peglab/peglab/compiler/bytecode"

// _opcode (Modules/_opcode.c) over compiler/bytecode's opcode table: what
// opcode.py and dis import (has_arg ..., stack_effect, the intrinsic and
// binary-operator names).

func initOpcodeModule() *Module {
	m := NewModule("_opcode")
	d := m.dict
	d.SetS("ENABLE_SPECIALIZATION", MakeInt(1))
	opArg := func(name string, a []Value) (bytecode.Opcode, *Exception) {
		if len(a) != 1 {
			return 0, newErr(TypeError, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		n, err := IndexInt(a[0])
		if err != nil {
			return 0, err
		}
		if n < 0 || n > 0xffff {
			return 0xffff, nil
		}
		return bytecode.Opcode(n), nil
	}
	pred := func(name string, f func(op bytecode.Opcode) bool) {
		d.SetS(name, goFunc(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			op, err := opArg(name, a)
			if err != nil {
				return Null, err
			}
			return MakeBool(op.Valid() && f(op)), nil
		}))
	}
	pred("is_valid", func(bytecode.Opcode) bool { return true })
	for name, fl := range map[string]bytecode.Flag{"has_arg": bytecode.HasArg, "has_const": bytecode.HasConst,
		"has_name": bytecode.HasName, "has_jump": bytecode.HasJump, "has_free": bytecode.HasFree,
		"has_local": bytecode.HasLocal, "has_exc": bytecode.HasExc} {
		pred(name, func(op bytecode.Opcode) bool {
			// POP_BLOCK's oparg is a placeholder CPython's metadata does not count
			if fl == bytecode.HasArg && op.String() == "POP_BLOCK" {
				return false
			}
			return op.Has(fl)
		})
	}
	d.SetS("stack_effect", goFunc("stack_effect", func(a []Value, kw *Tuple) (Value, *Exception) {
		v, err := parseArgs("stack_effect", a, kw, []string{"opcode", "oparg", "jump"}, 2, 2, 1)
		if err != nil {
			return Null, err
		}
		n, err := IndexInt(v[0])
		if err != nil {
			return Null, err
		}
		op := bytecode.Opcode(n)
		oparg := 0
		if v[1].p != nil && !v[1].isNone() {
			if oparg, err = IndexInt(v[1]); err != nil {
				return Null, err
			}
		}
		var eff int
		ok := n >= 0 && n <= 0xffff && op.Valid() && !op.Has(bytecode.Specialized)
		if ok {
			jump := v[2].p == nil || v[2].isNone()
			if jump {
				e1, ok1 := bytecode.StackEffect(op, oparg, false)
				e2, ok2 := bytecode.StackEffect(op, oparg, true)
				eff, ok = max(e1, e2), ok1 && ok2
			} else {
				j, err := Truth(v[2])
				if err != nil {
					return Null, err
				}
				eff, ok = bytecode.StackEffect(op, oparg, j)
			}
		}
		if !ok {
			return Null, newErr(ValueError, "invalid opcode or oparg")
		}
		return MakeInt(int64(eff)), nil
	}))
	strs := func(names ...string) Value {
		items := make([]Value, len(names))
		for i, s := range names {
			items[i] = NewStr(s)
		}
		return obj(newList(items))
	}
	d.SetS("get_intrinsic1_descs", goFunc("get_intrinsic1_descs", func(a []Value, kw *Tuple) (Value, *Exception) {
		return strs("INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
			"INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
			"INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"), nil
	}))
	d.SetS("get_intrinsic2_descs", goFunc("get_intrinsic2_descs", func(a []Value, kw *Tuple) (Value, *Exception) {
		return strs("INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
			"INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"), nil
	}))
	d.SetS("get_nb_ops", goFunc("get_nb_ops", func(a []Value, kw *Tuple) (Value, *Exception) {
		ops := [][2]string{{"NB_ADD", "+"}, {"NB_AND", "&"}, {"NB_FLOOR_DIVIDE", "//"}, {"NB_LSHIFT", "<<"},
			{"NB_MATRIX_MULTIPLY", "@"}, {"NB_MULTIPLY", "*"}, {"NB_REMAINDER", "%"}, {"NB_OR", "|"},
			{"NB_POWER", "**"}, {"NB_RSHIFT", ">>"}, {"NB_SUBTRACT", "-"}, {"NB_TRUE_DIVIDE", "/"}, {"NB_XOR", "^"}}
		var items []Value
		for _, o := range ops {
			items = append(items, NewTuple(NewStr(o[0]), NewStr(o[1])))
		}
		for _, o := range ops {
			items = append(items, NewTuple(NewStr("NB_INPLACE_"+o[0][3:]), NewStr(o[1]+"=")))
		}
		return obj(newList(items)), nil
	}))
	d.SetS("get_specialization_stats", goFunc("get_specialization_stats", func(a []Value, kw *Tuple) (Value, *Exception) {
		return None, nil
	}))
	d.SetS("get_executor", goFunc("get_executor", func(a []Value, kw *Tuple) (Value, *Exception) {
		return Null, newErr(RuntimeError, "no executor at given byte offset")
	}))
	return m
}

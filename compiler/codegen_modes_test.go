package compiler_test

import (
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// TestCodegenModes checks the units of compile()'s other modes: an
// interactive statement prints its expressions (CALL_INTRINSIC_1 1) and an
// expression returns its value, with no implicit None.
func TestCodegenModes(t *testing.T) {
	for _, c := range []struct {
		mode parser.Mode
		src  string
		want []bytecode.Opcode
	}{
		{parser.ModeSingle, "x\n", []bytecode.Opcode{bytecode.RESUME, bytecode.LOAD_NAME, bytecode.CALL_INTRINSIC_1, bytecode.POP_TOP, bytecode.LOAD_CONST, bytecode.RETURN_VALUE}},
		{parser.ModeSingle, "x = 1\n", []bytecode.Opcode{bytecode.RESUME, bytecode.LOAD_CONST, bytecode.STORE_NAME, bytecode.LOAD_CONST, bytecode.RETURN_VALUE}},
		{parser.ModeEval, "a + 1", []bytecode.Opcode{bytecode.RESUME, bytecode.LOAD_NAME, bytecode.LOAD_CONST, bytecode.BINARY_OP, bytecode.RETURN_VALUE}},
	} {
		mod, err := parser.Parse([]byte(c.src), parser.Options{Filename: "<stdin>", Mode: c.mode})
		if err != nil {
			t.Fatal(err)
		}
		st, err := symtable.Build(mod, "<stdin>", nil)
		if err != nil {
			t.Fatal(err)
		}
		u, err := compiler.Codegen(mod, st, &compiler.Options{Filename: "<stdin>"})
		if err != nil {
			t.Fatal(err)
		}
		var got []bytecode.Opcode
		for _, in := range u.Seq.Instrs {
			got = append(got, in.Op)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s %q: %v, want %v", c.mode, c.src, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %q: %v, want %v", c.mode, c.src, got, c.want)
				break
			}
		}
	}
}

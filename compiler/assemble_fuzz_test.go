package compiler

import (
	"testing"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pegen/peg"
)

// FuzzAssemble feeds the back end arbitrary instruction sequences (3 bytes
// an instruction: opcode, oparg, a label to place or not): it may refuse
// them, never panic.
//
//	go test ./compiler -run '^$' -fuzz FuzzAssemble -fuzztime 2m
func FuzzAssemble(f *testing.F) {
	f.Add([]byte{149, 0, 0, 83, 0, 0, 36, 0, 0})
	f.Add([]byte{149, 0, 0, 83, 0, 1, 97, 1, 0, 83, 1, 1, 36, 0, 0, 0x01, 2, 0, 83, 0, 0, 36, 0, 0})
	f.Add([]byte{149, 0, 0, 0x09, 3, 0, 1, 2, 0, 33, 0, 1, 102, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		seq := &InstrSeq{}
		const nlabels = 8
		for i := 0; i < nlabels; i++ {
			seq.NewLabel()
		}
		for i := 0; i+2 < len(data); i += 3 {
			op := bytecode.Opcode(data[i])
			if data[i] < 12 && i > 0 { // a pseudo-op (256 + n)
				op = bytecode.Opcode(256 + int(data[i]))
			}
			arg := int32(data[i+1])
			if hasTarget(op) {
				arg %= nlabels
			}
			if data[i+2]&1 != 0 {
				seq.UseLabel(Label(data[i+2] >> 1 % nlabels))
			}
			seq.Add(op, arg, Loc{int32(i/3 + 1), int32(i/3 + 1), 0, 4})
		}
		meta := &UnitMeta{
			Name: "f", QualName: "f", FirstLineNo: 1,
			Consts:   []any{nil, int64(1), "a", bytecode.Tuple{int64(2)}},
			Names:    []string{"a", "b"},
			VarNames: []string{"x", "y", "z"},
			CellVars: []string{"y", "c"},
			FreeVars: []string{"f"},
		}
		_, _ = assemble(seq, meta, bytecode.CoGenerator, "fuzz.py")
	})
}

func TestAssembleErrors(t *testing.T) {
	loc := Loc{1, 1, 0, 1}
	tests := []struct {
		name  string
		build func(s *InstrSeq)
		want  string
	}{
		{"empty", func(s *InstrSeq) {}, "SystemError"},
		{"unplaced label", func(s *InstrSeq) {
			l := s.NewLabel()
			s.Add(bytecode.RESUME, 0, loc)
			s.Add(bytecode.JUMP, int32(l), loc)
		}, "SystemError"},
		{"constant out of range", func(s *InstrSeq) {
			s.Add(bytecode.RESUME, 0, loc)
			s.Add(bytecode.LOAD_CONST, 5, loc)
			s.Add(bytecode.RETURN_VALUE, 0, loc)
		}, "SystemError"},
		{"stack underflow", func(s *InstrSeq) {
			s.Add(bytecode.RESUME, 0, loc)
			s.Add(bytecode.POP_TOP, 0, loc)
			s.Add(bytecode.RETURN_CONST, 0, loc)
		}, "ValueError: Invalid CFG, stack underflow"},
		{"exit not last", func(s *InstrSeq) {
			s.Add(bytecode.RESUME, 0, loc)
			s.Add(bytecode.RETURN_CONST, 0, loc)
			s.Add(bytecode.NOP, 0, loc)
		}, ""}, // a new block starts after the exit: fine, and unreachable
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &InstrSeq{}
			tt.build(s)
			_, err := assemble(s, &UnitMeta{Name: "f", FirstLineNo: 1, Consts: []any{nil}}, 0, "x.py")
			got := ""
			if err != nil {
				got = errType(err) + ": " + err.Error()
			}
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || (got != tt.want && errType(err) != tt.want)) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func errType(err error) string {
	if pe, ok := err.(*peg.Error); ok {
		return pe.Type
	}
	return ""
}

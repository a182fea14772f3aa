package bytecode

import "testing"

func TestOpcodeTable(t *testing.T) {
	tests := []struct {
		op     Opcode
		name   string
		code   int
		flags  Flag
		caches int
	}{
		{CACHE, "CACHE", 0, 0, 0},
		{BINARY_OP, "BINARY_OP", 45, HasArg, 1},
		{LOAD_GLOBAL, "LOAD_GLOBAL", 91, HasArg | HasName, 4},
		{LOAD_ATTR, "LOAD_ATTR", 82, HasArg | HasName, 9},
		{JUMP_BACKWARD, "JUMP_BACKWARD", 77, HasArg | HasJump | JumpBackward, 1},
		{LOAD_FAST, "LOAD_FAST", 85, HasArg | HasLocal, 0},
		{SETUP_FINALLY, "SETUP_FINALLY", 265, HasArg | HasExc | Pseudo, 0},
		{BINARY_OP_ADD_INT, "BINARY_OP_ADD_INT", 151, HasArg | Specialized, 1},
	}
	for _, tt := range tests {
		if int(tt.op) != tt.code || tt.op.String() != tt.name || !tt.op.Has(tt.flags) || tt.op.Caches() != tt.caches {
			t.Errorf("%s: code %d flags %b caches %d; want %d %b %d", tt.op, tt.op, tt.op.Info().Flags, tt.op.Caches(), tt.code, tt.flags, tt.caches)
		}
	}
	if BINARY_OP_ADD_INT.Info().Family != BINARY_OP {
		t.Errorf("BINARY_OP_ADD_INT family = %s", BINARY_OP_ADD_INT.Info().Family)
	}
	if got := Opcode(255).String(); got != "<255>" {
		t.Errorf("Opcode(255) = %q", got)
	}
}

func TestStackEffect(t *testing.T) {
	tests := []struct {
		op     Opcode
		oparg  int
		jump   bool
		effect int
	}{
		{CALL, 2, false, -3},
		{LOAD_GLOBAL, 1, false, 2},
		{LOAD_GLOBAL, 2, false, 1},
		{BUILD_SLICE, 3, false, -2},
		{BUILD_SLICE, 2, false, -1},
		{UNPACK_EX, 0x0102, false, 3},
		{FOR_ITER, 0, false, 1},
		{SETUP_CLEANUP, 0, true, 2},
		{BUILD_LIST, 4, false, -3},
	}
	for _, tt := range tests {
		got, ok := StackEffect(tt.op, tt.oparg, tt.jump)
		if !ok || got != tt.effect {
			t.Errorf("StackEffect(%s, %d, %v) = %d, %v; want %d", tt.op, tt.oparg, tt.jump, got, ok, tt.effect)
		}
	}
}

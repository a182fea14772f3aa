package runtime

import "testing"

// TestExtensionOperators registers a binary operator and a comparison the
// way an extension does and checks their dispatch and messages.
func TestExtensionOperators(t *testing.T) {
	const arrow, almost = 26, 6
	RegisterBinaryOp(arrow, "->", "__arrow__", "__rarrow__")
	RegisterCompareOp(almost, "~=", "__almosteq__", almost, func(a, b Value) (Value, *Exception) {
		x, ok1, _ := toFloat(a)
		y, ok2, _ := toFloat(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		d := x - y
		if d < 0 {
			d = -d
		}
		return MakeBool(d <= 0.1), nil
	})
	_, err := BinaryOp(MakeInt(1), MakeInt(2), arrow)
	if err == nil || err.Error() != "TypeError: unsupported operand type(s) for ->: 'int' and 'int'" {
		t.Errorf("1 -> 2: %v", err)
	}
	r, err := RichCompare(MakeInt(1), MakeFloat(1.05), almost)
	if err != nil || !r.Is(True) {
		t.Errorf("1 ~= 1.05: %v %v", r, err)
	}
	_, err = RichCompare(NewStr("a"), MakeInt(1), almost)
	if err == nil || err.Error() != "TypeError: '~=' not supported between instances of 'str' and 'int'" {
		t.Errorf("'a' ~= 1: %v", err)
	}
}

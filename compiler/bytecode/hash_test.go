package bytecode

import (
	"math/big"
	"testing"

	"github.com/peglab/peglab/ast"
)

func TestPyHash(t *testing.T) {
	// hash() of CPython 3.13 with PYTHONHASHSEED=0.
	big70 := new(big.Int).Lsh(big.NewInt(1), 70)
	tests := []struct {
		v    any
		want int64
	}{
		{"a", 4644417185603328019},
		{"", 0},
		{"é", 6047309291227476195},
		{"中", 1216952446211864180},
		{"\U0001f600", -3536540696076613844},
		{ast.Bytes("ab"), 6148830537548944441},
		{1.5, 1152921504606846977},
		{Tuple{int64(1), "a"}, 3906047847676358913},
		{int64(-1), -2},
		{big70, 512},
		{complex(1, 2), 2000007},
		{ast.None, 4238894112},
	}
	for _, tt := range tests {
		h, ok := PyHash(tt.v)
		if !ok || int64(h) != tt.want {
			t.Errorf("hash(%s) = %d, %v; want %d", ConstRepr(tt.v), int64(h), ok, tt.want)
		}
	}
	got := ConstRepr(FrozenSet(SetOrder([]any{"a", "b", "c", "d", "e", "f"})))
	if want := "frozenset({'d', 'f', 'b', 'c', 'a', 'e'})"; got != want {
		t.Errorf("set order %s; want %s", got, want)
	}
}

// TestSetOrderTwice: the compiler's frozenset constant is built twice
// (source order, then the first set's iteration order), which shows where
// elements collide. The orders are CPython 3.13's with PYTHONHASHSEED=0.
func TestSetOrderTwice(t *testing.T) {
	src := []any{int64(1), int64(9), int64(17), int64(33), int64(65), int64(2), int64(10), int64(1114111),
		int64(589823), int64(65535), int64(131071), "a", "b", 3.5, Tuple{int64(1), int64(2)}}
	once := ConstRepr(FrozenSet(SetOrder(src)))
	if want := "frozenset({65, 1, 33, 2, 3.5, (1, 2), 65535, 131071, 9, 10, 'b', 17, 'a', 589823, 1114111})"; once != want {
		t.Errorf("frozenset(src) iterates as %s; want %s", once, want)
	}
	twice := ConstRepr(FrozenSet(SetOrder(SetOrder(src))))
	if want := "frozenset({65, 2, 3.5, 1, 33, (1, 2), 589823, 1114111, 9, 10, 'b', 17, 'a', 131071, 65535})"; twice != want {
		t.Errorf("the compiled constant iterates as %s; want %s", twice, want)
	}
}

package dis

import (
	"math/big"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
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
		{bytecode.Tuple{int64(1), "a"}, 3906047847676358913},
		{int64(-1), -2},
		{big70, 512},
		{complex(1, 2), 2000007},
		{ast.None, 4238894112},
	}
	for _, tt := range tests {
		h, ok := pyHash(tt.v)
		if !ok || int64(h) != tt.want {
			t.Errorf("hash(%s) = %d, %v; want %d", bytecode.ConstRepr(tt.v), int64(h), ok, tt.want)
		}
	}
	got := bytecode.ConstRepr(bytecode.FrozenSet(setOrder([]any{"a", "b", "c", "d", "e", "f"})))
	if want := "frozenset({'d', 'f', 'b', 'c', 'a', 'e'})"; got != want {
		t.Errorf("set order %s; want %s", got, want)
	}
}

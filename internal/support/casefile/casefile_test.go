package casefile

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		text, prefix, suffix string
		want                 []Section
	}{
		{"about\n=== a mode=eval\nx\ny\n=== b\n", "=== ", "",
			[]Section{{Head: "a mode=eval", Body: "x\ny\n", Line: 2}, {Head: "b", Line: 5}}},
		{"-- tokenize --\nA\n-- not a header\n-- stdin 1 --\nB", "-- ", " --",
			[]Section{{Head: "tokenize", Body: "A\n-- not a header\n", Line: 1}, {Head: "stdin 1", Body: "B", Line: 4}}},
		{"no headers\n", "== ", "", nil},
	}
	for _, tt := range tests {
		if got := Split(tt.text, tt.prefix, tt.suffix); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
	if f := (Section{Head: " a  b "}).Fields(); !reflect.DeepEqual(f, []string{"a", "b"}) {
		t.Errorf("Fields = %q", f)
	}
}

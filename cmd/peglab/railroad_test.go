package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRailroadCmd(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args   []string
		status int
		want   string // in stdout, the file written, or stderr
	}{
		{[]string{"railroad", "--rule", "if_stmt"}, 0, `<h2 id="rule-if_stmt">if_stmt</h2>`},
		{[]string{"railroad", "--ext", "almosteq", "--rule", "compare_op_bitwise_or_pair", "-o", filepath.Join(dir, "cmp.svg")}, 0, "<title>added by almosteq</title>"},
		{[]string{"railroad", "-o", filepath.Join(dir, "all.svg")}, 2, "an SVG file holds one rule"},
		{[]string{"railroad", "--rule", "nosuch"}, 2, `the grammar has no rule "nosuch"`},
		{[]string{"railroad", "-o", filepath.Join(dir, "x.png")}, 2, "write FILE.svg or FILE.html"},
		{[]string{"railroad", "nosuch.gram"}, 2, "nosuch.gram"},
	}
	for _, tt := range tests {
		var out, errb strings.Builder
		status := run(tt.args, strings.NewReader(""), &out, &errb)
		got := out.String() + errb.String()
		for i, a := range tt.args {
			if a == "-o" && status == 0 {
				data, _ := os.ReadFile(tt.args[i+1])
				got += string(data)
			}
		}
		if status != tt.status || !strings.Contains(got, tt.want) {
			t.Errorf("peglab %s: status %d, want %d and %q in:\n%.300s", strings.Join(tt.args, " "), status, tt.status, tt.want, got)
		}
	}
}

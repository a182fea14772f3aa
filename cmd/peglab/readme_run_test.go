package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestReadmeFirstCommand checks that the output the README shows for its
// first command, peglab run --ext almosteq,arrow examples/operators.py,
// is what the command prints.
func TestReadmeFirstCommand(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	const cmd = "go run ./cmd/peglab run --ext almosteq,arrow examples/operators.py"
	i := strings.Index(text, cmd)
	if i < 0 {
		t.Fatalf("the README does not show %q", cmd)
	}
	rest := text[i:]
	start := strings.Index(rest, "\n```\n")
	if start < 0 {
		t.Fatal("no output block after the first command")
	}
	rest = rest[start+len("\n```\n"):]
	start = strings.Index(rest, "```\n")
	if start < 0 {
		t.Fatal("no output block after the first command")
	}
	rest = rest[start+len("```\n"):]
	end := strings.Index(rest, "```")
	want := rest[:end]
	var stdout, stderr bytes.Buffer
	if status := run([]string{"run", "--ext", "almosteq,arrow", "../../examples/operators.py"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	if stdout.String() != want {
		t.Errorf("README shows:\n%s\npeglab prints:\n%s", want, stdout.String())
	}
}

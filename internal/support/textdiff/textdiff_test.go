package textdiff

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	for _, c := range []struct {
		name, from, to string
		ctx            int
		want           string
	}{
		{"equal", "a\nb\n", "a\nb\n", 3, ""},
		{"one line changed", "a\nb\nc\n", "a\nB\nc\n", 3, "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{"added at end", "a\n", "a\nb\n", 3, "--- x\n+++ y\n@@ -1 +1,2 @@\n a\n+b\n"},
		{"from empty", "", "a\n", 3, "--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n"},
		{"to empty", "a\nb\n", "", 3, "--- x\n+++ y\n@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"no final newline", "a\nb", "a\nc", 3, "--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "1\nX\n3\n4\n5\n6\n7\n8\nY\n10\n", 1,
			"--- x\n+++ y\n@@ -1,3 +1,3 @@\n 1\n-2\n+X\n 3\n@@ -8,3 +8,3 @@\n 8\n-9\n+Y\n 10\n"},
		{"gap of 2*context merges", "1\n2\n3\n4\n5\n", "X\n2\n3\nY\n5\n", 1,
			"--- x\n+++ y\n@@ -1,5 +1,5 @@\n-1\n+X\n 2\n 3\n-4\n+Y\n 5\n"},
		{"no context", "1\n2\n3\n", "1\nX\n3\n", 0, "--- x\n+++ y\n@@ -2 +2 @@\n-2\n+X\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Unified(c.from, c.to, Options{From: "x", To: "y", Context: c.ctx})
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

func TestColor(t *testing.T) {
	got := Unified("a\n", "b\n", Options{From: "x", To: "y", Context: 3, Color: true})
	want := bold + "--- x" + reset + "\n" + bold + "+++ y" + reset + "\n" + cyan + "@@ -1 +1 @@" + reset + "\n" +
		red + "-a" + reset + "\n" + green + "+b" + reset + "\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestApply: on random texts, applying the diff's hunks to the first text
// gives the second, and the hunk headers count their lines right.
func TestApply(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	text := func() string {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(strconv.Itoa(r.Intn(8)) + "\n")
		}
		return b.String()
	}
	for i := range 2000 {
		from, to := text(), text()
		ctx := r.Intn(4)
		d := Unified(from, to, Options{From: "a", To: "b", Context: ctx})
		got, err := apply(from, d)
		if err != nil || got != to {
			t.Fatalf("case %d (context %d): %v\nfrom %q\nto %q\ndiff:\n%s\napplied: %q", i, ctx, err, from, to, d, got)
		}
	}
}

// apply patches from with a unified diff of whole lines ending in newlines.
func apply(from, diff string) (string, error) {
	if diff == "" {
		return from, nil
	}
	src := strings.SplitAfter(from, "\n")
	src = src[:len(src)-1]
	lines := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")[2:]
	var out []string
	next := 0 // next line of src to copy
	for i := 0; i < len(lines); {
		var fs, fn, ts, tn int
		h := lines[i]
		if _, err := fmt.Sscanf(h, "@@ -%s +%s @@", new(string), new(string)); err != nil {
			return "", fmt.Errorf("bad hunk header %q", h)
		}
		parts := strings.Fields(h)
		fs, fn = parseRange(parts[1][1:])
		ts, tn = parseRange(parts[2][1:])
		_ = ts
		start := fs - 1
		if fn == 0 {
			start = fs
		}
		out = append(out, src[next:start]...)
		next = start
		i++
		var seenFrom, seenTo int
		for ; i < len(lines) && !strings.HasPrefix(lines[i], "@@"); i++ {
			l := lines[i]
			switch l[0] {
			case ' ':
				if src[next] != l[1:]+"\n" {
					return "", fmt.Errorf("context %q does not match %q", l, src[next])
				}
				out = append(out, src[next])
				next++
				seenFrom++
				seenTo++
			case '-':
				if src[next] != l[1:]+"\n" {
					return "", fmt.Errorf("removed %q does not match %q", l, src[next])
				}
				next++
				seenFrom++
			case '+':
				out = append(out, l[1:]+"\n")
				seenTo++
			}
		}
		if seenFrom != fn || seenTo != tn {
			return "", fmt.Errorf("hunk %q has %d/%d lines", h, seenFrom, seenTo)
		}
	}
	out = append(out, src[next:]...)
	return strings.Join(out, ""), nil
}

func parseRange(s string) (start, n int) {
	n = 1
	if i := strings.IndexByte(s, ','); i >= 0 {
		n, _ = strconv.Atoi(s[i+1:])
		s = s[:i]
	}
	start, _ = strconv.Atoi(s)
	return start, n
}

// FuzzUnified: the diff of any two texts of whole lines applies.
//
//	go test ./internal/support/textdiff -run '^$' -fuzz FuzzUnified -fuzztime 1m
func FuzzUnified(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nB\nc\n", uint8(3))
	f.Add("", "x\n", uint8(0))
	f.Fuzz(func(t *testing.T, from, to string, ctx uint8) {
		if !strings.HasSuffix(from, "\n") && from != "" || !strings.HasSuffix(to, "\n") && to != "" {
			return // apply handles whole lines only
		}
		d := Unified(from, to, Options{From: "a", To: "b", Context: int(ctx % 5)})
		if got, err := apply(from, d); err != nil || got != to {
			t.Fatalf("%v\nfrom %q\nto %q\ndiff:\n%s\napplied: %q", err, from, to, d, got)
		}
	})
}

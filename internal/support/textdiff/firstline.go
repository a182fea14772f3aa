package textdiff

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Widths of the text FirstLine quotes: a longer line (an ast.dump on one
// line runs to thousands of bytes) shows only a window around the first
// differing byte, so that the two quoted lines stay short and aligned.
const (
	clipWidth  = 100 // lines up to this many bytes are quoted whole
	clipBefore = 40  // bytes kept before the first differing byte
)

// FirstLine describes the first line at which got and want differ, or
// returns "" when they are equal. Lines are quoted with %q, so that a tab,
// a \r or a missing final newline shows; a line that only one text has is
// "end of text" in the other. The column counts bytes from 1.
//
// With context 0 the description is one line, for reports that give a
// line to each failure (`peglab corpus`):
//
//	line 12, column 7: got "    z = 3", want "    z = 4"
//
// With context n > 0 it also shows up to n lines before the difference,
// which both texts share, and puts got above want:
//
//	line 12, column 7:
//	   10  "    x = 1"
//	   11  "    y = 2"
//	  got  "    z = 3"
//	 want  "    z = 4"
func FirstLine(got, want string, context int) string {
	if got == want {
		return ""
	}
	g, w := splitKeepEnds(got), splitKeepEnds(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	var gl, wl string
	if i < len(g) {
		gl = g[i]
	}
	if i < len(w) {
		wl = w[i]
	}
	// Both lines end in a newline, or one is missing: the newline tells
	// nothing, so leave it out of the quotes.
	if strings.HasSuffix(gl, "\n") && strings.HasSuffix(wl, "\n") || i >= len(g) || i >= len(w) {
		gl, wl = strings.TrimSuffix(gl, "\n"), strings.TrimSuffix(wl, "\n")
	}
	head := fmt.Sprintf("line %d", i+1)
	gq, wq := "end of text", "end of text"
	switch {
	case i < len(g) && i < len(w):
		col := 0
		for col < len(gl) && col < len(wl) && gl[col] == wl[col] {
			col++
		}
		head += fmt.Sprintf(", column %d", col+1)
		lo := 0
		if max(len(gl), len(wl)) > clipWidth {
			lo = max(col-clipBefore, 0)
		}
		gq, wq = clip(gl, lo), clip(wl, lo)
	case i < len(g):
		gq = clip(gl, 0)
	default:
		wq = clip(wl, 0)
	}
	if context <= 0 {
		return fmt.Sprintf("%s: got %s, want %s", head, gq, wq)
	}
	var b strings.Builder
	b.WriteString(head + ":\n")
	for j := max(i-context, 0); j < i; j++ {
		fmt.Fprintf(&b, "%5d  %s\n", j+1, clip(strings.TrimSuffix(w[j], "\n"), 0))
	}
	fmt.Fprintf(&b, "%5s  %s\n%5s  %s", "got", gq, "want", wq)
	return b.String()
}

// splitKeepEnds splits s into lines, each with its newline (the last may
// have none).
func splitKeepEnds(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// clip quotes clipWidth bytes of s from lo, moved to rune boundaries, with
// "…" outside the quotes where something is cut off.
func clip(s string, lo int) string {
	if len(s) <= clipWidth && lo == 0 {
		return fmt.Sprintf("%q", s)
	}
	lo = min(lo, len(s))
	for lo > 0 && lo < len(s) && !utf8.RuneStart(s[lo]) {
		lo--
	}
	hi := min(lo+clipWidth, len(s))
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	q := fmt.Sprintf("%q", s[lo:hi])
	if lo > 0 {
		q = "…" + q
	}
	if hi < len(s) {
		q += "…"
	}
	return q
}

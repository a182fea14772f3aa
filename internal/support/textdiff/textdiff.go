// Package textdiff prints the difference of two texts as a unified diff,
// the format of `diff -u` and git: what `peglab diff` shows, and what
// extension tests keep as golden files. The line matching is
// sergi/go-diff's (Myers' algorithm, line mode); this package only lays
// the result out in hunks. FirstLine is the short form, for test failures
// and reports that show one difference: the first line that differs.
package textdiff

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Options control the layout.
type Options struct {
	// From and To label the two texts in the --- and +++ header lines.
	From, To string
	// Context is the number of unchanged lines shown around each change.
	Context int
	// Color adds terminal colors: headers bold, hunk ranges cyan, removed
	// lines red, added lines green.
	Color bool
}

// ANSI escape sequences for Color.
const (
	bold  = "\x1b[1m"
	red   = "\x1b[31m"
	green = "\x1b[32m"
	cyan  = "\x1b[36m"
	reset = "\x1b[0m"
)

// line is one line of the edit script: ' ', '-' or '+', and its text
// without the final newline; noEOL marks a last line that had none.
type line struct {
	op    byte
	text  string
	noEOL bool
}

// Unified returns the unified diff that turns from into to, or "" when the
// texts are equal.
func Unified(from, to string, opts Options) string {
	if from == to {
		return ""
	}
	script := edits(from, to)
	var b strings.Builder
	paint := func(color, s string) {
		if opts.Color {
			b.WriteString(color + s + reset + "\n")
		} else {
			b.WriteString(s + "\n")
		}
	}
	paint(bold, "--- "+opts.From)
	paint(bold, "+++ "+opts.To)
	ctx := max(opts.Context, 0)
	for i := 0; i < len(script); {
		// Find the next change, and extend the hunk while the next change
		// is no more than 2*ctx unchanged lines away.
		for i < len(script) && script[i].op == ' ' {
			i++
		}
		if i == len(script) {
			break
		}
		start := max(i-ctx, 0)
		end := i
		for j := i; j < len(script); j++ {
			if script[j].op != ' ' {
				end = j + 1
				continue
			}
			if j-end >= 2*ctx {
				break
			}
		}
		stop := min(end+ctx, len(script))
		hunk := script[start:stop]
		fromLine, toLine := position(script, start)
		var nFrom, nTo int
		for _, l := range hunk {
			if l.op != '+' {
				nFrom++
			}
			if l.op != '-' {
				nTo++
			}
		}
		paint(cyan, fmt.Sprintf("@@ -%s +%s @@", hunkRange(fromLine, nFrom), hunkRange(toLine, nTo)))
		for _, l := range hunk {
			text := string(l.op) + l.text
			switch l.op {
			case '-':
				paint(red, text)
			case '+':
				paint(green, text)
			default:
				b.WriteString(text + "\n")
			}
			if l.noEOL {
				b.WriteString("\\ No newline at end of file\n")
			}
		}
		i = stop
	}
	return b.String()
}

// position is the 1-based line numbers in each text of script[i].
func position(script []line, i int) (from, to int) {
	from, to = 1, 1
	for _, l := range script[:i] {
		if l.op != '+' {
			from++
		}
		if l.op != '-' {
			to++
		}
	}
	return from, to
}

// hunkRange formats a hunk's range as diff does: "start,count", with the
// count left out when it is 1, and the line before when it is 0.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// edits is the line edit script from from to to.
func edits(from, to string) []line {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // an exact diff, however long it takes
	a, b, lines := dmp.DiffLinesToRunes(from, to)
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(a, b, false), lines)
	var out []line
	for _, d := range diffs {
		op := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = '-'
		case diffmatchpatch.DiffInsert:
			op = '+'
		}
		text := d.Text
		for text != "" {
			l := line{op: op}
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				l.text, text = text[:i], text[i+1:]
			} else {
				l.text, l.noEOL, text = text, true, ""
			}
			out = append(out, l)
		}
	}
	return out
}

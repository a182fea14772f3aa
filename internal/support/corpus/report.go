package corpus

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Write prints the summary: sizes, time, each failure with its first
// difference, and the parity.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "stage %s: %d files, %d lines, %.1f MB in %.1fs (peglab's stage: %.2fs, summed over files)\n",
		r.Stage, r.Files, r.Lines, float64(r.Bytes)/1e6, r.Elapsed.Seconds(), r.Ours.Seconds())
	for _, f := range r.Failures {
		fmt.Fprintf(w, "FAIL %s: %s\n", f.Path, f.What)
	}
	for _, f := range r.Uncompared {
		fmt.Fprintf(w, "SKIP %s: %s\n", f.Path, f.What)
	}
	if r.Compared {
		fmt.Fprintf(w, "parity: %d/%d files identical to CPython 3.13 (%.2f%%), %d differ",
			r.Same, r.Files-len(r.Uncompared), r.Parity(), len(r.Failures))
		if len(r.Uncompared) > 0 {
			fmt.Fprintf(w, "; %d not compared (CPython crashed or failed on them)", len(r.Uncompared))
		}
		fmt.Fprintln(w)
	} else {
		fmt.Fprintf(w, "no oracle: %d of %d files rejected by peglab (give --oracle PYTHON to compare)\n",
			len(r.Failures), r.Files)
	}
}

// progress shows how many files are done: a bar redrawn in place on a
// terminal, or a plain line every tenth of the work.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	bar   bool
	total int
	n     int
	start time.Time
	last  time.Time
	shown int // tenths already reported in plain mode
}

func newProgress(w io.Writer, bar bool, total int, start time.Time) *progress {
	return &progress{w: w, bar: bar, total: total, start: start}
}

func (p *progress) done() {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	now := time.Now()
	if p.bar {
		if p.n == p.total || now.Sub(p.last) > 100*time.Millisecond {
			p.last = now
			const width = 30
			fill := width * p.n / p.total
			fmt.Fprintf(p.w, "\r[%s%s] %d/%d files %.1fs", strings.Repeat("=", fill), strings.Repeat(" ", width-fill),
				p.n, p.total, now.Sub(p.start).Seconds())
		}
		return
	}
	if tenth := 10 * p.n / p.total; tenth > p.shown {
		p.shown = tenth
		fmt.Fprintf(p.w, "corpus: %d/%d files (%d%%) %.1fs\n", p.n, p.total, 100*p.n/p.total, now.Sub(p.start).Seconds())
	}
}

func (p *progress) finish() {
	if p != nil && p.w != nil && p.bar {
		fmt.Fprintln(p.w)
	}
}

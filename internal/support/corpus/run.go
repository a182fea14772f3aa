package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// Options configure a corpus run.
type Options struct {
	Stage Stage
	// Paths are files and directories; directories are searched for .py
	// files.
	Paths []string
	// Exclude lists directory names not to descend into (site-packages).
	Exclude []string
	// Python is the oracle's interpreter; "" runs peglab's stage alone.
	Python string
	// OracleScript is the text of oracle.py.
	OracleScript []byte
	// Jobs is the number of files handled at once (0: one per CPU).
	Jobs int
	// Progress receives the progress display; nil shows none.
	Progress io.Writer
	// Bar draws a bar redrawn in place (a terminal); otherwise progress is
	// plain lines.
	Bar bool
}

// Report is the outcome of a run.
type Report struct {
	Stage    string
	Files    int
	Lines    int
	Bytes    int64
	Compared bool // the oracle was consulted
	Same     int  // files whose result equals the oracle's
	// Failures are the files that differ from the oracle, or, without the
	// oracle, that the stage rejected.
	Failures []Failure
	// Uncompared are the files the oracle could not judge: CPython
	// crashed on them. They count neither way in the parity.
	Uncompared []Failure
	Elapsed    time.Duration
	Ours       time.Duration // time spent in peglab's stage, summed over files
}

// Failure is one file that did not pass, with the first difference.
type Failure struct {
	Path string
	What string
}

// Parity is the percentage of the files compared that are identical to
// the oracle's result.
func (r *Report) Parity() float64 {
	n := r.Files - len(r.Uncompared)
	if n == 0 {
		return 100
	}
	return 100 * float64(r.Same) / float64(n)
}

// Files lists the .py files under paths, sorted, skipping directories
// whose name is in exclude.
func Files(paths, exclude []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && slices.Contains(exclude, d.Name()) {
					return filepath.SkipDir
				}
				return nil
			}
			if filepath.Ext(path) == ".py" && d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return slices.Compact(files), nil
}

// Run runs the stage over the files and compares with the oracle.
func Run(ctx context.Context, opts Options) (*Report, error) {
	start := time.Now()
	files, err := Files(opts.Paths, opts.Exclude)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, errors.New("no .py files found")
	}
	rep := &Report{Stage: opts.Stage.Name(), Files: len(files), Compared: opts.Python != ""}
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	prog := newProgress(opts.Progress, opts.Bar, len(files), start)

	// Our side: a pool of workers.
	ours := make([]Result, len(files))
	readErr := make([]error, len(files))
	var lines, size, nanos int64
	var statMu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				src, err := os.ReadFile(files[i])
				if err != nil {
					readErr[i] = err
				} else {
					t0 := time.Now()
					ours[i] = opts.Stage.Run(files[i], src)
					d := time.Since(t0)
					statMu.Lock()
					lines += int64(bytes.Count(src, []byte{'\n'}))
					size += int64(len(src))
					nanos += int64(d)
					statMu.Unlock()
				}
				if opts.Python == "" {
					prog.done()
				}
			}
		}()
	}

	// The oracle's side, concurrently: one process, JSON lines.
	var oracle []Result
	var crashed []string
	var oracleErr error
	oracleDone := make(chan struct{})
	if opts.Python != "" {
		go func() {
			defer close(oracleDone)
			oracle, crashed, oracleErr = runOracle(ctx, opts, files, prog)
		}()
	} else {
		close(oracleDone)
	}
feed:
	for i := range files {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	<-oracleDone
	prog.finish()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if oracleErr != nil {
		return nil, oracleErr
	}
	rep.Lines, rep.Bytes, rep.Ours = int(lines), size, time.Duration(nanos)

	norm, _ := opts.Stage.(Normalizer)
	for i, path := range files {
		if readErr[i] != nil {
			rep.Failures = append(rep.Failures, Failure{Path: path, What: readErr[i].Error()})
			continue
		}
		if !rep.Compared {
			if ours[i].Status != 0 {
				rep.Failures = append(rep.Failures, Failure{Path: path, What: errorSummary(ours[i].Err)})
			}
			continue
		}
		if crashed[i] != "" {
			rep.Uncompared = append(rep.Uncompared, Failure{Path: path, What: crashed[i]})
			continue
		}
		got, want := ours[i], oracle[i]
		if norm != nil {
			got, want = norm.Normalize(got), norm.Normalize(want)
		}
		if what := difference(got, want); what != "" {
			rep.Failures = append(rep.Failures, Failure{Path: path, What: what})
			continue
		}
		rep.Same++
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// runOracle feeds the paths to oracle.py's batch mode and collects its
// results in order. When CPython itself fails on a file (it dies of a
// signal, such as 3.13.0's segmentation fault on some type parameters
// named __classdict__, or raises a SystemError), the reason is recorded in
// crashed; after a death a new oracle process takes the files after it.
func runOracle(ctx context.Context, opts Options, files []string, prog *progress) (results []Result, crashed []string, err error) {
	script, err := os.CreateTemp("", "peglab-oracle-*.py")
	if err != nil {
		return nil, nil, err
	}
	defer os.Remove(script.Name())
	if _, err := script.Write(opts.OracleScript); err != nil {
		return nil, nil, err
	}
	if err := script.Close(); err != nil {
		return nil, nil, err
	}
	results = make([]Result, len(files))
	crashed = make([]string, len(files))
	for start := 0; start < len(files); {
		n, signal, err := oracleProcess(ctx, opts, script.Name(), files[start:], results[start:], prog)
		if err != nil {
			return nil, nil, err
		}
		for i := start; i < start+n; i++ {
			if results[i].Status == oracleFailed {
				crashed[i] = "CPython failed on it (" + firstLine(strings.TrimPrefix(results[i].Err, "oracle crashed: ")) + "): not compared"
			}
		}
		start += n
		if signal == "" {
			break
		}
		crashed[start] = "CPython crashed on it (" + signal + "): not compared"
		prog.done()
		start++
	}
	return results, crashed, nil
}

// oracleFailed is the status oracle.py's batch mode gives a file on which
// CPython raised something it should not (a SystemError from its
// compiler, for one).
const oracleFailed = 99

// oracleProcess runs one oracle process over files, filling results, and
// returns how many it gave. When the process dies of a signal it returns
// the signal, and n is the file it died on.
func oracleProcess(ctx context.Context, opts Options, script string, files []string, results []Result, prog *progress) (n int, signal string, err error) {
	args := append([]string{script, "batch", opts.Stage.Name()}, opts.Stage.OracleArgs()...)
	cmd := exec.CommandContext(ctx, opts.Python, args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return 0, "", err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, "", err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return 0, "", fmt.Errorf("starting the oracle: %w", err)
	}
	go func() {
		w := bufio.NewWriter(stdin)
		for _, f := range files {
			w.WriteString(f)
			w.WriteByte('\n')
		}
		w.Flush()
		stdin.Close()
	}()
	dec := json.NewDecoder(bufio.NewReaderSize(stdout, 1<<20))
	for i := range files {
		var r struct {
			Path   string
			Out    string
			Err    string
			Status int
		}
		if err := dec.Decode(&r); err != nil {
			werr := cmd.Wait()
			if sig := signalOf(werr); sig != "" && ctx.Err() == nil {
				return i, sig, nil
			}
			return 0, "", fmt.Errorf("oracle: reading result %d (%s): %v\n%s", i+1, files[i], err, stderr.String())
		}
		if r.Path != files[i] {
			cmd.Wait()
			return 0, "", fmt.Errorf("oracle: result for %s, expected %s", r.Path, files[i])
		}
		results[i] = Result{Out: r.Out, Err: r.Err, Status: r.Status}
		prog.done()
	}
	if err := cmd.Wait(); err != nil {
		return 0, "", fmt.Errorf("oracle: %v\n%s", err, stderr.String())
	}
	return len(files), "", nil
}

// signalOf names the signal that ended a process, or "".
func signalOf(err error) string {
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return ""
	}
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return "signal: " + ws.Signal().String()
	}
	return ""
}

// difference describes the first difference between two results, or "".
func difference(got, want Result) string {
	if d := firstDiff(got.Out, want.Out); d != "" {
		return "stdout " + d
	}
	if d := firstDiff(got.Err, want.Err); d != "" {
		return "stderr " + d
	}
	if got.Status != want.Status {
		return fmt.Sprintf("exit status %d, want %d", got.Status, want.Status)
	}
	return ""
}

// firstDiff is the first differing line of got and want, on one line
// (a report gives each failure a line), or "" when they are equal.
func firstDiff(got, want string) string {
	return textdiff.FirstLine(got, want, 0)
}

// errorSummary puts an error report on one line: for a Python error
// printed as a traceback ('  File "x.py", line 3' ... 'SyntaxError: msg'),
// "line 3: SyntaxError: msg"; otherwise its first line.
func errorSummary(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if first, ok := strings.CutPrefix(lines[0], "  File "); ok && len(lines) > 1 {
		if i := strings.LastIndex(first, ", line "); i >= 0 {
			return first[i+2:] + ": " + lines[len(lines)-1]
		}
	}
	return lines[0]
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// asCLI, set in a child's environment, makes the test binary run as
// peglab itself (TestMain), so that a case can get a signal or a closed
// stdout as a separate process without building the binary.
const asCLI = "PEGLAB_TEST_AS_CLI"

// limitResult is one case's answer, as scripts/limits_golden.py records
// CPython's.
type limitResult struct {
	Exit        int    `json:"exit"`
	StdoutFirst string `json:"stdout_first"`
	StderrLast  string `json:"stderr_last"`
}

// TestLimits runs each case of testdata/limits as `peglab run CASE` (with
// Ctrl-C after a second for sigint_*, stdout read for one line and closed
// for head_*) and compares its exit status, first line of output and last
// line of stderr with CPython 3.13's (expected.json, from
// scripts/limits-golden.sh): recursion in the compiler and the VM, memory
// and index-size errors, the int/str digit limit, Ctrl-C, a closed stdout,
// NUL bytes, undecodable sources, BOMs and coding cookies.
func TestLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("runs peglab as separate processes")
	}
	dir, _ := filepath.Abs("testdata/limits")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]limitResult
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			got, err := runLimitCase(self, dir, name)
			if err != nil {
				t.Fatal(err)
			}
			if got != want[name] {
				t.Errorf("peglab run %s:\n got  exit %d, stdout %q, stderr %q\n want exit %d, stdout %q, stderr %q",
					name, got.Exit, got.StdoutFirst, got.StderrLast, want[name].Exit, want[name].StdoutFirst, want[name].StderrLast)
			}
		})
	}
}

func runLimitCase(self, dir, name string) (limitResult, error) {
	cmd := exec.Command(self, "run", name)
	cmd.Dir = dir
	for _, kv := range os.Environ() { // as scripts/limits_golden.py: no PYTHON* settings
		if !strings.HasPrefix(kv, "PYTHON") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, asCLI+"=1")
	var stderr, stdout bytes.Buffer
	cmd.Stderr = &stderr
	var out []byte
	head := strings.HasPrefix(name, "head_")
	if !head {
		cmd.Stdout = &stdout
	}
	switch {
	case head:
		pipe, err := cmd.StdoutPipe()
		if err != nil {
			return limitResult{}, err
		}
		if err := cmd.Start(); err != nil {
			return limitResult{}, err
		}
		out, _ = bufio.NewReader(pipe).ReadBytes('\n')
		pipe.Close()
	case strings.HasPrefix(name, "sigint_"):
		if err := cmd.Start(); err != nil {
			return limitResult{}, err
		}
		time.Sleep(time.Second)
		cmd.Process.Signal(os.Interrupt)
	default:
		if err := cmd.Start(); err != nil {
			return limitResult{}, err
		}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var werr error
	select {
	case werr = <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		return limitResult{}, fmt.Errorf("still running after 2 minutes")
	}
	res := limitResult{}
	var ee *exec.ExitError
	if errors.As(werr, &ee) {
		res.Exit = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.Exit = -int(ws.Signal()) // as subprocess reports a signal's death
		}
	} else if werr != nil {
		return res, werr
	}
	if !head {
		out = stdout.Bytes()
	}
	res.StdoutFirst, _, _ = strings.Cut(backslashReplace(out), "\n")
	errText := strings.ReplaceAll(backslashReplace(stderr.Bytes()), dir, "DIR")
	lines := strings.Split(strings.TrimRight(errText, "\n"), "\n")
	res.StderrLast = lines[len(lines)-1]
	return res, nil
}

// backslashReplace decodes b as Python's "backslashreplace" error handler
// does: each byte of an invalid sequence as \xNN.
func backslashReplace(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			fmt.Fprintf(&sb, "\\x%02x", b[0])
			b = b[1:]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

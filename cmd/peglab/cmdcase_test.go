package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// cmdCase is one command line and what it must print: each set field is
// checked, the others are not.
type cmdCase struct {
	name      string
	args      []string
	stdin     string
	status    int
	stdout    string // exact, when set or when noStdout
	noStdout  bool
	stderr    string // exact, when set
	stdoutHas string
	stderrHas string
}

// runCmdCases runs each case as a subtest.
func runCmdCases(t *testing.T, cases []cmdCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(tc.args, strings.NewReader(tc.stdin), &out, &errOut)
			if status != tc.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tc.status, errOut.String())
			}
			if (tc.stdout != "" || tc.noStdout) && out.String() != tc.stdout {
				t.Errorf("stdout differs:\n%s", textdiff.FirstLine(out.String(), tc.stdout, 3))
			}
			if tc.stderr != "" && errOut.String() != tc.stderr {
				t.Errorf("stderr differs:\n%s", textdiff.FirstLine(errOut.String(), tc.stderr, 3))
			}
			if !strings.Contains(out.String(), tc.stdoutHas) {
				t.Errorf("stdout %q lacks %q", out.String(), tc.stdoutHas)
			}
			if !strings.Contains(errOut.String(), tc.stderrHas) {
				t.Errorf("stderr %q lacks %q", errOut.String(), tc.stderrHas)
			}
		})
	}
}

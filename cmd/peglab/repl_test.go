package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRepl runs interactive sessions: echo with repr, _, blocks and
// continuation lines, errors that do not end the session, SystemExit, and
// the extensions' operators at the prompt.
func TestRepl(t *testing.T) {
	cases := []struct {
		name, args, in string
		out, err       string
		status         int
	}{
		{"book session", "--ext almosteq", "1 ~= 1.01\n1 ~= 1.2\n_\n",
			">>> True\n>>> False\n>>> False\n>>> \n", "", 0},
		{"plain python", "", "x = 2\nx * 21\n_ + 1\nNone\n'a'\n",
			">>> >>> 42\n>>> 43\n>>> >>> 'a'\n>>> \n", "", 0},
		{"block", "", "def f(a):\n    return a * 2\n\nf(4)\n",
			">>> ... ... >>> 8\n>>> \n", "", 0},
		{"open bracket", "", "(1,\n 2)\n",
			">>> ... (1, 2)\n>>> \n", "", 0},
		{"error goes on", "--ext arrow", "1 -> 2\nprint('after')\n",
			">>> >>> after\n>>> \n",
			"Traceback (most recent call last):\n  File \"<python-input-0>\", line 1, in <module>\n    1 -> 2\n    ~~^^~~\nTypeError: unsupported operand type(s) for ->: 'int' and 'int'\n", 0},
		{"syntax error goes on", "", "1 +\n2\n",
			">>> >>> 2\n>>> \n",
			"  File \"<python-input-0>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n", 0},
		{"arrow class", "--ext almosteq,arrow", "class P:\n    def __rarrow__(self, v):\n        return v + 1\n\n5 -> P() ~= 6.05\n",
			">>> ... ... ... >>> True\n>>> \n", "", 0},
		// issue 21, point 9: as python3.13's REPL on a terminal prints
		// them (recorded with script(1)): the compiler's under the input's
		// name with its line, the front end's under <unknown>.
		{"warnings", "", "x = 1\nx is 1\n'\\d'\n",
			">>> >>> True\n>>> '\\\\d'\n>>> \n",
			"<python-input-1>:1: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n  x is 1\n<unknown>:1: SyntaxWarning: invalid escape sequence '\\d'\n", 0},
		{"exit", "", "raise SystemExit(3)\nprint('not here')\n",
			">>> ", "", 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"repl", "-q"}, strings.Fields(tc.args)...)
			var stdout, stderr bytes.Buffer
			status := run(args, strings.NewReader(tc.in), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("status %d, want %d", status, tc.status)
			}
			if stdout.String() != tc.out {
				t.Errorf("stdout:\n%q\nwant:\n%q", stdout.String(), tc.out)
			}
			if stderr.String() != tc.err {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), tc.err)
			}
		})
	}
}

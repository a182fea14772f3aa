package main

import "testing"

func TestRunCmd(t *testing.T) {
	runCmdCases(t, []cmdCase{
		{name: "code", args: []string{"run", "-c", "print(6 * 7, 'x' * 3)"}, stdout: "42 xxx\n"},
		{name: "argv", args: []string{"run", "-c", "import sys; print(sys.argv)", "a", "-b"}, stdout: "['-c', 'a', '-b']\n"},
		{name: "stdin", args: []string{"run", "-", "z"}, stdin: "import sys\nprint(sys.argv[1:])\n", stdout: "['z']\n"},
		{name: "exception", args: []string{"run", "-c", "x = 1\ny = x / 0"}, status: 1,
			stderr: "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n    y = x / 0\n        ~~^~~\nZeroDivisionError: division by zero\n"},
		{name: "exit code", args: []string{"run", "-c", "import sys; sys.exit(4)"}, status: 4, noStdout: true},
		{name: "exit message", args: []string{"run", "-c", "raise SystemExit('bye')"}, status: 1, stderr: "bye\n"},
		{name: "syntax error", args: []string{"run", "-c", "1 +"}, status: 1, stderrHas: "SyntaxError: invalid syntax"},
		{name: "module", args: []string{"run", "-m", "testdata.runm", "a"}, stdout: "__main__ testdata.runm ['a'] testdata.runm.__main__\n"},
		{name: "missing module", args: []string{"run", "-m", "nomodule_xyz"}, status: 1, stderr: "peglab: No module named nomodule_xyz\n"},
		{name: "missing file", args: []string{"run", "/nonexistent/x.py"}, status: 2, stderrHas: "can't open file '/nonexistent/x.py'"},
	})
}

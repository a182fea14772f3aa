package main

import "testing"

// The expected texts are CPython 3.13's (dis.dis and scripts/oracle.py's
// code dump of the same source, compiled as <string> or <stdin>).
func TestDisCmd(t *testing.T) {
	runCmdCases(t, []cmdCase{
		{name: "stdin", args: []string{"dis", "-"}, stdin: "print(1 + x)\n", stdout: "  0           RESUME                   0\n\n  1           LOAD_NAME                0 (print)\n              PUSH_NULL\n              LOAD_CONST               0 (1)\n              LOAD_NAME                1 (x)\n              BINARY_OP                0 (+)\n              CALL                     1\n              POP_TOP\n              RETURN_CONST             1 (None)\n"},
		{name: "caches_offsets", args: []string{"dis", "-C", "-O", "-c", "x.y(1)\nz = a == b"}, stdout: "  0          0       RESUME                   0\n\n  1          2       LOAD_NAME                0 (x)\n             4       LOAD_ATTR                3 (y + NULL|self)\n             6       CACHE                    0 (counter: 0)\n             8       CACHE                    0 (version: 0)\n            10       CACHE                    0\n            12       CACHE                    0 (keys_version: 0)\n            14       CACHE                    0\n            16       CACHE                    0 (descr: 0)\n            18       CACHE                    0\n            20       CACHE                    0\n            22       CACHE                    0\n            24       LOAD_CONST               0 (1)\n            26       CALL                     1\n            28       CACHE                    0 (counter: 0)\n            30       CACHE                    0 (func_version: 0)\n            32       CACHE                    0\n            34       POP_TOP\n\n  2         36       LOAD_NAME                2 (a)\n            38       LOAD_NAME                3 (b)\n            40       COMPARE_OP              72 (==)\n            42       CACHE                    0 (counter: 0)\n            44       STORE_NAME               4 (z)\n            46       RETURN_CONST             1 (None)\n"},
		{name: "syntax_error", args: []string{"dis", "-c", "return 1"}, status: 1,
			stderr: "  File \"<string>\", line 1\nSyntaxError: 'return' outside function\n"},
		{name: "no_input", args: []string{"dis"}, status: 2, stderrHas: "missing input"},
		{name: "code", args: []string{"code", "-c", "x = 1\n"}, stdout: "code <module>\n  filename '<string>'\n  name '<module>'\n  qualname '<module>'\n  firstlineno 1\n  argcount 0\n  posonlyargcount 0\n  kwonlyargcount 0\n  stacksize 1\n  flags 0x0\n  nlocals 0\n  code 9500530072006701\n  consts\n    0: 1\n    1: None\n  names ('x',)\n  localsplusnames ()\n  localspluskinds \n  varnames ()\n  cellvars ()\n  freevars ()\n  linetable f003010101d804058101\n  exceptiontable \n  exceptions\n  lines\n    0 2 0\n    2 8 1\n  positions\n    0: 0 1 0 0\n    2: 1 1 4 5\n    4: 1 1 0 1\n    6: 1 1 0 1\n"},
		{name: "code_syntax_error", args: []string{"code", "-c", "nonlocal x"}, status: 1,
			stderrHas: "SyntaxError: nonlocal declaration not allowed at module level"},
	})
}

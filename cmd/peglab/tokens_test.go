package main

import (
	"os"
	"strings"
	"testing"
)

func TestTokensCommand(t *testing.T) {
	golden := func(name, section string) string {
		data, err := os.ReadFile("../../parser/testdata/tokens/" + name + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		i := strings.Index(s, "-- "+section+" ")
		s = s[strings.IndexByte(s[i:], '\n')+i+1:]
		return s[:strings.Index(s, "\n-- ")+1]
	}
	runCmdCases(t, []cmdCase{
		{name: "code", args: []string{"tokens", "-c", "x = 1"}, stdout: "" +
			"1,0-1,1:            NAME           'x'            \n" +
			"1,2-1,3:            OP             '='            \n" +
			"1,4-1,5:            NUMBER         '1'            \n" +
			"1,5-1,6:            NEWLINE        ''             \n" +
			"2,0-2,0:            ENDMARKER      ''             \n"},
		{name: "exact", args: []string{"tokens", "-e", "-c", "(x)"}, stdoutHas: "LPAR           '('"},
		{name: "exact long flag", args: []string{"tokens", "--exact", "-c", "a**=2"}, stdoutHas: "DOUBLESTAREQUAL"},
		{name: "file", args: []string{"tokens", "../../parser/testdata/tokens/fstr_nested.py"},
			stdout: golden("fstr_nested", "tokenize")},
		{name: "stdin", args: []string{"tokens", "-"}, stdin: "if x:\n\ty\n",
			stdoutHas: "2,0-2,1:            INDENT         '\\t'"},
		{name: "code error", args: []string{"tokens", "-c", "x = (1,\n"}, status: 1,
			stdoutHas: "OP             '('", stderrHas: "<string>:1:0: error: unexpected EOF in multi-line statement\n"},
		{name: "stdin error", args: []string{"tokens", "-"}, stdin: "if x:\n  y\n z\n", status: 1,
			stderrHas: "<stdin>:3:3: error: unindent does not match any outer indentation level\n"},
		{name: "file error prints no tokens", args: []string{"tokens", "../../parser/testdata/tokens/str_unterminated.py"},
			status: 1, noStdout: true, stderrHas: "str_unterminated.py:1:5: error: unterminated string literal (detected at line 1)"},
		{name: "no input", args: []string{"tokens"}, status: 2, stderrHas: "missing input"},
		{name: "two inputs", args: []string{"tokens", "a.py", "b.py"}, status: 2, stderrHas: "too many arguments"},
		{name: "missing file", args: []string{"tokens", "no/such/file.py"}, status: 2, stderrHas: "no such file"},
		{name: "bad flag", args: []string{"tokens", "--nope"}, status: 2, stderrHas: "unknown flag"},
		{name: "unknown extension", args: []string{"tokens", "--ext", "nope", "-c", "x"}, status: 2, stderrHas: `unknown extension "nope"`},
		{name: "help", args: []string{"tokens", "--help"}, stdoutHas: "Examples:\n  peglab tokens script.py"},
	})
}

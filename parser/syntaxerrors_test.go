package parser_test

import (
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
)

// The SyntaxError parity test: every source that CPython 3.13's
// test_syntax.py, test_exceptions.py and test_fstring.py compile, with
// what CPython made of it (testdata/syntaxerrors.jsonl, recorded by
// scripts/syntax-cases.sh), runs through peglab's front end as compile()
// runs it: the parser (generated and interpreted), then, unless the case
// only asks for the AST, the symbol table and the compiler's checks.
//
// A case passes when peglab's error has CPython's class, message, line,
// offset, end line and end offset, or when both accept the source.
// testdata/syntaxerrors.known lists the cases that do not pass yet, each
// with the reason; the test fails when another case fails, or when a
// listed case passes (so that the list stays true), and prints the parity.

var updateKnown = flag.Bool("update-known", false, "rewrite testdata/syntaxerrors.known with the cases that fail now")

// syntaxCase is one line of syntaxerrors.jsonl.
type syntaxCase struct {
	ID        int     `json:"id"`
	Origin    string  `json:"origin"`
	Mode      string  `json:"mode"`
	Filename  string  `json:"filename"`
	Flags     int     `json:"flags"`
	Source    *string `json:"source"`
	SourceHex string  `json:"source_hex"`
	OK        bool    `json:"ok"`
	Type      string  `json:"type"`
	Msg       string  `json:"msg"`
	Lineno    *int    `json:"lineno"`
	Offset    *int    `json:"offset"`
	EndLineno *int    `json:"end_lineno"`
	EndOffset *int    `json:"end_offset"`
	Text      *string `json:"text"`
}

func (c *syntaxCase) src() []byte {
	if c.Source != nil {
		return []byte(*c.Source)
	}
	b, err := hex.DecodeString(c.SourceHex)
	if err != nil {
		panic(err)
	}
	return b
}

// want is CPython's outcome in the form outcome prints peglab's.
func (c *syntaxCase) want() string {
	if c.OK {
		return "ok"
	}
	if c.Lineno == nil {
		return fmt.Sprintf("%s: %s", c.Type, c.Msg)
	}
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d)", c.Type, c.Msg, deref(c.Lineno), deref(c.Offset), deref(c.EndLineno), deref(c.EndOffset))
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func outcome(err *pyerr.Error) string {
	if err == nil {
		return "ok"
	}
	if !err.Type.IsSyntaxError() {
		return fmt.Sprintf("%s: %s", err.Type, err.Msg)
	}
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d)", err.Type, err.Msg, err.Line, err.Offset, err.EndLine, err.EndOffset)
}

// onlyAST is compile()'s PyCF_ONLY_AST: the source is parsed, nothing more.
const onlyAST = 0x400

func readSyntaxCases(t *testing.T) []*syntaxCase {
	return golden.ReadJSONL[*syntaxCase](t, "testdata/syntaxerrors.jsonl")
}

// readKnown reads the known failures: "ID reason" lines.
func readKnown(t *testing.T) map[int]string {
	known := map[int]string{}
	data, err := os.ReadFile("testdata/syntaxerrors.known")
	if os.IsNotExist(err) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, " ")
		n, err := strconv.Atoi(id)
		if err != nil {
			t.Fatalf("syntaxerrors.known: bad line %q", line)
		}
		known[n] = reason
	}
	return known
}

// frontEnd runs a case as compile() does, up to the stages peglab has.
func frontEnd(c *syntaxCase, fe *pipeline.Frontend) *pyerr.Error {
	stop := pipeline.Checked
	if c.Flags&onlyAST != 0 {
		stop = pipeline.AST
	}
	_, err := fe.Compile(pipeline.Input{Name: c.Filename, Data: c.src()}, pipeline.Options{Mode: parser.Mode(c.Mode), Stop: stop})
	return err
}

func TestSyntaxErrorParity(t *testing.T) {
	cases := readSyntaxCases(t)
	known := readKnown(t)
	in, err := parser.DefaultInterpreter()
	if err != nil {
		t.Fatal(err)
	}
	interpreted := &pipeline.Frontend{Interp: in}
	pass, errCases, errPass, textPass := 0, 0, 0, 0
	var failing []string
	for _, c := range cases {
		gen := frontEnd(c, pipeline.Python)
		got := outcome(gen)
		if ig := outcome(frontEnd(c, interpreted)); ig != got {
			t.Errorf("case %d (%s): the engines disagree:\ngenerated:   %s\ninterpreted: %s", c.ID, c.Origin, got, ig)
		}
		want := c.want()
		if !c.OK {
			errCases++
		}
		if got == want {
			pass++
			if !c.OK {
				errPass++
				if c.Text == nil && gen.Text == "" || c.Text != nil && strings.TrimRight(*c.Text, "\n") == strings.TrimRight(gen.Text, "\n") {
					textPass++
				}
			}
			if reason, ok := known[c.ID]; ok && !*updateKnown {
				t.Errorf("case %d (%s) passes now: take it off syntaxerrors.known (%s)", c.ID, c.Origin, reason)
			}
			continue
		}
		failing = append(failing, fmt.Sprintf("%d %s", c.ID, known[c.ID]))
		if _, ok := known[c.ID]; !ok && !*updateKnown {
			t.Errorf("case %d (%s) %s\n%s\ngot:  %s\nwant: %s", c.ID, c.Origin, c.Mode, quoteSrc(c.src()), got, want)
		}
	}
	t.Logf("SyntaxError parity: %d of %d cases identical (%.1f%%); errors %d of %d (%.1f%%), their text too: %d; valid code accepted: %d of %d",
		pass, len(cases), 100*float64(pass)/float64(len(cases)),
		errPass, errCases, 100*float64(errPass)/float64(errCases), textPass,
		pass-errPass, len(cases)-errCases)
	if *updateKnown {
		writeKnown(t, failing)
	}
}

func quoteSrc(src []byte) string {
	s := strconv.Quote(string(src))
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
}

func writeKnown(t *testing.T, failing []string) {
	sort.Slice(failing, func(i, j int) bool {
		a, _ := strconv.Atoi(strings.Fields(failing[i])[0])
		b, _ := strconv.Atoi(strings.Fields(failing[j])[0])
		return a < b
	})
	head := "# Cases of syntaxerrors.jsonl that peglab does not get right yet: ID reason.\n" +
		"# go test ./parser -run TestSyntaxErrorParity -update-known rewrites the IDs (keeping reasons).\n"
	if err := os.WriteFile("testdata/syntaxerrors.known", []byte(head+strings.Join(failing, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

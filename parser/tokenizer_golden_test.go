package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

var hexAddr = regexp.MustCompile(`0x[0-9a-f]{6,}`)

var (
	update    = flag.Bool("update", false, "regenerate testdata/tokens from the oracle (needs CPython 3.13)")
	goldenDir = flag.String("golden", "testdata/tokens", "directory of NAME.py and NAME.golden cases (scripts/tokens-diff-fuzz.py writes more)")
)

// TestTokensGolden compares the tokenizer with CPython 3.13 on the cases
// of scripts/tokens_cases.py: `python -m tokenize` on the file, with -e and
// on standard input; the token stream CPython's parser gets; and the error
// compile() reports.
func TestTokensGolden(t *testing.T) {
	if *update {
		regenerateGolden(t)
	}
	files, err := filepath.Glob(filepath.Join(*goldenDir, "*.py"))
	if err != nil || len(files) < 100 && *goldenDir == "testdata/tokens" {
		t.Fatalf("want at least 100 cases in testdata/tokens, got %d (%v)", len(files), err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			g, err := readGolden(strings.TrimSuffix(path, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			checkDump(t, "tokenize", g, src, DumpOptions{Filename: name + ".py"})
			checkDump(t, "tokenize -e", g, src, DumpOptions{Filename: name + ".py", Exact: true})
			checkDump(t, "stdin", g, src, DumpOptions{Filename: "<stdin>", Stdin: true})
			checkParserStream(t, g, src)
		})
	}
}

func regenerateGolden(t *testing.T) {
	t.Helper()
	py, err := exec.Command("../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Fatalf("-update needs CPython 3.13: %v", err)
	}
	cmd := exec.Command(strings.TrimSpace(string(py)), "../scripts/gen-tokens-golden.py")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("gen-tokens-golden.py: %v", err)
	}
}

// tokensGolden is one NAME.golden file: section title → content, and the exit
// status in titles that carry one.
type tokensGolden struct {
	text   map[string]string
	status map[string]string
}

func readGolden(path string) (*tokensGolden, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g := &tokensGolden{text: map[string]string{}, status: map[string]string{}}
	var title string
	var body strings.Builder
	flush := func() {
		if title != "" {
			g.text[title] = body.String()
		}
		body.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --\n") {
			flush()
			title = strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --\n")
			if i := strings.LastIndexByte(title, ' '); i >= 0 && strings.Trim(title[i+1:], "0123456789") == "" {
				g.status[title[:i]] = title[i+1:]
				title = title[:i]
			}
			continue
		}
		body.WriteString(line)
	}
	flush()
	for _, s := range []string{"tokenize", "tokenize stderr", "tokenize -e", "stdin", "stdin stderr", "parser", "compile"} {
		if _, ok := g.text[s]; !ok {
			return nil, fmt.Errorf("%s: no section %q", path, s)
		}
	}
	return g, nil
}

func checkDump(t *testing.T, section string, g *tokensGolden, src []byte, opts DumpOptions) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := DumpTokens(&out, &errOut, src, opts)
	if got, want := out.String(), g.text[section]; got != want {
		t.Errorf("%s: stdout differs\n%s", section, textdiff.FirstLine(got, want, 3))
	}
	if got := fmt.Sprint(status); got != g.status[section] {
		t.Errorf("%s: exit status %s, want %s", section, got, g.status[section])
	}
	stderrSection := strings.TrimSuffix(section, " -e") + " stderr"
	if section == "tokenize -e" {
		return
	}
	want := g.text[stderrSection]
	got := errOut.String()
	if i := strings.Index(want, "unexpected error: "); i >= 0 {
		// CPython dies with a traceback there; only its first line is
		// ours, and object addresses differ from run to run.
		want = want[:i+strings.IndexByte(want[i:], '\n')+1]
		want, got = hexAddr.ReplaceAllString(want, "0x?"), hexAddr.ReplaceAllString(got, "0x?")
	}
	if got != want {
		t.Errorf("%s: stderr differs\n%s", section, textdiff.FirstLine(got, want, 3))
	}
}

// checkParserStream runs the parser's stream (no Extra) and compares its
// tokens with the C tokenizer's, its warnings, and its error with the one
// compile() reports.
func checkParserStream(t *testing.T, g *tokensGolden, src []byte) {
	t.Helper()
	tk := NewTokenizer(src, TokenizerOptions{Filename: "<string>"})
	var lines []string
	var tokErr *pyerr.Error
	for i := 0; ; i++ {
		tok, err := tk.Next()
		if err != nil {
			if !errors.As(err, &tokErr) {
				t.Fatalf("parser stream: error of type %T: %v", err, err)
			}
			break
		}
		lines = append(lines, iterLine(tk, &tok))
		if tok.Kind == ENDMARKER {
			break
		}
		if i > 1e6 {
			t.Fatal("parser stream: no ENDMARKER")
		}
	}
	var wantToks []string
	var wantErr struct{ Type, Msg string }
	var wantWarnings []string
	skipped := false
	for _, l := range strings.Split(strings.TrimSuffix(g.text["parser"], "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "skipped"):
			skipped = true
		case strings.HasPrefix(l, "error "):
			if err := json.Unmarshal([]byte(l[len("error "):]), &wantErr); err != nil {
				t.Fatal(err)
			}
		case strings.HasPrefix(l, "warning "):
			var w struct {
				Line int
				Msg  string
			}
			if err := json.Unmarshal([]byte(l[len("warning "):]), &w); err != nil {
				t.Fatal(err)
			}
			wantWarnings = append(wantWarnings, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		case l != "":
			wantToks = append(wantToks, l)
		}
	}
	if len(wantToks) == 0 && len(lines) == 1 && strings.HasPrefix(lines[0], "ENDMARKER ") {
		// TokenizerIter drops the ENDMARKER of an empty text; the parser
		// gets it (on line 0, or line 1 after a lone BOM).
		wantToks = lines
	}
	if !skipped {
		got := strings.Join(lines, "\n")
		want := strings.Join(wantToks, "\n")
		if got != want {
			t.Errorf("parser stream: tokens differ\n%s", textdiff.FirstLine(got, want, 3))
		}
		var gotWarnings []string
		for _, w := range tk.Warnings() {
			gotWarnings = append(gotWarnings, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		}
		if strings.Join(gotWarnings, "\n") != strings.Join(wantWarnings, "\n") {
			t.Errorf("parser stream: warnings %q, want %q", gotWarnings, wantWarnings)
		}
	}

	comp := strings.TrimSpace(g.text["compile"])
	if comp == "ok" {
		if tokErr != nil {
			t.Errorf("parser stream: error %q, but compile() succeeds", tokErr.Msg)
		}
		return
	}
	var ce struct {
		Type, Msg     string
		Line, Offset  *int
		EndLine       *int `json:"end_line"`
		EndOffset     *int `json:"end_offset"`
		Text          *string
		FromTokenizer bool `json:"from_tokenizer"`
	}
	if err := json.Unmarshal([]byte(strings.TrimPrefix(comp, "error ")), &ce); err != nil {
		t.Fatalf("compile section: %v", err)
	}
	if ce.FromTokenizer {
		if tokErr == nil {
			t.Errorf("parser stream: no error, want compile()'s %s: %s", ce.Type, ce.Msg)
			return
		}
		want := pyerr.Error{Type: pyerr.Class(ce.Type), Msg: ce.Msg, Filename: "<string>", Line: deref(ce.Line),
			Offset: deref(ce.Offset), EndLine: deref(ce.EndLine), EndOffset: deref(ce.EndOffset)}
		if ce.Text != nil {
			want.Text = *ce.Text
		}
		if *tokErr != want {
			t.Errorf("parser stream: error\n got  %+v\n want %+v", *tokErr, want)
		}
		return
	}
	if wantErr.Msg != "" {
		if tokErr == nil {
			t.Errorf("parser stream: no error, want %q", wantErr.Msg)
		} else if tokErr.Msg != wantErr.Msg && !(wantErr.Msg == "unexpected EOF in multi-line statement" &&
			(strings.HasSuffix(tokErr.Msg, "was never closed") || tokErr.Msg == "unexpected EOF while parsing")) {
			t.Errorf("parser stream: error %q, want %q", tokErr.Msg, wantErr.Msg)
		}
	} else if tokErr != nil && !skipped {
		t.Errorf("parser stream: error %q, but CPython's tokenizer has none", tokErr.Msg)
	}
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// iterLine formats a parser-stream token as the golden files do: the C
// tokenizer's token as _tokenize.TokenizerIter reports it (columns in
// characters; the end derived from the text, as that iterator computes it).
func iterLine(tk *Tokenizer, tok *peg.Token) string {
	sc, ec := -1, -1
	if tok.Start.Col >= 0 {
		sc = tk.charCol(tok.Start)
		if tok.Start.Line == tok.End.Line {
			ec = sc + pyCharCount(tok.Text)
		} else {
			ec = pyCharCount(tok.Text[strings.LastIndexByte(tok.Text, '\n')+1:])
		}
	}
	return fmt.Sprintf("%s %s %d,%d-%d,%d", TokenNames[tok.Kind], ast.ReprString(tok.Text), tok.Start.Line, sc, tok.End.Line, ec)
}

package main

import (
	"regexp"
	"strings"

	"github.com/peglab/peglab/internal/support/corpus"
	"github.com/peglab/peglab/internal/support/extload"
	"github.com/peglab/peglab/parser"
	"github.com/spf13/cobra"

	"github.com/peglab/peglab/pipeline"
)

func init() { commands = append(commands, newTokensCmd) }

func newTokensCmd() *cobra.Command {
	var in sourceFlags
	var exact bool
	var ef extFlags
	c := &cobra.Command{
		Use:   "tokens [-e] [--ext NAME,...] [--ext-dir DIR] FILE | - | -c CODE",
		Short: "Print the tokens of Python source, as python3.13 -m tokenize does",
		Long: `tokens prints the tokens of Python source in the exact format of
python3.13 -m tokenize: one token a line, with its range (line,column in
characters), its type and its string.

FILE is read as tokenize reads a file: a UTF-8 BOM or a PEP 263 coding
declaration (utf-8, latin-1, ascii, cp1252, koi8-r) chooses the decoding and
the first token is ENCODING; on an error nothing but the error is printed.
'-' (standard input) and -c CODE are read as tokenize reads standard input:
as UTF-8 text, with no ENCODING token, and the tokens before an error are
printed.

Errors are printed in tokenize's form, FILE:LINE:COLUMN: error: MESSAGE, and
the exit status is 1. Wrong use of the command exits with status 2.`,
		Example: `  peglab tokens script.py
  peglab tokens -e script.py          # exact operator types (LPAR, PLUS...) instead of OP
  peglab tokens -c 'f"{x!r:>10}"'
  echo 'x = 1' | peglab tokens -
  peglab tokens --ext almosteq -c 'a ~= b'`,
		RunE: func(c *cobra.Command, args []string) error {
			src, err := in.read(c, args)
			if err != nil {
				return err
			}
			exts, err := ef.enabled(c)
			if err != nil {
				return err
			}
			var loaded *extload.Set
			if len(ef.dirs) > 0 {
				if loaded, err = extload.Load(ef.dirs...); err != nil {
					return usageError(c, err)
				}
			}
			status := parser.DumpTokens(c.OutOrStdout(), c.ErrOrStderr(), src.Data, parser.DumpOptions{
				Filename:   src.Name,
				Exact:      exact,
				Stdin:      !src.FromFile,
				Extensions: names(exts),
				Operators:  loaded.TokenizerOperators(),
			})
			if status != 0 {
				return &pythonError{printed: true}
			}
			return nil
		},
	}
	in.register(c)
	c.Flags().BoolVarP(&exact, "exact", "e", false, "display token names using the exact type")
	ef.register(c, true)
	return c
}

func init() {
	corpus.Register(tokensStage)
	frontEndStages["tokens"] = func(fe *pipeline.Frontend) corpus.Stage {
		return tokensStageWith(fe.Names(), fe.Operators())
	}
}

// tokensStage is `peglab tokens FILE` for the corpus runner; the oracle
// runs `python -m tokenize FILE`.
var tokensStage = tokensStageWith(nil, nil)

// tokensStageWith tokenizes with the given extensions on (a grammar makes
// no difference to the tokens).
func tokensStageWith(exts []string, ops []parser.OperatorDef) *corpus.StageFunc {
	return &corpus.StageFunc{
		StageName: "tokens",
		Func: func(path string, src []byte) corpus.Result {
			var out, errOut strings.Builder
			status := parser.DumpTokens(&out, &errOut, src, parser.DumpOptions{Filename: path, Extensions: exts, Operators: ops})
			return corpus.Result{Out: out.String(), Err: errOut.String(), Status: status}
		},
		Norm: normalizeTokenize,
	}
}

var hexAddr = regexp.MustCompile(`0x[0-9a-f]{6,}`)

// normalizeTokenize keeps, of an "unexpected error" report, the line peglab
// prints (CPython adds a traceback) with object addresses masked.
func normalizeTokenize(r corpus.Result) corpus.Result {
	if i := strings.Index(r.Err, "unexpected error: "); i >= 0 {
		end := strings.IndexByte(r.Err[i:], '\n')
		if end < 0 {
			end = len(r.Err) - i
		}
		r.Err = hexAddr.ReplaceAllString(r.Err[:i+end+1], "0x?")
	}
	return r
}

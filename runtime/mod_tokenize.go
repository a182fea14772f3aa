package runtime

import (
	"strings"
	"unicode/utf8"

	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pyerr"
)

// _tokenize.TokenizerIter over peglab's tokenizer in its tokenize-module
// mode (the one `peglab tokens` prints): tokenize.generate_tokens,
// tokenize.tokenize and so inspect.getsource and linecache run on it. The
// readline callable is read to its end first; the tokens are then made
// one by one, so an error surfaces where CPython's would.

func initTokenizeModule() *Module {
	m := NewModule("_tokenize")
	t := newBuiltinType("TokenizerIter", ObjectType)
	t.Module = "_tokenize"
	t.iter = selfIter
	t.next = goIterNext
	t.newf = func(t *Type, a []Value, kw *Tuple) (Value, *Exception) {
		v, err := parseArgs("tokenizeriter", a, kw, []string{"readline", "extra_tokens", "encoding"}, 1, 1, 1)
		if err != nil {
			return Null, err
		}
		extra := false
		if v[1].p != nil {
			if extra, err = Truth(v[1]); err != nil {
				return Null, err
			}
		}
		var src strings.Builder
		for {
			line, err := Call(v[0], nil, nil)
			if err != nil {
				if err.typ.IsSubtype(StopIteration) {
					break
				}
				return Null, err
			}
			switch {
			case line.Type().IsSubtype(StrType):
				src.WriteString(line.str().s)
			case line.Type() == BytesType && v[2].p != nil && !v[2].isNone():
				s, err := CallMethod(line, "decode", v[2])
				if err != nil {
					return Null, err
				}
				src.WriteString(s.str().s)
			default:
				return Null, newErr(TypeError, "readline() returned a non-string object")
			}
			if line.Type().IsSubtype(StrType) && line.str().s == "" {
				break
			}
		}
		text := src.String()
		tok := parser.NewTokenizer([]byte(text), parser.TokenizerOptions{Filename: "<string>", Extra: true, Text: true})
		lines := strings.SplitAfter(text, "\n")
		lineText := func(from, to int) string {
			var b strings.Builder
			for l := from; l <= to; l++ {
				if l >= 1 && l <= len(lines) {
					b.WriteString(lines[l-1])
				}
			}
			return b.String()
		}
		charCol := func(line, col int) int {
			if col <= 0 || line < 1 || line > len(lines) {
				return col
			}
			s := lines[line-1]
			if col > len(s) {
				return utf8.RuneCountInString(s) + col - len(s)
			}
			return utf8.RuneCountInString(s[:col])
		}
		done := false
		next := func() (Value, bool, *Exception) {
			if done {
				return Null, false, nil
			}
			tk, e := tok.Next()
			if e != nil {
				done = true
				if pe, ok := e.(*pyerr.Error); ok {
					return Null, false, syntaxError(pe)
				}
				return Null, false, newErr(SyntaxError, "%s", e.Error())
			}
			kind := tk.Kind
			if kind == parser.ENDMARKER {
				done = true
			}
			if extra && (kind >= parser.LPAR && kind <= parser.OP || kind >= parser.NumPythonTokens) {
				kind = parser.OP
			}
			sl, el := int(tk.Start.Line), int(tk.End.Line)
			return NewTuple(MakeInt(int64(kind)), NewStr(tk.Text),
				NewTuple(MakeInt(int64(sl)), MakeInt(int64(charCol(sl, int(tk.Start.Col))))),
				NewTuple(MakeInt(int64(el)), MakeInt(int64(charCol(el, int(tk.End.Col))))),
				NewStr(lineText(sl, el))), true, nil
		}
		return obj(&goIter{Header{t}, next}), nil
	}
	m.dict.SetS("TokenizerIter", obj(t))
	return m
}

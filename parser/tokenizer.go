package parser

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// TokenizerOptions selects how a Tokenizer reads its source.
type TokenizerOptions struct {
	// Filename names the source in errors, as the filename argument of
	// compile() does.
	Filename string
	// Extra selects the tokenize-module stream (ENCODING, COMMENT, NL, and
	// the exact token shapes `python -m tokenize` prints). Without it, the
	// stream is exactly what CPython's parser receives from its tokenizer
	// (no COMMENT/NL/ENCODING, NEWLINE/INDENT/DEDENT where the parser gets
	// them).
	Extra bool
	// Extensions lists the enabled extensions whose operators the scanner
	// recognises; with none, `~=` scans as `~` then `=` exactly as in
	// Python 3.13.
	Extensions []string
	// Text says the source is already text (a Python str) rather than the
	// bytes of a file: no BOM or coding cookie is looked for, and there is
	// no ENCODING token. With Extra it is how `python -m tokenize` reads
	// standard input; without, how compile() treats a str.
	Text bool
	// NoFinalNewline reads a source that does not end with a newline as
	// it is: compile() adds the missing newline only in exec mode, so in
	// eval mode the last line ends at the end of the source.
	NoFinalNewline bool
	// FileLines says the source is the content of the file Filename,
	// parsed as a module: the parser's errors then quote their line as
	// CPython reads it back from the file (see fileLine) rather than from
	// the tokenizer's buffer. The two differ on an error after a
	// multi-line token, and on lines over 999 bytes.
	FileLines bool
	// Operators adds operators to the generated table, for this tokenizer
	// only: those of an extension folder loaded at run time, which no
	// generated table knows. Each needs a Name when its Kind is NumTokens
	// or more. They are always on; the scanner's hot path is the same (the
	// table is built once per combination).
	Operators []OperatorDef
}

// OperatorDef is one entry of the operator table generated from
// grammar/Tokens and the extensions' Tokens files.
type OperatorDef struct {
	Text      string
	Kind      int32
	Extension string // "" for Python's own operators
	// Exact is false for the one operator the scanner knows that
	// token.EXACT_TOKEN_TYPES does not: "<>".
	Exact bool
	// Name is the token's name for a kind added at run time (see
	// TokenizerOptions.Operators); generated kinds are named by TokenNames.
	Name string
}

// Warning is a SyntaxWarning the tokenizer or parser raised (see
// pyerr.Warning).
type Warning = pyerr.Warning

// A Tokenizer turns Python source into tokens, one per call of Next. It is
// CPython 3.13's tokenizer (Parser/lexer/lexer.c) rebuilt: it reads the
// source as that tokenizer reads it, line by line, so that token positions
// and error locations come out identical, including their quirks.
type Tokenizer struct {
	opts     TokenizerOptions
	ops      *opTable
	extra    bool
	readline bool // reads like the tokenize module (per-line buffer, CR kept)

	// The source, decoded to UTF-8, with a final '\n' added when missing.
	src      string
	addedNL  bool // the final '\n' of src is not in the input
	nulAt    int  // offset of the first NUL byte (readline mode), or -1
	stdinBad int  // offset of the first byte standard input cannot decode, or -1
	// rawSrc is the undecoded source when a coding declaration changed it:
	// compile() quotes lines of other buffers than the current one from it.
	rawSrc   string
	hadBOM   bool // the source began with a UTF-8 BOM, which src lacks
	encoding string
	pending  *pyerr.Error // a decoding error, reported by the first Next

	// Reading state, as offsets into src (CPython's pointers).
	cur, inp      int // next byte; end of the lines read so far
	lineStart     int // start of the current line
	buf           int // start of CPython's line buffer (see underflow)
	lineno        int
	implicit      bool // the current line's '\n' is the added one
	decodingErred bool // a line could not be decoded (CPython's decoding_erred)
	done          int  // one of the e* codes below

	// The token being scanned.
	start          int // -1 when no token is in progress (tok->start == NULL)
	startCol       int // CPython's starting_col_offset
	firstLineno    int // first line of a string token
	multiLineStart int // start of that first line

	// Layout.
	atbol          bool
	pendin         int
	indent         int
	indstack       [maxIndent]int
	altindstack    [maxIndent]int
	level          int
	parenstack     [maxLevel]byte
	parenLine      [maxLevel]int
	parenCol       [maxLevel]int
	commentNewline bool
	blankline      bool

	// modes[0] is the regular mode; each open f-string pushes one.
	modes []fstringMode

	sentEncoding bool
	finished     bool // ENDMARKER was returned
	err          *pyerr.Error
	warnings     []Warning
	lines        []int // start offset of each line, built on demand
}

// The limits of CPython's tokenizer (Parser/lexer/state.h).
const (
	maxIndent       = 100 // indentation levels
	maxLevel        = 200 // open brackets
	maxFStringLevel = 150 // nested f-strings
	maxExprNesting  = 3   // nested replacement fields in format specs
	tabSize         = 8
)

// The tokenizer's completion codes (CPython's errcode.h).
const (
	eOK = iota
	eEOF
	eError // an error is already recorded in t.err
	eDedent
	eTabSpace
	eTooDeep
	eLineCont
)

// tokError is the kind scanning functions return for CPython's ERRORTOKEN.
const tokError int32 = -1

// NewTokenizer returns a tokenizer over src. Decoding (BOM, PEP 263 coding
// declarations) happens here; a decoding error is returned by the first
// call of Next.
func NewTokenizer(src []byte, opts TokenizerOptions) *Tokenizer {
	t := &Tokenizer{opts: opts, extra: opts.Extra, readline: opts.Extra, nulAt: -1, stdinBad: -1}
	t.ops = opsFor(opts.Extensions, opts.Operators)
	t.modes = make([]fstringMode, 1, 4)
	t.modes[0] = fstringMode{regular: true}
	t.start = -1
	t.atbol = true
	t.decode(src)
	t.buf = 0
	return t
}

// Filename returns the name given in the options.
func (t *Tokenizer) Filename() string { return t.opts.Filename }

// Encoding returns the source encoding the tokenizer detected ("utf-8",
// "iso-8859-1", ...; with Extra, as the ENCODING token shows it), or "" for
// text and after a decoding error.
func (t *Tokenizer) Encoding() string { return t.encoding }

// Warnings returns the SyntaxWarnings raised so far, in order.
func (t *Tokenizer) Warnings() []Warning { return t.warnings }

// Source returns the decoded source the tokens' Text fields point into.
func (t *Tokenizer) Source() string { return t.src }

// Next returns the next token. After the last token it returns ENDMARKER
// tokens forever. A lexical error is returned as a *pyerr.Error, and again on
// every later call.
func (t *Tokenizer) Next() (peg.Token, error) {
	if t.err != nil {
		return peg.Token{}, t.err
	}
	if t.pending != nil {
		t.err = t.pending
		return peg.Token{}, t.err
	}
	if t.extra && !t.sentEncoding {
		t.sentEncoding = true
		if t.encoding != "" {
			return peg.Token{Kind: ENCODING, Text: t.encoding}, nil
		}
	}
	if t.finished {
		return t.endmarker(), nil
	}
	kind, ps, pe := t.get()
	switch {
	case kind == tokError || t.decodingErred:
		// A line that failed to decode fails whatever token it ends.
		if t.err == nil {
			t.err = t.codeError()
		}
		return peg.Token{}, t.err
	case t.err != nil:
		// CPython returns this token with the error pending (a DEDENT
		// queued by the line that held a null byte), which Python then
		// reports as a SystemError.
		t.err = &pyerr.Error{Type: pyerr.SystemError, Msg: "<built-in method __new__ of type object at 0x7f0000000000> returned a result with an exception set"}
		return peg.Token{}, t.err
	}
	tok := t.token(kind, ps, pe)
	if t.extra && tok.Text != "" && tok.Text[0] == '\r' && !utf8.ValidString(tok.Text) {
		// Only a stray \r can split a character; Python fails to make
		// the token's str.
		pos, n, reason := utf8Error(tok.Text)
		t.err = &pyerr.Error{Type: pyerr.UnicodeDecodeError, Msg: decodeErrorMsg("utf-8", tok.Text, pos, n, reason)}
		return peg.Token{}, t.err
	}
	if kind == ENDMARKER {
		t.finished = true
	}
	return tok, nil
}

// endmarker repeats the last token for callers that read past it.
func (t *Tokenizer) endmarker() peg.Token {
	if t.extra {
		return peg.Token{Kind: ENDMARKER, Start: peg.Pos{Line: int32(t.lineno + 1)}, End: peg.Pos{Line: int32(t.lineno + 1)}}
	}
	p := peg.Pos{Line: int32(t.lineno), Col: -1}
	return peg.Token{Kind: ENDMARKER, Start: p, End: p}
}

// token builds the token scanned from ps to pe (ps < 0: no text). Its
// position is what CPython gives the parser (byte columns of the token's
// start and of the cursor), or, with Extra, what the tokenize module
// computes, before it converts bytes to characters.
func (t *Tokenizer) token(kind int32, ps, pe int) peg.Token {
	strlit := kind == STRING || kind == FSTRING_MIDDLE
	line := t.lineno
	if strlit {
		line = t.firstLineno
	}
	tok := peg.Token{Kind: kind}
	tok.Start.Line, tok.End.Line = int32(line), int32(t.lineno)
	tok.Start.Col, tok.End.Col = -1, -1
	if ps >= 0 {
		tok.Text = t.src[ps:pe]
		if t.extra {
			ls := t.lineStart
			if strlit {
				ls = t.multiLineStart
			}
			if ps >= ls {
				tok.Start.Col = int32(ps - ls)
			}
			if pe >= t.lineStart {
				tok.End.Col = int32(pe - t.lineStart)
			}
		} else {
			tok.Start.Col = int32(t.startCol)
			tok.End.Col = int32(t.cur - t.lineStart)
		}
	}
	if !t.extra {
		return tok
	}
	// The adjustments of Python/Python-tokenize.c that make the stream
	// look like the pure-Python tokenize of old.
	switch {
	case kind == ENDMARKER || kind == DEDENT && t.done == eEOF:
		tok.Start = peg.Pos{Line: int32(t.lineno + 1)}
		tok.End = tok.Start
		tok.Text = ""
	case kind == NEWLINE:
		switch {
		case t.implicit:
			// The scanned text stays: "" or the "\r" before the added "\n".
		case t.src[t.start] == '\r':
			tok.Text = t.src[t.start : t.start+2]
		default:
			tok.Text = t.src[t.start : t.start+1]
		}
		tok.End.Col++
	case kind == NL && t.implicit:
		tok.Text = ""
	}
	return tok
}

// Cursor returns the position of the tokenizer's cursor: where the next
// token's scan begins (CPython's tok->cur). Parsers use it to place errors
// that CPython locates at the cursor.
func (t *Tokenizer) Cursor() peg.Pos {
	return peg.Pos{Line: int32(t.lineno), Col: int32(t.cur - t.lineStart)}
}

// LineText returns source line n (1-based) of the decoded source, without
// its line ending, or "" when there is no such line.
func (t *Tokenizer) LineText(n int) string {
	if t.lines == nil {
		t.lines = append(t.lines, 0)
		for i := 0; ; {
			j := strings.IndexByte(t.src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			if i < len(t.src) {
				t.lines = append(t.lines, i)
			}
		}
	}
	if n < 1 || n > len(t.lines) || len(t.src) == 0 {
		return ""
	}
	s := t.src[t.lines[n-1]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

// opTable is the operator set of one combination of extensions, indexed by
// first byte, longest operators first.
type opTable struct {
	byFirst [128][]OperatorDef
	one     [128]int32 // kind of each one-character operator, or OP
}

var (
	opCacheMu sync.Mutex
	opCache   = map[string]*opTable{}
)

// opsFor returns the operator table for the given extensions and extra
// operators, building it once per combination.
func opsFor(exts []string, extra []OperatorDef) *opTable {
	key := strings.Join(exts, ",")
	for _, op := range extra {
		key += fmt.Sprintf("\x00%s\x00%d", op.Text, op.Kind)
	}
	opCacheMu.Lock()
	defer opCacheMu.Unlock()
	if tbl, ok := opCache[key]; ok {
		return tbl
	}
	tbl := &opTable{}
	for i := range tbl.one {
		tbl.one[i] = OP
	}
	add := func(op OperatorDef) {
		if op.Text == "" || op.Text[0] >= 128 {
			return // the scanner matches ASCII operators only
		}
		c := op.Text[0]
		tbl.byFirst[c] = append(tbl.byFirst[c], op)
		if len(op.Text) == 1 {
			tbl.one[c] = op.Kind
		}
	}
	for _, op := range Operators {
		if op.Extension == "" || slices.Contains(exts, op.Extension) {
			add(op)
		}
	}
	for _, op := range extra {
		add(op)
	}
	for i := range tbl.byFirst {
		slices.SortStableFunc(tbl.byFirst[i], func(a, b OperatorDef) int { return len(b.Text) - len(a.Text) })
	}
	opCache[key] = tbl
	return tbl
}

// KnownExtensions returns the extensions that add tokens, sorted.
func KnownExtensions() []string {
	var names []string
	for _, op := range Operators {
		if op.Extension != "" && !slices.Contains(names, op.Extension) {
			names = append(names, op.Extension)
		}
	}
	slices.Sort(names)
	return names
}

// A Tokenizer is the token source of the parser runtime.
var (
	_ peg.TokenSource = (*Tokenizer)(nil)
	_ peg.LineSource  = (*Tokenizer)(nil)
)

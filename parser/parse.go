package parser

import (
	"runtime"
	"strings"
	"sync"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// Mode is the kind of source a parse expects, compile()'s mode argument.
type Mode string

// The modes of compile() and ast.parse.
const (
	ModeExec     Mode = "exec"      // a module: Module
	ModeEval     Mode = "eval"      // one expression: Expression
	ModeSingle   Mode = "single"    // one interactive statement: Interactive
	ModeFuncType Mode = "func_type" // a signature type comment: FunctionType
)

// Options configure a parse.
type Options struct {
	// Filename names the source in errors; ast.parse's default is
	// "<unknown>".
	Filename string
	// Mode is the kind of source; "" means ModeExec.
	Mode Mode
	// Extensions lists the language extensions to enable (their names);
	// with none the language is exactly Python 3.13.
	Extensions []string
	// FromFile says src is the content of the file Filename. CPython's
	// parser reads the line an error quotes back from that file when it
	// parses a module, and so does peglab then (TokenizerOptions.FileLines).
	FromFile bool
	// Operators are operators of extensions loaded at run time, for the
	// tokenizer (see TokenizerOptions.Operators); only an interpreted
	// grammar knows their kinds.
	Operators []OperatorDef
	// Warnings, when set, receives the SyntaxWarnings the tokenizer
	// ("invalid decimal literal") and the parser ("invalid escape
	// sequence") raised, in CPython's order, whether or not the parse
	// succeeds.
	Warnings *[]Warning
}

// entryRules maps each mode to the grammar's start rule.
var entryRules = map[Mode]string{
	ModeExec:     "file",
	ModeEval:     "eval",
	ModeSingle:   "interactive",
	ModeFuncType: "func_type",
}

// Parse parses Python source (the bytes of a file: a BOM or coding
// declaration selects the encoding) with the generated parser, and returns
// its AST or the SyntaxError CPython 3.13 raises for it. It is
// ast.parse(src, filename, mode) without type comments.
func Parse(src []byte, opts Options) (ast.Mod, *pyerr.Error) {
	p := getParser()
	defer putParser(p)
	return run(src, opts, func(toks peg.TokenSource) (engine, error) {
		kw, bits, err := peg.EnableExtensions(keywords, extensions, extKeywords, opts.Extensions)
		if err != nil {
			return nil, err
		}
		p.Reset(toks, kw)
		p.Exts = bits
		return p, nil
	})
}

// idleParsers keeps a few generated parsers between parses: their token
// and memo buffers, sized by the biggest source seen, are what a parse
// allocates most. (A sync.Pool would drop them at every garbage
// collection, and a parse makes many.) An idle parser's memo table may
// still reference the last tree it built.
var idleParsers struct {
	sync.Mutex
	list []*Parser
}

func getParser() *Parser {
	idleParsers.Lock()
	defer idleParsers.Unlock()
	if n := len(idleParsers.list); n > 0 {
		p := idleParsers.list[n-1]
		idleParsers.list = idleParsers.list[:n-1]
		return p
	}
	return &Parser{}
}

func putParser(p *Parser) {
	p.Reset(nil, nil) // drop the source; the buffers stay
	p.Data = nil
	idleParsers.Lock()
	defer idleParsers.Unlock()
	if len(idleParsers.list) < 2*runtime.GOMAXPROCS(0) {
		idleParsers.list = append(idleParsers.list, p)
	}
}

// ParseInterpreted is Parse with a grammar interpreter (built from
// grammar/python.gram, or from an edited copy of it, with the Helpers
// table) in place of the generated parser. For the same grammar the two
// give identical results.
func ParseInterpreted(in *pegen.Interpreter, src []byte, opts Options) (ast.Mod, *pyerr.Error) {
	if len(opts.Extensions) > 0 {
		return run(src, opts, func(toks peg.TokenSource) (engine, error) {
			return in.NewParser(toks, opts.Extensions...)
		})
	}
	var ip *pegen.IParser
	defer func() { in.Release(ip) }()
	return run(src, opts, func(toks peg.TokenSource) (engine, error) {
		var err error
		ip, err = in.Acquire(toks)
		return ip, err
	})
}

// engine is what the driver needs of a parser, generated or interpreted.
type engine interface {
	Runtime() *peg.Parser
	Parse(entry string) peg.Outcome
}

// state is the Python-specific state of one parse, in peg.Parser.Data for
// the action helpers.
type state struct {
	mode   Mode
	tok    *Tokenizer
	names  []ast.Name     // the slab newName takes from
	consts []ast.Constant // the slab newConstant takes from
	levels []int32        // bracket nesting after each token (tokenLevel)
}

// newName allocates a Name from a slab: one allocation for many nodes of
// the tree (a slab stays alive while any of its nodes does).
func (s *state) newName() *ast.Name {
	if len(s.names) == cap(s.names) {
		s.names = make([]ast.Name, 0, 64)
	}
	s.names = s.names[:len(s.names)+1]
	return &s.names[len(s.names)-1]
}

// newConstant allocates a Constant from a slab, as newName does.
func (s *state) newConstant() *ast.Constant {
	if len(s.consts) == cap(s.consts) {
		s.consts = make([]ast.Constant, 0, 32)
	}
	s.consts = s.consts[:len(s.consts)+1]
	return &s.consts[len(s.consts)-1]
}

// newConstant is a Constant from the parse's slab, or a new one when the
// parser runs without the driver's state (peglab parse).
func newConstant(p *peg.Parser) *ast.Constant {
	if st, ok := p.Data.(*state); ok {
		return st.newConstant()
	}
	return new(ast.Constant)
}

// run is the driver both engines share: it makes the tokenizer, starts the
// entry rule of the mode, and turns a failed parse into the error CPython
// reports (Parser/pegen.c, _PyPegen_run_parser and _PyPegen_set_syntax_error).
func run(src []byte, opts Options, newEngine func(peg.TokenSource) (engine, error)) (ast.Mod, *pyerr.Error) {
	mode := opts.Mode
	if mode == "" {
		mode = ModeExec
	}
	entry, ok := entryRules[mode]
	if !ok {
		return nil, &pyerr.Error{Type: pyerr.ValueError, Msg: "compile() mode must be 'exec', 'eval' or 'single'"}
	}
	filename := opts.Filename
	if filename == "" {
		filename = "<unknown>"
	}
	tok := NewTokenizer(src, TokenizerOptions{Filename: filename, Extensions: opts.Extensions, Operators: opts.Operators,
		NoFinalNewline: mode == ModeEval || mode == ModeFuncType, FileLines: opts.FromFile && mode == ModeExec})
	toks := &tokenStream{tok: tok, hint: len(src)/5 + 16}
	if mode == ModeSingle {
		toks.single = true
		if n := len(src); n > 0 && src[n-1] != '\n' && src[n-1] != '\r' {
			toks.implied = endPos(tok.Source())
		}
	}
	eng, err := newEngine(toks)
	if err != nil {
		return nil, &pyerr.Error{Type: pyerr.ValueError, Msg: err.Error()}
	}
	p := eng.Runtime()
	p.Filename = filename
	st := &state{mode: mode, tok: tok}
	p.Data = st
	out := eng.Parse(entry)
	var perr *pyerr.Error
	if out.Err != nil || !out.OK {
		perr = finishError(st.failure(p, out), filename) // may tokenize the rest of the source
	}
	if opts.Warnings != nil {
		*opts.Warnings = append(*opts.Warnings, tok.Warnings()...)
	}
	if perr != nil {
		return nil, perr
	}
	mod, _ := out.Value.(ast.Mod)
	if mode == ModeSingle && moreStatements(tok) {
		return nil, finishError(st.errorAtToken(p, pyerr.SyntaxError,
			"multiple statements found while compiling a single statement", false), filename)
	}
	return mod, nil
}

// finishError fills in what the error's raiser may not have known.
func finishError(e *pyerr.Error, filename string) *pyerr.Error {
	if e.Filename == "" {
		e.Filename = filename
	}
	return e
}

// moreStatements reports whether source follows the one statement a
// single-mode parse read, other than blank lines and comments (CPython's
// bad_single_statement).
func moreStatements(tok *Tokenizer) bool {
	rest := tok.Source()[sourceOffset(tok, tok.Cursor()):]
	for len(rest) > 0 {
		switch c := rest[0]; c {
		case ' ', '\t', '\n', '\f':
			rest = rest[1:]
		case '#':
			i := strings.IndexByte(rest, '\n')
			if i < 0 {
				return false
			}
			rest = rest[i:]
		default:
			return true
		}
	}
	return false
}

// sourceOffset converts a position of the decoded source to a byte offset.
func sourceOffset(tok *Tokenizer, pos peg.Pos) int {
	src := tok.Source()
	off := 0
	for l := int32(1); l < pos.Line; l++ {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	return min(off+max(int(pos.Col), 0), len(src))
}

// tokenStream is the tokenizer as the parser reads it. It tells the
// parser how many tokens to expect (about one per five bytes of source),
// and in single mode it does what CPython's parser does to the stream
// (_PyPegen_fill_token): the first ENDMARKER that follows other tokens
// becomes a NEWLINE, as the empty line that ends a statement at the
// prompt, so that `if x:` with its indented block ends with DEDENT NEWLINE.
//
// CPython adds a final newline to a source that lacks one only in exec
// mode, while the tokenizer always does; in single mode the NEWLINE of that
// added newline stands for the ENDMARKER CPython would have turned into one.
type tokenStream struct {
	tok     *Tokenizer
	hint    int
	single  bool
	started bool
	implied peg.Pos // where the added newline is, in single mode (line 0: none)
}

func (s *tokenStream) Next() (peg.Token, error) {
	t, err := s.tok.Next()
	if err != nil || !s.single {
		return t, err
	}
	switch {
	case t.Kind == ENDMARKER && s.started:
		t.Kind = NEWLINE
		s.started = false
	case t.Kind == NEWLINE && t.Start == s.implied:
		s.started = false
	default:
		s.started = true
	}
	return t, nil
}

// endPos is the position of the last character of src: the newline the
// tokenizer added.
func endPos(src string) peg.Pos {
	if src == "" {
		return peg.Pos{}
	}
	body := src[:len(src)-1]
	line := int32(strings.Count(body, "\n") + 1)
	return peg.Pos{Line: line, Col: int32(len(body) - (strings.LastIndexByte(body, '\n') + 1))}
}

// LineText gives error messages the source lines.
func (s *tokenStream) LineText(n int) string { return s.tok.LineText(n) }

// SizeHint estimates the number of tokens, so that the parser sizes its
// buffers once.
func (s *tokenStream) SizeHint() int { return s.hint }

package peg

import "fmt"

// The token kinds every grammar shares, in CPython's numbering (grammar/Tokens
// starts with them). The runtime needs them to skip layout tokens when it
// computes the end of a node; all other kinds come from the grammar's table.
const (
	ENDMARKER int32 = 0
	NAME      int32 = 1
	NUMBER    int32 = 2
	STRING    int32 = 3
	NEWLINE   int32 = 4
	INDENT    int32 = 5
	DEDENT    int32 = 6
)

// Pos is a position in the source: a 1-based line and a 0-based column
// counted in UTF-8 bytes, as CPython's AST counts them.
type Pos struct {
	Line int32
	Col  int32
}

// Less reports whether p comes before q.
func (p Pos) Less(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Token is one lexical token. Tokens are immutable once the parser has
// buffered them, so a *Token handed to an action stays valid.
type Token struct {
	// Kind is the token type: an index in the grammar's token table, or a
	// keyword kind the parser assigned to a NAME (see Parser.Keywords).
	Kind int32
	// Text is the token's exact source text.
	Text  string
	Start Pos
	End   Pos
}

// TokenSource produces the tokens a parser reads. After the last token it
// returns ENDMARKER tokens forever. A lexical error is returned as a
// *SyntaxError.
type TokenSource interface {
	Next() (Token, error)
}

// LineSource is implemented by token sources that can give the text of a
// source line (1-based, without its line ending); error messages quote it.
type LineSource interface {
	LineText(line int) string
}

// Span is the source extent of a node: the start of its first token and the
// end of its last. It is what EXTRA evaluates to in a grammar action.
type Span struct {
	Line, Col       int
	EndLine, EndCol int
}

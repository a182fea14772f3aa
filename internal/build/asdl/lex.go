package asdl

import "fmt"

// tokKind is the kind of an ASDL token.
type tokKind int

const (
	tEOF tokKind = iota
	tName
	tEq     // =
	tOrEq   // |=
	tBar    // |
	tLParen // (
	tRParen // )
	tComma  // ,
	tStar   // *
	tQuest  // ?
	tLBrace // {
	tRBrace // }
)

var tokNames = [...]string{
	tEOF: "end of file", tName: "name", tEq: "'='", tOrEq: "'|='", tBar: "'|'",
	tLParen: "'('", tRParen: "')'", tComma: "','", tStar: "'*'", tQuest: "'?'",
	tLBrace: "'{'", tRBrace: "'}'",
}

type token struct {
	kind tokKind
	text string
	pos  Pos
}

// String describes t for error messages.
func (t token) String() string {
	if t.kind == tName {
		return fmt.Sprintf("%q", t.text)
	}
	return tokNames[t.kind]
}

// lex splits src into tokens. ASDL has no string literals, so the only
// lexical errors are stray characters.
func lex(file, src string) ([]token, error) {
	var toks []token
	line, lineStart := 1, 0
	for i := 0; i < len(src); {
		c := src[i]
		pos := Pos{File: file, Line: line, Col: i - lineStart + 1}
		switch {
		case c == '\n':
			i++
			line, lineStart = line+1, i
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
		case c == '-' && i+1 < len(src) && src[i+1] == '-':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case isNameStart(c):
			j := i + 1
			for j < len(src) && isNameChar(src[j]) {
				j++
			}
			toks = append(toks, token{tName, src[i:j], pos})
			i = j
		case c == '|' && i+1 < len(src) && src[i+1] == '=':
			toks = append(toks, token{tOrEq, "|=", pos})
			i += 2
		default:
			k, ok := punct[c]
			if !ok {
				if c >= 0x80 {
					return nil, errorf(pos, "non-ASCII character in ASDL")
				}
				return nil, errorf(pos, "unexpected character %q", c)
			}
			toks = append(toks, token{k, src[i : i+1], pos})
			i++
		}
	}
	toks = append(toks, token{kind: tEOF, pos: Pos{File: file, Line: line, Col: len(src) - lineStart + 1}})
	return toks, nil
}

var punct = map[byte]tokKind{
	'=': tEq, '|': tBar, '(': tLParen, ')': tRParen, ',': tComma,
	'*': tStar, '?': tQuest, '{': tLBrace, '}': tRBrace,
}

func isNameStart(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isNameChar(c byte) bool { return isNameStart(c) || '0' <= c && c <= '9' }

func isUpper(s string) bool { return s != "" && 'A' <= s[0] && s[0] <= 'Z' }

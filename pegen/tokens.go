package pegen

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/peglab/peglab/grammar"
)

// TokenTable is a grammar's set of token kinds: the lines of a Tokens file
// (grammar/Tokens, plus extensions' additions), numbered in order.
type TokenTable struct {
	Names  []string         // kind -> name
	Ops    []string         // kind -> operator text, "" for non-operators
	Exts   []string         // kind -> owning extension, "" for the base
	byName map[string]int32 // name -> kind
	byOp   map[string]int32 // operator text -> kind
}

// Kind returns the kind of the token named name (NAME, LPAR, ...).
func (t *TokenTable) Kind(name string) (int32, bool) {
	k, ok := t.byName[name]
	return k, ok
}

// OpKind returns the kind of the operator with the given text ('+=').
func (t *TokenTable) OpKind(op string) (int32, bool) {
	k, ok := t.byOp[op]
	return k, ok
}

// ParseTokens reads a Tokens file: one token per line, a NAME optionally
// followed by the operator's text in quotes; # starts a comment. file names
// the source in errors. Kinds continue from base (nil for a fresh table),
// and ext records which extension added them.
func ParseTokens(base *TokenTable, file, text, ext string) (*TokenTable, error) {
	t := &TokenTable{byName: map[string]int32{}, byOp: map[string]int32{}}
	if base != nil {
		t.Names = append(t.Names, base.Names...)
		t.Ops = append(t.Ops, base.Ops...)
		t.Exts = append(t.Exts, base.Exts...)
		for k, v := range base.byName {
			t.byName[k] = v
		}
		for k, v := range base.byOp {
			t.byOp[k] = v
		}
	}
	for i, line := range strings.Split(text, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 && !strings.Contains(line[:j], "'") {
			line = line[:j]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", file, i+1)
		name := fields[0]
		if !isTokenName(name) {
			return nil, fmt.Errorf("%s: bad token name %q: use upper-case letters, digits and _", where, name)
		}
		if _, dup := t.byName[name]; dup {
			return nil, fmt.Errorf("%s: token %s is already defined", where, name)
		}
		op := ""
		if len(fields) > 2 {
			return nil, fmt.Errorf("%s: expected NAME and an optional quoted operator", where)
		}
		if len(fields) == 2 {
			s, err := strconv.Unquote(strings.ReplaceAll(fields[1], "'", "\""))
			if err != nil || s == "" {
				return nil, fmt.Errorf("%s: bad operator text %s", where, fields[1])
			}
			if prev, dup := t.byOp[s]; dup {
				return nil, fmt.Errorf("%s: operator %q is already token %s", where, s, t.Names[prev])
			}
			op = s
		}
		kind := int32(len(t.Names))
		t.Names = append(t.Names, name)
		t.Ops = append(t.Ops, op)
		t.Exts = append(t.Exts, ext)
		t.byName[name] = kind
		if op != "" {
			t.byOp[op] = kind
		}
	}
	return t, nil
}

func isTokenName(s string) bool {
	for i, c := range s {
		if !(c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// PythonTokens returns the token table of grammar/Tokens. The table is
// shared: callers must not modify it.
var PythonTokens = sync.OnceValue(func() *TokenTable {
	t, err := ParseTokens(nil, "grammar/Tokens", grammar.Tokens, "")
	if err != nil {
		panic(err) // the embedded table is tested
	}
	return t
})

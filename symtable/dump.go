package symtable

import (
	"slices"
	"strconv"
	"strings"

	"github.com/peglab/peglab/ast"
)

// AppendDump appends the dump of t and its descendants (the format the
// package doc describes, and scripts/oracle.py's symtable stage prints).
func AppendDump(dst []byte, t *Table) []byte { return appendTable(dst, t, 0) }

// Dump returns the dump of st's tables, starting at the module.
func Dump(st *SymbolTable) string { return string(AppendDump(nil, st.Top)) }

func appendTable(dst []byte, t *Table, depth int) []byte {
	for range depth {
		dst = append(dst, "  "...)
	}
	dst = append(dst, t.Type.String()...)
	dst = append(dst, ' ')
	dst = ast.AppendReprString(dst, t.Name)
	dst = append(dst, " line "...)
	dst = strconv.AppendInt(dst, int64(t.Lineno), 10)
	if t.Nested {
		dst = append(dst, " nested"...)
	}
	if len(t.Varnames) > 0 {
		dst = append(dst, " varnames=["...)
		for i, v := range t.Varnames {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = ast.AppendReprString(dst, v)
		}
		dst = append(dst, ']')
	}
	dst = append(dst, '\n')
	for _, s := range t.Symbols {
		for range depth + 1 {
			dst = append(dst, "  "...)
		}
		dst = ast.AppendReprString(dst, s.Name)
		dst = append(dst, ' ')
		dst = append(dst, s.Scope.String()...)
		dst = append(dst, ' ')
		dst = s.Flags.appendTo(dst)
		ns := 0
		for _, c := range t.Children {
			if c.Name == s.Name {
				ns++
			}
		}
		if ns > 0 {
			dst = append(dst, " namespaces="...)
			dst = strconv.AppendInt(dst, int64(ns), 10)
		}
		dst = append(dst, '\n')
	}
	for _, c := range t.Children {
		dst = appendTable(dst, c, depth+1)
	}
	return dst
}

func sortSymbolsLarge(s []Symbol) {
	slices.SortFunc(s, func(a, b Symbol) int { return strings.Compare(a.Name, b.Name) })
}

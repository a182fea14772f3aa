// Package casefile reads the sectioned text files the tests and goldens
// are written in: a header line opens each section ("=== NAME flags" for
// the parser's cases, "== NAME mode=eval" for an extension's, "-- title
// --" for the tokenizer's goldens), and the lines up to the next header are
// its body. Text before the first header is a description and is dropped.
//
// It is the one reader of those formats, for tests (through
// internal/testsupport/golden) and for `peglab ext new`, which renders an
// extension's cases without linking the testing package.
package casefile

import "strings"

// Section is one section of a file.
type Section struct {
	// Head is the header line between the prefix and the suffix, with
	// surrounding blanks trimmed.
	Head string
	// Body is the text up to the next header, line endings kept.
	Body string
	// Line is the 1-based line of the header.
	Line int
}

// Fields are the blank-separated words of the header.
func (s Section) Fields() []string { return strings.Fields(s.Head) }

// Split cuts text into sections whose header lines start with prefix and
// end with suffix (before the line's newline); suffix may be "".
func Split(text, prefix, suffix string) []Section {
	var out []Section
	for i, line := range strings.SplitAfter(text, "\n") {
		head, ok := header(line, prefix, suffix)
		if !ok {
			if len(out) > 0 {
				out[len(out)-1].Body += line
			}
			continue
		}
		out = append(out, Section{Head: head, Line: i + 1})
	}
	return out
}

func header(line, prefix, suffix string) (string, bool) {
	rest, ok := strings.CutPrefix(line, prefix)
	if !ok {
		return "", false
	}
	if suffix != "" {
		if rest, ok = strings.CutSuffix(rest, suffix+"\n"); !ok {
			return "", false
		}
	}
	return strings.TrimSpace(rest), true
}

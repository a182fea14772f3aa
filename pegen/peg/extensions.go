package peg

import "maps"

// EnableExtensions computes the keyword table and the Exts bits for a
// parser with the named extensions on. all lists the extensions the parser
// knows (bit order); extKeywords holds the keywords each adds. A name the
// parser does not know is an extension that adds no syntax, and is ignored.
func EnableExtensions(base map[string]int32, all []string, extKeywords map[string]map[string]int32, names []string) (map[string]int32, uint64, error) {
	kw := base
	copied := false
	var bits uint64
	for _, n := range names {
		for i, e := range all {
			if e != n {
				continue
			}
			bits |= 1 << i
			if m := extKeywords[n]; len(m) > 0 {
				if !copied {
					kw, copied = maps.Clone(base), true
				}
				maps.Copy(kw, m)
			}
		}
	}
	return kw, bits, nil
}

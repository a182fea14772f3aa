package pystr

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/parser"
)

// Character properties and full case mappings as CPython 3.13 has them
// (Unicode 15.1.0), from tables scripts/pystr_unicode.py writes from the
// oracle; loaded on first use. ASCII never touches them.

//go:embed unicode/props.txt
var propsData string

//go:embed unicode/case.txt
var caseData string

type runeRange struct{ lo, hi rune }

type prop uint8

const (
	pAlpha prop = iota
	pDecimal
	pDigit
	pNumeric
	pSpace
	pUpper
	pLower
	pTitle
	pCased
	pIgnorable
	nProps
)

var propNames = [nProps]string{"alpha", "decimal", "digit", "numeric", "space", "upper", "lower", "title", "cased", "ignorable"}

var tables struct {
	once  sync.Once
	props [nProps][]runeRange
	// upper, lower, title, fold: the WTF-8 mapping of each code point
	// that does not map to itself.
	maps [4]map[rune]string
}

func loadTables() {
	t := &tables
	for _, line := range strings.Split(propsData, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || f[0] == "#" {
			continue
		}
		for p, name := range propNames {
			if name == f[0] {
				lo, _ := strconv.ParseUint(f[1], 16, 32)
				hi, _ := strconv.ParseUint(f[2], 16, 32)
				t.props[p] = append(t.props[p], runeRange{rune(lo), rune(hi)})
			}
		}
	}
	for i := range t.maps {
		t.maps[i] = map[rune]string{}
	}
	for _, line := range strings.Split(caseData, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || f[0] == "#" {
			continue
		}
		idx := strings.Index("ULTF", f[0])
		if idx < 0 {
			continue
		}
		cp, _ := strconv.ParseUint(f[1], 16, 32)
		var b []byte
		for _, h := range f[2:] {
			r, _ := strconv.ParseUint(h, 16, 32)
			b = appendRune(b, rune(r))
		}
		t.maps[idx][rune(cp)] = string(b)
	}
}

func hasProp(p prop, r rune) bool {
	tables.once.Do(loadTables)
	rs := tables.props[p]
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= r })
	return i < len(rs) && rs[i].lo <= r
}

// ASCII classes, one bit per property.
const (
	aAlpha = 1 << iota
	aDigit
	aSpace
	aUpper
	aLower
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = aAlpha | aLower
		case 'A' <= c && c <= 'Z':
			t[c] = aAlpha | aUpper
		case '0' <= c && c <= '9':
			t[c] = aDigit
		case c == ' ' || '\t' <= c && c <= '\r' || 0x1c <= c && c <= 0x1f:
			t[c] = aSpace
		}
	}
	return
}()

// The per-character predicates of CPython's unicodectype.c.

func isAlphaRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&aAlpha != 0
	}
	return hasProp(pAlpha, r)
}

func isDecimalRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&aDigit != 0
	}
	return hasProp(pDecimal, r)
}

func isDigitRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&aDigit != 0
	}
	return hasProp(pDigit, r)
}

func isNumericRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&aDigit != 0
	}
	return hasProp(pNumeric, r)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&aUpper != 0
	}
	return hasProp(pUpper, r)
}

func isLowerRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&aLower != 0
	}
	return hasProp(pLower, r)
}

func isTitleRune(r rune) bool { return r >= 0x80 && hasProp(pTitle, r) }

func isCasedRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&(aUpper|aLower) != 0
	}
	return hasProp(pCased, r)
}

func isCaseIgnorableRune(r rune) bool {
	if r < 0x80 {
		return r == '\'' || r == '.' || r == ':' || r == '^' || r == '`'
	}
	return hasProp(pIgnorable, r)
}

func isAlnumRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&(aAlpha|aDigit) != 0
	}
	return isAlphaRune(r) || isDecimalRune(r) || isDigitRune(r) || isNumericRune(r)
}

func isPrintableRune(r rune) bool { return ast.IsPrintable(r) }

// isXIDStart and isXIDContinue are the parser's identifier classes.
func isXIDStart(r rune) bool    { return r == '_' || parser.IsXIDStart(r) }
func isXIDContinue(r rune) bool { return parser.IsXIDContinue(r) }

// caseMap appends the full mapping (0 upper, 1 lower, 2 title, 3 fold)
// of a non-ASCII r.
func caseMap(dst []byte, which int, r rune) []byte {
	tables.once.Do(loadTables)
	if m, ok := tables.maps[which][r]; ok {
		return append(dst, m...)
	}
	return appendRune(dst, r)
}

package parser

import (
	"bufio"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The Unicode data the parser needs beyond Go's unicode package: NFKC, to
// normalize identifiers as PEP 3131 says, and character names, for "\N{...}"
// escapes. Both come from CPython 3.13's unicodedata (Unicode 15.1.0)
// through scripts/gen-unicode-data.py, and are loaded on first use: most
// programs need neither.

//go:embed unicode/nfkc.txt
var nfkcData string

//go:embed unicode/names.txt
var namesData string

// identifier returns the identifier a NAME spells: itself when ASCII (the
// common case, with no allocation), else its NFKC normal form.
func identifier(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nfkc(s)
		}
	}
	return s
}

var nfkcTables struct {
	once    sync.Once
	ccc     map[rune]uint8
	decomp  map[rune][]rune
	compose map[[2]rune]rune
}

func loadNFKC() {
	t := &nfkcTables
	t.ccc = map[rune]uint8{}
	t.decomp = map[rune][]rune{}
	t.compose = map[[2]rune]rune{}
	sc := bufio.NewScanner(strings.NewReader(nfkcData))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || f[0] == "#" {
			continue
		}
		switch f[0] {
		case "c":
			n, _ := strconv.Atoi(f[2])
			t.ccc[hexRune(f[1])] = uint8(n)
		case "d":
			d := make([]rune, len(f)-2)
			for i, h := range f[2:] {
				d[i] = hexRune(h)
			}
			t.decomp[hexRune(f[1])] = d
		case "p":
			t.compose[[2]rune{hexRune(f[1]), hexRune(f[2])}] = hexRune(f[3])
		}
	}
}

func hexRune(s string) rune {
	n, _ := strconv.ParseUint(s, 16, 32)
	return rune(n)
}

// Hangul syllables decompose and compose by arithmetic (Unicode 3.12).
const (
	hangulSBase  = 0xAC00
	hangulLBase  = 0x1100
	hangulVBase  = 0x1161
	hangulTBase  = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
	hangulSCount = hangulLCount * hangulNCount
)

// nfkc is Unicode normalization form KC: full compatibility
// decomposition, canonical ordering of combining marks, then canonical
// composition.
func nfkc(s string) string {
	nfkcTables.once.Do(loadNFKC)
	t := &nfkcTables
	// Decompose.
	var rs []rune
	for _, r := range s {
		switch {
		case r >= hangulSBase && r < hangulSBase+hangulSCount:
			si := r - hangulSBase
			rs = append(rs, hangulLBase+si/hangulNCount, hangulVBase+(si%hangulNCount)/hangulTCount)
			if ti := si % hangulTCount; ti != 0 {
				rs = append(rs, hangulTBase+ti)
			}
		case t.decomp[r] != nil:
			rs = append(rs, t.decomp[r]...)
		default:
			rs = append(rs, r)
		}
	}
	// Order each run of combining marks by class (a stable sort).
	for i := 0; i < len(rs); {
		if t.ccc[rs[i]] == 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && t.ccc[rs[j]] != 0 {
			j++
		}
		run := rs[i:j]
		sort.SliceStable(run, func(a, b int) bool { return t.ccc[run[a]] < t.ccc[run[b]] })
		i = j
	}
	// Compose: each character after a starter joins it if the pair has a
	// primary composite and nothing between them blocks it.
	out := rs[:0]
	starter := -1 // index in out of the last starter
	last := 0     // combining class of out's last character
	for _, r := range rs {
		c := int(t.ccc[r])
		// r is blocked from the starter by any character between them
		// whose class is 0 or not below r's.
		if starter >= 0 && (starter == len(out)-1 || last != 0 && last < c) {
			if comp, ok := composePair(out[starter], r); ok {
				out[starter] = comp
				continue
			}
		}
		if c == 0 {
			starter = len(out)
		}
		last = c
		out = append(out, r)
	}
	rs = out
	return string(rs)
}

// composePair is the primary composite of a and b, if any.
func composePair(a, b rune) (rune, bool) {
	if a >= hangulLBase && a < hangulLBase+hangulLCount && b >= hangulVBase && b < hangulVBase+hangulVCount {
		return hangulSBase + ((a-hangulLBase)*hangulVCount+(b-hangulVBase))*hangulTCount, true
	}
	if a >= hangulSBase && a < hangulSBase+hangulSCount && (a-hangulSBase)%hangulTCount == 0 &&
		b > hangulTBase && b < hangulTBase+hangulTCount {
		return a + (b - hangulTBase), true
	}
	r, ok := nfkcTables.compose[[2]rune{a, b}]
	return r, ok
}

var charNames struct {
	once   sync.Once
	byName map[string]rune
}

func loadNames() {
	m := map[string]rune{}
	sc := bufio.NewScanner(strings.NewReader(namesData))
	prev := ""
	cp := rune(-1)
	aliases := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if line == "aliases" {
			aliases = true
			continue
		}
		if aliases {
			hex, name, _ := strings.Cut(line, " ")
			m[name] = hexRune(hex)
			continue
		}
		step, rest, _ := strings.Cut(line, " ")
		if step == "" {
			cp++
		} else {
			cp += hexRune(step)
		}
		shared, suffix, _ := strings.Cut(rest, " ")
		k, _ := strconv.Atoi(shared)
		name := prev[:k] + suffix
		m[name] = cp
		prev = name
	}
	charNames.byName = m
}

// lookupCharName finds the character a "\N{name}" escape names, as
// CPython's unicodedata does: names and aliases in any case; Hangul
// syllables and CJK unified ideographs only as spelled by the standard.
func lookupCharName(name string) (rune, bool) {
	if h, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(h) != 4 && len(h) != 5 {
			return 0, false
		}
		var v rune
		for i := 0; i < len(h); i++ {
			c := h[i]
			switch {
			case c >= '0' && c <= '9':
				v = v*16 + rune(c-'0')
			case c >= 'A' && c <= 'F':
				v = v*16 + rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		return v, isUnifiedIdeograph(v)
	}
	if s, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(s)
	}
	charNames.once.Do(loadNames)
	r, ok := charNames.byName[strings.ToUpper(name)]
	return r, ok
}

// isUnifiedIdeograph reports whether r is in a block of CJK unified
// ideographs of Unicode 15.1 (their names are computed).
func isUnifiedIdeograph(r rune) bool {
	return 0x3400 <= r && r <= 0x4DBF || 0x4E00 <= r && r <= 0x9FFF ||
		0x20000 <= r && r <= 0x2A6DF || 0x2A700 <= r && r <= 0x2B739 ||
		0x2B740 <= r && r <= 0x2B81D || 0x2B820 <= r && r <= 0x2CEA1 ||
		0x2CEB0 <= r && r <= 0x2EBE0 || 0x2EBF0 <= r && r <= 0x2EE5D ||
		0x30000 <= r && r <= 0x3134A || 0x31350 <= r && r <= 0x323AF
}

// The short names of Hangul jamo that spell syllable names.
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable parses the jamo part of a "HANGUL SYLLABLE ..." name the
// way CPython does: the longest initial, then the longest vowel, then the
// longest final, which must use up the name.
func hangulSyllable(s string) (rune, bool) {
	l, n := longestJamo(s, jamoL)
	s = s[n:]
	v, n := longestJamo(s, jamoV)
	if v < 0 {
		return 0, false
	}
	s = s[n:]
	t, n := longestJamo(s, jamoT)
	if l < 0 || t < 0 || n != len(s) {
		return 0, false
	}
	return hangulSBase + rune((l*hangulVCount+v)*hangulTCount+t), true
}

func longestJamo(s string, table []string) (int, int) {
	best, bestLen := -1, -1
	for i, j := range table {
		if len(j) > bestLen && strings.HasPrefix(s, j) {
			best, bestLen = i, len(j)
		}
	}
	return best, bestLen
}

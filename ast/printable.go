package ast

import "unicode"

// IsPrintable reports whether Python 3.13's str.isprintable holds for r:
// whether repr shows r as itself rather than as an escape. Python calls a
// code point printable unless its Unicode category is Cc, Cf, Cs, Co, Cn,
// Zl, Zp or Zs (space excepted), which is Go's unicode.IsPrint.
//
// Python 3.13 uses Unicode 15.1, Go's tables are Unicode 15.0
// (unicode.Version); unicode15_1 holds the code points 15.1 added. A test
// compares every code point with the oracle's table, so a change of Go's
// Unicode version shows up there.
func IsPrintable(r rune) bool {
	if r < 0x80 {
		return ' ' <= r && r < 0x7f
	}
	return unicode.IsPrint(r) || unicode.Is(unicode15_1, r)
}

// unicode15_1 are the code points Unicode 15.1 assigned (all printable):
// ideographic description characters, a CJK stroke, and CJK Unified
// Ideographs Extension I.
var unicode15_1 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x2ffc, Hi: 0x2fff, Stride: 1},
		{Lo: 0x31ef, Hi: 0x31ef, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x2ebf0, Hi: 0x2ee5d, Stride: 1},
	},
}

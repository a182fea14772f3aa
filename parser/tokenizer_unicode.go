package parser

import "unicode"

// Character classes as CPython 3.13 defines them, on Unicode 15.1. Go's
// unicode package is at 15.0, so the few 15.1 changes are added here;
// TestUnicodeTables checks every code point against tables dumped from the
// oracle.

// unicode151Letter reports the letters Unicode 15.1 added (CJK Unified
// Ideographs Extension I).
func unicode151Letter(r rune) bool { return r >= 0x2EBF0 && r <= 0x2EE5D }

// unicode151Symbol reports the symbols Unicode 15.1 added.
func unicode151Symbol(r rune) bool { return r >= 0x2FFC && r <= 0x2FFF || r == 0x31EF }

// notXID holds the characters that are ID_Start or ID_Continue but not
// their NFKC-closed XID_ versions.
var notXIDStart = map[rune]bool{
	0x037A: true, 0x0E33: true, 0x0EB3: true, 0x309B: true, 0x309C: true,
	0xFC5E: true, 0xFC5F: true, 0xFC60: true, 0xFC61: true, 0xFC62: true, 0xFC63: true,
	0xFDFA: true, 0xFDFB: true,
	0xFE70: true, 0xFE72: true, 0xFE74: true, 0xFE76: true, 0xFE78: true, 0xFE7A: true, 0xFE7C: true, 0xFE7E: true,
	0xFF9E: true, 0xFF9F: true,
}

var notXIDContinue = map[rune]bool{
	0x037A: true, 0x309B: true, 0x309C: true,
	0xFC5E: true, 0xFC5F: true, 0xFC60: true, 0xFC61: true, 0xFC62: true, 0xFC63: true,
	0xFDFA: true, 0xFDFB: true,
	0xFE70: true, 0xFE72: true, 0xFE74: true, 0xFE76: true, 0xFE78: true, 0xFE7A: true, 0xFE7C: true, 0xFE7E: true,
}

// isXIDStart is Python's test for the first character of an identifier
// (besides _).
func isXIDStart(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if unicode151Letter(r) {
		return true
	}
	if notXIDStart[r] {
		return false
	}
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// isXIDContinue is Python's test for the other characters of an
// identifier.
func isXIDContinue(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	if unicode151Letter(r) || r == 0x200C || r == 0x200D || r == 0x30FB || r == 0xFF65 {
		return true
	}
	if notXIDContinue[r] {
		return false
	}
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc, unicode.Nd,
		unicode.Pc, unicode.Other_ID_Continue) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

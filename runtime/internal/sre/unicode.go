package sre

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// data/unicode.txt.gz is written by scripts/sre_unicode.py from the oracle:
// runs of code points with equal (flags, lower delta, upper delta).
//
//go:embed data/unicode.txt.gz
var unicodeGz []byte

const (
	uDecimal   = 1
	uSpace     = 2
	uLinebreak = 4
	uAlnum     = 8
)

type uRecord struct {
	flags        uint8
	lower, upper int32
}

// Two-stage table: uIndex[cp>>8] picks a deduplicated block of 256 record
// numbers. Built once, on the first Compile (ASCII-only work never needs it
// but Compile is where a program first exists).
var (
	uOnce    sync.Once
	uIndex   [0x1100]uint16
	uBlocks  []uint16
	uRecords []uRecord
)

func loadUnicode() {
	uOnce.Do(buildUnicode)
}

func buildUnicode() {
	zr, err := gzip.NewReader(bytes.NewReader(unicodeGz))
	if err != nil {
		panic("sre: corrupt embedded unicode data: " + err.Error())
	}
	recs := map[uRecord]uint16{}
	per := make([]uint16, 0x110000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 5 {
			panic("sre: corrupt embedded unicode data line")
		}
		start, _ := strconv.ParseUint(f[0], 16, 32)
		n, _ := strconv.Atoi(f[1])
		fl, _ := strconv.Atoi(f[2])
		lo, _ := strconv.Atoi(f[3])
		up, _ := strconv.Atoi(f[4])
		r := uRecord{uint8(fl), int32(lo), int32(up)}
		id, ok := recs[r]
		if !ok {
			id = uint16(len(uRecords))
			recs[r] = id
			uRecords = append(uRecords, r)
		}
		for i := 0; i < n; i++ {
			per[int(start)+i] = id
		}
	}
	blocks := map[string]uint16{}
	for b := 0; b < 0x1100; b++ {
		blk := per[b<<8 : (b+1)<<8]
		key := string(uint16sBytes(blk))
		id, ok := blocks[key]
		if !ok {
			id = uint16(len(uBlocks) >> 8)
			blocks[key] = id
			uBlocks = append(uBlocks, blk...)
		}
		uIndex[b] = id
	}
}

func uint16sBytes(s []uint16) []byte {
	b := make([]byte, 2*len(s))
	for i, v := range s {
		b[2*i] = byte(v)
		b[2*i+1] = byte(v >> 8)
	}
	return b
}

func urec(ch uint32) *uRecord {
	if ch >= 0x110000 {
		return &uRecords[0] // code point 0's record: no flags, no case
	}
	return &uRecords[uBlocks[int(uIndex[ch>>8])<<8|int(ch&255)]]
}

// lowerASCII is sre_lower_ascii.
func lowerASCII(ch uint32) uint32 {
	if ch-'A' < 26 {
		return ch + 32
	}
	return ch
}

// lowerUnicode is Py_UNICODE_TOLOWER.
func lowerUnicode(ch uint32) uint32 {
	if ch < 128 {
		return lowerASCII(ch)
	}
	return uint32(int32(ch) + urec(ch).lower)
}

// upperUnicode is Py_UNICODE_TOUPPER.
func upperUnicode(ch uint32) uint32 {
	if ch < 128 {
		if ch-'a' < 26 {
			return ch - 32
		}
		return ch
	}
	return uint32(int32(ch) + urec(ch).upper)
}

// The LOCALE variants use the C library's ctype in the process's LC_CTYPE.
// peglab behaves as CPython does in a UTF-8 (or C) locale, where bytes
// 128..255 are neither alphanumeric nor cased: only ASCII counts.
func lowerLocale(ch uint32) uint32 {
	if ch < 256 {
		return lowerASCII(ch)
	}
	return ch
}

func upperLocale(ch uint32) uint32 {
	if ch-'a' < 26 {
		return ch - 32
	}
	return ch
}

func isLocWord(ch uint32) bool {
	return ch < 128 && isASCIIWordTab[ch]
}

var isASCIIWordTab = func() (t [128]bool) {
	for c := range 128 {
		t[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
	}
	return
}()

func isWord(ch uint32) bool { return ch < 128 && isASCIIWordTab[ch] }

func isDigit(ch uint32) bool { return ch-'0' < 10 }

func isSpace(ch uint32) bool {
	return ch == ' ' || ch-'\t' < 5 // \t \n \v \f \r
}

func isUniWord(ch uint32) bool {
	if ch < 128 {
		return isASCIIWordTab[ch]
	}
	return urec(ch).flags&uAlnum != 0
}

func uniFlag(ch uint32, f uint8) bool { return urec(ch).flags&f != 0 }

func isUniLinebreak(ch uint32) bool {
	if ch < 128 {
		return ch-'\n' < 4 || ch-0x1c < 3
	}
	return ch == 0x85 || ch == 0x2028 || ch == 0x2029
}

// category is sre_category.
func category(cat, ch uint32) bool {
	switch cat {
	case catDIGIT:
		return isDigit(ch)
	case catNOT_DIGIT:
		return !isDigit(ch)
	case catSPACE:
		return isSpace(ch)
	case catNOT_SPACE:
		return !isSpace(ch)
	case catWORD:
		return isWord(ch)
	case catNOT_WORD:
		return !isWord(ch)
	case catLINEBREAK:
		return ch == '\n'
	case catNOT_LINEBREAK:
		return ch != '\n'
	case catLOC_WORD:
		return isLocWord(ch)
	case catLOC_NOT_WORD:
		return !isLocWord(ch)
	case catUNI_DIGIT:
		if ch < 128 {
			return isDigit(ch)
		}
		return uniFlag(ch, uDecimal)
	case catUNI_NOT_DIGIT:
		if ch < 128 {
			return !isDigit(ch)
		}
		return !uniFlag(ch, uDecimal)
	case catUNI_SPACE:
		if ch < 128 {
			return isSpace(ch) || ch-0x1c < 4
		}
		return uniFlag(ch, uSpace)
	case catUNI_NOT_SPACE:
		if ch < 128 {
			return !(isSpace(ch) || ch-0x1c < 4)
		}
		return !uniFlag(ch, uSpace)
	case catUNI_WORD:
		return isUniWord(ch)
	case catUNI_NOT_WORD:
		return !isUniWord(ch)
	case catUNI_LINEBREAK:
		return isUniLinebreak(ch)
	case catUNI_NOT_LINEBREAK:
		return !isUniLinebreak(ch)
	}
	return false
}

// charLocIgnore is char_loc_ignore.
func charLocIgnore(pattern, ch uint32) bool {
	return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern
}

// ASCIIIsCased, UnicodeIsCased, ASCIIToLower and UnicodeToLower are the
// _sre module functions of the same names.
func ASCIIIsCased(ch uint32) bool {
	return ch < 128 && (ch|32)-'a' < 26
}

func UnicodeIsCased(ch uint32) bool {
	loadUnicode()
	return ch != lowerUnicode(ch) || ch != upperUnicode(ch)
}

func ASCIIToLower(ch uint32) uint32 { return lowerASCII(ch) }

func UnicodeToLower(ch uint32) uint32 {
	loadUnicode()
	return lowerUnicode(ch)
}

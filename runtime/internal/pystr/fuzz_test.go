package pystr

import (
	"math"
	"testing"
)

// Fuzz targets: no input may panic or hang; the oracle comparisons live
// in TestGolden and TestOracle.

// huge reports a run of six digits or more: widths and precisions that
// make (legitimately) megabytes of output, which only slow the fuzzer.
func huge(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= 6 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", "x<+#010,.3f", "_^20b", ".2147483648f", "\xed\xa0\x80>5", "0=,d", "z.1%"} {
		f.Add(s, 1.5, int64(-42))
	}
	f.Fuzz(func(t *testing.T, spec string, x float64, i int64) {
		if huge(spec) {
			return
		}
		FormatFloat(nil, x, spec, "float")
		FormatInt(nil, i, spec, "int")
		FormatStr(nil, "h\u00e9llo", spec)
	})
}

func FuzzPrintf(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%*.*f", "%-#010x", "%c%c", "%", "%(", "%.3s%5d"} {
		f.Add(s)
	}
	args := []any{int64(65), "ab", 2.5, int64(-3), []byte("x")}
	f.Fuzz(func(t *testing.T, format string) {
		if huge(format) {
			return
		}
		Printf(nil, format, Operands[any]{Args: args, Tuple: true}, testPrinter{})
		Printf(nil, format, Operands[any]{Value: dict{{"a", int64(1)}}, Mapping: true}, testPrinter{})
		PrintfBytes(nil, format, Operands[any]{Args: args, Tuple: true}, testPrinter{bytes: true})
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"{0!r:>{1}}", "{a.b[c]}", "}}{{", "{:{:{}}}", "0x_1f", " -1_000 ", "1e5", "inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if huge(s) {
			return
		}
		StrFormat(nil, s, testFormatter{args: tuple{int64(1), "x", 2.5}}, true)
		for _, base := range []int{0, 2, 10, 16, 36} {
			ParseInt(s, base)
		}
		ParseFloat(s)
		ParseIntBytes([]byte(s), 0)
	})
}

func FuzzStrMethods(f *testing.F) {
	for _, s := range []string{"a b\tc", "\u03a3a\u03a3", "\xed\xa0\x80x", "\xff\xfe", "line\r\nx\u2028"} {
		f.Add(s, "a")
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		SplitWhitespace(s, -1)
		RSplitWhitespace(s, 2)
		SplitLines(s, true)
		if sub != "" {
			Split(s, sub, -1)
			RSplit(s, sub, 1)
		}
		Find(s, sub, -3, math.MaxInt)
		RFind(s, sub, 1, -1)
		Count(s, sub, 0, 5)
		Replace(s, sub, "xy", 3)
		Strip(s, sub, true, true)
		Upper(s)
		Lower(s)
		Title(s)
		SwapCase(s)
		CaseFold(s)
		Capitalize(s)
		ExpandTabs(s, 4)
		IsTitle(s)
		IsIdentifier(s)
		for _, enc := range []string{"utf-8", "ascii", "latin-1", "utf-16", "utf-32-be"} {
			for _, errs := range []string{"strict", "replace", "surrogateescape", "surrogatepass", "backslashreplace"} {
				Encode(s, enc, errs)
				Decode([]byte(s), enc, errs)
			}
		}
	})
}

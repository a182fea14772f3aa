package pystr

import (
	"math"
	"strings"
)

// The Go side of the script's "m:NAME" operations: str methods.

func optInt(a []any, i, def int) int {
	if i < len(a) && a[i] != nil {
		return int(a[i].(int64))
	}
	return def
}

func optStr(a []any, i int) (string, bool) {
	if i < len(a) && a[i] != nil {
		return a[i].(string), true
	}
	return "", false
}

func fillArg(a []any) rune {
	if len(a) > 2 {
		r, _ := decode(a[2].(string))
		return r
	}
	return ' '
}

func init() {
	m := func(name string, f func(s string, a []any) (any, error)) {
		ops["m:"+name] = func(a []any) (any, error) { return f(a[0].(string), a) }
	}
	split := func(rev bool) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) {
			sep, ok := optStr(a, 1)
			max := optInt(a, 2, -1)
			if !ok {
				if rev {
					return RSplitWhitespace(s, max), nil
				}
				return SplitWhitespace(s, max), nil
			}
			if rev {
				return RSplit(s, sep, max)
			}
			return Split(s, sep, max)
		}
	}
	m("split", split(false))
	m("rsplit", split(true))
	m("splitlines", func(s string, a []any) (any, error) {
		return SplitLines(s, len(a) > 1 && a[1].(bool)), nil
	})
	strip := func(l, r bool) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) {
			if chars, ok := optStr(a, 1); ok {
				return Strip(s, chars, l, r), nil
			}
			return StripSpace(s, l, r), nil
		}
	}
	m("strip", strip(true, true))
	m("lstrip", strip(true, false))
	m("rstrip", strip(false, true))
	part := func(rev bool) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) {
			f := Partition
			if rev {
				f = RPartition
			}
			x, y, z, err := f(s, a[1].(string))
			return tuple{x, y, z}, err
		}
	}
	m("partition", part(false))
	m("rpartition", part(true))
	m("replace", func(s string, a []any) (any, error) {
		return Replace(s, a[1].(string), a[2].(string), optInt(a, 3, -1))
	})
	idx := func(f func(s, sub string, start, end int) int) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) {
			return int64(f(s, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt))), nil
		}
	}
	idxErr := func(f func(s, sub string, start, end int) (int, error)) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) {
			i, err := f(s, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt))
			return int64(i), err
		}
	}
	m("find", idx(Find))
	m("rfind", idx(RFind))
	m("count", idx(Count))
	m("index", idxErr(Index))
	m("rindex", idxErr(RIndex))
	sw := func(f func(s, p string, start, end int) bool) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) {
			return f(s, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt)), nil
		}
	}
	m("startswith", sw(StartsWith))
	m("endswith", sw(EndsWith))
	just := func(f func(string, int, rune) (string, error)) func(s string, a []any) (any, error) {
		return func(s string, a []any) (any, error) { return f(s, optInt(a, 1, 0), fillArg(a)) }
	}
	m("center", just(Center))
	m("ljust", just(LJust))
	m("rjust", just(RJust))
	m("zfill", func(s string, a []any) (any, error) { return ZFill(s, optInt(a, 1, 0)) })
	m("expandtabs", func(s string, a []any) (any, error) { return ExpandTabs(s, optInt(a, 1, 8)) })
	for name, f := range map[string]func(string) string{"upper": Upper, "lower": Lower, "casefold": CaseFold,
		"title": Title, "capitalize": Capitalize, "swapcase": SwapCase} {
		m(name, func(s string, a []any) (any, error) { return f(s), nil })
	}
	for name, f := range map[string]func(string) bool{"isalpha": IsAlpha, "isdecimal": IsDecimal, "isdigit": IsDigit,
		"isnumeric": IsNumeric, "isalnum": IsAlnum, "isspace": IsSpace, "isupper": IsUpper, "islower": IsLower,
		"istitle": IsTitle, "isascii": IsASCII, "isidentifier": IsIdentifier, "isprintable": IsPrintable} {
		m(name, func(s string, a []any) (any, error) { return f(s), nil })
	}
	_ = strings.Index
}

func init() {
	ops["encode"] = func(a []any) (any, error) {
		b, err := Encode(a[0].(string), a[1].(string), a[2].(string))
		if b == nil {
			b = []byte{}
		}
		return b, err
	}
	ops["decode"] = func(a []any) (any, error) {
		return Decode(a[0].([]byte), a[1].(string), a[2].(string))
	}
}

func init() {
	ops["ascii"] = func(a []any) (any, error) { return StrASCII(a[0].(string)), nil }
}

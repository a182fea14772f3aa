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

func init() {
	ops["m:translate"] = func(a []any) (any, error) {
		table := a[1].(dict)
		return Translate(a[0].(string), func(r rune) (string, bool, error) {
			for _, kv := range table {
				if kv[0].(int64) != int64(r) {
					continue
				}
				switch v := kv[1].(type) {
				case nil:
					return "", false, nil
				case string:
					return v, false, nil
				case int64:
					if v < 0 || v > 0x10ffff {
						return "", false, valueError("character mapping must be in range(0x110000)")
					}
					return string(appendRune(nil, rune(v))), false, nil
				}
				return "", false, typeError("character mapping must return integer, None or str")
			}
			return "", true, nil
		})
	}
	ops["maketrans"] = func(a []any) (any, error) {
		z := ""
		if len(a) > 2 {
			z = a[2].(string)
		}
		from, to, err := MakeTrans(a[0].(string), a[1].(string), z)
		if err != nil {
			return nil, err
		}
		d := dict{}
		for i, r := range from {
			var v any
			if to[i] >= 0 {
				v = int64(to[i])
			}
			// A later key replaces an earlier one, as in a dict.
			replaced := false
			for j := range d {
				if d[j][0] == int64(r) {
					d[j][1] = v
					replaced = true
				}
			}
			if !replaced {
				d = append(d, [2]any{int64(r), v})
			}
		}
		return d, nil
	}
}

func init() {
	ops["floathex"] = func(a []any) (any, error) { return FloatHex(a[0].(float64)), nil }
	ops["fromhex"] = func(a []any) (any, error) { return FloatFromHex(a[0].(string)) }
	ops["round"] = func(a []any) (any, error) { return FloatRound(a[0].(float64), int(a[1].(int64))) }
}

// asBytes turns the byte strings of a bytes method's result into bytes.
func asBytes(v any) any {
	switch v := v.(type) {
	case string:
		return []byte(v)
	case []string:
		out := make(list, len(v))
		for i, s := range v {
			out[i] = []byte(s)
		}
		return out
	case tuple:
		out := make(tuple, len(v))
		for i, x := range v {
			out[i] = asBytes(x)
		}
		return out
	}
	return v
}

func byteArg(a []any, i int) byte {
	if i < len(a) {
		return a[i].(string)[0]
	}
	return ' '
}

var bytesMethods = map[string]func(b string, a []any) (any, error){
	"split": func(b string, a []any) (any, error) {
		if sep, ok := optStr(a, 1); ok {
			return Split(b, sep, optInt(a, 2, -1))
		}
		return BytesSplitWhitespace(b, optInt(a, 2, -1)), nil
	},
	"rsplit": func(b string, a []any) (any, error) {
		if sep, ok := optStr(a, 1); ok {
			return RSplit(b, sep, optInt(a, 2, -1))
		}
		return BytesRSplitWhitespace(b, optInt(a, 2, -1)), nil
	},
	"splitlines": func(b string, a []any) (any, error) { return BytesSplitLines(b, len(a) > 1 && a[1].(bool)), nil },
	"strip": func(b string, a []any) (any, error) {
		c, ok := optStr(a, 1)
		return BytesStrip(b, c, ok, true, true), nil
	},
	"lstrip": func(b string, a []any) (any, error) {
		c, ok := optStr(a, 1)
		return BytesStrip(b, c, ok, true, false), nil
	},
	"rstrip": func(b string, a []any) (any, error) {
		c, ok := optStr(a, 1)
		return BytesStrip(b, c, ok, false, true), nil
	},
	"partition": func(b string, a []any) (any, error) {
		x, y, z, err := Partition(b, a[1].(string))
		return tuple{x, y, z}, err
	},
	"rpartition": func(b string, a []any) (any, error) {
		x, y, z, err := RPartition(b, a[1].(string))
		return tuple{x, y, z}, err
	},
	"replace": func(b string, a []any) (any, error) {
		return BytesReplace(b, a[1].(string), a[2].(string), optInt(a, 3, -1)), nil
	},
	"find": func(b string, a []any) (any, error) {
		return int64(BytesFind(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt))), nil
	},
	"rfind": func(b string, a []any) (any, error) {
		return int64(BytesRFind(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt))), nil
	},
	"index": func(b string, a []any) (any, error) {
		i, err := BytesIndex(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt), false)
		return int64(i), err
	},
	"rindex": func(b string, a []any) (any, error) {
		i, err := BytesIndex(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt), true)
		return int64(i), err
	},
	"count": func(b string, a []any) (any, error) {
		return int64(BytesCount(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt))), nil
	},
	"startswith": func(b string, a []any) (any, error) {
		return BytesStartsWith(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt)), nil
	},
	"endswith": func(b string, a []any) (any, error) {
		return BytesEndsWith(b, a[1].(string), optInt(a, 2, 0), optInt(a, 3, math.MaxInt)), nil
	},
	"upper":      func(b string, a []any) (any, error) { return BytesUpper(b), nil },
	"lower":      func(b string, a []any) (any, error) { return BytesLower(b), nil },
	"swapcase":   func(b string, a []any) (any, error) { return BytesSwapCase(b), nil },
	"title":      func(b string, a []any) (any, error) { return BytesTitle(b), nil },
	"capitalize": func(b string, a []any) (any, error) { return BytesCapitalize(b), nil },
	"isalpha":    func(b string, a []any) (any, error) { return BytesIsAlpha(b), nil },
	"isdigit":    func(b string, a []any) (any, error) { return BytesIsDigit(b), nil },
	"isalnum":    func(b string, a []any) (any, error) { return BytesIsAlnum(b), nil },
	"isspace":    func(b string, a []any) (any, error) { return BytesIsSpace(b), nil },
	"isupper":    func(b string, a []any) (any, error) { return BytesIsUpper(b), nil },
	"islower":    func(b string, a []any) (any, error) { return BytesIsLower(b), nil },
	"istitle":    func(b string, a []any) (any, error) { return BytesIsTitle(b), nil },
	"center":     func(b string, a []any) (any, error) { return BytesCenter(b, optInt(a, 1, 0), byteArg(a, 2)) },
	"ljust":      func(b string, a []any) (any, error) { return BytesLJust(b, optInt(a, 1, 0), byteArg(a, 2)) },
	"rjust":      func(b string, a []any) (any, error) { return BytesRJust(b, optInt(a, 1, 0), byteArg(a, 2)) },
	"zfill":      func(b string, a []any) (any, error) { return BytesZFill(b, optInt(a, 1, 0)) },
	"expandtabs": func(b string, a []any) (any, error) { return BytesExpandTabs(b, optInt(a, 1, 8)) },
	"hex": func(b string, a []any) (any, error) {
		sep, _ := optStr(a, 1)
		return BytesHex(b, sep, optInt(a, 2, 1))
	},
	"translate": func(b string, a []any) (any, error) {
		table, _ := optStr(a, 1)
		del, _ := optStr(a, 2)
		return BytesTranslate(b, table, del)
	},
}

// bytesCall runs a bytes method, its bytes arguments as strings.
func bytesCall(name string, a []any) (any, error) {
	bf := bytesMethods[name]
	if bf == nil {
		return nil, typeError("no bytes method " + name)
	}
	for i := range a {
		if x, ok := a[i].([]byte); ok {
			a[i] = string(x)
		}
	}
	out, err := bf(a[0].(string), a)
	if name == "hex" {
		return out, err
	}
	return asBytes(out), err
}

func init() {
	for name := range bytesMethods {
		prev := ops["m:"+name]
		ops["m:"+name] = func(a []any) (any, error) {
			if _, ok := a[0].([]byte); ok || prev == nil {
				return bytesCall(name, a)
			}
			return prev(a)
		}
	}
	ops["bytesfromhex"] = func(a []any) (any, error) {
		s, err := BytesFromHex(a[0].(string))
		return []byte(s), err
	}
	ops["bytesmaketrans"] = func(a []any) (any, error) {
		s, err := BytesMakeTrans(string(a[0].([]byte)), string(a[1].([]byte)))
		return []byte(s), err
	}
}

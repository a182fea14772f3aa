#!/usr/bin/env python3
"""Records CPython 3.13's answers for runtime/internal/pystr's tests.
Run it through scripts/pystr-golden.sh, which finds the oracle.

  pystr_golden.py                writes runtime/internal/pystr/testdata/cases.jsonl
  pystr_golden.py --random N S   writes N random cases (seed S) to stdout,
                                 for the live differential test (TestOracle)

Each line is {"op": ..., "args": [...], "out": ..., "err": ...}: op names
an operation (see run() below and ops_test.go), args and out are tagged
values (enc), err is "ExceptionType: message" when the operation raised.
Strings travel as the latin-1 reading of their WTF-8 bytes, so that lone
surrogates survive JSON.
"""

import _string
import json
import math
import random
import struct
import sys


def enc(v):
    if isinstance(v, bool):
        return "B:" + str(v)
    if isinstance(v, int):
        return "i:" + (str(v) if v.bit_length() < 14000 else ("-" if v < 0 else "") + "0x" + format(abs(v), "x"))
    if isinstance(v, float):
        return "f:" + str(struct.unpack("<Q", struct.pack("<d", v))[0])
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").decode("latin-1")
    if isinstance(v, (bytes, bytearray)):
        return "b:" + bytes(v).hex()
    if v is None:
        return "n:"
    if isinstance(v, (list, tuple)):
        return ("t:" if isinstance(v, tuple) else "l:") + json.dumps([enc(x) for x in v])
    if isinstance(v, dict):
        return "d:" + json.dumps([[enc(k), enc(x)] for k, x in v.items()])
    if isinstance(v, complex):
        return "j:" + repr(v)
    raise TypeError(type(v))


def run(op, args):
    if op == "repr":
        return repr(args[0])
    if op == "format":
        r = format(args[0], args[1])
        return r if len(r) < 5000 else "%d chars" % len(r)
    if op == "mod":
        r = args[0] % args[1]
        return r if len(r) < 5000 else "%d chars" % len(r)
    if op == "parse":
        return [list(t) for t in _string.formatter_parser(args[0])]
    if op == "fieldsplit":
        first, rest = _string.formatter_field_name_split(args[0])
        return [first, [list(t) for t in rest]]
    if op == "strformat":
        return args[0].format(*args[1], **args[2])
    if op == "formatmap":
        return args[0].format_map(args[1])
    if op == "floathex":
        return args[0].hex()
    if op == "fromhex":
        return float.fromhex(args[0])
    if op == "round":
        return round(*args)
    if op == "bytesfromhex":
        return bytes.fromhex(args[0])
    if op == "bytesmaketrans":
        return bytes.maketrans(*args)
    if op == "maketrans":
        return str.maketrans(*args)
    if op == "int":
        r = int(*args)
        return r if r.bit_length() < 14000 else "%d bits" % r.bit_length()
    if op == "float":
        return float(args[0])
    if op == "str":
        r = str(args[0])
        return r if len(r) < 5000 else "%d digits" % len(r)
    if op in ("bin", "oct", "hex", "ascii"):
        return getattr(__builtins__, op)(args[0])
    if op == "encode":
        return args[0].encode(*args[1:])
    if op == "decode":
        return args[0].decode(*args[1:])
    if op.startswith("m:"):  # a method of args[0]
        r = getattr(args[0], op[2:])(*args[1:])
        if isinstance(r, (map, filter)):
            r = list(r)
        return r
    raise ValueError(op)


def record(op, *args):
    rec = {"op": op, "args": [enc(a) for a in args]}
    try:
        rec["out"] = enc(run(op, list(args)))
    except Exception as e:
        rec["err"] = type(e).__name__ + ": " + str(e)
        if isinstance(e, UnicodeError):
            rec["err"] += " [%s %d %d]" % (e.encoding, e.start, e.end)
    return json.dumps(rec, ensure_ascii=True)


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e15, 9999999999999998.0,
          1e-4, 1e-5, 0.0001234, 123456789.0, 1234.5678, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, math.pi, -math.e, 1/3, 2/3, 100.0, 1e100, 123.456, 0.000999,
          999.9999, 9.5, 0.05, 0.95, 1e-7, 12345678901234567890.0, 2**53 + 0.0, 2.0**63,
          float("inf"), float("-inf"), float("nan"), -float("nan"), 4.35, 0.3, 1e300 * 10, 7.0,
          123456.0, 1234567.0, 0.00001, 1e-320]

FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".2", ".3", ".10", ".17", ".20",
               ".0e", ".0f", ".0g", ".0%", ".1e", ".2f", ".3g", ".10g", ".17g", ".25f", ".30e", "#",
               "#.0", "#.0e", "#.0f", "#g", "#.3g", "#.10g", "#e", "+", " ", "-", "+.3f", " .3e",
               "z", "z.1f", "z.0f", "+z.2f", "z.3g", "z%", "10", "<10", "^10", ">10", "=10", "010",
               "010.3f", "+010.3f", "-010.3e", " 012g", "*^15.3f", "_>12", "x<9.2%", ",", "_", ",.2f",
               "_.3f", "015,.2f", "020,", "010_", ",g", ",e", "_%", ",.0f", "012,f", "0=12,.1f",
               "\u00e9^11", "\ud800>6", "0<10", "0^9.2", "#010.0f", ",n", "n", ".3n", "10n", "d", "s",
               "x", "c", "b", "o", "X", "\u00e9", ".", "1.", ",_", "_,", ",,", "__", "10.2ff",
               ".2147483648f", "99999999999999999999", ".99999999999999999999", "abc", "z#010.2f",
               "=+10.2f", ">+10.2f", "^+10.2f", "<+10.2f", "\x00", "\x7f", " <5", "0", "00", "0010",
               "\u0661\u0662", ".\u0663f", "+#.0e", "#.0%", ".3%", "12.3%", "#x"]

INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1000, 123456789, -123456789, 2**31, 2**63 - 1, -2**63,
        2**64, -2**64 - 5, 10**30, -(10**25), 65, 0x10FFFF, 0x110000, 0xD800, 233, True, False]

INT_SPECS = ["", "d", "b", "o", "x", "X", "n", "c", "#b", "#o", "#x", "#X", "+d", " d", "-d", "10",
             "<10", "^10", "=10", "010", "+010", "#010x", "#010X", "0=10b", "*^12", ",", "_", ",d",
             "_d", "_b", "_x", "_o", "_X", "#_x", "#_b", "012,", "015_", "020_x", "09_b", ",b",
             ",x", ",o", ",X", ",c", "_c", ",n", "e", "E", "f", "F", "g", "G", "%", ".2f", ",.2f",
             "#.0f", ".3e", "012.1f", ".2", ".2d", "z", "zd", "+c", "#c", "10c", "<5c", "s", "r",
             "a", "\u00e9", "5\u00e9", ",_", "dd", "_=11", "0<8", "0^9", " 010", "\u00e9=10", "#",
             "0", "-#010o", "99999999999999999999"]

STRS = ["", "abc", "h\u00e9llo", "\U0001f600x", "a\ud800b"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", ".2", ".0", "10.2", "=10", "+",
             " ", "-", "#", "z", "0", "010", ",", "_", "d", "x", "\u00e9<7", "\U0001f600^8.1s",
             ".10", "1", "\ud800>5", "S"]


MOD_FORMATS = ["%s", "%r", "%a", "%d", "%i", "%u", "%o", "%x", "%X", "%e", "%E", "%f", "%F", "%g", "%G",
               "%c", "%%", "%5s", "%-5s|", "%.2s", "%5.1s", "%05d", "%-05d", "%+d", "% d", "%+ d", "%#x",
               "%#X", "%#o", "%#08x", "%#-8x|", "%08.3f", "%+.2e", "% .3g", "%#.0f", "%#g", "%-10.3f|",
               "%.0e", "%10.4g", "%*d", "%-*d", "%.*f", "%*.*s", "%ld", "%hd", "%Lf", "%l", "%", "%5",
               "%.", "%y", "%5%", "%(a)s", "%(a)d %(b)s", "%(a", "%(a)", "%((a))s", "%s %s", "%s %s %s",
               "%c%c", "%.3d", "%+.3d", "%#.3x", "%010.3x", "%-+8.3d|", "%\u00e9", "x%sy%sz", "\u00e9%s\u00e9",
               "%.5c", "%5c", "%-3c|", "%+s", "% s", "%05s", "%+05s", "%.100d", "%99999999999999999999d",
               "%.2147483648f", "%#5o", "%+#o", "%#X", "%.1%", "%b", "%(a)s %s"]
MOD_ARGS = [1, -1, 0, 42, -255, 2**70, -(2**70), 1.5, -0.0, 1e20, float("inf"), float("nan"), "abc",
            "\u00e9t\u00e9", "x", "", True, None, b"ab", [1, 2], (), (1,), (1, 2), (1, 2, 3), ("ab", 3),
            (3, 2.5), (5, "hi"), (-4, 7), (2**70, 1), (2**40, 1.5), ("a", 1), (65, 0x10FFFF), (0x110000,),
            (-1,), {"a": 1, "b": "x"}, {"a": "\u00e9"}, {}, {"(a)": 5}, 1j]
BMOD_FORMATS = ["%s", "%b", "%r", "%a", "%d", "%x", "%#X", "%05d", "%+.2f", "%e", "%c", "%5c", "%-4s|",
                "%.1s", "%(a)s", "%(a)d %(b)b", "%%", "%y", "%\xff", "%5.2a", "%s %s", "%", "%*d", "%g"]
BMOD_ARGS = [b"ab", "str", 5, -3, 2.5, 300, b"a", b"", (b"a", b"b"), (3, 4),
             {b"a": b"v", b"b": b"w"}, {b"a": 7, b"b": b"q"}, {"a": 1}, [1], None, 2**65, float("nan")]


PARSE = ["", "abc", "{}", "{0}", "{a}", "a{b}c", "{{", "}}", "{{}}", "a{{b}}c", "{", "}", "a}", "a{",
         "{0!r}", "{0!s:>10}", "{!a}", "{!}", "{!", "{0!r", "{0!rr}", "{0!r:", "{:", "{:}", "{:10}", "{a:{b}}",
         "{a:{b:{c}}}", "{a:{{}}}", "{a:{}", "{a[}", "{a[}]}", "{a[0]}", "{a.b[c].d}", "{a{}", "{0:}}",
         "x{0}y{1}z", "{\u00e9:\u00e9}", "{0!\u00e9}", "{!\x00}", "}{", "{}}", "{{{}}}", "{a]}", "{a[x:y]}",
         "{0:{1}{2}}", "{[}", "{[]}", "{0:{", "{0:}", "text only"]
FIELDS = ["", "a", "0", "12", "a.b", "a[0]", "a[x]", "0.real", "a[0][1].c", "a.", "a[", "a[]", "a]", "a[0]x",
          "a..b", "\u0661", "a[\u0661]", "99999999999999999999", "a[99999999999999999999]", ".a", "[0]",
          "a[0].b[c]"]


INT_STRS = ["0", "1", "-1", "+5", "  42  ", "\t\n12\x0b\x0c\r", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F",
            "0o17", "0b101", "0b_101", "0x_", "0_0", "00", "000", "010", "0_1", "09", "-0x10", "- 5", "+-5", "",
            " ", "abc", "z", "Z", "12abc", "1.5", "1e5", "\u0661\u0662", "\u00a012\u2003", "\u3000-7\u3000",
            "\x1c5\x1f", "\x855\x85", "1\x002", "\u00e9", "9" * 30, "-" + "9" * 30, "1" * 4300, "1" * 4301,
            "1" * 5000, "0x" + "f" * 5000, "ff" * 50, "0b" + "1" * 100, "1_" * 700 + "1", "inf", "\ud800",
            "0x", "0b2", "0o8", "٣_٤", "1 2", "a" * 300]
INT_BASES = [10, 0, 2, 8, 16, 36, 7, 1, 37, -1, 3]
FLOAT_STRS = ["0", "1", "-1.5", "+.5", "5.", ".", "-.", "1e5", "1E-5", "1e", "1e+", "e5", "1.5e3_0", "1_0.5",
              "1_.5", "1._5", "1.5_", "_1", "1__0", "inf", "-inf", "+Infinity", "INFINITY", "nan", "-NaN", "nAn",
              "infinit", "infx", "nan0", "in_f", " 1.5 ", "\t2\n", "\u00a03\u2003", "\u0663.\u0661\u0664",
              "1e500", "-1e500", "1e-500", "0x1p3", "1,5", "", " ", "1\x00", "abc", "1.7976931348623157e308",
              "2.2250738585072014e-308", "4.9e-324", "0.1", "123456789012345678901234567890", "1e1_0",
              "\ud800", "\u00e9", "1_000.000_1e1_0", "--1", "+", "- 1", "1e5.5", "١"]


METHOD_STRS = ["", "abc", "  a b  c ", "\t\n x\x1c y\x85z\u2028w\u3000v\u00a0", "Hello World", "\u03a3\u0391\u03a3",
               "\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3", "a\u03a3", "a\u03a3b", "a.\u03a3", "a\u03a3.", "\u00df",
               "\ufb01", "\u0130stanbul", "\u01c5ungla", "\u0149", "stra\u00dfe", "a\ud800b", "1\u00b2\u00b3", "\u0663\u0664",
               "\u216b", "\u4e00\u4e8c", "x\ty\tz", "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\r",
               "MiXeD CaSe 123", "'quoted' words", "hello_world", "_x1", "1abc", "ab\u0301c", "\u02b0a", "\u00e9\u00e8\u00ea",
               "\U0001F600 x", "\u1fb3", "\u0390", "aaa", "abab", "\u03a3", "A\u02b0\u03a3", "\u03a3\u0301a", "a\n", "\n",
               "\u2167\u2168", "\u00aa\u00ba", "\u1d2c", "x\u0345", "\U0001d7ce\U0001d7cf", "\u2460", "\u00bd"]
METHOD_ARGS = {
    "split": [(), (None,), (None, 1), (None, 0), (" ",), ("a",), ("",), ("ab", 2), ("\u03a3",), ("a", -1)],
    "splitlines": [(), (True,)],
    "strip": [(), (None,), ("a",), ("ab ",), ("\u03a3\u00df",)],
    "partition": [(" ",), ("a",), ("",), ("\u03a3",)],
    "replace": [("a", "X"), ("", "-"), ("", "-", 2), ("a", "", 1), ("\u03a3", "s"), ("ab", "ba", 0), ("b", "\u00e9\u00e9", -1)],
    "find": [("a",), ("",), ("a", 1), ("a", -3), ("a", 1, -1), ("", 2, 1), ("", 100), ("\u03a3",), ("b", -100, 100), ("c", 2, 3)],
    "startswith": [("a",), ("",), ("", 100), ("a", 1), ("ab", 0, 2), ("\u03a3",), ("", 2, 1), ("b", -2)],
    "center": [(10,), (10, "*"), (1,), (11, "\u00e9"), (0,), (12, "\ud800")],
    "zfill": [(5,), (1,), (0,)],
    "expandtabs": [(), (4,), (0,), (1,), (-1,)],
}
for m, like in [("rsplit", "split"), ("lstrip", "strip"), ("rstrip", "strip"), ("rpartition", "partition"),
                ("rfind", "find"), ("index", "find"), ("rindex", "find"), ("count", "find"), ("endswith", "startswith"),
                ("ljust", "center"), ("rjust", "center")]:
    METHOD_ARGS[m] = METHOD_ARGS[like]
for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdecimal", "isdigit",
          "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "isidentifier", "isprintable"]:
    METHOD_ARGS[m] = [()]


ENC_STRS = ["", "abc", "h\u00e9llo", "\u00e9\u00e8", "\u20ac", "a\ud800b", "\ud800\udc00", "\udc80\udcff",
            "\udc80\u00e9", "\udc80x\ud800", "\U0001F600", "x\u00ff\u0100y", "\ud83d\ude00", "\udcff\udc7f"]
ENCODINGS = ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
             "UTF8", "u8", "Latin_1", "iso8859-1", "US-ASCII", "utf_16_be", "utf16", "foo"]
ERRORS = ["strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace",
          "xmlcharrefreplace", "nosuch"]
DEC_BYTES = [b"", b"abc", b"\xff", b"\x80abc", b"a\xc3\xa9b", b"\xc3", b"\xc3x", b"\xe2\x82", b"\xe2\x82x",
             b"\xe2\x82\xac", b"\xed\xa0\x80", b"\xed\xb2\x80x", b"\xf0\x80", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80",
             b"\xf4\x90\x80\x80", b"\xf5", b"\xc0\xaf", b"\xe0\x80\xaf", b"\x00\xd8", b"\x00\xdc", b"\x00\xd8a\x00",
             b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xfe\xff\xd8\x00", b"a", b"\x00\xd8\x00", b"\x3d\xd8\x00\xde",
             b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a",
             b"ab", b"abcde", b"\xff\xff\xff\xff", b"\x80\x81", b"x\xed\xa0\x80\xed\xb0\x80"]


SF_FORMATS = ["", "abc", "{}", "{} {}", "{0} {0}", "{1}", "{} {1}", "{0} {}", "{a}", "{b}", "{a!r}", "{a!s}", "{a!a}",
              "{a!x}", "{a!\u00e9}", "{0:>{1}}", "{0:{1}{2}}", "{:{}}", "{:{:{}}}", "{0:{1:{2}}}", "{l[0]}", "{l[1]}",
              "{l[5]}", "{l[x]}", "{d[k]}", "{d[0]}", "{d[zz]}", "{0.real}", "{0.nope}", "{0[}", "{0]}",
              "{0[0]x}", "{0..a}", "{0.}", "{a}{0}", "{{}}{}", "}", "{", "{0:d}", "{0:s}", "{a:>8}", "{a:^8.2}", "{0:,}",
              "{2:.3f}", "{2:%}", "{2:{1}}", "{99999999999999999999}", "{0:{a}}", "x{:>{}}y", "{l}", "{l:>10}", "{}{}{}{}",
              "{s[0]}", "{s[1]}", "{a[0]}", "{0!r:>5}", "{!r}", "{:{}}{}", "{0:{}}"]
SF_ARGS = [((), {}), ((5,), {}), ((5, 7, 3.25), {}), (("x", 4, "y"), {"a": "h\u00e9", "l": [1, "two"], "d": {"k": 9}, "s": "st"}),
           ((12345, 3, ">"), {"a": "A"})]


COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.25j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1e20 + 1e-20j,
             complex(float("inf"), float("nan")), complex(float("-inf"), -1), 1234567.891 + 0j, 3.0 - 4j]
COMPLEX_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".2f", ".0f", ".3g", "10", "<30", "^30.2f", "*>25", "+", " ",
                 "-", "+.1e", "z.1f", "#", "#.0f", "010", "0<10", "=10", ",", "_.2f", ",.3f", "x", "d", "s", ".2",
                 "20.3", "#g"]


TRANS_TABLES = [{}, {97: "X", 98: None}, {97: 0x1F600, 0x3a3: "s", 32: "__"}, {97: 0x110000}, {97: -1}, {97: 1.5},
                {0xd800: "?", 0x00e9: None}]
MAKETRANS = [("", ""), ("ab", "xy"), ("ab", "x"), ("ab", "xy", "c"), ("\u00e9\u03a3", "e\U0001F600", "\ud800"), ("a", "b", "")]


FROMHEX = ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffffp1023",
           "0x1p1024", "1", "a", "0x", "x1", "0x.8", "0x1.", ".", "0x1p", "0x1p+", " 0x1p3 ", "\t-0X1P3\n", "inf", "-Infinity",
           "nan", "+nan", "0x0p0", "-0x0p99999999999999999999", "0x1p99999999999999999999", "0x1p-99999999999999999999",
           "0x1_0p0", "0x1.0000000000000800p0", "0x1.0000000000000801p0", "0x1.0000000000001800p0", "00x1", "0x1p1.5",
           "0x" + "0" * 100 + "1p0", "0x1" + "0" * 300 + "p-1200", "1e5", "0x1e5", "\u00e9", "0xg", "0x1 p1"]
ROUNDS = [(0.5, 0), (1.5, 0), (2.5, 0), (2.675, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (50.0, -2), (150.0, -2),
          (250.0, -2), (-250.0, -2), (-40.0, -2), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
          (1e300, -300), (5e-324, 323), (5e-324, 324), (1e-320, 320), (123.456, 400), (123.456, -400), (-0.0, 2),
          (float("inf"), 2), (float("nan"), -2), (0.1, 1), (0.15, 1), (0.25, 1), (-0.45, 1), (1e22, -22), (5e22, -23),
          (1.23456789e-5, 7), (999.99, -3), (-999.99, -3), (499.99, -3), (0.0001, 3)]


BYTES_METHODS = {
    "split": [(), (None, 1), (b" ",), (b"a",), (b"ab", 1)], "rsplit": [(), (None, 1), (b" ",), (b"a", 1)],
    "splitlines": [(), (True,)], "strip": [(), (None,), (b"a ",)], "lstrip": [(), (b"xa",)], "rstrip": [(), (b"c ",)],
    "partition": [(b" ",), (b"a",)], "rpartition": [(b" ",)], "replace": [(b"a", b"X"), (b"", b"-"), (b"", b"-", 2), (b"ab", b"", 1)],
    "find": [(b"a",), (b"",), (b"a", 1), (b"a", -3, -1), (b"", 100), (b"\xe9",)], "rfind": [(b"a",), (b"", 2, 1)],
    "index": [(b"a",), (b"zz",)], "rindex": [(b"a",), (b"zz",)], "count": [(b"a",), (b"",), (b"a", 1, 4)],
    "startswith": [(b"a",), (b"",), (b"", 100), (b"b", 1)], "endswith": [(b"c",), (b"", 2, 1)],
    "upper": [()], "lower": [()], "swapcase": [()], "title": [()], "capitalize": [()],
    "isalpha": [()], "isdigit": [()], "isalnum": [()], "isspace": [()], "isupper": [()], "islower": [()], "istitle": [()],
    "center": [(10,), (11, b"*"), (1,), (9, b"\xff")], "ljust": [(8, b"-")], "rjust": [(8,)], "zfill": [(6,), (0,)],
    "expandtabs": [(), (4,), (0,)], "hex": [(), (":",), ("-", 2), ("-", -2), (b"_", 1), ("ab",), ("\u00e9",), (":", 0)],
    "translate": [(None,), (None, b"a "), (bytes(range(255, -1, -1)),), (b"abc",)],
}
BYTES_STRS = [b"", b"abc", b"  a b\tc\x1c\x0b ", b"Hello World", b"aXbYc", b"\xe9t\xe9", b"a\r\nb\rc\nd\x0be\x0c",
              b"-12", b"+", b"x\ty\n\tz", b"ABC", b"abcabc", b"They're 2 Bill's", b"\x00\xff"]
FROMHEX_STRS = ["", "00", "ab CD", " 0a\t1b\n", "a", "abc", "zz", "0g", "1 2", "\u0661\u0662", "ab\u3000cd", "\u00e9\u00e9",
                "0a\x0b0b\x0c"]


def golden():
    recs = []
    for m, arglists in BYTES_METHODS.items():
        for b in BYTES_STRS:
            for a in arglists:
                recs.append(record("m:" + m, b, *a))
    for h in FROMHEX_STRS:
        recs.append(record("bytesfromhex", h))
    for a in [(b"", b""), (b"ab", b"xy"), (b"ab", b"x")]:
        recs.append(record("bytesmaketrans", *a))
    for s in FROMHEX:
        recs.append(record("fromhex", s))
    for f in FLOATS:
        recs.append(record("floathex", f))
    for a in ROUNDS:
        recs.append(record("round", *a))
    rr = random.Random(3)
    for _ in range(500):
        f = rr.uniform(-1e6, 1e6) * 10 ** rr.randint(-10, 10)
        recs.append(record("round", f, rr.randint(-8, 12)))
        recs.append(record("floathex", f))
        recs.append(record("fromhex", f.hex()))
    for t in TRANS_TABLES:
        for s in METHOD_STRS[:20]:
            recs.append(record("m:translate", s, t))
    for a in MAKETRANS:
        recs.append(record("maketrans", *a))
    for c in COMPLEXES:
        recs.append(record("repr", c))
        for sp in COMPLEX_SPECS:
            recs.append(record("format", c, sp))
    for f in SF_FORMATS:
        for a, kw in SF_ARGS:
            recs.append(record("strformat", f, a, kw))
        recs.append(record("formatmap", f, {"a": "A", "l": [1, 2]}))
    for t in METHOD_STRS + ENC_STRS + ["'", '"', "'\"", "\x00\x7f\x80\xa0\xad", "\u0378\U000e0001\U0010ffff"]:
        recs.append(record("repr", t))
        recs.append(record("ascii", t))
    for t in ENC_STRS:
        for e in ENCODINGS:
            for er in ERRORS:
                recs.append(record("encode", t, e, er))
    for b in DEC_BYTES:
        for e in ENCODINGS:
            for er in ERRORS:
                recs.append(record("decode", b, e, er))
    for m, arglists in METHOD_ARGS.items():
        for s in METHOD_STRS + ["1+2", "-42", "+", "\u00e9t\u00e9 \u00e0 l'\u00e9cole"]:
            for a in arglists:
                recs.append(record("m:" + m, s, *a))
    for s in INT_STRS:
        for b in INT_BASES:
            recs.append(record("int", s, b))
        recs.append(record("int", s.encode("utf-8", "surrogatepass"), 10))
    for s in FLOAT_STRS:
        recs.append(record("float", s))
        recs.append(record("float", s.encode("utf-8", "surrogatepass")))
    for i in INTS + [10**4299, 10**4300, -(10**4300), 10**5000, 2**20000]:
        for op in ("str", "bin", "oct", "hex"):
            recs.append(record(op, i))
        recs.append(record("format", i, "d"))
        recs.append(record("format", i, ","))
        recs.append(record("format", i, "x"))
        recs.append(record("mod", "%d", i))
    for s in PARSE:
        recs.append(record("parse", s))
    for s in FIELDS:
        recs.append(record("fieldsplit", s))
    for f in MOD_FORMATS:
        for a in MOD_ARGS:
            recs.append(record("mod", f, a))
    for f in BMOD_FORMATS:
        for a in BMOD_ARGS:
            recs.append(record("mod", f.encode("latin-1"), a))
    for f in FLOATS:
        recs.append(record("repr", f))
        for s in FLOAT_SPECS:
            recs.append(record("format", f, s))
    for i in INTS:
        for s in INT_SPECS:
            recs.append(record("format", i, s))
    for s in STRS:
        for sp in STR_SPECS:
            recs.append(record("format", s, sp))
    rnd = random.Random(1)
    for _ in range(3000):
        f = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        recs.append(record("repr", f))
        recs.append(record("format", f, rnd.choice(["e", ".3g", ".17g", "f", ".5e", "g", "%", ".1f"])))
    for _ in range(2000):
        f = rnd.choice([rnd.uniform(-1000, 1000), rnd.random() * 10 ** rnd.randint(-30, 30),
                        round(rnd.uniform(-10, 10), rnd.randint(0, 4))])
        recs.append(record("repr", f))
        recs.append(record("format", f, rand_float_spec(rnd)))
    return recs


def rand_float_spec(rnd):
    s = ""
    if rnd.random() < 0.3:
        s += rnd.choice(["", "*", "0", "\u00e9"]) + rnd.choice("<>=^")
    s += rnd.choice(["", "", "+", "-", " "])
    s += rnd.choice(["", "", "z"])
    s += rnd.choice(["", "", "#"])
    s += rnd.choice(["", "", "0"])
    s += rnd.choice(["", "", str(rnd.randint(0, 30))])
    s += rnd.choice(["", "", ",", "_"])
    s += rnd.choice(["", "", "." + str(rnd.randint(0, 20))])
    s += rnd.choice(["", "e", "E", "f", "F", "g", "G", "n", "%"])
    return s


ALPHABET = "aAbB \t\n\r\x0b\x1c\x85\u00a0\u2028\u3000_.,:'-+01\u0661\u00b2\u00bd\u00e9\u00c9\u00df\u03a3\u03c3\u03c2" \
           "\u0130\u0131\u01c5\u1f88\ufb01\u0345\u0301\u02b0\u4e00\U0001F600\U00010400\ud800\udc80\u2167\u2170\x00\x7f"


def rand_text(rnd, n=8):
    return "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, n)))


def rand_method(rnd):
    s = rand_text(rnd, 12)
    m = rnd.choice(list(METHOD_ARGS))
    args = []
    if m in ("split", "rsplit"):
        args = rnd.choice([[], [None, rnd.randint(-1, 3)], [rand_text(rnd, 2) or "a", rnd.randint(-1, 3)]])
    elif m == "splitlines":
        args = [rnd.random() < 0.5]
    elif m in ("strip", "lstrip", "rstrip"):
        args = rnd.choice([[], [rand_text(rnd, 3)]])
    elif m in ("partition", "rpartition"):
        args = [rand_text(rnd, 2)]
    elif m == "replace":
        args = [rand_text(rnd, 2), rand_text(rnd, 2), rnd.randint(-1, 3)]
    elif m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        args = [rand_text(rnd, 2)] + [rnd.randint(-15, 15) for _ in range(rnd.randint(0, 2))]
    elif m in ("center", "ljust", "rjust"):
        args = [rnd.randint(-2, 20)] + ([rnd.choice(ALPHABET)] if rnd.random() < 0.5 else [])
    elif m == "zfill":
        args = [rnd.randint(-2, 20)]
    elif m == "expandtabs":
        args = [rnd.randint(-2, 9)]
    return record("m:" + m, s, *args)


def random_cases(n, seed):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.random()
        if k < 0.12:
            out.append(rand_method(rnd))
            continue
        if k < 0.15:
            b = bytes(rnd.choice(b"aAbB \t\n\r\x0b\x0c\x1c_.-+01\x80\xe9\xff") for _ in range(rnd.randint(0, 10)))
            m = rnd.choice(list(BYTES_METHODS))
            out.append(record("m:" + m, b, *rnd.choice(BYTES_METHODS[m])))
            continue
        if k < 0.2:
            if rnd.random() < 0.5:
                out.append(record("encode", rand_text(rnd), rnd.choice(ENCODINGS), rnd.choice(ERRORS)))
            else:
                b = bytes(rnd.choice([0, 0x41, 0x80, 0xbf, 0xc3, 0xa9, 0xe2, 0xed, 0xa0, 0xf0, 0x9f, 0xd8, 0xdc, 0xff, 0xfe, 0x10, 0x11])
                          for _ in range(rnd.randint(0, 9)))
                out.append(record("decode", b, rnd.choice(ENCODINGS), rnd.choice(ERRORS)))
            continue
        if k < 0.25:
            t = "".join(rnd.choice(["{", "}", "{}", "{0}", "{a.b}", "{a[0]}", "!r", "!", ":", ">10", "x", "[", "]", "{:{}}"])
                        for _ in range(rnd.randint(0, 5)))
            out.append(record("parse", t))
            continue
        if k < 0.27:
            pieces = ["{}", "{0}", "{1}", "{a}", "{a!r}", "{0:>{1}}", "{:^9}", "{l[1]}", "{d[k]}", "{2:.2f}", "{0:,}",
                      "{{", "}}", "x", " ", "{!s:5}", "{a:{b}}", "{0.real}", "{l[9]}", "{z}", "{:{}}", "{2:{1}.{1}}"]
            f = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4)))
            args = (rnd.randint(-5000, 5000), rnd.randint(0, 12), rnd.uniform(-1e4, 1e4))
            kw = {"a": rand_text(rnd, 4), "b": rnd.choice(["", ">8", "^5", "x", "!"]), "l": [1, "t"], "d": {"k": 2}}
            out.append(record("strformat", f, args, kw))
            continue
        if k < 0.3:
            f = "".join(rnd.choice(["%(a)s", "%(b)d", "%(a)r", "%(b)5x", "%%", "%(c)s", "x", "%s", "%(a)-6.2s|"])
                        for _ in range(rnd.randint(0, 3)))
            out.append(record("mod", f, {"a": rand_text(rnd, 4), "b": rnd.randint(-99, 99)}))
            continue
        if k < 0.32:
            out.append(record("format", rand_text(rnd), rnd.choice(["", "s", "<5", "^9", ">7.2", ".0", "*^11.3s", "x", "10"])))
            continue
        k = rnd.random()
        if k < 0.4:
            f = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
            out.append(record("format", f, rand_float_spec(rnd)))
        elif k < 0.5:
            out.append(record("repr", rnd.random() * 10 ** rnd.randint(-25, 25)))
        elif k < 0.55:
            t = "".join(rnd.choice("0123456789_ +-.eExXoObBafinINF\t\u0661\u00a0") for _ in range(rnd.randint(0, 8)))
            if rnd.random() < 0.5:
                out.append(record("int", t, rnd.choice([0, 10, 16, 2, 8, 36])))
            else:
                out.append(record("float", t))
        elif k < 0.6:
            f = "%" + "".join(rnd.choice("-+ #0") for _ in range(rnd.randint(0, 3)))
            f += rnd.choice(["", "", str(rnd.randint(0, 20)), "*"])
            f += rnd.choice(["", "", "." + str(rnd.randint(0, 20)), ".*"])
            f += rnd.choice("sradiuoxXeEfFgGc")
            args = tuple(rnd.choice([rnd.randint(-10**6, 10**6), rnd.uniform(-1e6, 1e6), "ab\u00e9", 2**80,
                                     rnd.randint(0, 300), -0.0]) for _ in range(f.count("*") + 1))
            out.append(record("mod", "<" + f + ">", args))
        else:
            i = rnd.choice([rnd.randint(-10**6, 10**6), rnd.getrandbits(rnd.randint(1, 200)) * rnd.choice([1, -1])])
            spec = rand_float_spec(rnd)
            if rnd.random() < 0.5:
                spec = spec.rstrip("eEfFgGn%") + rnd.choice("dbxXoc")
            out.append(record("format", i, spec))
    return out


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "--random":
        for line in random_cases(int(sys.argv[2]), int(sys.argv[3])):
            print(line)
        return
    if sys.version_info[:2] != (3, 13):
        sys.exit("needs CPython 3.13")
    path = "runtime/internal/pystr/testdata/cases.jsonl"
    with open(path, "w", encoding="ascii") as f:
        for line in golden():
            f.write(line + "\n")
    print(path, file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes compiler/bytecode/testdata/marshal/: for each case a NAME.marshal
file (CPython 3.13's marshal bytes) and NAME.txt, what bytecode.Unmarshal
must make of it: oracle.py's code dump for a code object, the constant's
repr (sets sorted) for other values, or "error: Type: message".

Run by scripts/marshal-golden.sh with CPython 3.13.
"""
import marshal
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler", "bytecode", "testdata", "marshal")

SOURCE = '''\
"""doc"""
import os.path as p
from . import x
x = 1; y = -2.5e-300; z = 3j; s = "é\\ud800"; b = b"\\x00\\xff"
big = 12345678901234567890123456789
def f(a, /, b=1, *c, d, e=(1, 2), **g):
    nonlocal_ = [i for i in c if i in {1, 2, 3}]
    def inner():
        return a + d
    try:
        return inner() if x else ...
    except (ValueError, TypeError) as err:
        raise RuntimeError from err
    finally:
        del x
async def agen():
    async with m as n:
        yield n
    await q
class C(object, metaclass=M):
    def method(self):
        return super().method(), __class__
match y:
    case [1, *_] | {"k": 2}: pass
    case C(a=1) if z: pass
type T[X] = list[X]
lambda: (yield)
'''

VALUES = {
    "none": None, "true": True, "false": False, "ellipsis": ..., "stopiter": StopIteration,
    "int_small": 7, "int_neg": -1, "int32_max": 2**31 - 1, "int32_min": -2**31,
    "int_2_31": 2**31, "int64_max": 2**63 - 1, "int64_min": -2**63, "int_2_63": 2**63,
    "int_big": 2**200 + 12345, "int_big_neg": -(3**150),
    "float": 1.5, "float_negzero": -0.0, "float_inf": float("inf"), "float_nan": float("nan"),
    "float_tiny": 5e-324, "complex": complex(1.5, -2.0), "complex_inf": complex(-0.0, float("inf")),
    "str_empty": "", "str_ascii": "hello", "str_long_ascii": "a" * 300,
    "str_latin1": "caf\xe9", "str_bmp": "\u4e2d\u6587", "str_astral": "\U0001f600",
    "str_surrogate": "\ud800x\udfff", "str_long_unicode": "\xe9" * 300,
    "bytes_empty": b"", "bytes": bytes(range(256)),
    "tuple_empty": (), "tuple_one": (1,), "tuple_nested": (1, ("a", (2.5, None)), b"x"),
    "tuple_large": tuple(range(300)), "list": [1, [2, "x"], []], "dict": {1: 2, "a": (3,), None: [4]},
    "set": {1, 2, 3}, "set_empty": set(), "frozenset": frozenset({"a", "b", 3}),
    "frozenset_empty": frozenset(), "shared": (lambda s: (s, s, [s]))("shared" * 3),
}

# Older versions of the format, which marshal.loads still reads.
VERSIONED = {
    "v0_float": (1.5, 0), "v1_complex": (complex(1, -2.5), 1), "v2_tuple": (("ab", "ab"), 2),
    "v3_str": ("abc", 3), "v0_list": ([1.25, "x"], 0),
}

RAW = {
    "raw_int64": b"I" + (2**40).to_bytes(8, "little"),
    "raw_textfloat": b"f\x041e10",
    "raw_textcomplex": b"x\x031.5\x03-2.",
    "raw_ascii_latin1": b"a\x02\x00\x00\x00\xe9\xff",
    "raw_selfref_tuple_ok": b"\xa9\x01N",
    "raw_long_neg": b"l\xfe\xff\xff\xff\x01\x00\x01\x00",
    "raw_dict_null_value": b"{N0",
    # errors
    "err_empty": b"",
    "err_unknown": b"?",
    "err_slice": b":NNN",
    "err_short_tuple": b"(\x02\x00\x00\x00N",
    "err_short_bytes": b"s\x05\x00\x00\x00ab",
    "err_bad_ref": b"r\x00\x00\x00\x00",
    "err_unnormalized_long": b"l\x01\x00\x00\x00\x00\x00",
    "err_long_digit": b"l\x01\x00\x00\x00\x00\x80",
    "err_bad_utf8": b"u\x01\x00\x00\x00\xe9",
    "err_bad_utf8_cont": b"u\x02\x00\x00\x00\xc3\x28",
    "err_bad_utf8_start": b"t\x01\x00\x00\x00\xff",
    "err_null": b"0",
    "err_null_in_tuple": b")\x010",
    "err_neg_size": b"s\xff\xff\xff\xff",
    "err_frozenset_selfref": b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00",
    "err_deep": b"[\x01\x00\x00\x00" * 2100 + b"N",
}


def dump(v):
    import types
    if isinstance(v, types.CodeType):
        out = []
        oracle.code_dump(v, out)
        return "\n".join(out) + "\n"
    return oracle.const_repr(v) + "\n"


def write(name, data):
    with open(os.path.join(OUT, name + ".marshal"), "wb") as f:
        f.write(data)
    try:
        text = dump(marshal.loads(data))
    except Exception as e:  # the error is the expectation
        text = "error: %s: %s\n" % (type(e).__name__, e)
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for name, v in VALUES.items():
        write(name, marshal.dumps(v))
    for name, (v, version) in VERSIONED.items():
        write(name, marshal.dumps(v, version))
    for name, data in RAW.items():
        write(name, data)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write("code_module", marshal.dumps(compile(SOURCE, "sample.py", "exec", dont_inherit=True)))
        write("code_eval", marshal.dumps(compile("a if b else [c async for c in d]", "<e>", "eval", dont_inherit=True, flags=0x2000)))
    print("wrote", len(os.listdir(OUT)) // 2, "cases to", os.path.normpath(OUT))
    write_pyc()


def write_pyc():
    """compiler/bytecode/testdata/tool.pyc: a .pyc file as py_compile writes
    it (of the stdlib's json/tool.py, named tool.py), and its code dump."""
    import json.tool
    import py_compile
    import sysconfig
    dest = os.path.join(OUT, "..", "tool.pyc")
    src = os.path.join(sysconfig.get_paths()["stdlib"], "json", "tool.py")
    py_compile.compile(src, cfile=dest, dfile="tool.py", doraise=True)
    with open(dest, "rb") as f:
        text = dump(marshal.loads(f.read()[16:]))
    with open(dest + ".txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Records CPython 3.13's SyntaxErrors for the cases of its own test suite.

The cases are the sources that these tests of the 3.13 standard library
hand to the compiler:

  test/test_syntax.py      the doctests of the module (each example is
                           compiled as doctest compiles it: mode "single",
                           filename "<doctest test.test_syntax[N]>"), and
                           every source the SyntaxTestCase tests compile
  test/test_exceptions.py  the sources of the tests of SyntaxError
                           messages and offsets
  test/test_fstring.py     every source the f-string tests compile or
                           evaluate (their error cases and the valid
                           f-strings around them)

The unittest cases are found by running the tests with compile(), exec()
and eval() wrapped: each call that is given source (str or bytes) is
recorded with its filename, mode and flags, then runs as usual. That finds
the sources the tests build in loops or with textwrap, exactly as the tests
build them. eval() strips leading spaces and tabs from a str before
compiling it, so the case is the stripped text.

Each case is then compiled once more, with the real compile(), and the
outcome is written as one JSON line to parser/testdata/syntaxerrors.jsonl:

  {"id": N, "origin": "test_syntax.py:1234 SyntaxTestCase.test_x",
   "mode": "exec", "filename": "<testcase>", "flags": 0,
   "source": "..." | "source_hex": "...",      (bytes are given in hex)
   "ok": false, "type": "SyntaxError", "msg": "...",
   "lineno": 1, "offset": 2, "end_lineno": 1, "end_offset": 5,
   "text": "..."}

ok is true when CPython accepts the source (a valid-code case); other
exceptions than SyntaxError and its subclasses (MemoryError, ValueError)
are recorded with their type and message only. The Go test
(parser/syntaxerrors_test.go) runs every case through peglab's front end
with the generated and the interpreted parser and reports the parity.

Run it with scripts/syntax-cases.sh, which finds the oracle.
"""

import builtins
import doctest
import io
import json
import os
import sys
import unittest
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("syntax_cases.py needs CPython 3.13")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parser", "testdata", "syntaxerrors.jsonl")

# The tests to run, by module: None runs every test of the class.
SUITES = [
    ("test.test_syntax", "SyntaxTestCase", None),
    ("test.test_exceptions", "ExceptionTests", [
        "testSyntaxErrorMessage",
        "testSyntaxErrorMissingParens",
        "test_error_offset_continuation_characters",
        "testSyntaxErrorOffset",
    ]),
    ("test.test_fstring", "TestCase", None),
]

real_compile, real_exec, real_eval = builtins.compile, builtins.exec, builtins.eval
cases = []  # (origin, source, filename, mode, flags)
seen = set()
current = [""]


def origin_of():
    """The test file line that made the call, and the running test."""
    f = sys._getframe(2)
    while f is not None:
        name = os.path.basename(f.f_code.co_filename)
        if name.startswith("test_") and name.endswith(".py"):
            return "%s:%d %s" % (name, f.f_lineno, current[0])
        f = f.f_back
    return current[0]


def record(source, filename, mode, flags):
    if not isinstance(source, (str, bytes, bytearray)):
        return
    if isinstance(source, bytearray):
        source = bytes(source)
    key = (source, filename, mode, flags)
    if key in seen:
        return
    seen.add(key)
    cases.append((origin_of(), source, filename, mode, flags))


def wrapped_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kw):
    record(source, str(filename), mode, flags)
    return real_compile(source, filename, mode, flags, dont_inherit, optimize, **kw)


def strip_eval(source):
    if isinstance(source, str):
        return source.lstrip(" \t")
    if isinstance(source, (bytes, bytearray)):
        return bytes(source).lstrip(b" \t")
    return source


def caller_namespaces(args, kw):
    """exec and eval default to the caller's namespaces: the test's, not
    the wrapper's."""
    if args or "globals" in kw:
        return args, kw
    f = sys._getframe(2)
    return (f.f_globals, f.f_locals), kw


def wrapped_exec(source, *args, **kw):
    record(source, "<string>", "exec", 0)
    args, kw = caller_namespaces(args, kw)
    return real_exec(source, *args, **kw)


def wrapped_eval(source, *args, **kw):
    record(strip_eval(source), "<string>", "eval", 0)
    args, kw = caller_namespaces(args, kw)
    return real_eval(source, *args, **kw)


def run_suites():
    builtins.compile, builtins.exec, builtins.eval = wrapped_compile, wrapped_exec, wrapped_eval
    try:
        for modname, clsname, methods in SUITES:
            mod = __import__(modname, fromlist=["x"])
            cls = getattr(mod, clsname)
            loader = unittest.TestLoader()
            names = methods or loader.getTestCaseNames(cls)
            for name in names:
                current[0] = "%s.%s" % (clsname, name)
                suite = unittest.TestSuite([cls(name)])
                result = unittest.TestResult()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    suite.run(result)
                for _, tb in result.errors + result.failures:
                    print("warning: %s failed in the oracle:\n%s" % (current[0], tb), file=sys.stderr)
    finally:
        builtins.compile, builtins.exec, builtins.eval = real_compile, real_exec, real_eval


def doctest_cases():
    """The examples of test_syntax's doctests, compiled as doctest does."""
    import test.test_syntax as mod
    out = []
    for t in doctest.DocTestFinder().find(mod):
        for i, ex in enumerate(t.examples):
            out.append(("test_syntax.py:%d doctest" % ((t.lineno or 0) + ex.lineno + 1),
                        ex.source, "<doctest %s[%d]>" % (t.name, i), "single", 0))
    return out


def outcome(source, filename, mode, flags):
    out = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            real_compile(source, filename, mode, flags, True)
        out["ok"] = True
    except SyntaxError as e:
        out.update(ok=False, type=type(e).__name__, msg=e.msg, lineno=e.lineno, offset=e.offset,
                   end_lineno=e.end_lineno, end_offset=e.end_offset, text=e.text)
    except Exception as e:
        out.update(ok=False, type=type(e).__name__, msg=str(e))
    return out


def main():
    all_cases = doctest_cases()
    run_suites()
    all_cases += cases
    n_err = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (origin, source, filename, mode, flags) in enumerate(all_cases, 1):
            rec = {"id": i, "origin": origin, "mode": mode, "filename": filename, "flags": flags}
            if isinstance(source, bytes):
                rec["source_hex"] = source.hex()
            else:
                rec["source"] = source
            rec.update(outcome(source, filename, mode, flags))
            n_err += not rec["ok"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%d cases (%d errors, %d valid) -> %s" % (len(all_cases), n_err, len(all_cases) - n_err,
                                                  os.path.relpath(OUT)))


if __name__ == "__main__":
    main()

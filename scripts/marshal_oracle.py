#!/usr/bin/env python3
"""The live side of compiler/bytecode's marshal tests (TestMarshalOracle):

  marshal_oracle.py dump    paths on stdin; per path one JSON line
                            {"path", "marshal": base64 of marshal.dumps of
                            compile(src, path, "exec"), "dump": oracle.py's
                            code dump}, or {"path", "error"}
  marshal_oracle.py check   JSON lines {"path", "marshal"} on stdin (bytes
                            written by bytecode.Marshal); prints per line
                            "ok PATH" when marshal.loads of them dumps as
                            CPython's own code object, else "differs PATH"
"""
import base64
import json
import marshal
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402


def compiled(path):
    with open(path, "rb") as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(src, path, "exec", dont_inherit=True)


def dump(co):
    out = []
    oracle.code_dump(co, out)
    return out


def deep_equal(a, b):
    """The same code dump: every field of every nested code object, the
    kinds included (== on code objects would also do, but for NaN
    constants, which it finds unequal to themselves)."""
    return dump(a) == dump(b)


def main():
    mode = sys.argv[1]
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        if mode == "dump":
            try:
                co = compiled(line)
            except Exception as e:
                print(json.dumps({"path": line, "error": repr(e)}), flush=True)
                continue
            out = []
            oracle.code_dump(co, out)
            rec = {"path": line, "marshal": base64.b64encode(marshal.dumps(co)).decode(),
                   "dump": "\n".join(out) + "\n"}
            print(json.dumps(rec), flush=True)
        else:
            rec = json.loads(line)
            try:
                ok = deep_equal(marshal.loads(base64.b64decode(rec["marshal"])), compiled(rec["path"]))
            except Exception as e:
                ok = False
                print("error %r" % e, file=sys.stderr)
            print("%s %s" % ("ok" if ok else "differs", rec["path"]), flush=True)


if __name__ == "__main__":
    main()

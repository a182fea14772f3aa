#!/usr/bin/env python3
"""The live side of compiler/dis's tests (TestDisOracle, scripts/dis-parity.sh):
for each path on stdin, one JSON line {"path", "marshal": base64 of
marshal.dumps(compile(src, path, "exec")), "dis": `python -m dis` text,
"dis_co": the same with -C -O, "loaded" and "loaded_co": the same of the
code object marshal.loads reads back from those bytes}, addresses masked,
or {"path", "error"}. The two differ only in the order of a frozenset
constant whose elements collide in the hash table: marshal writes
frozensets sorted, so loading adds the elements in another order than the
compiler did. The printer is judged on "loaded" (it reads the same
bytes); "dis" is what `peglab dis` will be judged on once our compiler
makes the code object.
Run it with PYTHONHASHSEED=0: the order of a frozenset of strings shown
by dis depends on string hashing, which compiler/dis does with that seed.
"""
import base64
import io
import json
import marshal
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402


def main():
    import dis
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("dis_oracle.py: run with PYTHONHASHSEED=0")
    for line in sys.stdin:
        path = line.strip()
        if not path:
            continue
        try:
            co = oracle.compile_file(path)
        except Exception as e:
            print(json.dumps({"path": path, "error": repr(e)}), flush=True)
            continue
        rec = {"path": path, "marshal": base64.b64encode(marshal.dumps(co)).decode()}
        loaded = marshal.loads(marshal.dumps(co))
        for key, obj, kw in (("dis", co, {}), ("dis_co", co, {"show_caches": True, "show_offsets": True}),
                             ("loaded", loaded, {}),
                             ("loaded_co", loaded, {"show_caches": True, "show_offsets": True})):
            buf = io.StringIO()
            dis.dis(obj, file=buf, **kw)
            rec[key] = oracle.mask_addresses(buf.getvalue())
        print(json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates package symtable's golden data from the oracle, CPython 3.13.
Run it through scripts/symtable-golden.sh, which finds the oracle.

  symtable/testdata/cases.jsonl   for each program of cases.txt: its tree
                                  (oracle.py astjson), what `oracle.py
                                  symtable NAME.py` prints (out, err, status)
                                  and, when symtable.symtable raises, the
                                  exception's type, message and location
                                  then the same for each file of files/,
                                  read as bytes (encodings, BOM, line ends)
  symtable/testdata/recursion.json  for programs nested ever deeper (a chain
                                  of additions, of attributes), the deepest
                                  that `oracle.py symtable` accepts and the
                                  error one level deeper: CPython's recursion
                                  limit, too big a tree to keep as a case

Each program is written to NAME.py in a temporary directory that is the
current one, so errors name the file NAME.py and CPython can read the
line back for their text.
"""

import json
import os
import subprocess
import sys
import symtable
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (checks the version too)


def read_cases(path):
    cases, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("####"):
                cur = {"name": line[4:].strip(), "lines": []}
                cases.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    return cases


PREDICATES = ["is_referenced", "is_imported", "is_parameter", "is_global",
              "is_declared_global", "is_local", "is_annotated", "is_free",
              "is_assigned", "is_namespace", "is_nonlocal"]


def derived(table):
    """What Python's symtable module derives from the raw tables: for each
    table, depth first, its type, is_optimized, is_nested, has_children,
    the Function and Class views, and each symbol's predicates."""
    out = []

    def walk(t):
        rec = {"type": t.get_type().value, "name": t.get_name(),
               "optimized": t.is_optimized(), "nested": t.is_nested(),
               "has_children": t.has_children(), "symbols": {}}
        if isinstance(t, symtable.Function):
            for view in ["parameters", "locals", "globals", "nonlocals", "frees"]:
                rec[view] = sorted(getattr(t, "get_" + view)())
        if isinstance(t, symtable.Class):
            rec["methods"] = sorted(t.get_methods())
        for sym in t.get_symbols():
            rec["symbols"][sym.get_name()] = [p for p in PREDICATES if getattr(sym, p)()]
        out.append(rec)
        for c in t.get_children():
            walk(c)

    walk(table)
    return out


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    testdata = os.path.join(root, "symtable", "testdata")
    cases = read_cases(os.path.join(testdata, "cases.txt"))
    names = set()
    out = []
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            for case in cases:
                name = case["name"]
                if name in names:
                    sys.exit("duplicate case %s" % name)
                names.add(name)
                src = "".join(case["lines"])
                path = name + ".py"
                with open(path, "w", encoding="utf-8") as f:
                    f.write(src)
                tree, err, status = oracle.stage_astjson(path, [])
                if status != 0:
                    sys.exit("case %s does not parse:\n%s" % (name, err))
                text, err, status = oracle.stage_symtable(path, [])
                rec = {"name": name, "src": src, "tree": json.loads(tree)["tree"],
                       "out": text, "err": err, "status": status, "error": None,
                       "derived": None}
                if status == 0:
                    rec["derived"] = derived(symtable.symtable(src.encode(), path, "exec"))
                if status != 0:
                    try:
                        symtable.symtable(src.encode(), path, "exec")
                        sys.exit("case %s: no error the second time" % name)
                    except SyntaxError as e:
                        rec["error"] = {"type": type(e).__name__, "msg": e.msg,
                                        "lineno": e.lineno, "offset": e.offset,
                                        "end_lineno": e.end_lineno,
                                        "end_offset": e.end_offset, "text": e.text}
                out.append(rec)
            for fname in sorted(os.listdir(os.path.join(testdata, "files"))):
                with open(os.path.join(testdata, "files", fname), "rb") as f:
                    data = f.read()
                with open(fname, "wb") as f:
                    f.write(data)
                tree, err, status = oracle.stage_astjson(fname, [])
                if status != 0:
                    sys.exit("file %s does not parse:\n%s" % (fname, err))
                text, err, status = oracle.stage_symtable(fname, [])
                rec = {"name": fname[:-3], "file": "files/" + fname, "tree": json.loads(tree)["tree"],
                       "out": text, "err": err, "status": status, "error": None, "derived": None}
                try:
                    rec["derived"] = derived(symtable.symtable(data, fname, "exec"))
                except SyntaxError as e:
                    rec["error"] = {"type": type(e).__name__, "msg": e.msg,
                                    "lineno": e.lineno, "offset": e.offset,
                                    "end_lineno": e.end_lineno,
                                    "end_offset": e.end_offset, "text": e.text}
                out.append(rec)
        finally:
            os.chdir(here)
    with open(os.path.join(testdata, "cases.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    errors = sum(1 for r in out if r["status"])
    print("symtable/testdata/cases.jsonl: %d cases (%d errors)" % (len(out), errors))
    recursion(testdata)


# Deep programs: name -> source for nesting n.
DEEP = {
    "binop": lambda n: "x = " + "+".join(["a"] * n) + "\n",
    "attribute": lambda n: "x = a" + ".b" * (n - 1) + "\n",
}


def recursion(testdata):
    """Finds, for each program of DEEP, the largest n that `oracle.py
    symtable FILE` accepts, running the oracle as a command: the limit
    depends on the depth of the C stack at the call."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "deep.py")

        def run(src):
            with open(path, "w") as f:
                f.write(src)
            r = subprocess.run([sys.executable, os.path.join(here, "oracle.py"), "symtable", path],
                               capture_output=True, text=True)
            return r.returncode, r.stderr

        for name, gen in DEEP.items():
            lo, hi = 100, 20000
            if run(gen(lo))[0] != 0 or run(gen(hi))[0] == 0:
                sys.exit("recursion probe %s: no limit between %d and %d" % (name, lo, hi))
            while lo + 1 < hi:
                mid = (lo + hi) // 2
                if run(gen(mid))[0] == 0:
                    lo = mid
                else:
                    hi = mid
            status, err = run(gen(hi))
            out[name] = {"max_ok": lo, "status": status, "err": err}
    with open(os.path.join(testdata, "recursion.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print("symtable/testdata/recursion.json: %s" % ", ".join("%s %d" % (k, v["max_ok"]) for k, v in out.items()))


if __name__ == "__main__":
    main()

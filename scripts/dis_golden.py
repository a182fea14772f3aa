#!/usr/bin/env python3
"""Writes the goldens of compiler/dis: for each compiler/dis/testdata/NAME.py,
NAME.marshal (marshal.dumps of compile(src, "NAME.py", "exec")), NAME.dis
(`python -m dis NAME.py`), NAME.dis-CO (the same with -C -O) and NAME.code
(scripts/oracle.py code), addresses masked. Run by scripts/dis-golden.sh
(with PYTHONHASHSEED=0, which the order of frozensets of strings needs).
"""
import glob
import io
import marshal
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler", "dis", "testdata")


def main():
    import dis
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("dis_golden.py: run with PYTHONHASHSEED=0 (scripts/dis-golden.sh does)")
    os.chdir(DIR)
    for path in sorted(glob.glob("*.py")):
        name = path[:-3]
        co = oracle.compile_file(path)
        with open(name + ".marshal", "wb") as f:
            f.write(marshal.dumps(co))
        for suffix, kw in ((".dis", {}), (".dis-CO", {"show_caches": True, "show_offsets": True})):
            buf = io.StringIO()
            dis.dis(co, file=buf, **kw)
            with open(name + suffix, "w", encoding="utf-8", newline="\n") as f:
                f.write(oracle.mask_addresses(buf.getvalue()))
        out = []
        oracle.code_dump(co, out)
        with open(name + ".code", "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
        print("wrote", name)


if __name__ == "__main__":
    main()

"""Huge inputs: peglab against CPython 3.13 on generated files of 1, 10 and 100 MB.

Usage: python3.13 scripts/bench_huge.py --peglab BIN [--sizes 1,10,100] [--dir DIR]

Shapes (each a real kind of generated Python): one long list literal across
lines, many small statements (assignments and defs), deep-but-legal nesting
repeated (blocks 80 deep, brackets 150 deep), and long string literals. For
each file it times, as whole processes, CPython's ast.parse and compile()
against peglab's parse (`peglab corpus --stage ast`, which also prints the
dump it compares) and front end to code objects (`--stage compile`), and
running the file (`python3.13 FILE` against `peglab run FILE`; not for the
nesting shape, whose names are unbound), and prints time and peak-memory
ratios (peglab / CPython; below 1 is better).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def gen_list(path, mb):
    with open(path, "w") as f:
        f.write("DATA = [\n")
        i = 0
        while f.tell() < mb << 20:
            f.write("    %d,\n" % (i * 7919 % 1000003))
            i += 1
        f.write("]\n")


def gen_statements(path, mb):
    with open(path, "w") as f:
        i = 0
        while f.tell() < mb << 20:
            f.write("x%d = (x%d if %d else %d) + %d\n" % (i, max(i - 1, 0), i, i, i % 97) if i else "x0 = 0\n")
            if i % 50 == 0:
                f.write("def f%d(a, b=%d):\n    return a * b + x%d\n" % (i, i, i))
            i += 1


def gen_nesting(path, mb):
    with open(path, "w") as f:
        i = 0
        while f.tell() < mb << 20:
            for d in range(80):
                f.write("    " * d + "if v%d:\n" % d)
            f.write("    " * 80 + "pass\n")
            f.write("y%d = " % i + "(" * 150 + str(i) + ")" * 150 + "\n")
            i += 1


def gen_strings(path, mb):
    with open(path, "w") as f:
        i = 0
        while f.tell() < mb << 20:
            f.write("s%d = %r\n" % (i, ("line %d of text \u00e9\u2603 " % i) * 2000))
            i += 1


SHAPES = {"list": gen_list, "statements": gen_statements, "nesting": gen_nesting, "strings": gen_strings}


def measure(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    err = p.stderr.read().decode("utf-8", "replace")
    return dt, ru.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status), err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--peglab", required=True)
    ap.add_argument("--sizes", default="1,10,100")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--dir", default=None)
    a = ap.parse_args()
    d = a.dir or tempfile.mkdtemp(prefix="peglab-huge-")
    os.makedirs(d, exist_ok=True)
    py = sys.executable
    print("huge inputs in %s; ratios are peglab / CPython 3.13 (time, peak RSS)" % d)
    print("%-11s %6s | %9s %9s %7s %8s %8s %7s | %9s %9s %7s %8s %8s %7s" % (
        "shape", "MB", "ast.parse", "peglab", "time", "cpy MB", "peg MB", "mem",
        "compile()", "peglab", "time", "cpy MB", "peg MB", "mem") +
        " | %9s %9s %7s %8s %8s %7s" % ("run", "peglab", "time", "cpy MB", "peg MB", "mem"))
    for shape in a.shapes.split(","):
        for mb in [int(s) for s in a.sizes.split(",")]:
            path = os.path.join(d, "%s_%dmb.py" % (shape, mb))
            if not os.path.exists(path):
                SHAPES[shape](path, mb)
            real = os.path.getsize(path) / (1 << 20)
            cells = []
            for py_code, stage in (("import ast,sys; ast.parse(open(sys.argv[1],'rb').read())", "ast"),
                                   ("import sys; compile(open(sys.argv[1],'rb').read(), sys.argv[1], 'exec')", "compile")):
                ct, cm, cs, ce = measure([py, "-c", py_code, path])
                pt, pm, ps, pe = measure([a.peglab, "corpus", "-j", "1", "--stage", stage, path])
                note = ""
                if cs != 0 or ps != 0:
                    note = " (exit %d/%d)" % (cs, ps)
                cells.append("%9.2f %9.2f %6.2fx %8.0f %8.0f %6.2fx%s" % (ct, pt, pt / ct, cm, pm, pm / cm, note))
            if shape != "nesting":
                ct, cm, cs, ce = measure([py, path])
                pt, pm, ps, pe = measure([a.peglab, "run", path])
                note = ""
                if cs != 0 or ps != 0:
                    note = " (exit %d/%d)" % (cs, ps)
                cells.append("%9.2f %9.2f %6.2fx %8.0f %8.0f %6.2fx%s" % (ct, pt, pt / ct, cm, pm, pm / cm, note))
            else:
                cells.append("%9s" % "-")
            print("%-11s %6.1f | %s | %s | %s" % (shape, real, cells[0], cells[1], cells[2]))
            sys.stdout.flush()


main()

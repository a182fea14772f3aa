"""Run Python programs under CPython 3.13 and peglab and list the differences.

Usage: python3.13 scripts/run_diff.py --peglab BIN [-j N] [--timeout S] [--ext NAMES] PATH...

PATH is a .py file or a folder of them. Each program runs as a whole process
under both (PYTHONHASHSEED=0, the program's folder as the working directory),
and must give the same stdout, the same exit status and the same last line of
stderr (the exception, for a traceback). Prints one line per difference with
the first differing line, then the parity: files identical / files compared.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if n.endswith(".py"):
                        yield os.path.join(root, n)
        else:
            yield p


def run(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run(cmd + [os.path.abspath(path)], capture_output=True, timeout=timeout,
                           cwd=os.path.dirname(os.path.abspath(path)), env=env, stdin=subprocess.DEVNULL)
        return p.stdout, p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        return None, None, b"timeout"


def last_line(b):
    lines = b.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def first_diff(a, b):
    al, bl = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return "line %d: cpython %r, peglab %r" % (i + 1, x[:100], y[:100])
    if len(al) != len(bl):
        return "cpython printed %d lines, peglab %d" % (len(al), len(bl))
    return ""


def compare(path, a):
    ref = run([sys.executable], path, a.timeout)
    peg = run([a.peglab, "run"] + (["--ext", a.ext] if a.ext else []), path, a.timeout)
    if peg[0] is None:
        return path, "peglab timed out"
    if ref[0] is None:
        return path, None  # not compared
    why = []
    if ref[0] != peg[0]:
        why.append("stdout " + first_diff(ref[0], peg[0]))
    if ref[1] != peg[1]:
        why.append("exit %d vs %d" % (ref[1], peg[1]))
    if last_line(ref[2]) != last_line(peg[2]):
        why.append("stderr %r vs %r" % (last_line(ref[2])[:120], last_line(peg[2])[:120]))
    return path, "; ".join(why)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--peglab", required=True)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--ext", default="")
    ap.add_argument("--quiet", action="store_true", help="only the summary and the first 20 differences")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    todo = list(files(a.paths))
    same = compared = shown = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for path, why in ex.map(lambda p: compare(p, a), todo):
            if why is None:
                continue
            compared += 1
            if not why:
                same += 1
            elif not a.quiet or shown < 20:
                shown += 1
                print("DIFF %s: %s" % (path, why))
    pct = 100.0 * same / compared if compared else 0.0
    print("run parity: %d/%d programs identical to CPython 3.13 (%.2f%%)" % (same, compared, pct))
    sys.exit(0 if same == compared else 1)


main()

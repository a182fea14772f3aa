#!/usr/bin/env python3
"""CPython 3.13's side of scripts/bench-ast.sh: how fast CPython turns the
standard library into ASTs, over every .py file under ROOT (site-packages
left out) that it accepts, read beforehand; the best of REPEAT runs.

  bench_ast.py ROOT [REPEAT]

Prints, one per line, "NAME MB/s":
  ast.parse   ast.parse(source): the C parser, then the tree converted into
              Python objects (what peglab's Parse is compared with)
  symtable    symtable.symtable(source): the C parser and the symbol table,
              no Python objects for the tree (about the C parser's own speed)
and "files N", "MB X", "peakRSS-MB Y" (the process's peak resident memory).
"""

import ast
import os
import resource
import symtable
import sys
import time
import warnings


def sources(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            try:
                ast.parse(data, path)
            except (SyntaxError, ValueError, MemoryError):
                continue
            out.append((path, data))
    return out


def best(fn, srcs, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for path, data in srcs:
            fn(path, data)
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    root = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    warnings.simplefilter("ignore")
    srcs = sources(root)
    size = sum(len(d) for _, d in srcs) / 1e6
    print("files %d" % len(srcs))
    print("MB %.2f" % size)
    t = best(lambda p, d: ast.parse(d, p), srcs, repeat)
    print("ast.parse %.2f" % (size / t))
    t = best(lambda p, d: symtable.symtable(d, p, "exec"), srcs, repeat)
    print("symtable %.2f" % (size / t))
    print("peakRSS-MB %.1f" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


if __name__ == "__main__":
    main()

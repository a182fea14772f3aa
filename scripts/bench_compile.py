#!/usr/bin/env python3
"""CPython 3.13's side of scripts/bench-compile.sh: compile(src, path, 'exec')
over the files listed in LIST (those peglab's compiler also compiles), read
beforehand; the best of REPEAT runs. Prints "files N", "MB X" and
"compile MB/s".

  bench_compile.py LIST [REPEAT]
"""
import sys
import time
import warnings


def main():
    paths = [p for p in open(sys.argv[1]).read().split("\n") if p]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    warnings.simplefilter("ignore")
    srcs = []
    for p in paths:
        with open(p, "rb") as f:
            srcs.append((p, f.read()))
    size = sum(len(d) for _, d in srcs) / 1e6
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        for p, d in srcs:
            compile(d, p, "exec", dont_inherit=True)
        t = time.perf_counter() - t
        best = t if best is None else min(best, t)
    print("files %d" % len(srcs))
    print("MB %.2f" % size)
    print("compile %.2f" % (size / best))


main()

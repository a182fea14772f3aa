#!/usr/bin/env bash
# Races peglab's front end against CPython 3.13's on the 3.13 stdlib (with
# test/, without site-packages), in the same run: CPython's
# symtable.symtable() (its C parser and C symbol table) against peglab's
# parser.Parse + symtable.Build over the same files. Prints MB/s for each
# and the ratio. The sides alternate for ROUNDS rounds and each keeps its
# best, since the machine is shared.
# Usage: scripts/symtable-bench.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
rounds=${1:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
go test -c -o "$tmp/symtable.test" ./symtable
for i in $(seq "$rounds"); do
  PEGLAB_STDLIB=$lib "$tmp/symtable.test" -test.run '^$' -test.bench '^BenchmarkFrontendStdlib$' \
    -test.benchtime 1x | grep '^BenchmarkFrontendStdlib' >>"$tmp/go.txt"
  "$py" - "$lib" >>"$tmp/py.txt" <<'PY'
import os, sys, symtable, time
srcs = []
for d, dirs, files in os.walk(sys.argv[1]):
    dirs[:] = sorted(x for x in dirs if x != "site-packages")
    for name in sorted(files):
        if name.endswith(".py"):
            p = os.path.join(d, name)
            with open(p, "rb") as f:
                srcs.append((p, f.read()))
size, t = 0, 0.0
for p, src in srcs:
    t0 = time.perf_counter()
    try:
        symtable.symtable(src, p, "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        continue
    t += time.perf_counter() - t0
    size += len(src)
print(size, t)
PY
done
"$py" - "$tmp/go.txt" "$tmp/py.txt" <<'PY'
import re, sys
go = [(float(m.group(1)), float(m.group(2))) for m in re.finditer(r"(\d+) ns/op\s+([\d.]+) MB/s", open(sys.argv[1]).read())]
py = [tuple(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
size = py[0][0]
pbest = min(t for _, t in py)
gmbs = max(m for _, m in go)
pmbs = size / pbest / 1e6
print("stdlib: %.1f MB of source that CPython accepts" % (size / 1e6))
print("CPython symtable.symtable (C parser + C symtable): %6.1f MB/s" % pmbs)
print("peglab parser.Parse + symtable.Build:               %6.1f MB/s" % gmbs)
print("ratio peglab/CPython: %.2fx" % (gmbs / pmbs))
PY

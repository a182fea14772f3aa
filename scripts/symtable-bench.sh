#!/usr/bin/env bash
# Races the symbol table against CPython 3.13 on the 3.13 stdlib (with
# test/), in the same run: CPython's symtable.symtable() (its C parser and
# C symtable) against peglab's symtable.Build over the same files, and
# prints MB/s for each and the ratio. Each side runs ROUNDS times,
# alternating, and keeps its best round, since the machine is shared.
#
# Until peglab's parser exists, peglab's side is Build alone, over trees
# that CPython parsed (oracle.py astjson); the parser's time will add to it.
# Usage: scripts/symtable-bench.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
rounds=${1:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
find "$lib" -name '*.py' -not -path '*/site-packages/*' | sort >"$tmp/files"
"$py" scripts/oracle.py batch astjson <"$tmp/files" >"$tmp/trees.jsonl"
go test -c -o "$tmp/symtable.test" ./symtable
for i in $(seq "$rounds"); do
  (cd symtable && "$tmp/symtable.test" -test.run '^$' -test.bench '^BenchmarkBuildCorpus$' \
    -test.benchtime 1x -trees "$tmp/trees.jsonl") | grep '^BenchmarkBuildCorpus' >>"$tmp/go.txt"
  "$py" - "$tmp/files" >>"$tmp/py.txt" <<'PY'
import sys, symtable, time
paths = [p.strip() for p in open(sys.argv[1]) if p.strip()]
srcs = []
for p in paths:
    with open(p, "rb") as f:
        srcs.append((p, f.read()))
size, t = 0, 0.0
for p, src in srcs:
    t0 = time.perf_counter()
    try:
        symtable.symtable(src, p, "exec")
    except SyntaxError:
        continue
    t += time.perf_counter() - t0
    size += len(src)
print(size, t)
PY
done
"$py" - "$tmp/go.txt" "$tmp/py.txt" <<'PY'
import re, sys
go = [float(m.group(1)) for m in re.finditer(r"(\d+) ns/op", open(sys.argv[1]).read())]
py = [tuple(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
size = py[0][0]
gbest = min(go) / 1e9
pbest = min(t for _, t in py)
print("stdlib: %.1f MB of source that CPython accepts" % (size / 1e6))
print("CPython symtable.symtable (C parser + C symtable): %7.3f s  %6.1f MB/s" % (pbest, size / pbest / 1e6))
print("peglab symtable.Build (symbol table only):         %7.3f s  %6.1f MB/s" % (gbest, size / gbest / 1e6))
print("ratio peglab/CPython speed: %.2fx (parser not included on peglab's side yet)" % (pbest / gbest))
PY

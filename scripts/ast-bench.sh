#!/usr/bin/env bash
# Races ast.Dump against CPython 3.13's ast.dump on the same trees (the
# programs of ast/testdata/dump-cases.jsonl) and prints the time of each and
# the ratio, plain and with attributes and indent 2. Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
go_out=$(go test ./ast -run '^$' -bench '^BenchmarkDump$' -count 3)
"$py" - "$go_out" <<'PY'
import ast, json, re, sys, time
trees = []
for line in open("ast/testdata/dump-cases.jsonl", encoding="utf-8"):
    c = json.loads(line)
    trees.append(ast.parse(c["source"], mode=c["mode"], type_comments=c["type_comments"]))
def best(opts, rounds=20):
    t = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for tr in trees:
            ast.dump(tr, **opts)
        t = min(t, time.perf_counter() - t0)
    return t * 1e9
go = {}
for m in re.finditer(r"BenchmarkDump/(\S+?)-\d+\s+\d+\s+([\d.]+) ns/op", sys.argv[1]):
    go[m.group(1)] = min(go.get(m.group(1), float("inf")), float(m.group(2)))
for name, opts in [("plain", {}), ("attributes-indent", {"include_attributes": True, "indent": 2})]:
    py = best(opts)
    print("%-18s CPython %8.0f us   peglab %8.0f us   CPython/peglab %.1fx" % (name, py / 1e3, go[name] / 1e3, py / go[name]))
PY

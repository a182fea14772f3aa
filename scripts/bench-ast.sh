#!/usr/bin/env bash
# Races peglab's parser against CPython 3.13 over the whole standard library
# (its test/ folder included, site-packages left out), in one run: peglab's
# generated and interpreted parsers against CPython's ast.parse and against
# symtable.symtable (the C parser without Python objects for the tree).
# The two sides take turns for ROUNDS rounds and each keeps its best, so
# that other load on the machine disturbs both alike. Prints MB/s, the
# ratios and peak memory.
# Usage: bench-ast.sh [PYTHON] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
rounds=${2:-3}
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
echo "corpus: $lib (without site-packages), best of $rounds rounds"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go test -c -o "$bin/parser.test" ./parser
out=$bin/results
for ((i = 1; i <= rounds; i++)); do
  "$py" scripts/bench_ast.py "$lib" 1 >>"$out"
  PEGLAB_STDLIB=$lib "$bin/parser.test" -test.run '^$' -test.bench '^BenchmarkParseStdlib$' -test.benchtime 1x >>"$out"
done
grep -E '^(files|MB|ast.parse|symtable|peakRSS-MB) ' "$out" | sort -u -k1,1 | sed 's/^/cpython /' | grep -E 'files|MB ' || true
awk '
  /^ast.parse / { if ($2 > astp) astp = $2 }
  /^symtable / { if ($2 > symt) symt = $2 }
  /^peakRSS-MB / { if ($2 > pyrss) pyrss = $2 }
  /^BenchmarkParseStdlib\// {
    split($1, a, "/"); mode = a[2]; sub(/-[0-9]+$/, "", mode)
    for (i = 2; i < NF; i++) {
      if ($(i+1) == "MB/s" && $i > mbs[mode]) mbs[mode] = $i
      if ($(i+1) == "peakRSS-MB" && $i > rss[mode]) rss[mode] = $i
    }
  }
  END {
    printf "\n%-22s %10s %12s %14s\n", "", "MB/s", "peak RSS MB", "vs ast.parse"
    printf "%-22s %10.2f %12.1f %13.2fx\n", "CPython ast.parse", astp, pyrss, 1
    printf "%-22s %10.2f %12s %13.2fx\n", "CPython symtable", symt, "", symt / astp
    printf "%-22s %10.2f %12.1f %13.2fx\n", "peglab generated", mbs["generated"], rss["generated"], mbs["generated"] / astp
    printf "%-22s %10.2f %12.1f %13.2fx\n", "peglab interpreted", mbs["interpreted"], rss["interpreted"], mbs["interpreted"] / astp
    printf "\ngenerated vs C parser + symtable: %.2fx\n", mbs["generated"] / symt
    printf "interpreted is %.2fx slower than generated\n", mbs["generated"] / mbs["interpreted"]
  }' "$out"

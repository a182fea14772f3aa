#!/usr/bin/env bash
# Races peglab's parser against CPython 3.13 over the whole standard library
# (its test/ folder included, site-packages left out), in one run: peglab's
# generated and interpreted parsers against CPython's ast.parse and against
# symtable.symtable (the C parser without Python objects for the tree).
# Prints MB/s, the ratios and peak memory.
# Usage: bench-ast.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
echo "corpus: $lib (without site-packages)"
cpython=$("$py" scripts/bench_ast.py "$lib" 3)
peglab=$(PEGLAB_STDLIB=$lib go test ./parser -run '^$' -bench '^BenchmarkParseStdlib$' -benchtime 3x)
echo "$cpython" | sed 's/^/cpython /'
printf '%s\n' "$peglab" | grep '^Benchmark' | sed 's/^/peglab  /'
{ echo "$cpython"; printf '%s\n' "$peglab"; } | awk '
  /^ast.parse / { astp = $2 }
  /^symtable / { symt = $2 }
  /^peakRSS-MB / { pyrss = $2 }
  /^BenchmarkParseStdlib\// {
    split($1, a, "/"); mode = a[2]; sub(/-[0-9]+$/, "", mode)
    for (i = 2; i < NF; i++) {
      if ($(i+1) == "MB/s") mbs[mode] = $i
      if ($(i+1) == "peakRSS-MB") rss[mode] = $i
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
  }'

#!/usr/bin/env bash
# Races peglab's tokenizer against CPython 3.13's C tokenizer over the whole
# standard library, in one run, and prints tokens per second and the ratio.
# Usage: bench-tokens.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
echo "corpus: $lib (without site-packages)"
cpython=$("$py" scripts/bench-tokens.py "$lib" 3)
peglab=$(PEGLAB_STDLIB=$lib go test ./parser -run '^$' -bench '^BenchmarkTokenizeStdlib$' -benchtime 5x)
echo "$cpython" | sed 's/^/cpython /'
printf '%s\n' "$peglab" | grep '^Benchmark' | sed 's/^/peglab  /'
{ echo "$cpython"; printf '%s\n' "$peglab"; } | awk '
  /^parser / || /^tokenize / { py[$1] = $2 }
  /^BenchmarkTokenizeStdlib\// {
    split($1, a, "/"); mode = a[2]; sub(/-[0-9]+$/, "", mode)
    for (i = 2; i < NF; i++) if ($(i+1) == "tokens/s") go[mode] = $i
  }
  END {
    printf "\n%-9s %16s %16s %8s\n", "mode", "CPython tok/s", "peglab tok/s", "ratio"
    for (m in py) printf "%-9s %16.0f %16.0f %7.2fx\n", m, py[m], go[m], go[m] / py[m]
  }'

#!/usr/bin/env bash
# Races peglab's compile() (parser, symbol table, codegen, CFG optimizer,
# assembler: package pipeline to a code object) against CPython 3.13's
# compile(src, path, 'exec') over the standard library, in one run, on the
# same files (those both compile), sides taking turns for ROUNDS rounds,
# each keeping its best. Prints MB/s and the ratio.
# Usage: bench-compile.sh [PYTHON] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
rounds=${2:-3}
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go test -c -o "$bin/pipeline.test" ./pipeline
best_peg=0 best_py=0
for ((i = 1; i <= rounds; i++)); do
  out=$(PEGLAB_STDLIB=$lib PEGLAB_COMPILED_LIST=$bin/list "$bin/pipeline.test" -test.run '^$' -test.bench '^BenchmarkCompileStdlib$' -test.benchtime 1x)
  mbs=$(echo "$out" | awk '/BenchmarkCompileStdlib/ { for (i = 2; i < NF; i++) if ($(i+1) == "MB/s") print $i }')
  files=$(wc -l < "$bin/list")
  pyout=$("$py" scripts/bench_compile.py "$bin/list" 1)
  pymbs=$(echo "$pyout" | awk '/^compile / { print $2 }')
  best_peg=$(awk -v a="$best_peg" -v b="$mbs" 'BEGIN { print (b > a) ? b : a }')
  best_py=$(awk -v a="$best_py" -v b="$pymbs" 'BEGIN { print (b > a) ? b : a }')
done
echo "files both compile: $files ($(echo "$pyout" | awk '/^MB / { print $2 }') MB), best of $rounds rounds"
awk -v p="$best_peg" -v c="$best_py" 'BEGIN {
  printf "%-28s %8.2f MB/s\n", "CPython 3.13 compile()", c
  printf "%-28s %8.2f MB/s   %.2fx CPython\n", "peglab pipeline to code", p, p / c }'

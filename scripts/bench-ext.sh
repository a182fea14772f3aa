#!/usr/bin/env bash
# Measures what compiled-in extensions cost when they are off: the parser
# as generated (every extension's alternatives built in, gated) against a
# parser generated from grammar/python.gram alone, in a temporary copy of
# the repository. Both parse the standard library (site-packages left out)
# in turns for ROUNDS rounds and each keeps its best, so that other load on
# the machine disturbs both alike. Prints MB/s and the ratio, and the speed
# with every extension on.
# Usage: bench-ext.sh [PYTHON] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
rounds=${2:-5}
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "corpus: $lib (without site-packages), best of $rounds rounds"

# The parser without extension fragments: the same tree, its ext.gram files
# removed, the parser step regenerated.
mkdir "$tmp/plain"
git ls-files -z | xargs -0 cp --parents -t "$tmp/plain"
rm -f "$tmp"/plain/extensions/*/ext.gram
(cd "$tmp/plain" && go run ./internal/build/generate -root . parser)
if grep -q 'p.Exts&' "$tmp/plain/parser/parser_gen.go"; then
  echo "the plain parser still has gated alternatives" >&2; exit 1
fi
go test -c -o "$tmp/with.test" ./parser
(cd "$tmp/plain" && go test -c -o "$tmp/plain.test" ./parser)

out=$tmp/results
for ((i = 1; i <= rounds; i++)); do
  for side in plain with; do
    PEGLAB_STDLIB=$lib "$tmp/$side.test" -test.run '^$' -test.bench '^BenchmarkParseExtensions$' \
      -test.benchtime 2x | sed "s/^/$side /" >>"$out"
  done
done
awk '
  $2 ~ /^BenchmarkParseExtensions\// {
    split($2, a, "/"); mode = a[2]; sub(/-[0-9]+$/, "", mode); key = $1 " " mode
    for (i = 3; i < NF; i++) if ($(i+1) == "MB/s" && $i > best[key]) best[key] = $i
  }
  END {
    printf "%-44s %8s\n", "", "MB/s"
    printf "%-44s %8.2f\n", "parser without extensions", best["plain off"]
    printf "%-44s %8.2f\n", "extensions compiled in, off", best["with off"]
    printf "%-44s %8.2f\n", "extensions compiled in, on (almosteq, arrow)", best["with on"]
    printf "\ncompiled in but off: %+.1f%% speed vs without them\n", (best["with off"] / best["plain off"] - 1) * 100
  }' "$out"

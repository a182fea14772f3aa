#!/usr/bin/env bash
# Checks runtime/internal/pyhash, hashtab and pysort against CPython 3.13 on
# fresh cases: each golden script run with new random seeds into a temporary
# directory, then the package's golden tests over what it wrote.
# Usage: scripts/htab-oracle.sh [number of seeds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
n=${1:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for _ in $(seq 1 "$n"); do
  seed=$((RANDOM * 32768 + RANDOM))
  for pair in "pyhash pyhash_golden.py" "hashtab hashtab_golden.py" "pysort pysort_golden.py"; do
    set -- $pair
    out="$tmp/$1-$seed"
    mkdir -p "$out"
    "$py" "scripts/$2" "$seed" "$out" >/dev/null
    if go test -count=1 -run Golden "./runtime/internal/$1" -args -dir "$out" >"$tmp/log" 2>&1; then
      echo "seed $seed: $1 agrees with CPython"
    else
      echo "seed $seed: $1 differs from CPython:"
      cat "$tmp/log"
      fail=1
    fi
  done
done
exit $fail

#!/usr/bin/env bash
# Times python3.13 and `peglab run` on runtime/testdata/bench/*.py in the
# same run and prints the ratio of their CPU times (user+sys, so a loaded
# machine skews both alike): best of N runs each (N=${N:-3}).
set -eu
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh)
go build -o /tmp/peglab-bench ./cmd/peglab
N=${N:-3}
best() { # command... -> best CPU seconds
  local b=""
  for _ in $(seq "$N"); do
    /usr/bin/time -o /tmp/peglab-bench.time -f "%U %S" "$@" >/dev/null 2>&1
    t=$(awk '{print $1+$2}' /tmp/peglab-bench.time)
    if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
  done
  echo "$b"
}
printf "%-12s %9s %9s %7s\n" program python3.13 peglab ratio
for f in runtime/testdata/bench/*.py; do
  p=$(best "$PY" "$f")
  g=$(best /tmp/peglab-bench run "$f")
  printf "%-12s %8.2fs %8.2fs %6.2fx\n" "$(basename "$f" .py)" "$p" "$g" "$(awk -v g="$g" -v p="$p" 'BEGIN{if (p < 0.01) p = 0.01; print g/p}')"
done

#!/usr/bin/env bash
# Differential testing of every stage on random runnable programs: writes N
# programs (scripts/progen.py, fixed SEED), then compares peglab with
# CPython 3.13 on each, stage by stage (tokens, ast, symtable, compile, and
# dis and code when peglab has them), and finally the programs' output, exit
# status and last stderr line under `peglab run` (scripts/run_diff.py).
# Usage: scripts/progen-diff.sh [N] [SEED]
# PROGEN_STAGES lists the front-end stages to compare (default: tokens ast
# symtable compile dis code); the status is 1 if any stage or run differs.
set -uo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh) || exit 1
n=${1:-1000}
seed=${2:-1}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$py" scripts/progen.py "$dir/programs" "$n" "$seed"
go build -o "$dir/peglab" ./cmd/peglab || exit 1
status=0
stages=${PROGEN_STAGES:-tokens ast symtable compile dis code}
for stage in $stages; do
  echo "== stage $stage"
  "$dir/peglab" corpus --oracle "$py" --stage "$stage" "$dir/programs" > "$dir/stage.out" 2>&1 || status=1
  grep -v '^corpus: ' "$dir/stage.out" | tail -5
done
echo "== run"
"$py" scripts/run_diff.py --quiet --peglab "$dir/peglab" "$dir/programs" || status=1
exit $status

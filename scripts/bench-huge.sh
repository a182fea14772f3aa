#!/usr/bin/env bash
# Huge generated inputs (1, 10, 100 MB: a long list, many statements, deep
# nesting, long strings) through peglab and CPython 3.13 in the same run:
# time and peak-memory ratios. A benchmark, not a test.
# Usage: bench-huge.sh [PYTHON] [SIZES, default 1,10,100]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
sizes=${2:-1,10,100}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/peglab" ./cmd/peglab
exec "$py" scripts/bench_huge.py --peglab "$bin/peglab" --sizes "$sizes"

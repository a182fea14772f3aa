#!/usr/bin/env bash
# Regenerates compiler/testdata/astopt.golden (CPython 3.13's optimized
# trees of compiler/testdata/astopt.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
"$py" scripts/astopt_golden.py
echo "compiler/testdata/astopt.golden: $(grep -c '^=== ' compiler/testdata/astopt.golden) cases"

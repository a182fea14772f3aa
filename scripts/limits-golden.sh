#!/usr/bin/env bash
# Records CPython 3.13's answers to the limit cases (recursion, memory,
# big ints, Ctrl-C, a closed stdout, undecodable and encoded sources) in
# cmd/peglab/testdata/limits/expected.json, which TestLimits compares
# peglab with. Usage: scripts/limits-golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
"$py" scripts/limits_golden.py cmd/peglab/testdata/limits cmd/peglab/testdata/limits/expected.json -- "$py"

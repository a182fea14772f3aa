#!/usr/bin/env bash
# Regenerates compiler/testdata/checks.golden: what CPython 3.13's compile()
# makes of each program of compiler/testdata/checks.txt (see
# scripts/compiler_golden.py and compiler/check_test.go).
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
"$py" scripts/compiler_golden.py

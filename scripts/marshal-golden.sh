#!/usr/bin/env bash
# Regenerates compiler/bytecode/testdata/marshal/ (see scripts/marshal_golden.py
# and compiler/bytecode/marshal_test.go) from the CPython 3.13 oracle.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
"$py" scripts/marshal_golden.py

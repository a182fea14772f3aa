#!/bin/sh
# Rewrite compiler/testdata/backend/*.jsonl: CPython 3.13's codegen output
# and final code objects for the programs beside them (scripts/backend_oracle.py).
set -e
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh)
"$PY" scripts/backend_oracle.py --out compiler/testdata/backend compiler/testdata/backend/*.py

#!/usr/bin/env bash
# Regenerates compiler/dis/testdata/*.{marshal,dis,dis-CO,code} from the
# CPython 3.13 oracle (see scripts/dis_golden.py and compiler/dis/dis_test.go).
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
PYTHONHASHSEED=0 "$py" scripts/dis_golden.py

#!/usr/bin/env bash
# Regenerates runtime/internal/pystr/testdata/cases.jsonl from the CPython
# 3.13 oracle. See scripts/pystr_golden.py.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
exec "$py" scripts/pystr_golden.py

#!/usr/bin/env bash
# Regenerates package symtable's golden data (symtable/testdata/cases.jsonl)
# from the CPython 3.13 oracle. See scripts/symtable_golden.py.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
exec "$py" scripts/symtable_golden.py

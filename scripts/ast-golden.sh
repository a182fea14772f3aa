#!/usr/bin/env bash
# Regenerates package ast's golden files (ast/testdata/*.json*, printable.txt)
# from the CPython 3.13 oracle. See scripts/ast_golden.py.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
exec "$py" scripts/ast_golden.py

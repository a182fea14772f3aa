#!/usr/bin/env bash
# Regenerates the parser's golden ASTs (parser/testdata/cases/*.golden) and
# the CLI goldens of `peglab ast` from the CPython 3.13 oracle. See
# scripts/parser_golden.py and cmd/peglab/ast_test.go.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
"$py" scripts/parser_golden.py

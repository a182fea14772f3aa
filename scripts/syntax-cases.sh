#!/usr/bin/env bash
# Records CPython 3.13's SyntaxErrors for the cases of test_syntax.py,
# test_exceptions.py and test_fstring.py in parser/testdata/syntaxerrors.jsonl
# (see scripts/syntax_cases.py and parser/syntaxerrors_test.go).
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
"$py" scripts/syntax_cases.py

#!/usr/bin/env bash
# Full-corpus parity of compiler.Optimize with CPython 3.13's AST optimizer:
# the oracle dumps ast.parse(src, optimize=1) of every .py file of the 3.13
# stdlib (with test/); peglab's parser and Optimize must give the same dump.
set -euo pipefail
cd "$(dirname "$0")/.."
exec go test ./compiler -v -run '^TestOptimizeCorpus$' -count=1 -timeout 60m -args -oracle

#!/usr/bin/env bash
# Differential fuzzing of the symbol table against CPython 3.13: writes N
# random programs full of scoping constructs (scripts/symtable_fuzz.py) and
# compares peglab's dumps and errors with the oracle's on each.
# Usage: scripts/symtable-fuzz.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$py" scripts/symtable_fuzz.py "$dir" "${1:-2000}" "${2:-1}"
go test ./symtable -v -run '^TestCorpus$' -count=1 -timeout 60m -args -oracle -corpus "$dir"

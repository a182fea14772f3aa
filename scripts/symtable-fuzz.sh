#!/usr/bin/env bash
# Differential fuzzing of the symbol table against CPython 3.13: writes N
# random programs full of scoping constructs (scripts/symtable_fuzz.py) and
# compares peglab's dumps and errors with the oracle's on each, then the
# errors of the whole front end, compiler checks included, with those of
# compile() (peglab corpus --stage compile; CPython 3.13.0 crashes on a
# few of these programs, which are then listed as not compared).
# Usage: scripts/symtable-fuzz.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$py" scripts/symtable_fuzz.py "$dir/programs" "${1:-2000}" "${2:-1}"
go test ./symtable -v -run '^TestCorpus$' -count=1 -timeout 60m -args -oracle -corpus "$dir/programs"
go build -o "$dir/peglab" ./cmd/peglab
"$dir/peglab" corpus --oracle "$py" --stage compile "$dir/programs"

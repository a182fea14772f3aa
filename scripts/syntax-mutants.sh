#!/usr/bin/env bash
# SyntaxError parity on broken real code: writes N variants of standard
# library files, each with one small edit that compile() rejects (a token
# deleted, doubled or replaced; a statement inserted where it does not
# belong: scripts/syntax_mutants.py), and compares peglab's error with
# CPython 3.13's on every one: the parser's, with the generated parser and
# with the grammar interpreter (stage ast), and the error of the whole
# front end, symbol table and compiler checks included (stage compile).
# The seed makes a run reproducible; CI runs a fixed one.
# Usage: syntax-mutants.sh [N] [SEED] [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
seed=${2:-1}
py=${3:-$(scripts/find-oracle.sh)}
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$py" scripts/syntax_mutants.py "$lib" "$dir/mutants" "$n" "$seed"
go build -o "$dir/peglab" ./cmd/peglab
status=0
for stage in ast "ast --interpreted" compile; do
  echo "== stage $stage"
  # shellcheck disable=SC2086 # "ast --interpreted" is a stage and a flag
  "$dir/peglab" corpus --oracle "$py" --stage $stage "$dir/mutants" || status=1
done
exit $status

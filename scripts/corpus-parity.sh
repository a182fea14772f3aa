#!/usr/bin/env bash
# Corpus parity against the oracle: every stage that exists, over the 3.13
# standard library and its test/ folder (site-packages left out). Prints
# each stage's summary and parity; fails when a file differs.
# Usage: corpus-parity.sh PYTHON
set -euo pipefail
cd "$(dirname "$0")/.."
py=$1
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
echo "stdlib: $lib"
bin=$(mktemp -d)/peglab
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/peglab
status=0
# The last two run with both extensions on: the stdlib does not use their
# operators, so any difference from CPython means an extension changed the
# meaning of code that does not use it.
for stage in tokens ast "ast --interpreted" symtable compile \
  "ast --ext almosteq,arrow" "compile --ext almosteq,arrow --interpreted"; do
  echo "== stage $stage"
  # shellcheck disable=SC2086 # "ast --interpreted" is a stage and flags
  "$bin" corpus --oracle "$py" --stage $stage --exclude site-packages "$lib" || status=1
done
exit $status

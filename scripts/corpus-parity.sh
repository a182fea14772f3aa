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
# The compiler's stages are measured here too, but not yet a gate: their
# parity is below 100% (frozenset constants' order, a few constructs), and
# this prints the real figure every run instead of a pass that hides it.
# PEGLAB_GATE_COMPILER=1 makes them fail the run like the others.
for stage in dis code "dis --ext almosteq,arrow"; do
  echo "== stage $stage (measured$([ "${PEGLAB_GATE_COMPILER:-}" = 1 ] && echo ", gating" || echo ", not gating yet"))"
  # shellcheck disable=SC2086
  if ! "$bin" corpus --oracle "$py" --stage $stage --exclude site-packages "$lib" | tail -3; then
    [ "${PEGLAB_GATE_COMPILER:-}" = 1 ] && status=1
  fi
done
exit $status

#!/usr/bin/env bash
# The dis printer against CPython 3.13 over its whole standard library:
# CPython's code objects, marshalled, read by bytecode.Unmarshal and printed
# by compiler/dis, against the oracle's dis of the same objects (and of
# `python -m dis` proper). Prints the parity line and the differing files.
set -euo pipefail
cd "$(dirname "$0")/.."
PEGLAB_STDLIB_ALL=1 go test -count=1 -timeout 60m -run 'TestDisOracle$' -v ./compiler/dis |
  grep -E 'dis parity|differs:|^(ok|FAIL|---)' || true

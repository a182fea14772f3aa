#!/usr/bin/env bash
# Full-corpus parity of the symbol table with CPython 3.13's symtable
# module: the oracle parses every .py file of the 3.13 stdlib (with test/)
# and writes its tree as JSON; symtable.Build over that tree must print what
# `oracle.py symtable FILE` prints, dump or error, byte for byte.
# Usage: scripts/symtable-parity.sh [FILE-OR-DIR,...]   (default: the stdlib)
set -euo pipefail
cd "$(dirname "$0")/.."
exec go test ./symtable -v -run '^TestCorpus$' -count=1 -timeout 60m -args -oracle -corpus "${1:-}"

#!/usr/bin/env bash
# Full-corpus parity of ast.Dump with CPython 3.13's ast.dump: the oracle
# parses every .py file of the 3.13 stdlib (with test/) and writes its tree
# as JSON; Dump must reproduce ast.dump byte for byte, with attributes,
# plain, and indented. Prints the parity per option set.
# Usage: scripts/ast-dump-parity.sh [DIR,DIR...]   (default: the stdlib)
set -euo pipefail
cd "$(dirname "$0")/.."
exec go test ./ast -v -run '^TestDumpCorpus$' -count=1 -timeout 60m -args -oracle -corpus "${1:-}"

#!/bin/sh
# The back end alone against CPython 3.13 over a tree (default: the
# oracle's stdlib): scripts/backend_oracle.py records every unit's codegen
# output and final code object, then TestBackendCorpus runs peglab's back
# end over them and prints the parity. Usage: scripts/backend-parity.sh [DIR]
# (PEGLAB_BACKEND_VERBOSE=1 lists every differing unit; PEGLAB_OPTIMIZE=1 or
# 2 compiles as python -O or -OO).
set -e
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh)
SRC=${1:-$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
find "$SRC" -name '*.py' -not -path '*/site-packages/*' | sort |
  xargs -P "$(nproc)" -n 40 "$PY" scripts/backend_oracle.py --optimize "${PEGLAB_OPTIMIZE:-0}" --tree --out "$OUT"
PEGLAB_BACKEND_CORPUS=$OUT go test ./compiler -run TestBackendCorpus -count=1 -v | grep -v '^=== RUN'

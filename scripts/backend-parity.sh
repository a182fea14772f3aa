#!/bin/sh
# The back end alone against CPython 3.13 over a tree (default: the
# oracle's stdlib): scripts/backend_oracle.py records every unit's codegen
# output and final code object, then TestBackendCorpus runs peglab's back
# end over them and prints the parity. Usage: scripts/backend-parity.sh [DIR]
# (PEGLAB_BACKEND_VERBOSE=1 lists every differing unit).
set -e
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh)
SRC=${1:-$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# One output file per source: name it by the path so that equal basenames
# do not collide.
find "$SRC" -name '*.py' -not -path '*/site-packages/*' | sort |
  xargs -P "$(nproc)" -n 20 sh -c 'py=$0; out=$1; shift 2 2>/dev/null; for f; do
    n=$(printf %s "$f" | tr / _); "$py" scripts/backend_oracle.py "$f" >"$out/$n.jsonl" 2>/dev/null || echo "oracle failed: $f" >&2; done' "$PY" "$OUT" _
PEGLAB_BACKEND_CORPUS=$OUT go test ./compiler -run TestBackendCorpus -count=1 -v | grep -v '^=== RUN'

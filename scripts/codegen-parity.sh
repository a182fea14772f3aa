#!/bin/sh
# The code generator against CPython 3.13 over a tree (default: the
# oracle's stdlib), file by file: its instruction sequences before the back
# end (scripts/codegen_oracle.py), then the final code objects
# (scripts/codeobj_oracle.py), at -O0 and -OO. Prints the parity of each;
# -v lists the first differing line of every file that differs.
# Usage: scripts/codegen-parity.sh [-v] [DIR...]
set -e
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh)
V=
[ "${1:-}" = -v ] && { V=-v; shift; }
[ $# -gt 0 ] || set -- "$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
bin=$(mktemp -d)/codegencmp
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./compiler/internal/codegencmp
for o in 0 2; do
  echo "== -O$o codegen"; "$bin" $V -O $o -oracle "$PY" "$@"
  echo "== -O$o code objects"; "$bin" $V -e2e -O $o -oracle "$PY" "$@"
done

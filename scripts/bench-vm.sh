#!/usr/bin/env bash
# Races peglab's VM against CPython 3.13 on the programs of bench/, whole
# process, sides taking turns, best of ROUNDS; checks outputs are identical
# and prints the time ratio per program and the geometric mean.
# Usage: bench-vm.sh [PYTHON] [ROUNDS] [-- extra bench_vm.py args, e.g. --vs py3.11=python3.11]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
rounds=${2:-3}
shift $(( $# > 2 ? 2 : $# )) || true
[ "${1:-}" = "--" ] && shift
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/peglab" ./cmd/peglab
extra=()
for other in python3.11; do
  if p=$(PYENV_VERSION=3.11.7 command -v "$other" 2>/dev/null) && PYENV_VERSION=3.11.7 "$other" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    extra+=(--vs "$other=env PYENV_VERSION=3.11.7 $p")
  fi
done
exec "$py" scripts/bench_vm.py --peglab "$bin/peglab" --rounds "$rounds" "${extra[@]}" "$@"

#!/usr/bin/env bash
# Prints the command that runs the CPython 3.13 oracle, or fails.
# PEGLAB_PYTHON wins; then python3.13 through pyenv; then on PATH.
set -u
check() { "$@" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' >/dev/null 2>&1; }
if [ -n "${PEGLAB_PYTHON:-}" ]; then
  check "$PEGLAB_PYTHON" && { echo "$PEGLAB_PYTHON"; exit 0; }
  echo "PEGLAB_PYTHON=$PEGLAB_PYTHON is not a working Python 3.13" >&2; exit 1
fi
for root in "${PYENV_ROOT:-$HOME/.pyenv}" /root/.pyenv; do
  for p in "$root"/versions/3.13*/bin/python3.13; do
    [ -x "$p" ] && check "$p" && { echo "$p"; exit 0; }
  done
done
if command -v python3.13 >/dev/null && check python3.13; then command -v python3.13; exit 0; fi
echo "no CPython 3.13 found (set PEGLAB_PYTHON)" >&2
exit 1

#!/usr/bin/env bash
# Records what CPython 3.13 prints for the SyntaxWarnings of each
# cmd/peglab/testdata/warnings/NAME.py, for TestWarningsTable:
#   NAME.ast    stderr of ast.parse(open(F, 'rb').read(), F)   (peglab ast F)
#   NAME.dis    stderr of python3.13 -m dis F                  (peglab dis F)
#   NAME.run    stderr, stdout and status of python3.13 F      (peglab run F)
#   NAME.werror the same under python3.13 -W error F           (peglab run -W error F)
#   NAME.wignore the same under python3.13 -W ignore F         (peglab run -W ignore F)
# F is testdata/warnings/NAME.py, run from cmd/peglab; the absolute path
# of cmd/peglab is written @DIR@ so the goldens do not depend on the
# checkout's place.
set -eu
cd "$(dirname "$0")/../cmd/peglab"
PY=$(../../scripts/find-oracle.sh)
DIR=$(pwd)
for f in testdata/warnings/*.py; do
  base=${f%.py}
  "$PY" -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read(), sys.argv[1])' "$f" 2>"$base.ast" || true
  "$PY" -m dis "$f" 2>"$base.dis" >/dev/null || true
  for mode in run werror wignore; do
    case $mode in run) w=() ;; werror) w=(-W error) ;; wignore) w=(-W ignore) ;; esac
    set +e
    out=$(PYTHONHASHSEED=0 "$PY" "${w[@]}" "$f" 2>"$base.$mode.tmp" </dev/null)
    status=$?
    set -e
    { cat "$base.$mode.tmp"; printf -- '--- stdout\n%s\n--- status %d\n' "$out" "$status"; } >"$base.$mode"
    rm "$base.$mode.tmp"
  done
  sed -i "s#$DIR/#@DIR@/#g" "$base".*
done

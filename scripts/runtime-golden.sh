#!/usr/bin/env bash
# Records, for every runtime/testdata/*.py, what CPython 3.13 does with it:
# NAME.marshal (marshal.dumps of compile(src, VPATH, 'exec')), NAME.out
# (stdout), NAME.err (stderr) and NAME.status (exit status) of
# `python3.13 FILE`, with the checkout's path replaced by /peglab so the
# goldens do not depend on where they were made. go test ./runtime then
# runs the code objects in the VM and compares, with no Python installed.
set -eu
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh)
ROOT=$(pwd)
for f in runtime/testdata/*.py; do
  base=${f%.py}
  "$PY" - "$f" "/peglab/$f" "$base.marshal" <<'PYEOF'
import marshal, sys
src = open(sys.argv[1], 'rb').read()
open(sys.argv[3], 'wb').write(marshal.dumps(compile(src, sys.argv[2], 'exec')))
PYEOF
  set +e
  (cd runtime/testdata && PYTHONHASHSEED=0 "$PY" "$ROOT/$f" arg1 arg2 </dev/null >"$ROOT/$base.out" 2>"$ROOT/$base.err")
  echo $? >"$base.status"
  set -e
  sed -i "s#$ROOT/#/peglab/#g" "$base.out" "$base.err"
done
# benchmark programs: their code objects only (BenchmarkPrograms)
for f in runtime/testdata/bench/*.py; do
  "$PY" -c 'import marshal,sys; open(sys.argv[2],"wb").write(marshal.dumps(compile(open(sys.argv[1],"rb").read(), sys.argv[1], "exec")))' "$f" "${f%.py}.marshal"
done

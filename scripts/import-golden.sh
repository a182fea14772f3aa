#!/bin/sh
# Records python3.13's stdout, stderr and exit status for each import
# conformance program runtime/testdata/imports*/NAME/main.py (the program's
# folder written as $DIR), the goldens of runtime.TestImports.
set -e
cd "$(dirname "$0")/.."
PY=${PEGLAB_PYTHON:-$(scripts/find-oracle.sh)}
for main in runtime/testdata/imports*/*/main.py; do
	dir=$(cd "$(dirname "$main")" && pwd)
	set +e
	(cd /tmp && PYTHONDONTWRITEBYTECODE=1 "$PY" "$dir/main.py" >"$dir/main.out.tmp" 2>"$dir/main.err.tmp")
	echo $? >"$dir/main.status"
	set -e
	for s in out err; do
		sed "s|$dir|\$DIR|g" "$dir/main.$s.tmp" >"$dir/main.$s"
		rm "$dir/main.$s.tmp"
	done
done

#!/bin/sh
# ext-dis-oracle.sh: checks the bytecode of the extensions' operators
# against CPython's for a stand-in operator of the same kind. Each program
# of extensions/{almosteq,arrow}/testdata/run is compiled by peglab with
# --ext almosteq,arrow and, with `~=` written `==` and `->` written `@`, by
# CPython; peglab's dis then has its extension opargs mapped to those of
# == and @ (COMPARE_OP 192/208 -> 72/88, BINARY_OP 26 -> 4), and the two
# must be identical. `@` binds tighter than `->`, so a program whose
# meaning changes with precedence is reported as differing: the list says
# which, for a person to look at.
#
# Usage: scripts/ext-dis-oracle.sh   (needs python3.13: scripts/find-oracle.sh)
set -eu
cd "$(dirname "$0")/.."
py=${PEGLAB_PYTHON:-$(scripts/find-oracle.sh)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/peglab" ./cmd/peglab
same=0 total=0
for f in extensions/almosteq/testdata/run/*.py extensions/arrow/testdata/run/*.py; do
	total=$((total + 1))
	sed 's/~=/==/g; s/->/@/g' "$f" >"$tmp/sub.py"
	"$py" -m dis "$tmp/sub.py" 2>&1 | sed -E 's/at 0x[0-9a-f]+/at 0x0/' >"$tmp/cpython.dis" || true
	"$tmp/peglab" dis --ext almosteq,arrow "$f" 2>&1 |
		sed -E 's/COMPARE_OP             192 \(~=\)/COMPARE_OP              72 (==)/;
			s/COMPARE_OP             208 \(bool\(~=\)\)/COMPARE_OP              88 (bool(==))/;
			s/BINARY_OP               26 \(->\)/BINARY_OP                4 (@)/' |
		sed "s|$f|$tmp/sub.py|" >"$tmp/peglab.dis" || true
	if cmp -s "$tmp/cpython.dis" "$tmp/peglab.dis"; then
		same=$((same + 1))
		echo "same    $f"
	else
		echo "differs $f: $(diff "$tmp/cpython.dis" "$tmp/peglab.dis" | sed -n 2p)"
	fi
done
echo "$same of $total programs: the same bytecode as CPython's for the stand-in operators"

#!/usr/bin/env bash
# Races runtime/internal/pystr against CPython 3.13 on the same machine and
# prints ns per operation for both and their ratio (CPython / Go: above 1
# means Go is faster). Timings on a loaded machine are noisy; run it twice.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
go_out=$(go test -run XXX -bench . -benchmem ./runtime/internal/pystr/)
gons() { echo "$go_out" | awk -v b="Benchmark$1-" 'index($1, b) == 1 { print $3 }'; }
pyns() { # statement, setup, operations per statement
  "$py" - "$1" "$2" "$3" <<'PY'
import sys, timeit
stmt, setup, per = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = timeit.Timer(stmt, setup)
n, _ = t.autorange()
best = min(t.repeat(5, n)) / n
print("%.1f" % (best * 1e9 / per))
PY
}
row() { # name, go benchmark, python statement, setup, ops
  g=$(gons "$2"); p=$(pyns "$3" "$4" "$5")
  awk -v n="$1" -v g="$g" -v p="$p" 'BEGIN { printf "%-22s go %9.1f ns   cpython %9.1f ns   ratio %5.2f\n", n, g, p, p / g }'
}
T="t='the quick brown fox jumps over the lazy dog  and runs\taway from the hunter\\'s hounds'"
row "repr(float)" FloatRepr "for f in fs: repr(f)" "fs=[0.1,1.5,3.141592653589793,1e16,1e-7,123456.789,2.0/3]" 7
row "format(f, '>+12,.3f')" FormatFloatSpec "for f in fs: format(f, '>+12,.3f')" "fs=[0.1,1.5,3.141592653589793,1e16,1e-7,123456.789,2.0/3]" 7
row "format(i, '_x')" FormatInt "format(123456789, '_x')" "" 1
row "str.split()" SplitWhitespace "t.split()" "$T" 1
row "str.split(' ')" SplitSep "t.split(' ')" "$T" 1
row "', '.join" Join "', '.join(p)" "$T; p=t.split()" 1
row "str.lower (ASCII)" LowerASCII "t.lower()" "$T" 1
row "str % args" Printf "'%5d %-8s|%.3f' % (42, 'name', 3.25)" "" 1
row "int(str)" ParseInt "int(' 1_234_567 ', 0)" "" 1
row "float(str)" ParseFloat "float('  3.14159e-2 ')" "" 1
row "str.encode()" EncodeUTF8 "t.encode()" "$T" 1

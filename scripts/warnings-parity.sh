#!/usr/bin/env bash
# Compares the SyntaxWarnings peglab prints with CPython 3.13's over a tree
# (default: the oracle's standard library): for each .py file, the stderr
# of `peglab dis FILE` against `python3.13 -m dis FILE` (the tokenizer's,
# the parser's and the compiler's warnings, compile() under the default
# filters). Prints the files that differ and a count.
#   scripts/warnings-parity.sh [DIR]
set -u
cd "$(dirname "$0")/.."
PY=$(scripts/find-oracle.sh) || { echo "no CPython 3.13 oracle"; exit 2; }
DIR=${1:-$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
BIN=$(mktemp -d)/peglab
go build -o "$BIN" ./cmd/peglab || exit 2
# the oracle's side in one process: compile() of each file, warnings caught
"$PY" - "$DIR" >/tmp/warnings-oracle.$$ <<'PYEOF'
import sys, os, warnings
root = sys.argv[1]
for d, _, files in sorted(os.walk(root)):
    for f in sorted(files):
        if not f.endswith('.py'):
            continue
        p = os.path.join(d, f)
        with open(p, 'rb') as fh:
            src = fh.read()
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            try:
                compile(src, p, 'exec')
            except (SyntaxError, ValueError):
                pass
        for w in ws:
            if not issubclass(w.category, (SyntaxWarning, DeprecationWarning)):
                continue
            print(f"{p}\t{w.filename}:{w.lineno}: {w.category.__name__}: {w.message}")
PYEOF
files=0; differ=0; warned=0
while IFS= read -r -d '' f; do
  files=$((files+1))
  want=$(grep -F "$f	" /tmp/warnings-oracle.$$ | cut -f2-)
  got=$("$BIN" dis "$f" 2>&1 >/dev/null | grep ': SyntaxWarning: \|: DeprecationWarning: ')
  [ -n "$want" ] && warned=$((warned+1))
  if [ "$got" != "$want" ]; then
    differ=$((differ+1))
    echo "== $f"; diff <(echo "$want") <(echo "$got") | head -10
  fi
done < <(find "$DIR" -name '*.py' -print0 | sort -z)
rm -f /tmp/warnings-oracle.$$
echo "warnings: $((files-differ))/$files files the same as CPython 3.13 ($warned files with warnings), $differ differ"

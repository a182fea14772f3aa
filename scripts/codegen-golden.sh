#!/usr/bin/env bash
# Regenerates compiler/testdata/codegen/*.golden: CPython 3.13's code
# generator output (scripts/codegen_oracle.py) for each .py file there;
# a file named *_O2.py is compiled with optimize=2 (-OO), *_O1.py with 1.
# TestCodegenGolden compares peglab's code generator with them.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-oracle.sh)
for f in compiler/testdata/codegen/*.py; do
  o=0
  case "$f" in *_O1.py) o=1 ;; *_O2.py) o=2 ;; esac
  PYTHONHASHSEED=0 "$py" scripts/codegen_oracle.py "$f" --optimize "$o" >"${f%.py}.golden"
done

#!/usr/bin/env bash
# Writes extensions/{almosteq,arrow}/testdata/oracle.golden: CPython 3.13's
# trees for the extensions' example programs, respelled with operators it
# knows (see ext_oracle.py). The Go tests read them and need no Python.
# Usage: ext-oracle.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
"$py" scripts/ext_oracle.py

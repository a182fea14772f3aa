#!/usr/bin/env bash
# Corpus parity against the oracle: every stage that exists, over the 3.13
# standard library and its test/ folder. Usage: corpus-parity.sh PYTHON
set -euo pipefail
py=$1
lib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
echo "stdlib: $lib"
echo "(no parity stages yet)"

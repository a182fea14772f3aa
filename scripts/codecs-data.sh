#!/usr/bin/env bash
# Writes pycodec's data from the CPython 3.13 oracle: the codec table
# (pycodec/data/codecs.txt.gz) and the test samples
# (pycodec/testdata/samples.jsonl).
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-$(scripts/find-oracle.sh)}
"$py" scripts/codecs_data.py | "$py" -c 'import gzip, sys; sys.stdout.buffer.write(gzip.compress(sys.stdin.buffer.read(), 9, mtime=0))' > pycodec/data/codecs.txt.gz
"$py" scripts/codecs_samples.py > pycodec/testdata/samples.jsonl
"$py" scripts/codecs_stateful.py > pycodec/testdata/stateful.jsonl

#!/usr/bin/env bash
# Rebuilds the playground's editor bundle, playground/assets/editor.js, from
# playground/web: CodeMirror 6 from the npm registry at the versions that
# package.json and package-lock.json pin, bundled by esbuild's Go API
# (playground/internal/bundle). The bundle is committed, so building peglab
# needs neither Node.js nor the network; CI runs this and checks that the
# committed bundle is what it produces.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd playground/web && npm ci --no-audit --no-fund --loglevel=error)
go run ./playground/internal/bundle .

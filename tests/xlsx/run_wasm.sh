#!/usr/bin/env bash
# Builds the XLSX tests with Emscripten (tests/xlsx/wasm) into BUILD (default
# build-xlsx-wasm) and runs them with node; exit status is doctest's.
#   tests/xlsx/run_wasm.sh [BUILD] [doctest options…]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-xlsx-wasm}
shift || true
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs its modules when node is not Debian's
[ -f "$build/build.ninja" ] || emcmake cmake -S tests/xlsx/wasm -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"${JOBS:-2}"
node "$build/xlsx_tests.js" "$@"

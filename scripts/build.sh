#!/usr/bin/env bash
# Configures once, then builds incrementally into build/. Extra arguments go
# to the first configure (e.g. -DFV_BUILD_APP=OFF).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${FV_BUILD_DIR:-build}
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON   # CI does not forgive warnings

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFV_WARNINGS_AS_ERRORS=$werror "$@"
fi
# Two jobs: these machines have two cores and the Beast units are memory-hungry.
cmake --build "$build_dir" -j "${FV_JOBS:-2}"

#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test.
# Ends with ctest's summary line; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${FV_BUILD_DIR:-build}" --output-on-failure -j 2

#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts FieldVisit on
# its embedded default — the sync server on SQLite in var/data. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh

data_dir=${FV_DATA_DIR:-var/data}
port=${FV_PORT:-8080}
mkdir -p "$data_dir"
server="${FV_BUILD_DIR:-build}/server/fieldvisit-server"
# Demo users and data to try it with (idempotent: a second run changes nothing).
"$server" admin seed-demo --data "$data_dir"
exec "$server" --data "$data_dir" --port "$port"

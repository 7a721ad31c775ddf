#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts FieldVisit on
# its embedded default — the sync server on SQLite in var/data — then the
# tablet app signed in as the demo user. Without a display the app says so and
# exits; the server keeps running either way. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh

data_dir=${FV_DATA_DIR:-var/data}
port=${FV_PORT:-8080}
mkdir -p "$data_dir"
server="${FV_BUILD_DIR:-build}/server/fieldvisit-server"
app="${FV_BUILD_DIR:-build}/mobile/fieldvisit-app"
# Demo users and data to try it with (idempotent: a second run changes nothing).
"$server" admin seed-demo --data "$data_dir"
if [[ ! -x "$app" ]]; then
  exec "$server" --data "$data_dir" --port "$port" # a build without the app (-DFV_BUILD_APP=OFF)
fi

"$server" --data "$data_dir" --port "$port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' INT TERM
url="http://127.0.0.1:$port"
for _ in $(seq 50); do # the app signs in once at start: wait until the server answers
  curl -fsS "$url/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || wait "$server_pid" # it could not start: its status is ours
  sleep 0.2
done
"$app" --server "$url" --user demo --password fieldvisit-demo || echo "run.sh: the app ended with status $?"
wait "$server_pid"

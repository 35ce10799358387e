#!/usr/bin/env bash
# The embedded PostgreSQL 17 (io.zonky.test binaries from Maven Central) for `make run` and the
# end-to-end tests. It creates the database ro and the API's app role ro_app (password ro_app) when
# missing, also in a data folder made before the role existed; Flyway migrates as postgres.
#   scripts/postgres.sh start --port P --data DIR [--fresh]
#   scripts/postgres.sh stop --data DIR
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:?start or stop}; shift
port=55432 data="$repo/.data/postgres" fresh=false
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --fresh) fresh=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$data"
data=$(cd "$data" && pwd)

case "$cmd" in
start)
  cp_file="$repo/backend/target/test-classpath.txt"
  if [ ! -f "$cp_file" ] || [ ! -f "$repo/backend/target/test-classes/ro/dev/EmbeddedPostgresServer.class" ] \
    || [ ! -f "$repo/backend/target/test-classes/ro/testing/DatabaseRoles.class" ]; then
    mvn -B -q -f "$repo/backend/pom.xml" test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  fi
  if [ "$fresh" = true ]; then rm -rf "$data/pgdata"; fi
  : > "$data/postgres.log"
  java -cp "$repo/backend/target/test-classes:$(cat "$cp_file")" ro.dev.EmbeddedPostgresServer "$port" "$data/pgdata" \
    > "$data/postgres.log" 2>&1 &
  echo $! > "$data/postgres.pid"
  for _ in $(seq 1 120); do
    if grep -q "PostgreSQL ready" "$data/postgres.log"; then
      echo "PostgreSQL ready on localhost:$port (data in $data/pgdata)"; exit 0
    fi
    if ! kill -0 "$(cat "$data/postgres.pid")" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "PostgreSQL did not start; log:" >&2; tail -30 "$data/postgres.log" >&2; exit 1
  ;;
stop)
  if [ -f "$data/postgres.pid" ]; then
    pid=$(cat "$data/postgres.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    rm -f "$data/postgres.pid"
  fi
  ;;
*) echo "usage: $0 start|stop [--port P] [--data DIR] [--fresh]" >&2; exit 2 ;;
esac

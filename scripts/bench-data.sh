#!/usr/bin/env bash
# `make bench-data`: a PostgreSQL of its own (.data/bench-postgres), migrated by the API (Flyway, then
# exit), then filled by scripts/bench-data.sql at ten times national scale: 100,000 participants,
# 50,000 referrals, 20,000 cases, 1,000,000 messages, 20,000,000 chained audit entries. Prints the
# load time. Kept afterwards; `make bench` reuses it while it was made at the same scale.
#   BENCH_SCALE=0.01 make bench-data     a hundredth, in seconds, to try it out (default 1)
#   scripts/bench-data.sh --force        regenerate even when the data folder already holds this scale
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
PG_PORT=${BENCH_PG_PORT:-55434}
SCALE=${BENCH_SCALE:-1}
data=.data/bench-postgres
marker=$data/generated-scale

if [ "${1:-}" != --force ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$SCALE" ] && [ -d "$data/pgdata" ]; then
  echo "Bench data at scale $SCALE already in $data (scripts/bench-data.sh --force makes it again)."
  exit 0
fi
started_here=false
cleanup() { if [ "$started_here" = true ]; then scripts/postgres.sh stop --data "$data" > /dev/null 2>&1 || true; fi; }
trap cleanup EXIT INT TERM

[ -f backend/target/quarkus-app/quarkus-run.jar ] || mvn -B -q -f backend/pom.xml -DskipTests package
rm -f "$marker"
scripts/postgres.sh start --port "$PG_PORT" --data "$data" --fresh
started_here=true

echo "Migrating (Flyway, as the API does at start)..."
QUARKUS_INIT_AND_EXIT=true QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/ro \
QUARKUS_DATASOURCE_USERNAME=ro_app QUARKUS_DATASOURCE_PASSWORD=ro_app \
QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres \
RO_FILES_KEYS=demo:xr9BFAx1nKvI2A3TBGLMsJwQ4XuNXYzAobKxa5VyzHU= RO_FILES_CURRENT_KEY=demo \
  java -jar backend/target/quarkus-app/quarkus-run.jar > .data/bench-migrate.log 2>&1 \
  || { tail -30 .data/bench-migrate.log >&2; exit 1; }

# Loading settings of this PostgreSQL only (no checkpoint every gigabyte of WAL while 8 GB go in).
psql -q -h localhost -p "$PG_PORT" -U postgres -d ro -c "ALTER SYSTEM SET max_wal_size = '16GB'" -c "SELECT pg_reload_conf()" > /dev/null

echo "Generating at scale $SCALE in PostgreSQL (INSERT ... SELECT generate_series, chain in SQL)..."
t0=$(date +%s)
psql -h localhost -p "$PG_PORT" -U postgres -d ro -v scale="$SCALE" -f scripts/bench-data.sql
t1=$(date +%s)
psql -q -h localhost -p "$PG_PORT" -U postgres -d ro -c "CHECKPOINT" > /dev/null
echo "$SCALE" > "$marker"
echo "$((t1 - t0))" > "$data/load-seconds"
echo "Bench data at scale $SCALE loaded in $((t1 - t0)) s (on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))."

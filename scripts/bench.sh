#!/usr/bin/env bash
# `make bench`: ratios measured in one run on the generated data (issue 10).
#  1. the data: scripts/bench-data.sh (ten times national scale, made once, reused at the same BENCH_SCALE);
#  2. pgbench TPC-B, 8 clients, 20 s, in its own database on the same PostgreSQL (and its primary-key read);
#  3. the API started on that database, timed from the JVM's start to /q/health/ready;
#  4. scripts/bench.mjs: the audited case read at 1 and 16 connections, participant search, referral queue,
#     case list, the auditor's entries of one record, My work (counts, queue pages), statistics, an audited write,
#     with tokens from the real Keycloak;
#     req/s, p50/p95/p99, the ratio to pgbench's tps and the issue's targets, as a Markdown table;
#  5. the API's resident memory under that load.
# Environment: BENCH_SCALE (1), BENCH_SECONDS per operation (10), BENCH_HEAP (256m, as make run), BENCH_PG_PORT (55434),
# BENCH_KC_PORT (8181), BENCH_API_PORT (8083), BENCH_VERIFY=1 to time a full audit verification too.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
PG_PORT=${BENCH_PG_PORT:-55434} KC_PORT=${BENCH_KC_PORT:-8181} API_PORT=${BENCH_API_PORT:-8083}
KC_DATA=${BENCH_KC_DATA:-.data/test-keycloak}
HEAP=${BENCH_HEAP:-256m}
data=.data/bench-postgres
psql_pg() { psql -X -q -h localhost -p "$PG_PORT" -U postgres "$@"; }
pids=()
kc_started=false
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/postgres.sh stop --data "$data" > /dev/null 2>&1 || true
  if [ "$kc_started" = true ]; then scripts/keycloak.sh stop --data "$KC_DATA" > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT INT TERM

[ -f backend/target/quarkus-app/quarkus-run.jar ] || mvn -B -q -f backend/pom.xml -DskipTests package
BENCH_PG_PORT=$PG_PORT scripts/bench-data.sh
if ! curl -fs -o /dev/null --max-time 2 "http://localhost:$KC_PORT/realms/ro/.well-known/openid-configuration"; then
  scripts/keycloak.sh start --port "$KC_PORT" --data "$KC_DATA" --db dev-mem
  kc_started=true
fi
scripts/postgres.sh start --port "$PG_PORT" --data "$data"
# pg_stat_statements (in the postgres database, nothing added to ro) names the statements that take the time.
if [ "$(psql_pg -d postgres -Atc 'SHOW shared_preload_libraries')" != pg_stat_statements ]; then
  psql_pg -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
  scripts/postgres.sh stop --data "$data"
  scripts/postgres.sh start --port "$PG_PORT" --data "$data"
fi
psql_pg -d postgres -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

echo "pgbench TPC-B: its own database on the same PostgreSQL (scale 10), 8 clients, 20 s..."
psql_pg -d postgres -c "DROP DATABASE IF EXISTS pgbench" -c "CREATE DATABASE pgbench"
pgbench -q -i -s 10 -h localhost -p "$PG_PORT" -U postgres pgbench > .data/bench-pgbench.log 2>&1
pgbench -c 8 -j 2 -T 20 -h localhost -p "$PG_PORT" -U postgres pgbench > .data/bench-pgbench-tpcb.log 2>&1
pgbench -S -c 8 -j 2 -T 10 -h localhost -p "$PG_PORT" -U postgres pgbench > .data/bench-pgbench-select.log 2>&1
tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' .data/bench-pgbench-tpcb.log)
select_tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' .data/bench-pgbench-select.log)
echo "  TPC-B $tps tps ($(grep 'latency average' .data/bench-pgbench-tpcb.log)), primary-key read $select_tps tps"
psql_pg -d postgres -c "DROP DATABASE pgbench"

echo "API (heap -Xmx$HEAP) on the generated data..."
launched=$(date +%s%N)
QUARKUS_HTTP_PORT=$API_PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/ro \
QUARKUS_DATASOURCE_USERNAME=ro_app QUARKUS_DATASOURCE_PASSWORD=ro_app \
QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres \
QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:$KC_PORT/realms/ro \
RO_STAFF_DIRECTORY_CLIENT_SECRET=ro-api-dev-secret RO_FILES_KEYS=demo:xr9BFAx1nKvI2A3TBGLMsJwQ4XuNXYzAobKxa5VyzHU= RO_FILES_CURRENT_KEY=demo \
RO_RATE_LIMIT_CALLER_READS=100000000 RO_RATE_LIMIT_CALLER_WRITES=100000000 \
RO_RATE_LIMIT_ADDRESS_READS=100000000 RO_RATE_LIMIT_ADDRESS_WRITES=100000000 \
  java "-Xmx$HEAP" -XX:MaxMetaspaceSize=128m -jar backend/target/quarkus-app/quarkus-run.jar > .data/bench-api.log 2>&1 &
api_pid=$!
pids+=("$api_pid")
until curl -fs -o /dev/null "http://localhost:$API_PORT/q/health/ready"; do
  kill -0 "$api_pid" 2>/dev/null || { echo "The API did not start:" >&2; tail -30 .data/bench-api.log >&2; exit 1; }
  sleep 0.05
done
ready_ms=$((($(date +%s%N) - launched) / 1000000))
quarkus_started=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' .data/bench-api.log | head -1)
echo "  ready after $ready_ms ms (Quarkus says started in ${quarkus_started}s)"

busiest=$(psql_pg -d ro -Atc "SELECT md5('case:0')::uuid")   # scripts/bench-data.sql: case 0 has the most entries
psql_pg -d postgres -c "SELECT pg_stat_statements_reset()" > /dev/null
BENCH_API=http://localhost:$API_PORT BENCH_KC_PORT=$KC_PORT BENCH_PGBENCH_TPS=$tps BENCH_PGBENCH_SELECT_TPS=$select_tps \
BENCH_API_PID=$api_pid BENCH_READY_MS=$ready_ms BENCH_QUARKUS_STARTED=$quarkus_started BENCH_HEAP=$HEAP \
BENCH_BUSIEST_CASE=$busiest node scripts/bench.mjs

echo
echo "Where PostgreSQL spent the API's time during the run (pg_stat_statements, database ro, top 12 by total time):"
psql -X -h localhost -p "$PG_PORT" -U postgres -d postgres -P pager=off -c "
  SELECT calls, round(total_exec_time) AS total_ms, round(mean_exec_time::numeric, 2) AS mean_ms,
         left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement
  FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ro')
  ORDER BY total_exec_time DESC LIMIT 12"

if [ "${BENCH_VERIFY:-0}" = 1 ]; then
  echo "Full verification of the audit trail (as auditor1)..."
  t0=$(date +%s%N)
  result=$(curl -fsS --max-time 3600 -H "Authorization: Bearer $(scripts/keycloak.sh token auditor1 --port "$KC_PORT")" \
    "http://localhost:$API_PORT/api/audit/verification")
  echo "  $result in $((($(date +%s%N) - t0) / 1000000)) ms"
fi
echo "On $(nproc) cores shared with the load generator (and whatever else runs: load average $(cut -d' ' -f1-3 /proc/loadavg)); data at scale ${BENCH_SCALE:-1}, loaded in $(cat $data/load-seconds 2>/dev/null || echo '?') s."

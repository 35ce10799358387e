#!/usr/bin/env bash
# `make bench`: the API on its own embedded PostgreSQL seeded with 100,000 participants, with a real
# Keycloak token; prints latency and throughput per operation, and the API's memory. The rate limiter
# stays on (its PostgreSQL round trips are part of every figure) with limits no run reaches.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
KC_PORT=8181 API_PORT=8083 PG_PORT=55434
mkdir -p .data
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/postgres.sh stop --data .data/bench-postgres > /dev/null 2>&1 || true
  scripts/keycloak.sh stop --data .data/test-keycloak > /dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

[ -f backend/target/quarkus-app/quarkus-run.jar ] || mvn -B -q -f backend/pom.xml -DskipTests package
scripts/keycloak.sh start --port $KC_PORT --data .data/test-keycloak --db dev-mem
scripts/postgres.sh start --port $PG_PORT --data .data/bench-postgres --fresh
QUARKUS_HTTP_PORT=$API_PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/ro \
QUARKUS_DATASOURCE_USERNAME=ro_app QUARKUS_DATASOURCE_PASSWORD=ro_app \
QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres \
QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:$KC_PORT/realms/ro \
RO_STAFF_DIRECTORY_CLIENT_SECRET=ro-api-dev-secret \
RO_RATE_LIMIT_CALLER_READS=100000000 RO_RATE_LIMIT_CALLER_WRITES=100000000 \
RO_RATE_LIMIT_ADDRESS_READS=100000000 RO_RATE_LIMIT_ADDRESS_WRITES=100000000 \
  java -Xmx${BENCH_HEAP:-512m} -jar backend/target/quarkus-app/quarkus-run.jar > .data/bench-api.log 2>&1 &
api_pid=$!
pids+=($api_pid)
for _ in $(seq 1 120); do curl -fs http://localhost:$API_PORT/q/health/ready > /dev/null && break; sleep 0.5; done

echo "Seeding 100,000 participants..."
psql -q -h localhost -p $PG_PORT -U postgres -d ro -f scripts/bench-seed.sql
token=$(scripts/keycloak.sh token coordinator1 --port $KC_PORT)
echo "API heap limit ${BENCH_HEAP:-512m}, concurrency ${BENCH_CONCURRENCY:-8}, on $(nproc) cores"
node scripts/bench.mjs http://localhost:$API_PORT "$token"
echo "API resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$api_pid/status), peak $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$api_pid/status)"

#!/usr/bin/env bash
# `make chaos`: the API killed (SIGKILL) during random writes and uploads, CHAOS_ROUNDS times (100), on a fresh
# embedded PostgreSQL, then checked: no partial record, no orphan file once the sweep ran, no half-applied state
# move, the audit chain verifies, no write answered 2xx lost. Prints the figures (also in backend/target/chaos-report.txt).
#   CHAOS_ROUNDS=100 CHAOS_SEED=<n, to replay a run> CHAOS_STORAGE=directory|s3 KC_PORT=8181 scripts/chaos.sh
# A Keycloak already answering on KC_PORT with realm ro is reused; otherwise one is started for the run, as
# scripts/test.sh does, and stopped after.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
KC_PORT=${KC_PORT:-8181} CHAOS_ROUNDS=${CHAOS_ROUNDS:-100} CHAOS_STORAGE=${CHAOS_STORAGE:-directory}
export RO_TEST_KEYCLOAK_URL=http://localhost:$KC_PORT
mkdir -p .data

started_keycloak=false
cleanup() {
  if $started_keycloak; then scripts/keycloak.sh stop --data .data/chaos-keycloak > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT INT TERM

if ! curl -fs -o /dev/null --max-time 2 "$RO_TEST_KEYCLOAK_URL/realms/ro/.well-known/openid-configuration"; then
  echo "=== Keycloak for the chaos run on port $KC_PORT"
  started_keycloak=true
  scripts/keycloak.sh start --port "$KC_PORT" --data .data/chaos-keycloak --db dev-mem
fi

echo "=== Chaos: $CHAOS_ROUNDS rounds, $CHAOS_STORAGE storage (logs: backend/target/cluster-logs/)"
seed=()
[ -n "${CHAOS_SEED:-}" ] && seed=(-Dro.chaos.seed="$CHAOS_SEED")
rm -f backend/target/chaos-report.txt
# Maven's output goes to .data/chaos-mvn.log; the rounds show as they go
set +e
mvn -B -f backend/pom.xml verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ChaosIT \
  -Dro.chaos.rounds="$CHAOS_ROUNDS" -Dro.chaos.storage="$CHAOS_STORAGE" "${seed[@]}" 2>&1 \
  | tee .data/chaos-mvn.log | grep --line-buffered '^  round '
status=${PIPESTATUS[0]}
set -e
if [ -f backend/target/chaos-report.txt ]; then
  echo; cat backend/target/chaos-report.txt
else
  tail -60 .data/chaos-mvn.log
fi
[ $status -eq 0 ] || { echo "Chaos run failed (status $status); Maven's output: .data/chaos-mvn.log" >&2; exit $status; }

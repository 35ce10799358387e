#!/usr/bin/env bash
# `make test`: every test. Tests use their own Keycloak (port 8181, in-memory data), their own
# embedded PostgreSQL instances and their own ports, so they never touch the data of `make run`.
#   scripts/test.sh [all|backend|frontend|e2e]
# Ports can be moved with KC_PORT, API_PORT, PG_PORT, PORTAL_PORT (a Keycloak already answering on
# KC_PORT is reused). The API connects as the app role ro_app; Flyway migrates as postgres.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
what=${1:-all}
mkdir -p .data
KC_PORT=${KC_PORT:-8181} API_PORT=${API_PORT:-8082} PG_PORT=${PG_PORT:-55433} PORTAL_PORT=${PORTAL_PORT:-4173}
export RO_TEST_KEYCLOAK_URL=http://localhost:$KC_PORT

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/postgres.sh stop --data .data/e2e-postgres > /dev/null 2>&1 || true
  scripts/keycloak.sh stop --data .data/test-keycloak > /dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

step() { printf '\n=== %s\n' "$*"; }

start_keycloak() {
  step "Keycloak for tests on port $KC_PORT"
  scripts/keycloak.sh start --port $KC_PORT --data .data/test-keycloak --db dev-mem
}

frontend_tests() {
  step "Portal: install, lint, type check, unit tests"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run lint && npm run typecheck && npm test)
  step "Contract: Spectral lint of openapi.yaml"
  frontend/node_modules/.bin/spectral lint --fail-severity=warn openapi.yaml
  step "Deployment: docker-compose.yml, the production realm, the Kubernetes manifests"
  scripts/compose-check.sh
  node scripts/realm-production.mjs --check
  scripts/k8s-check.sh
}

backend_tests() {
  step "Backend: unit, API, authorization matrix, audit, contract tests"
  mvn -B -f backend/pom.xml verify
}

e2e_tests() {
  step "End to end: API + portal + Keycloak + PostgreSQL in Chromium"
  [ -f backend/target/quarkus-app/quarkus-run.jar ] || mvn -B -q -f backend/pom.xml -DskipTests package
  scripts/postgres.sh start --port $PG_PORT --data .data/e2e-postgres --fresh
  rm -rf .data/e2e-files
  QUARKUS_HTTP_PORT=$API_PORT RO_DEMO_DATA=true RO_STAFF_DIRECTORY_CLIENT_SECRET=ro-api-dev-secret \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/ro \
  QUARKUS_DATASOURCE_USERNAME=ro_app QUARKUS_DATASOURCE_PASSWORD=ro_app \
  QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:$KC_PORT/realms/ro RO_RELAY_STORAGE_DIR=.data/e2e-files \
  RO_FILES_KEYS=demo:xr9BFAx1nKvI2A3TBGLMsJwQ4XuNXYzAobKxa5VyzHU= RO_FILES_CURRENT_KEY=demo \
  RO_RETENTION_ENDED_REFERRAL=P0D \
    java -Xmx256m -jar backend/target/quarkus-app/quarkus-run.jar > .data/e2e-api.log 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs http://localhost:$API_PORT/q/health/ready > /dev/null && break; sleep 0.5; done
  curl -fs http://localhost:$API_PORT/q/health/ready > /dev/null || { tail -40 .data/e2e-api.log; exit 1; }
  # The same Keycloak for the build (the portal's OIDC authority) and the preview (its CSP).
  export VITE_OIDC_AUTHORITY=http://localhost:$KC_PORT/realms/ro
  (cd frontend && node_modules/.bin/vite build --logLevel warn)
  (cd frontend && RO_API_URL=http://localhost:$API_PORT exec node_modules/.bin/vite preview --port $PORTAL_PORT --strictPort) \
    > .data/e2e-portal.log 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do curl -fs http://localhost:$PORTAL_PORT > /dev/null && break; sleep 0.5; done
  step "Portal hardening: own files only, CSP from vite preview and nginx, no /q/ through the proxy"
  node scripts/portal-check.mjs http://localhost:$PORTAL_PORT http://localhost:$KC_PORT
  (cd frontend && E2E_BASE_URL=http://localhost:$PORTAL_PORT E2E_KEYCLOAK_URL=http://localhost:$KC_PORT npm run e2e)
  step "Message relay: a 300 MB video upload to the API with its heap capped at 256 MB"
  node scripts/upload-check.mjs http://localhost:$API_PORT http://localhost:$KC_PORT
}

case "$what" in
  all)
    start_keycloak > .data/test-keycloak.out 2>&1 &
    kc=$!
    frontend_tests
    wait $kc || { cat .data/test-keycloak.out; exit 1; }
    cat .data/test-keycloak.out
    backend_tests
    e2e_tests
    ;;
  backend) start_keycloak; backend_tests ;;
  frontend) frontend_tests ;;
  e2e) start_keycloak; e2e_tests ;;
  *) echo "usage: $0 [all|backend|frontend|e2e]" >&2; exit 2 ;;
esac
step "All tests passed"

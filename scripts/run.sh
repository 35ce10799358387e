#!/usr/bin/env bash
# `make run`: the whole product on this machine. Ctrl-C stops everything it started.
#   PostgreSQL  embedded (data in .data/postgres), unless QUARKUS_DATASOURCE_JDBC_URL is set (then also
#               set QUARKUS_DATASOURCE_USERNAME/_PASSWORD for the app role, QUARKUS_FLYWAY_USERNAME/_PASSWORD
#               for the owner)
#   Keycloak    http://localhost:8180 (realm ro, demo users; data in .data/keycloak)
#   API         http://localhost:8080
#   portal      http://localhost:5173
#   GreenMail   SMTP on localhost:3025, its web page and API on http://localhost:8025: the demo's e-mail
#               notifications land there, nothing leaves this machine (unless QUARKUS_MAILER_HOST is set)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
mkdir -p .data

pids=()
cleanup() {
  trap - EXIT INT TERM
  echo; echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/keycloak.sh stop --data .data/keycloak || true
  scripts/postgres.sh stop --data .data/postgres || true
}
trap cleanup EXIT INT TERM

echo "Building the API and the portal (first time: downloads from Maven Central and npm)..."
mvn -B -q -f backend/pom.xml -DskipTests package
# (again when package-lock.json changed since the last install, e.g. after a pull)
if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  (cd frontend && npm ci --no-audit --no-fund)
fi

scripts/keycloak.sh start --port 8180 --data .data/keycloak --db dev-file

if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  scripts/postgres.sh start --port 55432 --data .data/postgres
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:55432/ro
  # The API connects as the app role (owns nothing); Flyway migrates as the owner.
  export QUARKUS_DATASOURCE_USERNAME=ro_app QUARKUS_DATASOURCE_PASSWORD=ro_app
  export QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres
else
  echo "Using the PostgreSQL at $QUARKUS_DATASOURCE_JDBC_URL"
fi

# E-mail notifications: a GreenMail standalone server catches the demo's mails, unless a relay is named
if [ -z "${QUARKUS_MAILER_HOST:-}" ]; then
  GM_VERSION=2.1.5
  GM_JAR="${MAVEN_REPO:-$HOME/.m2/repository}/com/icegreen/greenmail-standalone/$GM_VERSION/greenmail-standalone-$GM_VERSION.jar"
  [ -f "$GM_JAR" ] || { echo "Fetching GreenMail $GM_VERSION into the local Maven repository..."; \
    mvn -B -q dependency:get -Dtransitive=false -Dartifact="com.icegreen:greenmail-standalone:$GM_VERSION"; }
  java -Xmx64m -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 -jar "$GM_JAR" > .data/greenmail.log 2>&1 &
  pids+=($!)
  export QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=3025 QUARKUS_MAILER_START_TLS=DISABLED
  export RO_NOTIFICATIONS_SCAN_INTERVAL=${RO_NOTIFICATIONS_SCAN_INTERVAL:-PT1M}
fi
export RO_NOTIFICATIONS_PORTAL_URL=${RO_NOTIFICATIONS_PORTAL_URL:-http://localhost:5173}

export RO_DEMO_DATA=${RO_DEMO_DATA:-true} RO_RELAY_STORAGE_DIR=${RO_RELAY_STORAGE_DIR:-.data/files}
export QUARKUS_OIDC_AUTH_SERVER_URL=${QUARKUS_OIDC_AUTH_SERVER_URL:-http://localhost:8180/realms/ro}
# the demo realm's ro-api service account (checks onBehalfOf against the realm's staff members)
export RO_STAFF_DIRECTORY_CLIENT_SECRET=${RO_STAFF_DIRECTORY_CLIENT_SECRET:-ro-api-dev-secret}
# the development key that signs the audit checkpoints (public, worthless; the same as %dev and %test)
export RO_AUDIT_SIGNING_KEY=${RO_AUDIT_SIGNING_KEY:-MC4CAQAwBQYDK2VwBCIEINDRFHhidTKfLVTI4D3t7qZMBMsp9HpeV5MjqXBvbD2s}
# the development key message files are encrypted with at rest (public, worthless; the same as %dev and %test)
export RO_FILES_KEYS=${RO_FILES_KEYS:-demo:xr9BFAx1nKvI2A3TBGLMsJwQ4XuNXYzAobKxa5VyzHU=} RO_FILES_CURRENT_KEY=${RO_FILES_CURRENT_KEY:-demo}
# A bounded heap: the API stays well under 350 MB resident under load (README, "Measured"); RO_API_HEAP overrides.
java -Xmx${RO_API_HEAP:-256m} -XX:MaxMetaspaceSize=128m -jar backend/target/quarkus-app/quarkus-run.jar > .data/api.log 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs http://localhost:8080/q/health/ready > /dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { tail -40 .data/api.log; exit 1; }
  sleep 0.5
done
curl -fs http://localhost:8080/q/health/ready > /dev/null || { tail -40 .data/api.log; exit 1; }

# The built portal under its Content-Security-Policy (the dev server's hot reload needs an inline
# script; use `cd frontend && npm run dev` for that, without the CSP).
export VITE_OIDC_AUTHORITY=${VITE_OIDC_AUTHORITY:-http://localhost:8180/realms/ro}
(cd frontend && node_modules/.bin/vite build --logLevel warn)
(cd frontend && exec node_modules/.bin/vite preview --port 5173 --strictPort) > .data/portal.log 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fs http://localhost:5173 > /dev/null && break; sleep 0.5; done

cat <<MSG

Restorative Opportunities is running:
  portal     http://localhost:5173          (sign in as coordinator1 / coordinator1; see README for all demo users)
  API        http://localhost:8080/api      (OpenAPI http://localhost:8080/q/openapi, Swagger UI http://localhost:8080/q/swagger-ui)
  health     http://localhost:8080/q/health/ready
  Keycloak   http://localhost:8180          (realm ro; admin console user admin / admin)
  PostgreSQL ${QUARKUS_DATASOURCE_JDBC_URL}
  e-mail     http://localhost:8025          (GreenMail: the notifications sent, e.g. /api/user/mediator1@ro.example.org/messages/INBOX)
Logs in .data/. Press Ctrl-C to stop everything.
MSG
wait "${pids[@]}"

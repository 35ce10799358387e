#!/usr/bin/env bash
# Rewrites the top-level openapi.yaml with exactly what the API serves at /q/openapi (the contract
# test, told to write instead of compare). Needs the test Keycloak: started here when not running.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
started=false
if ! curl -fs -o /dev/null http://localhost:8181/realms/ro; then
  scripts/keycloak.sh start --port 8181 --data .data/test-keycloak --db dev-mem
  started=true
fi
mvn -B -q -f backend/pom.xml test -Dtest=OpenApiContractTest -Dro.openapi.write=true -Dsurefire.failIfNoSpecifiedTests=false
if [ "$started" = true ]; then scripts/keycloak.sh stop --data .data/test-keycloak; fi
echo "openapi.yaml rewritten; review it with: git diff openapi.yaml"

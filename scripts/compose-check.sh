#!/usr/bin/env bash
# Checks docker-compose.yml without a Docker engine:
#   1. dclint (pinned in deploy/package.json, rules in .dclintrc) must report no errors;
#   2. every service has a healthcheck, except one-shot jobs (restart: "no") that a service waits for
#      with condition: service_completed_successfully;
#   3. every host file or folder that a service mounts (./...) exists;
#   4. a service given QUARKUS_SHUTDOWN_TIMEOUT has a longer stop_grace_period (Docker must not kill a
#      replica that is finishing its requests).
# Usage: scripts/compose-check.sh [COMPOSE_FILE]
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
COMPOSE="${1:-docker-compose.yml}"

[ -x deploy/node_modules/.bin/dclint ] || npm ci --prefix deploy --no-audit --no-fund --loglevel=error
deploy/node_modules/.bin/dclint --config .dclintrc "$COMPOSE"

status=0
# Service names: the keys indented by two spaces under "services:".
services="$(awk '/^[a-z]/ { in_services = ($0 == "services:") } in_services && /^  [a-z0-9_-]+:$/ { sub(":", ""); print $1 }' "$COMPOSE")"
[ -n "$services" ] || { echo "compose-check: no services found in $COMPOSE" >&2; exit 1; }
for service in $services; do
  # The service's block runs until the next line indented by at most two spaces.
  block="$(awk -v s="  $service:" '$0 == s { on = 1; next } on && /^([^ #]|  [^ #])/ { on = 0 } on' "$COMPOSE")"
  if ! grep -q '^    healthcheck:' <<<"$block"; then
    # A one-shot job needs none when another service waits for it to complete.
    awaited="$(awk -v s="      $service:" '$0 == s { getline; print }' "$COMPOSE" | grep -c 'condition: service_completed_successfully' || true)"
    if ! grep -q '^    restart: "no"' <<<"$block" || [ "$awaited" -eq 0 ]; then
      echo "compose-check: service '$service' has no healthcheck" >&2
      status=1
    fi
  fi
  shutdown="$(sed -nE 's/^      QUARKUS_SHUTDOWN_TIMEOUT: "?([0-9]+)s"?$/\1/p' <<<"$block")"
  if [ -n "$shutdown" ]; then
    grace="$(sed -nE 's/^    stop_grace_period: "?([0-9]+)s"?$/\1/p' <<<"$block")"
    if [ -z "$grace" ] || [ "$grace" -le "$shutdown" ]; then
      echo "compose-check: service '$service' stops within ${grace:-10}s, not more than its shutdown timeout ${shutdown}s" >&2
      status=1
    fi
  fi
done

# Bind mounts like "- ./keycloak/realm-ro.json:/opt/keycloak/data/import/realm-ro.json:ro".
for path in $(grep -oE '^ *- \./[^:]+' "$COMPOSE" | sed -E 's/^ *- //'); do
  if [ ! -e "$path" ]; then
    echo "compose-check: mounted path $path does not exist" >&2
    status=1
  fi
done

# Build contexts and Dockerfiles must exist too.
for ctx in $(awk '/^      context:/ { print $2 }' "$COMPOSE"); do
  [ -d "$ctx" ] || { echo "compose-check: build context $ctx does not exist" >&2; status=1; }
done
while read -r ctx dockerfile; do
  [ -f "$ctx/$dockerfile" ] || { echo "compose-check: Dockerfile $ctx/$dockerfile does not exist" >&2; status=1; }
done < <(awk '/^      context:/ { c = $2 } /^      dockerfile:/ { print c, $2 }' "$COMPOSE")

[ "$status" -eq 0 ] && echo "compose-check: $COMPOSE OK (services: $(echo $services))"
exit "$status"

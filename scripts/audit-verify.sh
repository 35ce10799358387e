#!/usr/bin/env bash
# Verifies the audit trail of a running API, as the auditor: the sealed hash chain and the signed
# checkpoints, from the first entry, or with --from N only what was sealed after checkpoint N (the
# lastCheckpoint of an earlier run). Prints the report; exit 1 when something is found.
#   scripts/audit-verify.sh [--from N] [API_URL] [KEYCLOAK_PORT]   (defaults: http://localhost:8080, 8180)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
query=""
if [ "${1:-}" = "--from" ]; then
  [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [--from CHECKPOINT] [API_URL] [KEYCLOAK_PORT]" >&2; exit 2; }
  query="?fromCheckpoint=$2"
  shift 2
fi
api=${1:-http://localhost:8080}
kc_port=${2:-8180}
token=$("$repo/scripts/keycloak.sh" token "${RO_AUDITOR:-auditor1}" --port "$kc_port")
result=$(curl -fsS -H "Authorization: Bearer $token" "$api/api/audit/verification$query")
echo "$result"
grep -q '"intact":true' <<< "$result"

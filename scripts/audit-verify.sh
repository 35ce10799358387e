#!/usr/bin/env bash
# Verifies the audit trail's hash chain of a running API, as the auditor. Exit 1 when broken.
#   scripts/audit-verify.sh [API_URL] [KEYCLOAK_PORT]   (defaults: http://localhost:8080, 8180)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
api=${1:-http://localhost:8080}
kc_port=${2:-8180}
token=$("$repo/scripts/keycloak.sh" token "${RO_AUDITOR:-auditor1}" --port "$kc_port")
result=$(curl -fsS -H "Authorization: Bearer $token" "$api/api/audit/verification")
echo "$result"
grep -q '"intact":true' <<< "$result"

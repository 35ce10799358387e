#!/usr/bin/env bash
# Rewrites the top-level openapi.yaml from the code: SmallRye OpenAPI stores it at build time.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mvn -B -q -f "$repo/backend/pom.xml" -DskipTests package
cp "$repo/backend/target/openapi/openapi.yaml" "$repo/openapi.yaml"
echo "openapi.yaml rewritten; review it with: git diff openapi.yaml"

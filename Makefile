# Restorative Opportunities: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help run test test-backend test-frontend test-e2e openapi bench bench-data audit-verify clean chaos k8s-check

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

run: ## Run the whole product: PostgreSQL, Keycloak (realm ro, demo users), API, portal
	scripts/run.sh

test: ## Run every test: backend, portal, contract, compose, end-to-end in Chromium
	scripts/test.sh

test-backend: ## Only the backend tests (starts the test Keycloak when needed)
	scripts/test.sh backend

test-frontend: ## Only the portal's lint, type check and unit tests
	scripts/test.sh frontend

test-e2e: ## Only the end-to-end tests against the real stack
	scripts/test.sh e2e

openapi: ## Rewrite openapi.yaml from the API's code
	scripts/openapi.sh

bench: ## Ratios to pgbench on generated data at 10x national scale (makes the data first if needed)
	scripts/bench.sh

bench-data: ## Only generate the bench data (BENCH_SCALE=0.01 for a small try); prints the load time
	scripts/bench-data.sh --force

audit-verify: ## Verify the audit trail's hash chain of the running product (as auditor1)
	scripts/audit-verify.sh

chaos: ## 100 SIGKILLs of the API mid-write and mid-upload, then the invariants; figures (CHAOS_ROUNDS, CHAOS_SEED, CHAOS_STORAGE=s3)
	scripts/chaos.sh
k8s-check: ## Build the Kubernetes manifests with Kustomize and check them against the schemas (no cluster)
	scripts/k8s-check.sh

clean: ## Remove build output and local data (keeps the downloaded Keycloak)
	rm -rf backend/target frontend/dist .data

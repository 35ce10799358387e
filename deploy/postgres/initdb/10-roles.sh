#!/usr/bin/env bash
# The database roles of the deployment, created by the postgres image when it initialises an empty
# volume (/docker-entrypoint-initdb.d). Idempotent: on a volume made before, run it by hand:
#   docker compose exec postgres bash /docker-entrypoint-initdb.d/10-roles.sh
#   ro_owner  owns the database ro; Flyway migrates as it (RO_DB_OWNER_PASSWORD), nothing else uses it
#   ro_app    the API's connection (RO_DB_APP_PASSWORD): owns nothing, rows only (granted by migration V5)
#   keycloak  owns the database keycloak (KC_DB_PASSWORD), and cannot connect to ro
# The cluster's superuser (POSTGRES_USER) is only for this script and for maintenance.
set -euo pipefail
: "${RO_DB_OWNER_PASSWORD:?}" "${RO_DB_APP_PASSWORD:?}" "${KC_DB_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  -v owner_password="$RO_DB_OWNER_PASSWORD" -v app_password="$RO_DB_APP_PASSWORD" -v kc_password="$KC_DB_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE ro_owner' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ro_owner')\gexec
ALTER ROLE ro_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
SELECT 'CREATE ROLE ro_app' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ro_app')\gexec
ALTER ROLE ro_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'app_password';
SELECT 'CREATE ROLE keycloak' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak')\gexec
ALTER ROLE keycloak WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'kc_password';

SELECT 'CREATE DATABASE ro OWNER ro_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ro')\gexec
ALTER DATABASE ro OWNER TO ro_owner;
REVOKE ALL ON DATABASE ro FROM PUBLIC;
GRANT CONNECT ON DATABASE ro TO ro_app;

SELECT 'CREATE DATABASE keycloak OWNER keycloak' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak')\gexec
ALTER DATABASE keycloak OWNER TO keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL

-- Least privilege: the API connects as the app role ${app_role} (the datasource's username), which
-- owns nothing. It reads and writes the rows of the tables, but cannot create, alter or drop a table,
-- drop or disable a trigger (only a table's owner can), nor change or remove an audit entry.
-- Flyway runs this as the owner (quarkus.flyway.username), who owns every table and runs later migrations.
DO $$
BEGIN
    IF '${app_role}' = current_user THEN
        RAISE EXCEPTION 'The API must not connect as the owner %: set quarkus.datasource.username to the app role', current_user;
    END IF;
END
$$;

-- Nobody but the owner creates objects in the schema (already so since PostgreSQL 15; kept for older clusters).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${app_role};

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};

-- The audit trail is append-only for the API too: it reads and adds, nothing else.
REVOKE ALL ON audit_entry FROM ${app_role};
GRANT SELECT, INSERT ON audit_entry TO ${app_role};

-- The migration history is the owner's alone.
REVOKE ALL ON ${flyway:table} FROM ${app_role};

-- Tables and sequences that later migrations create (as the owner) get the same rights automatically.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};

-- Participants: harmed people, offenders and support persons, as staff record them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE participant (
    id                       uuid PRIMARY KEY,
    kind                     varchar(20)  NOT NULL CHECK (kind IN ('VICTIM', 'FAMILY_MEMBER', 'OFFENDER', 'SUPPORT_PERSON')),
    first_name               varchar(100) NOT NULL,
    last_name                varchar(100) NOT NULL,
    preferred_language       varchar(2)   NOT NULL CHECK (preferred_language IN ('EN', 'FR')),
    offender_number          varchar(12),
    institution              varchar(120),
    phone                    varchar(40),
    email                    varchar(254),
    postal_address           varchar(500),
    preferred_contact_method varchar(10)  CHECK (preferred_contact_method IN ('PHONE', 'EMAIL', 'MAIL')),
    safe_times               varchar(500),
    may_leave_message        boolean,
    search_key               varchar(400) NOT NULL,
    version                  bigint       NOT NULL,
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    CONSTRAINT offender_number_only_for_offenders
        CHECK ((kind = 'OFFENDER') = (offender_number IS NOT NULL)),
    CONSTRAINT no_contact_details_for_offenders
        CHECK (kind <> 'OFFENDER' OR (phone IS NULL AND email IS NULL AND postal_address IS NULL
                                      AND preferred_contact_method IS NULL AND safe_times IS NULL))
);

CREATE UNIQUE INDEX participant_offender_number_key ON participant (offender_number) WHERE offender_number IS NOT NULL;
CREATE INDEX participant_search_key_trgm ON participant USING gin (search_key gin_trgm_ops);
CREATE INDEX participant_list_order ON participant (last_name, first_name, id);
CREATE INDEX participant_kind ON participant (kind);

-- The audit trail: append-only, hash-chained.
CREATE SEQUENCE audit_entry_seq;

CREATE TABLE audit_entry (
    seq           bigint       PRIMARY KEY,
    at            timestamptz  NOT NULL,
    subject       varchar(100) NOT NULL,
    username      varchar(100),
    roles         varchar(200) NOT NULL,
    action        varchar(40)  NOT NULL,
    resource_type varchar(40)  NOT NULL,
    resource_id   varchar(100),
    request_id    varchar(100) NOT NULL,
    details       text,
    prev_hash     char(64)     NOT NULL,
    hash          char(64)     NOT NULL
);
CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

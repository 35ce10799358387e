-- Issue 10: the hash chain leaves the request path. A request only inserts its entry, numbered by
-- audit_entry_next_seq() and without any lock; one sealer at a time (ro.audit.AuditSealer) chains
-- the committed entries, in the order of their numbers, into audit_seal, and signs checkpoints of
-- the chain into audit_checkpoint. The three tables are append-only, for the owner too.

-- An entry's number is taken after its transaction has an id: when the sealer has read the
-- sequence and then taken a transaction id Z, every number up to what it read belongs to a
-- transaction older than Z, so once no transaction older than Z runs, those numbers are final.
CREATE FUNCTION audit_entry_next_seq() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_current_xact_id();
    RETURN nextval('audit_entry_seq');
END
$$;
ALTER TABLE audit_entry ALTER COLUMN seq SET DEFAULT audit_entry_next_seq();

-- The chain: position 1, 2, 3... in the order of the entries' numbers (gaps in the numbers are
-- rolled-back transactions). hash = SHA-256(prev_hash, the entry's content), see ro.audit.AuditChain.
CREATE TABLE audit_seal (
    position  bigint      PRIMARY KEY,
    entry_seq bigint      NOT NULL UNIQUE,
    prev_hash char(64)    NOT NULL,
    hash      char(64)    NOT NULL,
    sealed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The chain so far moves over unchanged (same hashes, same order).
INSERT INTO audit_seal (position, entry_seq, prev_hash, hash, sealed_at)
SELECT row_number() OVER (ORDER BY seq), seq, prev_hash, hash, at FROM audit_entry;
ALTER TABLE audit_entry DROP COLUMN prev_hash, DROP COLUMN hash;

-- Signed checkpoints: number 1, 2, 3... (a gap is a removed checkpoint); sealed = the chain's length
-- then, last_seq and head = the number and hash of the entry at that position. The signature
-- (Ed25519, base64) covers the text of ro.audit.AuditCheckpoint#signedText.
CREATE TABLE audit_checkpoint (
    number    bigint       PRIMARY KEY,
    at        timestamptz  NOT NULL,
    sealed    bigint       NOT NULL,
    last_seq  bigint       NOT NULL,
    head      char(64)     NOT NULL,
    key_id    varchar(64)  NOT NULL,
    signature varchar(200) NOT NULL
);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE TRIGGER audit_seal_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_checkpoint_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

-- The API reads and adds, nothing else (V5's default privileges would also grant UPDATE and DELETE).
REVOKE ALL ON audit_seal, audit_checkpoint FROM ${app_role};
GRANT SELECT, INSERT ON audit_seal, audit_checkpoint TO ${app_role};

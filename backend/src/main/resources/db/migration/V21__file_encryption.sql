-- Message files are encrypted at rest (AES-256-GCM in chunks): each stored file names the id of the key it is
-- encrypted with (ro.files.keys), so keys can rotate while older files stay readable with theirs. Files stored
-- in clear before this migration have none until the API encrypts them in place at its next start
-- (ro.relay.service.LegacyFiles), which then records their key id.
ALTER TABLE stored_file ADD COLUMN key_id varchar(32);
CREATE INDEX stored_file_legacy_idx ON stored_file (id) WHERE key_id IS NULL;

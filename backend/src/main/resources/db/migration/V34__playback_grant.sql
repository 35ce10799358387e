-- Playback grants: a <video> element cannot send the bearer token, so the portal asks for a grant bound to one
-- file of one message and to the caller; the element then loads /api/playback/{code}. The code is good for one
-- request within a minute; that request answers with a cookie carrying a random session id, good for a few
-- minutes, which the element's following range requests present. Only SHA-256 hashes of the code and the session
-- id are kept, so a copy of this table opens nothing. The caller's scope (coordinator: every case; otherwise the
-- cases assigned to them) is checked again at every request. Rows are removed once both have expired.
CREATE TABLE playback_grant (
    id                  uuid         PRIMARY KEY,
    code_hash           varchar(64)  NOT NULL UNIQUE,
    session_hash        varchar(64)  UNIQUE,
    case_id             uuid         NOT NULL,
    message_id          uuid         NOT NULL,
    file_id             uuid         NOT NULL,
    subject             varchar(100) NOT NULL,
    username            varchar(100) NOT NULL,
    roles               varchar(200) NOT NULL,
    coordinator         boolean      NOT NULL,
    code_expires_at     timestamptz  NOT NULL,
    session_expires_at  timestamptz,
    created_at          timestamptz  NOT NULL
);

CREATE INDEX playback_grant_expiry ON playback_grant (code_expires_at);

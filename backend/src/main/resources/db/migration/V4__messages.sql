-- Message relay: letters, video messages and relayed messages, recorded by a mediator for their
-- author, screened, and only then delivered; files streamed to storage with a SHA-256.
CREATE TABLE stored_file (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_file (id),
    content_type varchar(40)  NOT NULL,
    size_bytes   bigint       NOT NULL,
    sha256       char(64)     NOT NULL,
    storage_key  varchar(200) NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL
);

CREATE TABLE message (
    id                uuid PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES case_file (id),
    kind              varchar(20)  NOT NULL CHECK (kind IN ('LETTER', 'VIDEO_MESSAGE', 'RELAYED_MESSAGE')),
    author_id         uuid         NOT NULL REFERENCES participant (id),
    recipient_id      uuid         NOT NULL REFERENCES participant (id),
    state             varchar(20)  NOT NULL CHECK (state IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'WITHHELD', 'DELIVERED', 'ACKNOWLEDGED')),
    original_text     varchar(20000),
    original_file_id  uuid REFERENCES stored_file (id),
    redacted_text     varchar(20000),
    redacted_file_id  uuid REFERENCES stored_file (id),
    return_comments   varchar(4000),
    withhold_reason   varchar(4000),
    held              boolean      NOT NULL,
    delivery_method   varchar(20)  CHECK (delivery_method IN ('MAIL', 'IN_PERSON', 'PLAYED_AT_MEETING')),
    delivered_at      timestamptz,
    acknowledged_at   timestamptz,
    author_may_know   boolean,
    submitted_at      timestamptz,
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT author_and_recipient_differ CHECK (author_id <> recipient_id)
);
CREATE INDEX message_of_case ON message (case_id, created_at);
CREATE INDEX message_review_queue ON message (state, submitted_at) WHERE state = 'IN_REVIEW';
CREATE INDEX message_of_participant ON message (case_id, author_id, recipient_id);

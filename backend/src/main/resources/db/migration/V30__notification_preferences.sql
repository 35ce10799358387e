-- E-mail notifications (issue 16): each coordinator's and mediator's choice of the notices they get, and
-- what was last noticed for them. A notice says only that work waits (the kind of work) and links to the
-- portal: nothing here holds a case, a person's name or any text of a case.
--
-- One row per person (the token's subject), claimed by the notifier with FOR UPDATE SKIP LOCKED so that
-- of several replicas scanning at once only one sends a given person's notice.
CREATE TABLE notification_preference (
    subject         varchar(100) PRIMARY KEY,
    username        varchar(100) NOT NULL,
    -- the program's roles the person held at their last change, e.g. coordinator,mediator
    roles           varchar(200) NOT NULL,
    -- the token's email claim, refreshed at each change; the only place the address is kept
    email           varchar(320),
    email_enabled   boolean      NOT NULL,
    language        varchar(2)   NOT NULL CHECK (language IN ('en', 'fr')),
    -- the work queue names chosen, comma-separated, e.g. messages-to-screen,reassessments-due
    kinds           varchar(1000) NOT NULL,
    frequency       varchar(20)  NOT NULL CHECK (frequency IN ('IMMEDIATE', 'DAILY_DIGEST')),
    -- the local date (ro.notifications.zone) of the last daily digest considered (sent, or nothing waited)
    last_digest_on  date,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL
);

-- What waited in each chosen kind at the last scan of an IMMEDIATE person: a notice goes when more waits
-- than then (from nothing to something, or new work since).
CREATE TABLE notification_watermark (
    subject     varchar(100) NOT NULL REFERENCES notification_preference (subject) ON DELETE CASCADE,
    kind        varchar(60)  NOT NULL,
    waiting     bigint       NOT NULL,
    noticed_at  timestamptz,
    PRIMARY KEY (subject, kind)
);

-- the app role reads and writes both (default privileges, V5): a person's row is theirs to change

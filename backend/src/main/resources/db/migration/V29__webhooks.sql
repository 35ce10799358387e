-- Webhooks (issue 16): endpoints admin registers, and one delivery row per event an endpoint receives.
--
-- An endpoint serves an integration (its service account's user name: it receives only the events of the
-- referrals that integration submitted, of the types that may leave the program) or, integration null, the
-- program's own subscribers (every event of its types). after_seq is its high-water mark: the dispatcher
-- turns the events after it into PENDING deliveries and advances it in the same transaction, with the
-- endpoint row claimed FOR UPDATE SKIP LOCKED (several replicas share the work). The secret is the
-- Standard Webhooks signing key ("whsec_" + base64 of 32 random bytes), returned to admin once.
CREATE TABLE webhook_endpoint (
    id           uuid          PRIMARY KEY,
    url          varchar(2000) NOT NULL,
    description  varchar(200),
    integration  varchar(100),
    event_types  varchar(80)[] NOT NULL,
    secret       varchar(100)  NOT NULL,
    active       boolean       NOT NULL,
    after_seq    bigint        NOT NULL DEFAULT 0,
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(100)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(100)  NOT NULL,
    CONSTRAINT webhook_endpoint_url_http CHECK (url ~ '^https?://[^/?#@\s]+'),
    CONSTRAINT webhook_endpoint_types_given CHECK (cardinality(event_types) BETWEEN 1 AND 20),
    CONSTRAINT webhook_endpoint_types_known CHECK (event_types <@ ARRAY['REFERRAL_STATE_CHANGED', 'CASE_STAGE_CHANGED',
        'MESSAGE_STATE_CHANGED', 'SAFETY_HOLD_SET', 'SAFETY_HOLD_LIFTED', 'MEETING_STATE_CHANGED']::varchar(80)[]),
    -- the firewall in the schema too: an integration's endpoint takes only the types that may leave the program
    CONSTRAINT webhook_endpoint_integration_types CHECK (integration IS NULL OR event_types <@ ARRAY['REFERRAL_STATE_CHANGED']::varchar(80)[]),
    CONSTRAINT webhook_endpoint_secret_form CHECK (secret ~ '^whsec_[A-Za-z0-9+/]{43}=$'),
    CONSTRAINT webhook_endpoint_mark CHECK (after_seq >= 0)
);
CREATE INDEX webhook_endpoint_order ON webhook_endpoint (created_at DESC, id DESC);

-- One event to one endpoint. PENDING: due at next_attempt_at (a claimed delivery's next_attempt_at is its lease:
-- if the replica dies mid-delivery, the delivery is due again when the lease ends: at least once). DELIVERED: a 2xx
-- was received. FAILED: parked after the configured attempts, with the last error; admin may replay it.
CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    endpoint_id      uuid         NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_seq        bigint       NOT NULL REFERENCES event_outbox (seq),
    event_id         uuid         NOT NULL,
    event_type       varchar(80)  NOT NULL,
    subject          uuid         NOT NULL,
    state            varchar(20)  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(500),
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz  NOT NULL,
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, event_seq),
    CONSTRAINT webhook_delivery_state_known CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT webhook_delivery_attempts CHECK (attempts >= 0),
    CONSTRAINT webhook_delivery_pending_is_due CHECK ((state = 'PENDING') = (next_attempt_at IS NOT NULL)),
    CONSTRAINT webhook_delivery_delivered_at CHECK ((state = 'DELIVERED') = (delivered_at IS NOT NULL)),
    CONSTRAINT webhook_delivery_status CHECK (last_status IS NULL OR last_status BETWEEN 100 AND 599)
);
-- the due deliveries, in event order
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at, event_seq) WHERE state = 'PENDING';
-- per-record order: an earlier PENDING delivery of the same endpoint and subject holds the later ones back
CREATE INDEX webhook_delivery_record ON webhook_delivery (endpoint_id, subject, event_seq) WHERE state = 'PENDING';
-- admin's list of an endpoint's deliveries, newest first, by state
CREATE INDEX webhook_delivery_list ON webhook_delivery (endpoint_id, state, event_seq DESC);
CREATE INDEX webhook_delivery_list_all ON webhook_delivery (endpoint_id, event_seq DESC);

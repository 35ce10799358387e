-- The transactional outbox: one row per state move of a referral, a case's stage, a message, a safety
-- hold set or lifted and a meeting, written in the transaction of the change (so a change that rolls
-- back leaves none and one that commits always has its row). A row carries ids, states and dates only:
-- never a name, a contact, a text or a reason (an event is a disclosure).
--
-- seq is the feed's cursor and the delivery order. Rows must become visible in seq order, or a reader
-- paging by seq could pass over a row of a transaction that committed later with a smaller seq: the
-- trigger takes a transaction-scoped advisory lock before it draws seq, held until the transaction ends,
-- so the transactions that write events commit one after the other from their first event on (Hibernate
-- flushes them at commit: a short section).
CREATE SEQUENCE event_outbox_seq;

CREATE TABLE event_outbox (
    seq          bigint       PRIMARY KEY,
    id           uuid         NOT NULL UNIQUE,
    type         varchar(80)  NOT NULL,
    subject      uuid         NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    data         jsonb        NOT NULL,
    -- the integration (its service account's user name) that submitted the referral the event is of;
    -- null: the program's own subscribers only
    integration  varchar(100),
    CONSTRAINT event_outbox_data_object CHECK (jsonb_typeof(data) = 'object')
);

CREATE FUNCTION event_outbox_in_commit_order() RETURNS trigger AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('event_outbox'));
    NEW.seq := nextval('event_outbox_seq');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER event_outbox_seq BEFORE INSERT ON event_outbox
    FOR EACH ROW EXECUTE FUNCTION event_outbox_in_commit_order();

-- an integration's feed: its own events after a cursor
CREATE INDEX event_outbox_integration ON event_outbox (integration, seq) WHERE integration IS NOT NULL;
-- a record's events in order (per-record delivery order)
CREATE INDEX event_outbox_subject ON event_outbox (subject, seq);

-- Events are facts: the API adds and reads them, never changes or removes one.
REVOKE ALL ON event_outbox FROM ${app_role};
GRANT SELECT, INSERT ON event_outbox TO ${app_role};

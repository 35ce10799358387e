-- Correction requests (Privacy Act right to correction): a person disputes a recorded fact, of a field or of a
-- record as a whole. Recorded and resolved by a coordinator: CORRECTED (the record was corrected through its own
-- endpoint) or ANNOTATED (the record keeps its value and carries the person's statement of disagreement).
CREATE TABLE correction_request (
    id              uuid PRIMARY KEY,
    participant_id  uuid          NOT NULL REFERENCES participant (id),
    record_type     varchar(30)   NOT NULL,
    record_id       uuid          NOT NULL,
    field           varchar(60),
    what_is_wrong   varchar(4000) NOT NULL,
    what_is_asked   varchar(4000) NOT NULL,
    state           varchar(20)   NOT NULL,
    resolution_note varchar(4000),
    requested_at    timestamptz   NOT NULL,
    requested_by    varchar(100)  NOT NULL,
    resolved_at     timestamptz,
    resolved_by     varchar(100),
    list_rank       bigint        NOT NULL,
    version         bigint        NOT NULL,
    CONSTRAINT correction_record_type_known CHECK (record_type IN
        ('PARTICIPANT', 'REFERRAL', 'SUITABILITY_ASSESSMENT', 'SAFETY_ASSESSMENT', 'MESSAGE', 'CASE_NOTE')),
    CONSTRAINT correction_state_known CHECK (state IN ('OPEN', 'CORRECTED', 'ANNOTATED')),
    CONSTRAINT correction_resolved_when_closed CHECK ((state = 'OPEN') = (resolved_at IS NULL)),
    CONSTRAINT correction_open_ranks_first CHECK (list_rank = CASE WHEN state = 'OPEN' THEN 0 ELSE 1 END)
);
-- the list: open first (list_rank 0), oldest first; the notices: by the record disputed
CREATE INDEX correction_request_order ON correction_request (list_rank, requested_at, id);
CREATE INDEX correction_request_record ON correction_request (record_type, record_id, requested_at);
CREATE INDEX correction_request_participant ON correction_request (participant_id, requested_at);

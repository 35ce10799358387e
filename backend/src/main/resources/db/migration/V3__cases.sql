-- Cases: the restorative process from accepted referrals to closure, with its mediators, ways of
-- communicating, consents, participation, safety assessments, meetings, notes and timeline.
CREATE TABLE mediator (
    username     varchar(100) PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    languages    varchar(10)  NOT NULL CHECK (languages IN ('EN', 'FR', 'EN,FR')),
    region       varchar(100) NOT NULL,
    active       boolean      NOT NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);

CREATE TABLE case_file (
    id              uuid PRIMARY KEY,
    stage           varchar(20) NOT NULL CHECK (stage IN ('PREPARATION', 'DIALOGUE', 'FOLLOW_UP', 'CLOSED')),
    outcome_summary varchar(4000),
    opened_at       timestamptz NOT NULL,
    opened_by       varchar(100) NOT NULL,
    closed_at       timestamptz,
    version         bigint      NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT a_closed_case_has_an_outcome CHECK (stage <> 'CLOSED' OR outcome_summary IS NOT NULL)
);

CREATE TABLE case_referral (
    case_id     uuid NOT NULL REFERENCES case_file (id),
    referral_id uuid NOT NULL UNIQUE REFERENCES referral (id),
    PRIMARY KEY (case_id, referral_id)
);

CREATE TABLE case_participant (
    case_id        uuid        NOT NULL REFERENCES case_file (id),
    participant_id uuid        NOT NULL REFERENCES participant (id),
    side           varchar(10) NOT NULL CHECK (side IN ('HARMED', 'OFFENDER')),
    status         varchar(10) NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    status_since   timestamptz NOT NULL,
    PRIMARY KEY (case_id, participant_id)
);
CREATE INDEX case_participant_by_participant ON case_participant (participant_id);

CREATE TABLE case_assignment (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES case_file (id),
    mediator    varchar(100) NOT NULL REFERENCES mediator (username),
    assigned_at timestamptz  NOT NULL,
    assigned_by varchar(100) NOT NULL,
    ended_at    timestamptz
);
CREATE INDEX case_assignment_current ON case_assignment (mediator, case_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX case_assignment_once ON case_assignment (case_id, mediator) WHERE ended_at IS NULL;

CREATE TABLE case_way (
    id         uuid PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES case_file (id),
    way        varchar(20) NOT NULL CHECK (way IN ('FACE_TO_FACE', 'LETTERS', 'VIDEO_MESSAGES', 'SHUTTLE')),
    chosen_at  timestamptz NOT NULL,
    chosen_by  varchar(100) NOT NULL,
    dropped_at timestamptz,
    dropped_by varchar(100)
);
CREATE UNIQUE INDEX case_way_current ON case_way (case_id, way) WHERE dropped_at IS NULL;

CREATE TABLE consent (
    id             uuid PRIMARY KEY,
    case_id        uuid        NOT NULL REFERENCES case_file (id),
    participant_id uuid        NOT NULL REFERENCES participant (id),
    way            varchar(20) NOT NULL CHECK (way IN ('FACE_TO_FACE', 'LETTERS', 'VIDEO_MESSAGES', 'SHUTTLE')),
    given          boolean     NOT NULL,
    recorded_at    timestamptz NOT NULL,
    recorded_by    varchar(100) NOT NULL
);
CREATE INDEX consent_latest ON consent (case_id, participant_id, way, recorded_at);

CREATE TABLE safety_assessment (
    id                   uuid PRIMARY KEY,
    case_id              uuid        NOT NULL REFERENCES case_file (id),
    participant_id       uuid        NOT NULL REFERENCES participant (id),
    amends_id            uuid REFERENCES safety_assessment (id),
    risk_level           varchar(10) CHECK (risk_level IN ('LOW', 'MODERATE', 'HIGH')),
    emotional_wellbeing  varchar(4000),
    readiness            varchar(4000),
    safety_measures      varchar(4000),
    not_safe_to_proceed  boolean     NOT NULL,
    next_due             date,
    finalised_at         timestamptz,
    finalised_by         varchar(100),
    version              bigint      NOT NULL,
    created_at           timestamptz NOT NULL,
    created_by           varchar(100) NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT a_finalised_safety_assessment_is_complete CHECK (finalised_at IS NULL OR (risk_level IS NOT NULL AND next_due IS NOT NULL))
);
CREATE INDEX safety_assessment_of_case ON safety_assessment (case_id, participant_id, finalised_at);
CREATE UNIQUE INDEX safety_amended_once ON safety_assessment (amends_id) WHERE amends_id IS NOT NULL;

CREATE FUNCTION safety_finalised_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.finalised_at IS NOT NULL THEN
        RAISE EXCEPTION 'a finalised safety assessment is never edited';
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER safety_finalised_no_update BEFORE UPDATE OR DELETE ON safety_assessment
    FOR EACH ROW EXECUTE FUNCTION safety_finalised_is_immutable();

CREATE TABLE meeting (
    id              uuid PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    institution     varchar(120) NOT NULL,
    scheduled_for   timestamptz  NOT NULL,
    safety_plan     varchar(4000) NOT NULL,
    state           varchar(10)  NOT NULL CHECK (state IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    outcome         varchar(4000),
    agreements      varchar(4000),
    cancel_reason   varchar(1000),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX meeting_of_case ON meeting (case_id, scheduled_for);

CREATE TABLE meeting_attendee (
    id             uuid PRIMARY KEY,
    meeting_id     uuid         NOT NULL REFERENCES meeting (id),
    role           varchar(20)  NOT NULL CHECK (role IN ('PARTICIPANT', 'SUPPORT_PERSON', 'MEDIATOR', 'ESCORT_STAFF')),
    participant_id uuid REFERENCES participant (id),
    name           varchar(200) NOT NULL
);
CREATE INDEX meeting_attendee_of_meeting ON meeting_attendee (meeting_id);

CREATE TABLE case_note (
    id             uuid PRIMARY KEY,
    case_id        uuid          NOT NULL REFERENCES case_file (id),
    author         varchar(100)  NOT NULL,
    text           varchar(8000) NOT NULL,
    mediators_only boolean       NOT NULL,
    created_at     timestamptz   NOT NULL
);
CREATE INDEX case_note_of_case ON case_note (case_id, created_at);

CREATE TABLE case_event (
    id        uuid PRIMARY KEY,
    case_id   uuid         NOT NULL REFERENCES case_file (id),
    seq       bigserial    NOT NULL,
    at        timestamptz  NOT NULL,
    actor     varchar(100) NOT NULL,
    kind      varchar(40)  NOT NULL,
    summary   varchar(1000) NOT NULL
);
CREATE INDEX case_event_timeline ON case_event (case_id, seq);

-- Referrals: harmed people's requests (recorded by coordinators) and offenders' referrals (by
-- correctional staff, directly or through an integrated system), their suitability assessments,
-- the matches between them, and the idempotency keys of integrated systems.
CREATE TABLE referral (
    id                         uuid PRIMARY KEY,
    source                     varchar(20)  NOT NULL CHECK (source IN ('HARMED_PERSON', 'STAFF', 'INTEGRATION')),
    state                      varchar(20)  NOT NULL CHECK (state IN ('DORMANT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    harmed_person_id           uuid REFERENCES participant (id),
    offender_id                uuid REFERENCES participant (id),
    offender_number            varchar(12),
    channel                    varchar(20)  CHECK (channel IN ('PHONE', 'EMAIL', 'COLLECT_CALL', 'MAIL', 'IN_PERSON', 'VICTIM_SERVICES')),
    victim_registration        varchar(20)  CHECK (victim_registration IN ('REGISTERED_VICTIM', 'REPRESENTATIVE', 'NOT_REGISTERED')),
    notes                      varchar(4000),
    referring_staff            varchar(100),
    submitted_by_subject       varchar(100) NOT NULL,
    submitted_by_username      varchar(100),
    staff_supports             boolean,
    offender_takes_responsibility boolean,
    reasons                    varchar(4000),
    safety_concerns            varchar(4000),
    no_contact_condition       varchar(2000),
    no_contact_reviewed_at     timestamptz,
    no_contact_reviewed_by     varchar(100),
    decline_reason             varchar(40)  CHECK (decline_reason IN ('OTHER_PARTY_UNREACHABLE_OR_UNWILLING', 'MOTIVATION_NOT_APPROPRIATE', 'SAFETY', 'NOT_ELIGIBLE', 'OTHER')),
    decline_details            varchar(2000),
    decided_at                 timestamptz,
    decided_by                 varchar(100),
    version                    bigint       NOT NULL,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    CONSTRAINT a_harmed_persons_request_names_them CHECK (source <> 'HARMED_PERSON' OR harmed_person_id IS NOT NULL),
    CONSTRAINT an_offender_referral_names_the_offender_and_staff CHECK (source = 'HARMED_PERSON'
        OR (offender_id IS NOT NULL AND referring_staff IS NOT NULL AND staff_supports AND offender_takes_responsibility))
);
CREATE INDEX referral_queue ON referral (state, created_at);
CREATE INDEX referral_offender_number ON referral (offender_number);
CREATE INDEX referral_submitter ON referral (submitted_by_subject, created_at);
-- At most one open referral per offender and harmed person (a staff referral has no harmed person).
CREATE UNIQUE INDEX referral_one_open_per_pair ON referral (offender_number, COALESCE(harmed_person_id, '00000000-0000-0000-0000-000000000000'::uuid))
    WHERE state IN ('DORMANT', 'SUBMITTED', 'UNDER_ASSESSMENT') AND offender_number IS NOT NULL;

CREATE TABLE referral_match (
    id                  uuid PRIMARY KEY,
    harmed_referral_id  uuid NOT NULL REFERENCES referral (id),
    offender_referral_id uuid NOT NULL REFERENCES referral (id),
    matched_at          timestamptz NOT NULL,
    UNIQUE (harmed_referral_id, offender_referral_id)
);

CREATE TABLE suitability_assessment (
    id                       uuid PRIMARY KEY,
    referral_id              uuid NOT NULL REFERENCES referral (id),
    amends_id                uuid REFERENCES suitability_assessment (id),
    appropriateness          varchar(4000),
    motivation               varchar(4000),
    acceptance_of_responsibility varchar(4000),
    notes                    varchar(4000),
    outcome                  varchar(30) CHECK (outcome IN ('SUITABLE', 'NOT_SUITABLE', 'MORE_INFORMATION_NEEDED')),
    finalised_at             timestamptz,
    finalised_by             varchar(100),
    version                  bigint      NOT NULL,
    created_at               timestamptz NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz NOT NULL,
    CONSTRAINT a_finalised_assessment_has_an_outcome CHECK (finalised_at IS NULL OR outcome IS NOT NULL)
);
CREATE INDEX suitability_of_referral ON suitability_assessment (referral_id, created_at);
-- A finalised assessment is amended at most once; the amendment supersedes it.
CREATE UNIQUE INDEX suitability_amended_once ON suitability_assessment (amends_id) WHERE amends_id IS NOT NULL;

-- A finalised assessment is never edited: the database refuses it too.
CREATE FUNCTION suitability_finalised_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.finalised_at IS NOT NULL THEN
        RAISE EXCEPTION 'a finalised suitability assessment is never edited';
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER suitability_finalised_no_update BEFORE UPDATE OR DELETE ON suitability_assessment
    FOR EACH ROW EXECUTE FUNCTION suitability_finalised_is_immutable();

CREATE TABLE idempotency_key (
    caller_subject  varchar(100) NOT NULL,
    key             varchar(100) NOT NULL,
    request_hash    char(64)     NOT NULL,
    referral_id     uuid         NOT NULL REFERENCES referral (id),
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller_subject, key)
);

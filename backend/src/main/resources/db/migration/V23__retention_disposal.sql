-- Retention and disposal (issue 13): a record whose retention period has ended is disposed of once a
-- coordinator approves it, unless under legal hold. Disposal removes the personal data and keeps a
-- tombstone of each row the statistics count (dates, states, codes, region), marked disposed_at.

-- A legal hold stops the disposal of one record (a case or a referral) until it is released.
CREATE TABLE legal_hold (
    record_type varchar(20)   NOT NULL CHECK (record_type IN ('CASE', 'REFERRAL')),
    record_id   uuid          NOT NULL,
    reason      varchar(1000) NOT NULL,
    placed_at   timestamptz   NOT NULL,
    placed_by   varchar(100)  NOT NULL,
    version     bigint        NOT NULL,
    PRIMARY KEY (record_type, record_id)
);

-- Referrals: a disposed one keeps its source, states, dates, codes and region; it names nobody.
ALTER TABLE referral ADD COLUMN disposed_at timestamptz;
ALTER TABLE referral DROP CONSTRAINT a_harmed_persons_request_names_them;
ALTER TABLE referral ADD CONSTRAINT a_harmed_persons_request_names_them
    CHECK (source <> 'HARMED_PERSON' OR harmed_person_id IS NOT NULL OR disposed_at IS NOT NULL);
ALTER TABLE referral DROP CONSTRAINT an_offender_referral_names_the_offender_and_staff;
ALTER TABLE referral ADD CONSTRAINT an_offender_referral_names_the_offender_and_staff CHECK (source = 'HARMED_PERSON'
    OR disposed_at IS NOT NULL
    OR (offender_id IS NOT NULL AND referring_staff IS NOT NULL AND staff_supports AND offender_takes_responsibility));
CREATE INDEX referral_ended_for_disposal ON referral (decided_at, id)
    WHERE state IN ('DECLINED', 'WITHDRAWN') AND disposed_at IS NULL;
CREATE INDEX referral_dormant_for_disposal ON referral (updated_at, id) WHERE state = 'DORMANT' AND disposed_at IS NULL;

-- Cases: a disposed closed case keeps its dates, stage and closure outcome, not its summary.
ALTER TABLE case_file ADD COLUMN disposed_at timestamptz;
ALTER TABLE case_file DROP CONSTRAINT a_closed_case_has_an_outcome;
ALTER TABLE case_file ADD CONSTRAINT a_closed_case_has_an_outcome
    CHECK (stage <> 'CLOSED' OR outcome_summary IS NOT NULL OR disposed_at IS NOT NULL);
CREATE INDEX case_file_closed_for_disposal ON case_file (closed_at, id) WHERE stage = 'CLOSED' AND disposed_at IS NULL;

-- Rows the statistics count keep their facts and lose the person they named.
ALTER TABLE consent ALTER COLUMN participant_id DROP NOT NULL;
ALTER TABLE participant_feedback ALTER COLUMN participant_id DROP NOT NULL;
ALTER TABLE message ALTER COLUMN author_id DROP NOT NULL;
ALTER TABLE message ALTER COLUMN recipient_id DROP NOT NULL;
ALTER TABLE meeting ALTER COLUMN institution DROP NOT NULL;
ALTER TABLE meeting ALTER COLUMN safety_plan DROP NOT NULL;
ALTER TABLE safety_assessment ALTER COLUMN participant_id DROP NOT NULL;

-- A finalised assessment is still never edited, but for its disposal: the one change that removes its
-- free text (and, for safety, the person) and marks it disposed, leaving its outcome and dates as they were.
ALTER TABLE suitability_assessment ADD COLUMN disposed_at timestamptz;
ALTER TABLE safety_assessment ADD COLUMN disposed_at timestamptz;

CREATE OR REPLACE FUNCTION suitability_finalised_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.finalised_at IS NOT NULL THEN
        IF TG_OP = 'UPDATE' AND OLD.disposed_at IS NULL AND NEW.disposed_at IS NOT NULL
           AND NEW.appropriateness IS NULL AND NEW.motivation IS NULL AND NEW.acceptance_of_responsibility IS NULL
           AND NEW.notes IS NULL AND NEW.outcome = OLD.outcome AND NEW.finalised_at = OLD.finalised_at
           AND NEW.referral_id = OLD.referral_id AND NEW.amends_id IS NOT DISTINCT FROM OLD.amends_id THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a finalised suitability assessment is never edited';
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;

CREATE OR REPLACE FUNCTION safety_finalised_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.finalised_at IS NOT NULL THEN
        IF TG_OP = 'UPDATE' AND OLD.disposed_at IS NULL AND NEW.disposed_at IS NOT NULL
           AND NEW.participant_id IS NULL AND NEW.emotional_wellbeing IS NULL AND NEW.readiness IS NULL
           AND NEW.safety_measures IS NULL AND NEW.risk_level = OLD.risk_level
           AND NEW.not_safe_to_proceed = OLD.not_safe_to_proceed AND NEW.finalised_at = OLD.finalised_at
           AND NEW.case_id = OLD.case_id AND NEW.amends_id IS NOT DISTINCT FROM OLD.amends_id THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a finalised safety assessment is never edited';
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;

-- Whether anything still names a person, asked of each table before their record is erased: one index each.
CREATE INDEX message_by_author ON message (author_id);
CREATE INDEX message_by_recipient ON message (recipient_id);
CREATE INDEX consent_by_participant ON consent (participant_id);
CREATE INDEX safety_assessment_by_participant ON safety_assessment (participant_id);
CREATE INDEX participant_feedback_by_participant ON participant_feedback (participant_id);
CREATE INDEX meeting_attendee_by_participant ON meeting_attendee (participant_id);
CREATE INDEX referral_by_harmed_person ON referral (harmed_person_id);
CREATE INDEX referral_by_offender ON referral (offender_id);

-- Participants' feedback after a case closes, recorded by staff for them (voluntary): four statements on a
-- five-point scale, each of which may be declined, and free text that stays with the case. Only the scales
-- feed the statistics.
CREATE TABLE participant_feedback (
    id              uuid PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    participant_id  uuid         NOT NULL REFERENCES participant (id),
    felt_safe       varchar(20)  NOT NULL,
    felt_heard      varchar(20)  NOT NULL,
    needs_met       varchar(20)  NOT NULL,
    would_recommend varchar(20)  NOT NULL,
    comments        varchar(4000),
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(100) NOT NULL,
    CONSTRAINT one_feedback_per_participant_and_case UNIQUE (case_id, participant_id),
    CONSTRAINT feedback_answers_are_on_the_scale CHECK (
        felt_safe IN ('STRONGLY_DISAGREE', 'DISAGREE', 'NEUTRAL', 'AGREE', 'STRONGLY_AGREE', 'DECLINED')
        AND felt_heard IN ('STRONGLY_DISAGREE', 'DISAGREE', 'NEUTRAL', 'AGREE', 'STRONGLY_AGREE', 'DECLINED')
        AND needs_met IN ('STRONGLY_DISAGREE', 'DISAGREE', 'NEUTRAL', 'AGREE', 'STRONGLY_AGREE', 'DECLINED')
        AND would_recommend IN ('STRONGLY_DISAGREE', 'DISAGREE', 'NEUTRAL', 'AGREE', 'STRONGLY_AGREE', 'DECLINED'))
);
CREATE INDEX participant_feedback_recorded ON participant_feedback (recorded_at);

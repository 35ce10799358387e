-- De-identified statistics (issue 11): what the counts need that the records did not keep, and the
-- indexes that keep every count a bounded range scan of the period.

-- When a referral's assessment started (it moved to UNDER_ASSESSMENT). Older referrals did not keep
-- it: NULL, and they are left out of the time from referral to the start of assessment.
ALTER TABLE referral ADD COLUMN assessment_started_at timestamptz;

-- How a case ended: the process went through, a participant withdrew or chose to stop, it was ended
-- for safety, or for another reason. Required when closing from now on; cases closed before have none.
ALTER TABLE case_file ADD COLUMN closure_outcome varchar(30)
    CHECK (closure_outcome IN ('DIALOGUE_COMPLETED', 'ENDED_BY_PARTICIPANT', 'ENDED_FOR_SAFETY', 'ENDED_OTHER'));

-- A timeline event keeps, beside its worded summary, the codes the statistics count: the stage a
-- STAGE event moved to (with the closure outcome when it closed the case), and the side of the
-- participant who withdrew or rejoined. Never a name.
ALTER TABLE case_event
    ADD COLUMN stage varchar(20) CHECK (stage IN ('PREPARATION', 'DIALOGUE', 'FOLLOW_UP', 'CLOSED')),
    ADD COLUMN closure_outcome varchar(30)
        CHECK (closure_outcome IN ('DIALOGUE_COMPLETED', 'ENDED_BY_PARTICIPANT', 'ENDED_FOR_SAFETY', 'ENDED_OTHER')),
    ADD COLUMN side varchar(10) CHECK (side IN ('HARMED', 'OFFENDER'));

-- Past STAGE events: the stage moved to is the last argument of the stored summary (key, from, to,
-- separated by the unit separator).
UPDATE case_event SET stage = split_part(summary, chr(31), 3)
 WHERE kind = 'STAGE' AND split_part(summary, chr(31), 3) IN ('PREPARATION', 'DIALOGUE', 'FOLLOW_UP', 'CLOSED');
-- Past withdrawals and rejoins: the side is known where the event is the participant's latest change
-- (same case, same instant); earlier ones keep no side and are left out of the counts.
UPDATE case_event e SET side = p.side
  FROM case_participant p
 WHERE e.kind IN ('WITHDRAWN', 'REJOINED') AND p.case_id = e.case_id AND p.status_since = e.at
   AND p.status = CASE e.kind WHEN 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'ACTIVE' END;

-- The statistics read each period by range; each index below serves one count or duration.
CREATE INDEX referral_decided ON referral (decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX referral_assessment_started ON referral (assessment_started_at) WHERE assessment_started_at IS NOT NULL;
CREATE INDEX suitability_finalised ON suitability_assessment (finalised_at) WHERE finalised_at IS NOT NULL;
CREATE INDEX case_event_counted ON case_event (at) WHERE kind IN ('STAGE', 'WITHDRAWN', 'REJOINED');
-- A case's stage at a date: its last STAGE event up to then.
CREATE INDEX case_event_stage_of_case ON case_event (case_id, at) WHERE kind = 'STAGE';
CREATE INDEX case_way_chosen ON case_way (chosen_at);
CREATE INDEX message_recorded ON message (created_at);
CREATE INDEX message_delivered ON message (delivered_at) WHERE delivered_at IS NOT NULL;
CREATE INDEX meeting_date ON meeting (scheduled_for);

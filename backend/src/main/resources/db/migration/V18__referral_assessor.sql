-- The mediator a coordinator assigned to a referral's assessment: while the referral is open (SUBMITTED or
-- UNDER_ASSESSMENT) that mediator reaches it, its suitability assessments and its people. Who assigned
-- them and when are kept with the assignment; a removal clears all three.
ALTER TABLE referral ADD COLUMN assessor varchar(100);
ALTER TABLE referral ADD COLUMN assessor_assigned_at timestamptz;
ALTER TABLE referral ADD COLUMN assessor_assigned_by varchar(100);
ALTER TABLE referral ADD CONSTRAINT an_assessor_is_assigned_by_someone_at_a_time
    CHECK ((assessor IS NULL) = (assessor_assigned_at IS NULL) AND (assessor IS NULL) = (assessor_assigned_by IS NULL));
-- A mediator's referrals to assess ("My work", the people they reach): few rows per mediator.
CREATE INDEX referral_assessor ON referral (assessor, assessor_assigned_at) WHERE assessor IS NOT NULL;

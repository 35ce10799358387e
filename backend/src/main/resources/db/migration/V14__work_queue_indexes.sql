-- The coordinators' work queues read in the order they show, by index, however large the referral table grows.
-- Referrals nothing has happened on for a while (SUBMITTED or UNDER_ASSESSMENT), oldest change first.
CREATE INDEX referral_waiting ON referral (updated_at, id) WHERE state IN ('SUBMITTED', 'UNDER_ASSESSMENT');
-- No-contact conditions not yet reviewed, oldest first.
CREATE INDEX referral_no_contact_to_review ON referral (created_at, id)
    WHERE no_contact_condition IS NOT NULL AND no_contact_reviewed_at IS NULL;

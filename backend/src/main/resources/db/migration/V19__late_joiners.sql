-- People who join a case after it opened: a support person, or a victim or family member who comes
-- forward later. Each participant of a case now says when they joined, who added them (none: they
-- came with the referrals the case was opened from) and, for a support person, whom they support.
ALTER TABLE case_participant ADD COLUMN joined_at timestamptz;
UPDATE case_participant p SET joined_at = c.opened_at FROM case_file c WHERE c.id = p.case_id;
ALTER TABLE case_participant ALTER COLUMN joined_at SET NOT NULL;
ALTER TABLE case_participant ADD COLUMN added_by varchar(100);
ALTER TABLE case_participant ADD COLUMN supports_participant_id uuid REFERENCES participant (id);
ALTER TABLE case_participant ADD CONSTRAINT a_supporter_is_not_their_own_support
    CHECK (supports_participant_id IS NULL OR supports_participant_id <> participant_id);

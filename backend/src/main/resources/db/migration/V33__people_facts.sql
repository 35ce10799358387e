-- Who approved a message and when (messages approved before stay without: it was not recorded).
ALTER TABLE message
    ADD COLUMN approved_by varchar(100),
    ADD COLUMN approved_at timestamptz;

-- The referral queue's search by offender number is a prefix search: a pattern index serves it
-- (names are searched through the participants' trigram index of V1).
CREATE INDEX referral_offender_number_prefix ON referral (offender_number varchar_pattern_ops);

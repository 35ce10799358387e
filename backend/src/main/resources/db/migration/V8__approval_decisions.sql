-- Approval decides every part of a message: its text and its file are each relayed as they are or
-- redacted, and nothing undecided is relayed. A file the system cannot read is approved only with the
-- reviewer's statement that it was checked for contact details and whereabouts: who and when.
ALTER TABLE message
    ADD COLUMN text_decision   varchar(10) CHECK (text_decision IN ('AS_IS', 'REDACTED')),
    ADD COLUMN file_decision   varchar(10) CHECK (file_decision IN ('AS_IS', 'REDACTED')),
    ADD COLUMN file_checked_by varchar(100),
    ADD COLUMN file_checked_at timestamptz;

-- Messages approved before: the decisions are what their recipient copy gave, part by part.
UPDATE message SET text_decision = CASE WHEN redacted_text IS NOT NULL THEN 'REDACTED' ELSE 'AS_IS' END
 WHERE state IN ('APPROVED', 'DELIVERED', 'ACKNOWLEDGED') AND (original_text IS NOT NULL OR redacted_text IS NOT NULL);
UPDATE message SET file_decision = CASE WHEN redacted_file_id IS NOT NULL THEN 'REDACTED' ELSE 'AS_IS' END
 WHERE state IN ('APPROVED', 'DELIVERED', 'ACKNOWLEDGED') AND (original_file_id IS NOT NULL OR redacted_file_id IS NOT NULL);

ALTER TABLE message ADD CONSTRAINT approved_parts_decided CHECK (
    state NOT IN ('APPROVED', 'DELIVERED', 'ACKNOWLEDGED')
    OR ((original_text IS NULL OR text_decision IS NOT NULL) AND (original_file_id IS NULL OR file_decision IS NOT NULL)));
ALTER TABLE message ADD CONSTRAINT redacted_text_decided CHECK (text_decision = 'REDACTED' OR text_decision IS NULL OR redacted_text IS NULL);

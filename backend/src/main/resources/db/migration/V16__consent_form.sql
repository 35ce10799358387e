-- How each consent was given or withdrawn (verbally, in writing, on a signed form). Consents recorded
-- before this migration did not say; they stay NULL.
ALTER TABLE consent ADD COLUMN how varchar(20) CHECK (how IN ('VERBAL', 'WRITTEN', 'SIGNED_FORM'));

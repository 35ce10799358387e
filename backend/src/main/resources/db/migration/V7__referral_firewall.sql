-- Parole firewall: staff and integrated systems never learn of a referral they did not submit.
-- A second referral of an offender already referred is recorded as the caller's own, linked for
-- the coordinator to the open one it duplicates; it does not count as the open referral of the pair.
ALTER TABLE referral ADD COLUMN duplicate_of uuid REFERENCES referral (id);
-- The offender's name as the referrer gave it: what the referrer is shown back, never the program's.
ALTER TABLE referral ADD COLUMN referred_first_name varchar(100);
ALTER TABLE referral ADD COLUMN referred_last_name varchar(100);

UPDATE referral r SET referred_first_name = p.first_name, referred_last_name = p.last_name
    FROM participant p
    WHERE p.id = r.offender_id AND r.source IN ('STAFF', 'INTEGRATION');

DROP INDEX referral_one_open_per_pair;
CREATE UNIQUE INDEX referral_one_open_per_pair ON referral (offender_number, COALESCE(harmed_person_id, '00000000-0000-0000-0000-000000000000'::uuid))
    WHERE state IN ('DORMANT', 'SUBMITTED', 'UNDER_ASSESSMENT') AND offender_number IS NOT NULL AND duplicate_of IS NULL;
CREATE INDEX referral_duplicates ON referral (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Harmed people's requests that name the offender without a number, oldest first: the coordinators'
-- "numbers to confirm" queue, read by index however large the referral table grows.
CREATE INDEX referral_number_to_confirm ON referral (created_at, id)
    WHERE source = 'HARMED_PERSON' AND offender_number IS NULL AND referred_last_name IS NOT NULL
      AND state IN ('DORMANT', 'SUBMITTED');

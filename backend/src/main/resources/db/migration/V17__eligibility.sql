-- Eligibility on every referral: did the harm come from an offence that led to a federal sentence (yes, no,
-- not yet known)? A referral is not accepted while it is not known, and is declined as not eligible only when
-- it is known not to be. Referrals recorded before this migration did not say: not yet known.
ALTER TABLE referral ADD COLUMN federal_sentence varchar(10) NOT NULL DEFAULT 'UNKNOWN'
    CHECK (federal_sentence IN ('YES', 'NO', 'UNKNOWN'));

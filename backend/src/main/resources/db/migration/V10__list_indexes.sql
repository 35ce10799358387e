-- Indexes that serve the lists' orders, so a page read by cursor (keyset) costs the same at any depth.
-- Lists already served: participants (participant_list_order), timeline (case_event_timeline),
-- a referrer's referrals (referral_submitter), the queue by state (referral_queue).

-- The cases list, newest first (ties by id).
CREATE INDEX case_file_list_order ON case_file (opened_at DESC, id);

-- The referral queue without a state filter, oldest first (ties by id).
CREATE INDEX referral_queue_order ON referral (created_at, id);

-- The auditor's entries of one record, newest first.
CREATE INDEX audit_entry_of_resource ON audit_entry (resource_type, resource_id, seq);
-- It serves every query the one on (resource_type, resource_id) served; one index less on the busiest table.
DROP INDEX audit_entry_resource;

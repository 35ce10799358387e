-- The referral queue, its counts per state and the case list leave out what disposal left as tombstones
-- (disposed_at set, V23). Their own indexes carry that condition, so that a page is again read in index order
-- and the counts per state are again an index-only scan (without them, every count visits the table).
-- The V2/V10 indexes stay: the statistics count the tombstones too.
CREATE INDEX referral_live_order ON referral (created_at, id) WHERE disposed_at IS NULL;
CREATE INDEX referral_live_state ON referral (state, created_at, id) WHERE disposed_at IS NULL;
CREATE INDEX case_file_live_order ON case_file (opened_at DESC, id) WHERE disposed_at IS NULL;

-- A mediator's messages waiting for screening, counted and paged within their own cases (the "messages to screen"
-- work queue, GET /api/work; the review queue, GET /api/messages/review-queue): V4's message_review_queue serves the program-wide
-- queue, but bounded to a mediator's cases PostgreSQL read every message of those cases to find the few in review
-- (12,000 pages for 649 rows at ten times national scale, 92 ms). This index holds only the messages in review.
CREATE INDEX message_in_review_of_case ON message (case_id, submitted_at, id) WHERE state = 'IN_REVIEW';

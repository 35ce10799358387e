-- Rate-limit buckets (Bucket4j, PostgreSQL "select for update"), one row per caller or address and
-- kind of request, shared by every API replica. No personal data: the id is a token subject or an
-- address with the kind of request; the state is Bucket4j's serialized token count.
CREATE TABLE rate_limit_bucket (
    id         varchar(200) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);

-- The auditor's filters of the trail (ro.audit.AuditFilter): each one walks an index newest first (seq DESC) with the
-- keyset cursor, so a page costs the same at any depth on the busiest table. A row enters each of the composite indexes
-- below and only the partial index of its role; more were not added (every index weighs on every request's write).

-- Who: by user name, or by token subject when the filter is a UUID.
CREATE INDEX audit_entry_by_username ON audit_entry (username, seq);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject, seq);
-- What was done.
CREATE INDEX audit_entry_by_action ON audit_entry (action, seq);
-- A kind of record without its id (a record is served by audit_entry_of_resource, V10).
CREATE INDEX audit_entry_by_type ON audit_entry (resource_type, seq);
-- One request.
CREATE INDEX audit_entry_by_request ON audit_entry (request_id, seq);
-- A period: two probes find the entry numbers that bound it (numbers and times grow together).
CREATE INDEX audit_entry_by_time ON audit_entry (at);
-- A role: the roles column lists a caller's roles from a fixed set in which no name is part of another, so the filter
-- is a literal LIKE that the planner matches to that role's partial index (a row enters the ones of its roles).
CREATE INDEX audit_entry_by_coordinator ON audit_entry (seq) WHERE roles LIKE '%coordinator%';
CREATE INDEX audit_entry_by_mediator ON audit_entry (seq) WHERE roles LIKE '%mediator%';
CREATE INDEX audit_entry_by_staff ON audit_entry (seq) WHERE roles LIKE '%staff%';
CREATE INDEX audit_entry_by_auditor ON audit_entry (seq) WHERE roles LIKE '%auditor%';
CREATE INDEX audit_entry_by_admin ON audit_entry (seq) WHERE roles LIKE '%admin%';
CREATE INDEX audit_entry_by_integration ON audit_entry (seq) WHERE roles LIKE '%integration%';
-- A record's access log also lists the entries that name it in their details (a list that showed it, a change of a
-- message of its case): the details' tokens (split on commas and equal signs: keys, ids, field names) in a GIN index.
CREATE INDEX audit_entry_mentions ON audit_entry USING gin (regexp_split_to_array(details, '[,=]'));

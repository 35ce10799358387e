-- `make bench-data`: the program at ten times national scale, generated inside PostgreSQL (run as the
-- owner, postgres, on a freshly migrated database): 100,000 participants, 50,000 referrals, 20,000
-- cases, 1,000,000 messages (metadata and short texts, no files) and 20,000,000 audit entries whose
-- hash chain is computed here, with the canonical text of ro.audit.AuditChain, so verification passes.
--   psql -v scale=1 -f scripts/bench-data.sql      (scale=0.01: a hundredth, to try it out)
-- Every row satisfies the schema's constraints and triggers (foreign keys are checked as rows go in).
-- Distributions: a few large cases, most small (a case's share of messages and audit entries falls as
-- a power of its rank); every referral state, case stage and message state is present.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
SET client_min_messages = notice;
SET synchronous_commit = off;
SET work_mem = '512MB';
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 1;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM participant) OR EXISTS (SELECT 1 FROM audit_entry) THEN
        RAISE EXCEPTION 'bench-data expects a freshly migrated, empty database';
    END IF;
END
$$;

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- The sizes and the clock of the generated history.
CREATE TABLE bench.p AS
SELECT round(100000 * s)::bigint AS np,           -- participants
       round(35000 * s)::bigint AS no,            -- of whom offenders (the first ones)
       round(50000 * s)::bigint AS nr,            -- referrals
       round(20000 * s)::bigint AS nc,            -- cases
       round(1000000 * s)::bigint AS nm,          -- messages
       round(20000000 * s)::bigint AS na,         -- audit entries
       greatest(4, round(400 * s))::int AS nmed,  -- mediators on the roster
       date_trunc('second', now()) AS now,
       date_trunc('second', now()) - interval '3 years' AS audit_t0,
       (extract(epoch FROM interval '3 years') - 86400) / round(20000000 * s) AS audit_step
FROM (SELECT (:'scale')::numeric AS s) x;
SELECT np, no, nr, nc, nm, na, nmed FROM bench.p;

-- A reproducible uniform number in [0, 1) for row i and a salt.
CREATE FUNCTION bench.u(salt int, i bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (hashint8extended(i, salt) & 4503599627370495)::float8 / 4503599627370496.0;
-- A reproducible id per kind of row and number (random-looking, as the API's UUIDs are).
CREATE FUNCTION bench.id(kind text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN md5(kind || ':' || i::text)::uuid;
-- The rank of a hot record: rank 0 is the busiest, the share falls as rank^-1/2.
CREATE FUNCTION bench.hot(n bigint, u float8) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN least(n - 1, floor(n * power(u, 2)))::bigint;
CREATE FUNCTION bench.mediator(k bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 'mediator' || regexp_replace(lpad((k + 1)::text, 3, '0'), '^00([12])$', '\1');  -- mediator1, mediator2, mediator003...
CREATE FUNCTION bench.coordinator(k bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 'coordinator' || regexp_replace(lpad((k + 1)::text, 2, '0'), '^01$', '1');  -- coordinator1, coordinator02...
CREATE FUNCTION bench.subject(username text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN md5('subject:' || username)::uuid::text;
CREATE FUNCTION bench.offender_number(k bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 'FPS' || lpad(k::text, 6, '0');
-- Messages go to cases past preparation: the busiest cases get the most.
CREATE FUNCTION bench.message_case(nc bigint, m bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN bench.hot(nc, bench.u(1, m)) - CASE WHEN bench.hot(nc, bench.u(1, m)) % 20 >= 14 THEN 14 ELSE 0 END;
-- A case's stage by its number: 0-4 DIALOGUE, 5-6 FOLLOW_UP, 7-13 CLOSED, 14-19 PREPARATION.
CREATE FUNCTION bench.stage(c bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN c % 20 < 5 THEN 'DIALOGUE' WHEN c % 20 < 7 THEN 'FOLLOW_UP' WHEN c % 20 < 14 THEN 'CLOSED' ELSE 'PREPARATION' END;
CREATE FUNCTION bench.opened_at(now timestamptz, nc bigint, c bigint) RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE
    RETURN now - interval '30 days' - (c + 1) * (interval '4 years' / nc);

-- The audit chain, exactly as ro.audit.AuditChain: Instant.toString of the time (0, 3 or 6 digits of
-- fraction), the fields joined by U+001F with U+2400 for null, hash = SHA-256(prev hex, '\n', text).
CREATE FUNCTION bench.instant(t timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
    RETURN regexp_replace(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '(\.000000|000)$', '') || 'Z';
CREATE FUNCTION bench.canonical(seq bigint, at timestamptz, subject text, username text, roles text, action text,
        resource_type text, resource_id text, request_id text, details text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN concat_ws(chr(31), seq::text, bench.instant(at), coalesce(subject, chr(9216)), coalesce(username, chr(9216)),
        coalesce(roles, chr(9216)), coalesce(action, chr(9216)), coalesce(resource_type, chr(9216)),
        coalesce(resource_id, chr(9216)), coalesce(request_id, chr(9216)), coalesce(details, chr(9216)));
CREATE FUNCTION bench.chain_step(head text, content text, start text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN encode(sha256(convert_to(coalesce(head, start) || E'\n' || content, 'UTF8')), 'hex');
END
$$;
-- As a running window aggregate (ORDER BY seq): each row's hash, starting from the head given.
CREATE AGGREGATE bench.chain(text, text) (SFUNC = bench.chain_step, STYPE = text);

\timing on
\echo 'participants...'
INSERT INTO participant (id, kind, first_name, last_name, preferred_language, offender_number, institution, phone, email,
                         postal_address, preferred_contact_method, safe_times, may_leave_message, search_key, version,
                         created_at, updated_at, created_by)
SELECT bench.id('participant', i), kind, first_name, last_name, CASE WHEN i % 4 = 0 THEN 'FR' ELSE 'EN' END,
       number, CASE WHEN kind = 'OFFENDER' THEN 'Institution ' || (i % 53 + 1) END,
       CASE WHEN kind <> 'OFFENDER' AND i % 5 <> 4 THEN '+1 613 555 ' || lpad((i % 10000)::text, 4, '0') END,
       CASE WHEN kind <> 'OFFENDER' AND i % 3 = 0 THEN lower(bare_first || '.' || bare_last) || i || '@example.org' END,
       CASE WHEN kind <> 'OFFENDER' AND i % 7 = 0 THEN (i % 900 + 100) || ' Rue Principale, Ottawa ON' END,
       CASE WHEN kind <> 'OFFENDER' THEN (ARRAY['PHONE', 'EMAIL', 'MAIL'])[1 + i % 3] END,
       CASE WHEN kind <> 'OFFENDER' AND i % 4 = 0 THEN 'Weekdays after 6 pm' END,
       CASE WHEN kind <> 'OFFENDER' THEN i % 2 = 0 END,
       lower(concat_ws(' ', bare_first, bare_last, number)), 1 + i % 3, created, created, bench.coordinator(i % 20)
FROM (
    SELECT i, p.now - interval '5 years' + (i + 1) * (interval '5 years' / p.np) AS created,
           CASE WHEN i < p.no THEN 'OFFENDER'
                WHEN i - p.no < p.nr - p.nc THEN CASE WHEN i % 5 = 4 THEN 'FAMILY_MEMBER' ELSE 'VICTIM' END
                WHEN i % 3 = 0 THEN 'SUPPORT_PERSON' WHEN i % 3 = 1 THEN 'FAMILY_MEMBER' ELSE 'VICTIM' END AS kind,
           CASE WHEN i < p.no THEN bench.offender_number(i) END AS number,
           f.first_name, f.bare_first, l.last_name, l.bare_last
    FROM bench.p p, generate_series(0, p.np - 1) i,
    LATERAL (SELECT (ARRAY['Hélène','Élise','François','Zoë','Marc','Chloé','Anaïs','Jérôme','Noémie','Luc','Amélie','André',
                           'Benoît','Céline','Daniel','Émilie','Frédéric','Geneviève','Hugo','Isabelle','Jacques','Karine',
                           'Louis','Maëlle','Nathalie','Olivier','Pascal','Raphaël','Sophie','Thérèse','Valérie','William',
                           'Sarah','Michael','Jennifer','David','Emily','James','Jessica','Robert'])[1 + (hashint8extended(i, 11) & 1023) % 40] AS first_name,
                    (ARRAY['helene','elise','francois','zoe','marc','chloe','anais','jerome','noemie','luc','amelie','andre',
                           'benoit','celine','daniel','emilie','frederic','genevieve','hugo','isabelle','jacques','karine',
                           'louis','maelle','nathalie','olivier','pascal','raphael','sophie','therese','valerie','william',
                           'sarah','michael','jennifer','david','emily','james','jessica','robert'])[1 + (hashint8extended(i, 11) & 1023) % 40] AS bare_first) f,
    LATERAL (SELECT (ARRAY['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin','Gagné','Ouellet',
                           'Pelletier','Bélanger','Lévesque','Bergeron','Leblanc','Paquette','Girard','Simard','Boucher','Caron',
                           'Beaulieu','Cloutier','Dubé','Poirier','Fournier','Lapointe','Leclerc','Lefebvre','Poulin','Thibault',
                           'St-Pierre','Nadeau','Martin','Landry','Martel','Bédard','Grenier','Lessard','Bernier','Richard',
                           'Michaud','Hébert','Desjardins','Couture','Turcotte','Lachance','Parent','Blais','Gosselin','Smith',
                           'Brown','Wilson','MacDonald','Taylor','Campbell','Anderson','Jones','Johnson','Williams','Thompson',
                           'Miller','Stewart','Clark','Scott','Robinson','Murray','Young','Walker','White','Lee','Wong','Singh',
                           'Patel','Chen','Nguyen','Kowalski','Rossi','Müller','O''Brien'])[1 + (hashint8extended(i, 13) & 1023) % 80] AS last_name) l0,
    LATERAL (SELECT l0.last_name,
                    translate(l0.last_name, 'ÉéèêëÀàâäÎîïÔôöÙùûüÇçÿ', 'EeeeeAaaaIiiOooUuuuCcy') AS bare_last) l
) x;

\echo 'mediators...'
INSERT INTO mediator (username, display_name, languages, region, active, version, created_at, updated_at)
SELECT bench.mediator(k), 'Mediator ' || (k + 1), (ARRAY['EN,FR', 'EN', 'FR'])[1 + k % 3],
       (ARRAY['Ontario', 'Quebec', 'Atlantic', 'Prairies', 'Pacific'])[1 + k % 5], true, 0,
       p.now - interval '5 years', p.now - interval '5 years'
FROM bench.p p, generate_series(0, p.nmed - 1) k;

\echo 'referrals: two per case (the offender referral and the harmed person''s request, accepted), then the rest in every state...'
INSERT INTO referral (id, source, state, harmed_person_id, offender_id, offender_number, channel, victim_registration, notes,
                      referring_staff, submitted_by_subject, submitted_by_username, staff_supports, offender_takes_responsibility,
                      reasons, safety_concerns, no_contact_condition, no_contact_reviewed_at, no_contact_reviewed_by,
                      decline_reason, decline_details, decided_at, decided_by, version, created_at, updated_at,
                      referred_first_name, referred_last_name)
SELECT bench.id('referral', r), source, state,
       CASE WHEN source = 'HARMED_PERSON' THEN bench.id('participant', harmed) END,
       bench.id('participant', offender), bench.offender_number(offender),
       CASE WHEN source = 'HARMED_PERSON' THEN (ARRAY['PHONE', 'EMAIL', 'COLLECT_CALL', 'MAIL', 'IN_PERSON', 'VICTIM_SERVICES'])[1 + r % 6] END,
       CASE WHEN source = 'HARMED_PERSON' THEN (ARRAY['REGISTERED_VICTIM', 'REPRESENTATIVE', 'NOT_REGISTERED'])[1 + r % 3] END,
       CASE WHEN r % 3 = 0 THEN 'Prefers contact in the morning; has asked about letters.' END,
       CASE WHEN source <> 'HARMED_PERSON' THEN 'Parole officer ' || (r % 300 + 1) END,
       bench.subject(submitter), submitter,
       CASE WHEN source <> 'HARMED_PERSON' THEN true END, CASE WHEN source <> 'HARMED_PERSON' THEN true END,
       CASE WHEN source <> 'HARMED_PERSON' THEN 'Has completed programming and asks to take responsibility.' END,
       CASE WHEN r % 11 = 0 THEN 'History of contact attempts; no contact order in place until review.' END,
       CASE WHEN r % 11 = 0 THEN 'No contact with the harmed person, direct or indirect.' END,
       CASE WHEN r % 11 = 0 AND state NOT IN ('DORMANT', 'SUBMITTED') THEN created + interval '20 days' END,
       CASE WHEN r % 11 = 0 AND state NOT IN ('DORMANT', 'SUBMITTED') THEN 'coordinator1' END,
       CASE WHEN state = 'DECLINED' THEN (ARRAY['OTHER_PARTY_UNREACHABLE_OR_UNWILLING', 'MOTIVATION_NOT_APPROPRIATE', 'SAFETY', 'NOT_ELIGIBLE', 'OTHER'])[1 + r % 5] END,
       CASE WHEN state = 'DECLINED' AND r % 5 = 4 THEN 'Moved out of the region.' END,
       CASE WHEN state IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN') THEN created + interval '45 days' END,
       CASE WHEN state IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN') THEN 'coordinator1' END,
       CASE WHEN state IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN') THEN 3 ELSE 1 END,
       created, CASE WHEN state IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN') THEN created + interval '45 days' ELSE created END,
       CASE WHEN source <> 'HARMED_PERSON' THEN o.first_name END, CASE WHEN source <> 'HARMED_PERSON' THEN o.last_name END
FROM (
    SELECT r, source, state, offender, harmed, created,
           CASE source WHEN 'HARMED_PERSON' THEN bench.coordinator(r % 20) WHEN 'STAFF' THEN (ARRAY['staff1', 'staff2'])[1 + r % 2]
                       ELSE 'service-account-ro-integration' END AS submitter
    FROM (
        -- case c: referral 2c from staff or an integrated system, 2c+1 the harmed person's request
        SELECT r, CASE WHEN r % 2 = 1 THEN 'HARMED_PERSON' WHEN r % 8 = 6 THEN 'INTEGRATION' ELSE 'STAFF' END AS source,
               'ACCEPTED' AS state, r / 2 AS offender, p.no + r / 2 AS harmed, bench.opened_at(p.now, p.nc, r / 2) - interval '60 days' AS created
        FROM bench.p p, generate_series(0, 2 * p.nc - 1) r
        UNION ALL
        -- the rest, one offender each (so at most one open referral per pair), newest the most often still open
        SELECT 2 * p.nc + j, (ARRAY['HARMED_PERSON', 'STAFF', 'INTEGRATION'])[1 + j % 3],
               (ARRAY['DORMANT', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT', 'DECLINED',
                      'DECLINED', 'WITHDRAWN', 'WITHDRAWN'])[1 + j % 10],
               p.nc + j, p.no + p.nc + j,
               p.now - (CASE WHEN j % 10 < 6 THEN interval '400 days' ELSE interval '4 years' END) * bench.u(21, j) - interval '1 hour'
        FROM bench.p p, generate_series(0, p.nr - 2 * p.nc - 1) j
    ) y
) x JOIN participant o ON o.id = bench.id('participant', x.offender);

INSERT INTO referral_match (id, harmed_referral_id, offender_referral_id, matched_at)
SELECT bench.id('match', c), bench.id('referral', 2 * c + 1), bench.id('referral', 2 * c), bench.opened_at(p.now, p.nc, c) - interval '20 days'
FROM bench.p p, generate_series(0, p.nc - 1) c;

-- Suitability: finalised SUITABLE for every accepted offender referral, a draft for those under assessment.
INSERT INTO suitability_assessment (id, referral_id, appropriateness, motivation, acceptance_of_responsibility, notes, outcome,
                                    finalised_at, finalised_by, version, created_at, created_by, updated_at)
SELECT bench.id('suitability', r.n), r.id, 'Appropriate for a restorative process.', 'Sincere; initiated by the offender.',
       'Accepts full responsibility.', NULL,
       CASE WHEN r.state = 'ACCEPTED' THEN 'SUITABLE' END, CASE WHEN r.state = 'ACCEPTED' THEN r.decided_at - interval '1 day' END,
       CASE WHEN r.state = 'ACCEPTED' THEN 'coordinator1' END, 1, r.created_at + interval '10 days', 'coordinator1',
       r.created_at + interval '10 days'
FROM (SELECT row_number() OVER (ORDER BY created_at, id) AS n, * FROM referral
      WHERE source <> 'HARMED_PERSON' AND state IN ('ACCEPTED', 'UNDER_ASSESSMENT')) r;

\echo 'cases, their referrals, participants, mediators, ways, consents and safety assessments...'
INSERT INTO case_file (id, stage, outcome_summary, opened_at, opened_by, closed_at, version, updated_at)
SELECT bench.id('case', c), bench.stage(c),
       CASE WHEN bench.stage(c) IN ('FOLLOW_UP', 'CLOSED') THEN 'Letters exchanged; the harmed person received answers to their questions.' END,
       bench.opened_at(p.now, p.nc, c), bench.coordinator(c % 20),
       CASE WHEN bench.stage(c) = 'CLOSED' THEN bench.opened_at(p.now, p.nc, c) + (p.now - bench.opened_at(p.now, p.nc, c)) / 2 END, 5 + c % 7,
       CASE WHEN bench.stage(c) = 'CLOSED' THEN bench.opened_at(p.now, p.nc, c) + (p.now - bench.opened_at(p.now, p.nc, c)) / 2 ELSE p.now - interval '2 days' END
FROM bench.p p, generate_series(0, p.nc - 1) c;

INSERT INTO case_referral (case_id, referral_id)
SELECT bench.id('case', r / 2), bench.id('referral', r) FROM bench.p p, generate_series(0, 2 * p.nc - 1) r;

INSERT INTO case_participant (case_id, participant_id, side, status, status_since, joined_at)
SELECT bench.id('case', c), bench.id('participant', CASE side WHEN 'OFFENDER' THEN c ELSE p.no + c END), side,
       CASE WHEN c % 37 = 3 AND side = 'HARMED' THEN 'WITHDRAWN' ELSE 'ACTIVE' END, bench.opened_at(p.now, p.nc, c),
       bench.opened_at(p.now, p.nc, c)
FROM bench.p p, generate_series(0, p.nc - 1) c, unnest(ARRAY['HARMED', 'OFFENDER']) side;

-- One mediator per case (case c: mediator c mod the roster, so mediator1 has case 0, the busiest); every tenth co-mediated.
INSERT INTO case_assignment (id, case_id, mediator, assigned_at, assigned_by, ended_at)
SELECT bench.id('assignment:' || k, c), bench.id('case', c), bench.mediator((c + k) % p.nmed), bench.opened_at(p.now, p.nc, c), 'coordinator1', NULL
FROM bench.p p, generate_series(0, p.nc - 1) c, generate_series(0, 1) k
WHERE k = 0 OR c % 10 = 5;

INSERT INTO case_way (id, case_id, way, chosen_at, chosen_by, dropped_at, dropped_by)
SELECT bench.id('way:' || w, c), bench.id('case', c), w, bench.opened_at(p.now, p.nc, c) + interval '14 days', bench.mediator(c % p.nmed), NULL, NULL
FROM bench.p p, generate_series(0, p.nc - 1) c, unnest(ARRAY['LETTERS', 'SHUTTLE']) w
WHERE bench.stage(c) <> 'PREPARATION' AND (w = 'LETTERS' OR c % 3 = 0);

INSERT INTO consent (id, case_id, participant_id, way, given, recorded_at, recorded_by)
SELECT bench.id('consent', row_number() OVER ()), w.case_id, cp.participant_id, w.way, true, w.chosen_at + interval '1 day', w.chosen_by
FROM case_way w JOIN case_participant cp ON cp.case_id = w.case_id;

INSERT INTO safety_assessment (id, case_id, participant_id, amends_id, risk_level, emotional_wellbeing, readiness, safety_measures,
                               not_safe_to_proceed, next_due, finalised_at, finalised_by, version, created_at, created_by, updated_at)
SELECT bench.id('safety:' || side, c), bench.id('case', c), bench.id('participant', CASE side WHEN 'OFFENDER' THEN c ELSE p.no + c END),
       NULL, (ARRAY['LOW', 'LOW', 'MODERATE', 'HIGH'])[1 + (c + length(side)) % 4],
       'Stable; supported by family.', 'Ready to exchange letters.', 'The mediator reads every letter before it is relayed.',
       false, (p.now + interval '30 days' + (c % 120) * interval '1 day')::date,
       bench.opened_at(p.now, p.nc, c) + interval '10 days', bench.mediator(c % p.nmed), 2, bench.opened_at(p.now, p.nc, c) + interval '7 days',
       bench.mediator(c % p.nmed), bench.opened_at(p.now, p.nc, c) + interval '10 days'
FROM bench.p p, generate_series(0, p.nc - 1) c, unnest(ARRAY['HARMED', 'OFFENDER']) side
WHERE bench.stage(c) <> 'PREPARATION';

\echo 'messages...'
INSERT INTO message (id, case_id, kind, author_id, recipient_id, state, original_text, original_file_id, redacted_text,
                     redacted_file_id, return_comments, withhold_reason, held, delivery_method, delivered_at, acknowledged_at,
                     author_may_know, submitted_at, version, created_at, created_by, updated_at, text_decision, file_decision,
                     file_checked_by, file_checked_at)
SELECT bench.id('message', m), bench.id('case', c), kind, bench.id('participant', author), bench.id('participant', recipient), state,
       text, NULL,
       CASE WHEN decided AND m % 7 = 0 THEN left(text, 60) || ' [redacted]' END, NULL,
       CASE WHEN state = 'DRAFT' AND m % 3 = 0 THEN 'Please remove the name of the street.' END,
       CASE WHEN state = 'WITHHELD' THEN 'The letter names where the harmed person lives.' END,
       false,
       CASE WHEN state IN ('DELIVERED', 'ACKNOWLEDGED') THEN CASE kind WHEN 'LETTER' THEN 'MAIL' ELSE 'IN_PERSON' END END,
       CASE WHEN state IN ('DELIVERED', 'ACKNOWLEDGED') THEN created + interval '5 days' END,
       CASE WHEN state = 'ACKNOWLEDGED' THEN created + interval '9 days' END,
       CASE WHEN state = 'WITHHELD' THEN m % 2 = 0 END,
       CASE WHEN state <> 'DRAFT' THEN created + interval '1 day' END,
       CASE state WHEN 'DRAFT' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'APPROVED' THEN 3 WHEN 'WITHHELD' THEN 3 WHEN 'DELIVERED' THEN 4 ELSE 5 END,
       created, bench.mediator(c % p.nmed),
       created + CASE state WHEN 'DRAFT' THEN interval '0' WHEN 'IN_REVIEW' THEN interval '1 day' WHEN 'ACKNOWLEDGED' THEN interval '9 days'
                            WHEN 'DELIVERED' THEN interval '5 days' ELSE interval '3 days' END,
       CASE WHEN decided THEN CASE WHEN m % 7 = 0 THEN 'REDACTED' ELSE 'AS_IS' END END, NULL, NULL, NULL
FROM bench.p p, generate_series(0, p.nm - 1) m,
LATERAL (SELECT bench.message_case(p.nc, m) AS c) mc,
LATERAL (SELECT
                CASE WHEN m % 10 < 7 THEN 'LETTER' ELSE 'RELAYED_MESSAGE' END AS kind,
                CASE WHEN m % 2 = 0 THEN p.no + mc.c ELSE mc.c END AS author,
                CASE WHEN m % 2 = 0 THEN mc.c ELSE p.no + mc.c END AS recipient,
                (ARRAY['DRAFT', 'IN_REVIEW', 'APPROVED', 'WITHHELD', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED',
                       'DELIVERED', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 'ACKNOWLEDGED',
                       'ACKNOWLEDGED', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 'ACKNOWLEDGED'])[1 + m % 20] AS state,
                (ARRAY['I have thought about that night every day since. I want you to know that I am sorry.',
                       'Thank you for your letter. I read it twice. I still have questions about why it happened, and I would like answers to them before anything else.',
                       'My mediator told me you asked about my family. They are doing better now. I started a trade program last month and I write to you from the library.',
                       'I am not ready to meet, but I will keep writing. Please tell me what you remember of that evening, and what you would say to my son if you could.',
                       'Since my last letter I finished the program. I know that does not change what I did. I want to answer your questions honestly, one at a time, if you still want me to. I have written them down and I keep them with me.',
                       'Here are my answers. First, it was not planned. Second, nobody else was involved. Third, I did not know you were home. I understand if that is hard to read. I am willing to meet if you decide you want to, and I will respect it if you do not.'])[1 + m % 6] AS text,
                bench.opened_at(p.now, p.nc, mc.c) + (p.now - interval '12 days' - bench.opened_at(p.now, p.nc, mc.c)) * bench.u(2, m) AS created) x,
LATERAL (SELECT x.state IN ('APPROVED', 'DELIVERED', 'ACKNOWLEDGED') AS decided) d;

\echo 'audit entries, with their hash chain (in batches, each committed)...'
-- What the audit trail of such a program holds: mostly reads of cases, messages and participants by
-- the case's own mediator, lists, then changes (naming fields, never values), refusals and the
-- auditor's reads. A case's share falls as a power of its rank, as its messages do.
CREATE FUNCTION bench.audit_source(lo bigint, hi bigint)
RETURNS TABLE (seq bigint, at timestamptz, subject text, username text, roles text, action text, resource_type text,
               resource_id text, request_id text, details text)
LANGUAGE sql STABLE AS $$
SELECT g, p.audit_t0 + make_interval(secs => g * p.audit_step), bench.subject(who), who, roles, action, rtype, rid,
       md5('request:' || g)::uuid::text, details
FROM bench.p p, generate_series(lo, hi) g,
LATERAL (SELECT g % 100 AS b, bench.hot(p.nc, bench.u(3, g)) AS c, floor(bench.u(5, g) * p.nm)::bigint AS m,
                bench.hot(p.np, bench.u(6, g)) AS pi, floor(bench.u(8, g) * p.nr)::bigint AS ri) x,
LATERAL (SELECT bench.message_case(p.nc, x.m) AS mc) y,
LATERAL (SELECT
    CASE WHEN x.b < 25 OR x.b BETWEEN 86 AND 92 THEN bench.mediator(x.c % p.nmed)
         WHEN x.b < 30 THEN bench.coordinator(g % 20)
         WHEN x.b < 38 THEN bench.mediator(g % p.nmed)
         WHEN x.b < 53 OR x.b BETWEEN 81 AND 85 THEN bench.mediator(y.mc % p.nmed)
         WHEN x.b = 98 THEN 'staff1' WHEN x.b = 99 THEN 'auditor1'
         ELSE bench.coordinator(g % 20) END AS who,
    CASE WHEN x.b < 25 OR x.b BETWEEN 30 AND 52 OR x.b BETWEEN 81 AND 92 THEN 'mediator'
         WHEN x.b = 98 THEN 'staff' WHEN x.b = 99 THEN 'auditor' ELSE 'coordinator' END AS roles,
    CASE WHEN x.b < 30 THEN 'READ' WHEN x.b < 38 THEN 'LIST' WHEN x.b < 53 THEN (ARRAY['READ', 'READ', 'READ_RECIPIENT_COPY', 'LIST'])[1 + g % 4]
         WHEN x.b < 63 THEN 'READ' WHEN x.b < 71 THEN 'LIST' WHEN x.b < 77 THEN 'READ' WHEN x.b < 81 THEN 'LIST'
         WHEN x.b < 86 THEN (ARRAY['CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'DELIVER'])[1 + g % 5]
         WHEN x.b < 89 THEN (ARRAY['LIST', 'CREATE'])[1 + g % 2] WHEN x.b < 93 THEN (ARRAY['LIST', 'CREATE', 'FINALISE'])[1 + g % 3]
         WHEN x.b < 96 THEN (ARRAY['CREATE', 'UPDATE'])[1 + g % 2] WHEN x.b < 98 THEN (ARRAY['START_ASSESSMENT', 'ACCEPT', 'DECLINE'])[1 + g % 3]
         WHEN x.b = 98 THEN 'DENIED' ELSE 'LIST' END AS action,
    CASE WHEN x.b < 38 OR x.b = 98 THEN 'CASE' WHEN x.b < 53 OR x.b BETWEEN 81 AND 85 THEN 'MESSAGE' WHEN x.b < 71 OR x.b BETWEEN 93 AND 95 THEN 'PARTICIPANT'
         WHEN x.b < 81 OR x.b BETWEEN 96 AND 97 THEN 'REFERRAL' WHEN x.b < 89 THEN 'CASE_NOTE' WHEN x.b < 93 THEN 'SAFETY_ASSESSMENT'
         ELSE 'AUDIT_ENTRY' END AS rtype,
    CASE WHEN x.b < 30 OR x.b = 98 THEN bench.id('case', x.c)::text
         WHEN x.b < 38 OR x.b BETWEEN 63 AND 70 OR x.b BETWEEN 77 AND 80 OR x.b = 99 THEN NULL
         WHEN x.b < 53 THEN CASE WHEN g % 4 = 3 THEN NULL ELSE bench.id('message', x.m)::text END
         WHEN x.b < 63 OR x.b BETWEEN 93 AND 95 THEN bench.id('participant', x.pi)::text
         WHEN x.b < 77 OR x.b BETWEEN 96 AND 97 THEN bench.id('referral', x.ri)::text
         WHEN x.b < 86 THEN bench.id('message', x.m)::text
         WHEN x.b < 93 THEN CASE WHEN x.b < 89 AND g % 2 = 0 OR x.b >= 89 AND g % 3 = 0 THEN NULL ELSE bench.id('record', g)::text END
         END AS rid,
    CASE WHEN x.b BETWEEN 38 AND 52 OR x.b BETWEEN 81 AND 85 THEN 'case=' || bench.id('case', y.mc)
             || CASE WHEN x.b >= 81 AND g % 5 = 1 THEN ',fields=originalText' WHEN x.b >= 81 AND g % 5 > 1 THEN ',from=DRAFT,to=IN_REVIEW' ELSE '' END
         WHEN x.b BETWEEN 86 AND 92 THEN 'case=' || bench.id('case', x.c)
         WHEN x.b BETWEEN 63 AND 70 THEN (ARRAY['kind=VICTIM', 'kind=OFFENDER', NULL, NULL])[1 + g % 4]
         WHEN x.b BETWEEN 93 AND 95 THEN CASE WHEN g % 2 = 1 THEN 'fields=phone,safeTimes' END
         WHEN x.b = 98 THEN 'GET /api/cases/{id}: not a mediator of the case'
         WHEN x.b = 99 THEN 'type=CASE,id=' || bench.id('case', x.c) || ',page=0' END AS details) z
$$;

-- Indexes other than the primary key are dropped for the load and built once at the end (much faster
-- than keeping them up to date row by row); their definitions are kept to recreate them exactly.
CREATE TABLE bench.audit_indexes AS
SELECT indexname, indexdef FROM pg_indexes i
WHERE schemaname = 'public' AND tablename = 'audit_entry'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO $$
DECLARE ix record;
BEGIN
    FOR ix IN SELECT * FROM bench.audit_indexes LOOP
        EXECUTE format('DROP INDEX %I', ix.indexname);
    END LOOP;
END
$$;

-- The chain, batch after batch: each batch continues from the head of the one before. With the
-- chain in its own table (audit_seal, V9) the entries go in first and are sealed in the same order.
CREATE PROCEDURE bench.load_audit(batch bigint) LANGUAGE plpgsql AS $$
DECLARE
    total bigint := (SELECT na FROM bench.p);
    lo bigint := 1;
    hi bigint;
    head text := repeat('0', 64);
    sealed boolean := to_regclass('public.audit_seal') IS NOT NULL;
    started timestamptz := clock_timestamp();
BEGIN
    WHILE lo <= total LOOP
        hi := least(total, lo + batch - 1);
        IF sealed THEN
            INSERT INTO audit_entry (seq, at, subject, username, roles, action, resource_type, resource_id, request_id, details)
            SELECT * FROM bench.audit_source(lo, hi);
            INSERT INTO audit_seal (position, entry_seq, prev_hash, hash, sealed_at)
            SELECT h.seq, h.seq, coalesce(lag(h.hash) OVER (ORDER BY h.seq), head), h.hash, h.at + interval '1 second'
            FROM (SELECT e.seq, e.at, bench.chain(bench.canonical(e.seq, e.at, e.subject, e.username, e.roles, e.action,
                         e.resource_type, e.resource_id, e.request_id, e.details), head) OVER (ORDER BY e.seq) AS hash
                  FROM audit_entry e WHERE e.seq BETWEEN lo AND hi) h;
            SELECT s.hash INTO head FROM audit_seal s WHERE s.position = hi;
        ELSE
            INSERT INTO audit_entry (seq, at, subject, username, roles, action, resource_type, resource_id, request_id, details,
                                     prev_hash, hash)
            SELECT h.seq, h.at, h.subject, h.username, h.roles, h.action, h.resource_type, h.resource_id, h.request_id, h.details,
                   coalesce(lag(h.hash) OVER (ORDER BY h.seq), head), h.hash
            FROM (SELECT e.*, bench.chain(bench.canonical(e.seq, e.at, e.subject, e.username, e.roles, e.action, e.resource_type,
                         e.resource_id, e.request_id, e.details), head) OVER (ORDER BY e.seq) AS hash
                  FROM bench.audit_source(lo, hi) e) h;
            SELECT a.hash INTO head FROM audit_entry a WHERE a.seq = hi;
        END IF;
        COMMIT;
        RAISE NOTICE 'audit entries: % of % (% s)', hi, total, round(extract(epoch FROM clock_timestamp() - started));
        lo := hi + 1;
    END LOOP;
END
$$;
CALL bench.load_audit(1000000);

\echo 'audit indexes...'
DO $$
DECLARE ix record;
BEGIN
    FOR ix IN SELECT * FROM bench.audit_indexes LOOP
        EXECUTE ix.indexdef;
    END LOOP;
END
$$;
-- The API numbers its entries after the generated ones.
SELECT setval('audit_entry_seq', (SELECT na FROM bench.p));

\echo 'statistics...'
DROP SCHEMA bench CASCADE;
VACUUM ANALYZE;
\timing off
SELECT 'participant' AS table_name, count(*) FROM participant UNION ALL SELECT 'referral', count(*) FROM referral
UNION ALL SELECT 'case_file', count(*) FROM case_file UNION ALL SELECT 'message', count(*) FROM message
UNION ALL SELECT 'audit_entry', (SELECT reltuples::bigint FROM pg_class WHERE relname = 'audit_entry');
SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size;

package ro.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold of the records however a process died, as SQL run by the owner: each check names a rule and
 * selects the records that break it (none, when it holds). A write that inserts several rows does so in one
 * transaction, so a row without its siblings is a defect; so is a state that disagrees with its record's last
 * event, timeline entry or audit entry, for the move and its reports are written together.
 */
final class RecordChecks {

    /** A rule and the SQL that selects what breaks it (one text column: the ids at fault). */
    record Check(String rule, String sql) {
    }

    /** A broken rule and up to ten of the records at fault. */
    record Breach(String rule, List<String> examples) {
        @Override
        public String toString() {
            return rule + ": " + examples;
        }
    }

    private RecordChecks() {
    }

    /** (a) No partial record: every multi-row write left all its rows or none. */
    static final List<Check> PARTIAL_RECORDS = List.of(
            // a harmed person's request: participant + referral (+ match) + event + audit entries
            // an offender's referral: (offender registered) + referral (+ idempotency key) + event + audit entries
            new Check("a referral without its first state event", """
                    SELECT r.id::text FROM referral r WHERE NOT EXISTS (SELECT 1 FROM event_outbox e
                     WHERE e.subject = r.id AND e.type = 'REFERRAL_STATE_CHANGED' AND e.data->>'previousState' IS NULL)"""),
            new Check("a referral without its CREATE audit entry", """
                    SELECT r.id::text FROM referral r WHERE NOT EXISTS (SELECT 1 FROM audit_entry a
                     WHERE a.resource_type = 'REFERRAL' AND a.resource_id = r.id::text AND a.action = 'CREATE')"""),
            new Check("a participant without its CREATE audit entry", """
                    SELECT p.id::text FROM participant p WHERE NOT EXISTS (SELECT 1 FROM audit_entry a
                     WHERE a.resource_type = 'PARTICIPANT' AND a.resource_id = p.id::text AND a.action = 'CREATE')"""),
            new Check("an integration's referral without its idempotency key", """
                    SELECT r.id::text FROM referral r WHERE r.source = 'INTEGRATION'
                       AND NOT EXISTS (SELECT 1 FROM idempotency_key k WHERE k.referral_id = r.id)"""),
            // the workload gives each submission its own offender and retries it with the same key
            new Check("a submission retried with its idempotency key recorded twice (one offender, two integration referrals)", """
                    SELECT r.offender_number FROM referral r WHERE r.source = 'INTEGRATION'
                     GROUP BY r.submitted_by_subject, r.offender_number HAVING count(*) > 1"""),
            new Check("a match of a referral still kept on file (DORMANT)", """
                    SELECT m.id::text FROM referral_match m JOIN referral h ON h.id = m.harmed_referral_id
                      JOIN referral o ON o.id = m.offender_referral_id WHERE h.state = 'DORMANT' OR o.state = 'DORMANT'"""),
            // a case: case_file + case_referral + case_participant (both sides) + case_assignment + OPENED + event + audit
            new Check("a case without a referral, a side or a mediator", """
                    SELECT c.id::text FROM case_file c
                     WHERE NOT EXISTS (SELECT 1 FROM case_referral r WHERE r.case_id = c.id)
                        OR NOT EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.side = 'HARMED')
                        OR NOT EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.side = 'OFFENDER')
                        OR NOT EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id)"""),
            new Check("a case without its OPENED timeline entry, its first stage event or its CREATE audit entry", """
                    SELECT c.id::text FROM case_file c
                     WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'OPENED')
                        OR NOT EXISTS (SELECT 1 FROM event_outbox e WHERE e.subject = c.id AND e.type = 'CASE_STAGE_CHANGED'
                                        AND e.data->>'previousState' IS NULL)
                        OR NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.resource_type = 'CASE' AND a.resource_id = c.id::text
                                        AND a.action = 'CREATE')"""),
            // a consent: consent row + CONSENT timeline entry + audit entry
            new Check("a case whose consents and CONSENT timeline entries differ in number", """
                    SELECT c.id::text FROM case_file c
                     WHERE (SELECT count(*) FROM consent k WHERE k.case_id = c.id)
                        <> (SELECT count(*) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'CONSENT')
                        OR (SELECT count(*) FROM consent k WHERE k.case_id = c.id)
                        <> (SELECT count(*) FROM audit_entry a WHERE a.resource_type = 'CASE' AND a.resource_id = c.id::text
                             AND a.action = 'CONSENT')"""),
            // a message: message + MESSAGE_RECORDED timeline entry + event + audit entry
            new Check("a message without its RECORDED timeline entry, its first state event or its CREATE audit entry", """
                    SELECT m.id::text FROM message m
                     WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = m.case_id AND e.kind = 'MESSAGE'
                                        AND e.summary = 'timeline.MESSAGE_RECORDED' || chr(31) || m.id || chr(31) || m.kind
                                            || chr(31) || m.author_id || chr(31) || m.recipient_id)
                        OR NOT EXISTS (SELECT 1 FROM event_outbox e WHERE e.subject = m.id AND e.type = 'MESSAGE_STATE_CHANGED'
                                        AND e.data->>'previousState' IS NULL)
                        OR NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.resource_type = 'MESSAGE' AND a.resource_id = m.id::text
                                        AND a.action = 'CREATE')"""),
            // an upload: stored_file + the message pointing to it + UPLOAD audit entry
            new Check("a stored file without its UPLOAD audit entry", """
                    SELECT f.id::text FROM stored_file f WHERE NOT EXISTS (SELECT 1 FROM audit_entry a
                     WHERE a.resource_type = 'MESSAGE' AND a.action IN ('UPLOAD_ORIGINAL', 'UPLOAD_REDACTED')
                       AND a.details LIKE '%file=' || f.id || '%')"""),
            new Check("an UPLOAD audit entry whose stored file is not there", """
                    SELECT a.seq::text FROM audit_entry a WHERE a.action IN ('UPLOAD_ORIGINAL', 'UPLOAD_REDACTED')
                       AND NOT EXISTS (SELECT 1 FROM stored_file f WHERE a.details LIKE '%file=' || f.id || '%')"""),
            new Check("a message whose kind needs a file, past its draft, without one", """
                    SELECT m.id::text FROM message m LEFT JOIN stored_file f ON f.id = m.original_file_id
                     WHERE m.state <> 'DRAFT' AND ((m.kind = 'VIDEO_MESSAGE' AND (f.id IS NULL OR f.content_type NOT LIKE 'video/%'))
                        OR (m.kind = 'LETTER' AND m.original_text IS NULL AND (f.id IS NULL OR f.content_type LIKE 'video/%')))"""),
            // a meeting: meeting + attendees + MEETING_SCHEDULED timeline entry + event + audit entry
            new Check("a meeting without attendees, its first state event or its SCHEDULE_MEETING audit entry", """
                    SELECT m.id::text FROM meeting m
                     WHERE NOT EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id)
                        OR NOT EXISTS (SELECT 1 FROM event_outbox e WHERE e.subject = m.id AND e.type = 'MEETING_STATE_CHANGED'
                                        AND e.data->>'previousState' IS NULL)
                        OR NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.resource_type = 'MEETING' AND a.resource_id = m.id::text
                                        AND a.action = 'SCHEDULE_MEETING')"""),
            new Check("a case whose meetings and MEETING_SCHEDULED timeline entries differ in number", """
                    SELECT c.id::text FROM case_file c
                     WHERE (SELECT count(*) FROM meeting m WHERE m.case_id = c.id)
                        <> (SELECT count(*) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'MEETING_SCHEDULED')"""));

    /** (c) No half-applied state move: every state agrees with its record's last event, timeline entry and audit entry. */
    static final List<Check> STATE_AGREEMENT = List.of(
            new Check("a referral whose state is not its last event's", """
                    SELECT r.id::text FROM referral r JOIN LATERAL (SELECT e.data->>'state' AS state FROM event_outbox e
                     WHERE e.subject = r.id AND e.type = 'REFERRAL_STATE_CHANGED' ORDER BY e.seq DESC LIMIT 1) last ON true
                     WHERE last.state <> r.state AND NOT (r.state = 'DORMANT' AND last.state = 'SUBMITTED')"""),
            new Check("a referral whose state is not its last audited move's", """
                    SELECT r.id::text FROM referral r JOIN LATERAL (SELECT substring(a.details FROM '(?:^|,)(?:to|state)=([A-Z_]+)') AS state
                      FROM audit_entry a WHERE a.resource_type = 'REFERRAL' AND a.resource_id = r.id::text
                       AND a.details ~ '(^|,)(to|state)=' ORDER BY a.seq DESC LIMIT 1) last ON true
                     WHERE last.state <> r.state"""),
            new Check("a case whose stage is not its last stage event's", """
                    SELECT c.id::text FROM case_file c JOIN LATERAL (SELECT e.data->>'state' AS state FROM event_outbox e
                     WHERE e.subject = c.id AND e.type = 'CASE_STAGE_CHANGED' ORDER BY e.seq DESC LIMIT 1) last ON true
                     WHERE last.state <> c.stage"""),
            new Check("a case whose stage is not its last STAGE timeline entry's (PREPARATION when none)", """
                    SELECT c.id::text FROM case_file c WHERE c.stage <> coalesce((SELECT e.stage FROM case_event e
                     WHERE e.case_id = c.id AND e.kind = 'STAGE' ORDER BY e.seq DESC LIMIT 1), 'PREPARATION')"""),
            new Check("a case whose stage is not its last audited stage move's (PREPARATION when none)", """
                    SELECT c.id::text FROM case_file c WHERE c.stage <> coalesce((SELECT substring(a.details FROM '(?:^|,)to=([A-Z_]+)')
                      FROM audit_entry a WHERE a.resource_type = 'CASE' AND a.resource_id = c.id::text AND a.action = 'STAGE'
                     ORDER BY a.seq DESC LIMIT 1), 'PREPARATION')"""),
            new Check("a closed case without its closing date, or an open one with one", """
                    SELECT c.id::text FROM case_file c WHERE (c.stage = 'CLOSED') <> (c.closed_at IS NOT NULL)"""),
            new Check("a message whose state is not its last event's", """
                    SELECT m.id::text FROM message m JOIN LATERAL (SELECT e.data->>'state' AS state FROM event_outbox e
                     WHERE e.subject = m.id AND e.type = 'MESSAGE_STATE_CHANGED' ORDER BY e.seq DESC LIMIT 1) last ON true
                     WHERE last.state <> m.state"""),
            new Check("a message whose state is not its last timeline entry's", """
                    SELECT m.id::text FROM message m JOIN LATERAL (SELECT split_part(e.summary, chr(31), 1) AS move FROM case_event e
                     WHERE e.case_id = m.case_id AND e.kind = 'MESSAGE' AND split_part(e.summary, chr(31), 2) = m.id::text
                     ORDER BY e.seq DESC LIMIT 1) last ON true
                     WHERE m.state <> CASE last.move WHEN 'timeline.MESSAGE_RECORDED' THEN 'DRAFT' WHEN 'timeline.MESSAGE_RETURNED' THEN 'DRAFT'
                        WHEN 'timeline.MESSAGE_SUBMITTED' THEN 'IN_REVIEW' ELSE substring(last.move FROM 'timeline.MESSAGE_(.*)') END"""),
            new Check("a message whose state is not its last audited move's (DRAFT when only recorded)", """
                    SELECT m.id::text FROM message m JOIN LATERAL (SELECT CASE WHEN a.action = 'CREATE' THEN 'DRAFT'
                      ELSE substring(a.details FROM '(?:^|,)to=([A-Z_]+)') END AS state FROM audit_entry a
                     WHERE a.resource_type = 'MESSAGE' AND a.resource_id = m.id::text AND (a.action = 'CREATE' OR a.details ~ '(^|,)to=')
                     ORDER BY a.seq DESC LIMIT 1) last ON true WHERE last.state <> m.state"""),
            new Check("a meeting whose state is not its last event's", """
                    SELECT m.id::text FROM meeting m JOIN LATERAL (SELECT e.data->>'state' AS state FROM event_outbox e
                     WHERE e.subject = m.id AND e.type = 'MEETING_STATE_CHANGED' ORDER BY e.seq DESC LIMIT 1) last ON true
                     WHERE last.state <> m.state"""),
            new Check("an event whose record is not there", """
                    SELECT e.seq::text FROM event_outbox e WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.id = e.subject)
                       AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.id = e.subject)
                       AND NOT EXISTS (SELECT 1 FROM message m WHERE m.id = e.subject)
                       AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = e.subject)"""));

    /** The rules these checks find broken (empty when all hold). */
    static List<Breach> breaches(Connection owner, List<Check> checks) throws SQLException {
        List<Breach> found = new ArrayList<>();
        for (Check check : checks) {
            List<String> ids = new ArrayList<>();
            try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery(check.sql())) {
                while (rs.next() && ids.size() < 10) {
                    ids.add(rs.getString(1));
                }
            }
            if (!ids.isEmpty()) {
                found.add(new Breach(check.rule(), ids));
            }
        }
        return found;
    }
}

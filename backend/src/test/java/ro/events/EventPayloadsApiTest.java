package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.coordinator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.events.Outboxed.Row;
import ro.events.model.EventType;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.Tokens;

/**
 * An event is a disclosure: after a run through every kind of move, every event's payload is walked against
 * the people of the test data (their names, contacts, offender numbers, institution, what was written about
 * them, the user names of the staff who acted) and against the form of the data (ids, codes, instants only).
 */
@QuarkusTest
class EventPayloadsApiTest {

    private static final Set<String> KEYS = Set.of("state", "previousState", "changedAt", "submittedAt", "decidedAt", "closedAt", "caseId");
    private static final Pattern VALUE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z|[A-Z][A-Z_]{1,30}");

    @Inject
    DataSource ds;

    @Test
    void no_event_of_any_type_carries_a_name_a_contact_a_number_an_institution_a_text_or_a_user_name() throws SQLException {
        long start = Outboxed.lastSeq(ds);
        Set<String> cases = new LinkedHashSet<>();
        Set<String> referrals = new LinkedHashSet<>();
        everyKindOfMove(cases, referrals);

        List<Row> rows = Outboxed.after(ds, start);
        assertThat(rows.stream().map(r -> EventType.valueOf(r.type())).distinct()).as("the run reaches every event type")
                .containsExactlyInAnyOrder(EventType.values());
        List<String> secrets = secrets(cases, referrals);
        assertThat(secrets).as("the test data's people and texts, read back").hasSizeGreaterThan(30)
                .contains("+1 613 555 0100", "safe@example.org", "12 Elm Street, Kingston", "Collins Bay Institution", "coordinator1");
        for (Row row : rows) {
            assertThat(row.data().keySet()).as(row.type() + " keys").isSubsetOf(KEYS);
            row.data().forEach((key, value) -> assertThat(value).as(row.type() + "." + key).isInstanceOf(String.class)
                    .matches(v -> VALUE.matcher((String) v).matches(), "an id, an instant or a code"));
            String payload = row.data().toString() + " " + row.subject();
            for (String secret : secrets) {
                assertThat(payload).as(row.type() + " must not disclose a value of the test data").doesNotContain(secret);
            }
        }
    }

    /** Referrals submitted, matched, assessed, accepted and declined; a case through every stage; messages, holds and meetings. */
    private static void everyKindOfMove(Set<String> cases, Set<String> referrals) {
        String number = Participants.offenderNumber();
        Map<String, Object> staff = Referrals.staffReferral(number);
        staff.put("onBehalfOf", "staff1");
        staff.put("safetyConcerns", "Lives near the victim's workplace");
        String byIntegration = Outboxed.as(Tokens.integration()).header("Idempotency-Key", "payload-" + number).body(staff)
                .post("/api/offender-referrals").then().statusCode(201).extract().path("id");
        Map<String, Object> request = Referrals.harmedRequest(number);
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) request.get("newParticipant");
        person.put("contact", Map.of("phone", "+1 613 555 0100", "email", "safe@example.org", "postalAddress", "12 Elm Street, Kingston",
                "preferredMethod", "MAIL", "safeTimes", "Weekdays 9-11", "mayLeaveMessage", false));
        String harmed = coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201).extract().path("id");
        referrals.addAll(List.of(byIntegration, harmed));
        OpenedCase c = Cases.open(List.of(Cases.accepted(harmed), Cases.accepted(byIntegration)), "mediator1");
        cases.add(c.id());
        String declined = Referrals.underAssessment();
        referrals.add(declined);
        coordinator().body(Map.of("reason", "OTHER", "details", "Family asked to stop")).post("/api/referrals/" + declined + "/decline")
                .then().statusCode(200);

        Cases.readyToMeet(c);
        String held = coordinator().body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201).extract().path("id");
        coordinator().body(Map.of("outcome", "Both spoke of the night of the offence", "agreements", "Letters every month"))
                .post("/api/cases/" + c.id() + "/meetings/" + held + "/outcome").then().statusCode(200);
        String cancelled = coordinator().body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201).extract().path("id");
        coordinator().body(Map.of("reason", "Hélène is in hospital")).post("/api/cases/" + c.id() + "/meetings/" + cancelled + "/cancellation")
                .then().statusCode(200);
        Cases.assessSafety(c.id(), c.offenderId(), "HIGH", true, null);
        Cases.assessSafety(c.id(), c.offenderId(), "LOW", false, null);

        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/consents").then().statusCode(200);
        String letter = coordinator().body(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", c.offenderId(),
                "text", "I still walk past the corner of King and Princess")).post("/api/cases/" + c.id() + "/messages").then().statusCode(201)
                .extract().path("id");
        String path = "/api/cases/" + c.id() + "/messages/" + letter;
        coordinator().header("If-Match", "\"0\"").post(path + "/submit").then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").body(Map.of("text", "Leave out the street names")).post(path + "/return").then().statusCode(200);
        coordinator().header("If-Match", "\"2\"").post(path + "/submit").then().statusCode(200);
        coordinator().header("If-Match", "\"3\"").body(Map.of("textDecision", "AS_IS")).post(path + "/approve").then().statusCode(200);
        coordinator().header("If-Match", "\"4\"").body(Map.of("method", "MAIL")).post(path + "/deliver").then().statusCode(200);
        coordinator().header("If-Match", "\"5\"").body(Map.of("authorMayKnow", true)).post(path + "/acknowledge").then().statusCode(200);
        String withheld = Cases.letter(c, "submit");
        coordinator().header("If-Match", "\"1\"").body(Map.of("text", "Threatens the offender's cellmate"))
                .post("/api/cases/" + c.id() + "/messages/" + withheld + "/withhold").then().statusCode(200);
        coordinator().body(Map.of("stage", "CLOSED", "outcomeSummary", "Hélène received the answers she sought", "closureOutcome",
                "DIALOGUE_COMPLETED")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        coordinator().body(Map.of("stage", "PREPARATION")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
    }

    /** Every value a person gave or was given in these cases and referrals, as the database holds it (four characters or more). */
    private List<String> secrets(Set<String> cases, Set<String> referrals) throws SQLException {
        String inCases = "('" + String.join("','", cases) + "')";
        String inReferrals = "('" + String.join("','", referrals) + "')";
        List<String> queries = List.of(
                "select first_name, last_name, offender_number, institution, phone, email, postal_address, safe_times from participant"
                        + " where id in (select participant_id from case_participant where case_id in " + inCases + ")",
                "select offender_number, notes, reasons, safety_concerns, no_contact_condition, decline_details, referring_staff,"
                        + " referred_first_name, referred_last_name, submitted_by_username, decided_by from referral where id in " + inReferrals,
                "select original_text, redacted_text, return_comments, withhold_reason, created_by from message where case_id in " + inCases,
                "select institution, safety_plan, outcome, agreements, cancel_reason, created_by from meeting where case_id in " + inCases,
                "select a.name from meeting_attendee a join meeting m on m.id = a.meeting_id where m.case_id in " + inCases,
                "select outcome_summary, opened_by from case_file where id in " + inCases,
                "select emotional_wellbeing, readiness, safety_measures, finalised_by from safety_assessment where case_id in " + inCases);
        List<String> found = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rs.getString(i);
                            if (value != null && value.length() >= 4) {
                                found.add(value);
                                Arrays.stream(value.split("[\\s,]+")).filter(w -> w.length() >= 5).forEach(found::add);
                            }
                        }
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }
}

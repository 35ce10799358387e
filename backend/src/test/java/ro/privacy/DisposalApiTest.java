package ro.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.TestClock;

/**
 * Retention and disposal: a record is disposed of only once due, not held, and approved; disposal leaves
 * nothing of its people in any table or file, and the statistics and the audit chain as they were.
 * Each test lives in its own past month (the clock set back), so that what is due is its own.
 */
@QuarkusTest
class DisposalApiTest {

    private static final Path STORAGE = Path.of("target", "test-files");

    @Inject
    TestClock clock;
    @Inject
    DataSource db;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void setClock(String at) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), Instant.parse(at)));
    }

    /** What identifies the people of one case, and what was said in it: each unique to this test. */
    record Secrets(String harmedFirst, String harmedLast, String phone, String email, String offenderFirst, String offenderLast,
            String offenderNumber, String letter, String note, String feedback, String safetyPlan, String escort) {
        static Secrets make() {
            String u = UUID.randomUUID().toString().substring(0, 8);
            return new Secrets("Aurore" + u, "Lavoie" + u, "+1 819 555 " + ThreadLocalRandom.current().nextInt(1000, 9999), "aurore." + u + "@example.org",
                    "Bastien" + u, "Roy" + u, Participants.offenderNumber(), "We lived at 12 Maple Street " + u,
                    "She works nights at the depot " + u, "I am grateful to the mediators " + u, "Her brother drives her home " + u,
                    "Officer Gagnon" + u);
        }

        List<String> all() {
            return List.of(harmedFirst, harmedLast, phone, email, offenderFirst, offenderLast, offenderNumber, letter, note, feedback,
                    safetyPlan, escort);
        }
    }

    /**
     * A case with both sides named by the secrets, a meeting, a letter, a video message, a note, an assessment, then closed
     * with feedback.
     */
    private static OpenedCase closedCaseOf(Secrets s) {
        Map<String, Object> harmed = Referrals.harmedRequest(s.offenderNumber());
        Map<String, Object> person = Participants.victim(s.harmedFirst(), s.harmedLast());
        person.put("contact", Map.of("phone", s.phone(), "email", s.email(), "preferredMethod", "PHONE", "mayLeaveMessage", false));
        harmed.put("newParticipant", person);
        String harmedReferral = coordinator().body(harmed).post("/api/referrals/harmed-person-requests").then().statusCode(201).extract().path("id");
        Map<String, Object> staff = Referrals.staffReferral(s.offenderNumber());
        staff.put("offenderFirstName", s.offenderFirst());
        staff.put("offenderLastName", s.offenderLast());
        String staffReferral = as("staff1").body(staff).post("/api/offender-referrals").then().statusCode(201).extract().path("id");
        OpenedCase c = Cases.open(List.of(Cases.accepted(harmedReferral), Cases.accepted(staffReferral)), "mediator1");
        String path = "/api/cases/" + c.id();
        coordinator().body(Map.of("stage", "DIALOGUE")).post(path + "/stage").then().statusCode(200);
        coordinator().body(Map.of("ways", List.of("LETTERS", "VIDEO_MESSAGES", "FACE_TO_FACE"))).put(path + "/ways").then().statusCode(200);
        for (String p : List.of(c.harmedPersonId(), c.offenderId())) {
            coordinator().body(Map.of("way", "FACE_TO_FACE", "given", true, "how", "VERBAL")).post(path + "/participants/" + p + "/consents")
                    .then().statusCode(200);
        }
        Map<String, Object> meeting = new HashMap<>(Cases.meeting(c));
        meeting.put("safetyPlan", s.safetyPlan());
        meeting.put("others", List.of(Map.of("role", "ESCORT_STAFF", "name", s.escort())));
        coordinator().body(meeting).post(path + "/meetings").then().statusCode(201);
        coordinator().body(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", c.offenderId(), "text", s.letter()))
                .post(path + "/messages").then().statusCode(201);
        String video = coordinator().body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post(path + "/messages").then().statusCode(201).extract().path("id");
        byte[] webm = new byte[3000];
        webm[0] = 0x1A;
        webm[1] = 0x45;
        webm[2] = (byte) 0xDF;
        webm[3] = (byte) 0xA3;
        coordinator().contentType("application/octet-stream").body(webm).post(path + "/messages/" + video + "/uploads/original")
                .then().statusCode(200);
        as("mediator1").body(Map.of("text", s.note())).post(path + "/notes").then().statusCode(201);
        // the offender withdraws and comes back (events that name him by id), and the harmed person disputes her phone
        coordinator().post(path + "/participants/" + c.offenderId() + "/withdrawal").then().statusCode(200);
        coordinator().post(path + "/participants/" + c.offenderId() + "/rejoin").then().statusCode(200);
        coordinator().body(Map.of("participantId", c.harmedPersonId(), "recordType", "PARTICIPANT", "recordId", c.harmedPersonId(),
                "field", "contact.phone", "whatIsWrong", "The number is not " + s.phone(), "whatIsAsked", "Call " + s.email()))
                .post("/api/corrections").then().statusCode(201);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, "2099-01-01");
        Cases.close(c);
        Map<String, Object> feedback = new HashMap<>(Map.of("participantId", c.harmedPersonId(), "feltSafe", "AGREE", "feltHeard", "AGREE",
                "needsMet", "NEUTRAL", "wouldRecommend", "AGREE"));
        feedback.put("comments", s.feedback());
        coordinator().body(feedback).post(path + "/feedback").then().statusCode(201);
        return c;
    }

    private static Map<String, Object> approval(String type, String id) {
        return Map.of("records", List.of(Map.of("recordType", type, "recordId", id)));
    }

    /** The due list's entry for the record, read page by page; null when it is not due. */
    private static Map<String, Object> dueEntry(String id) {
        for (int page = 0; page < 50; page++) {
            JsonPath due = coordinator().queryParam("size", 100).queryParam("page", page).get("/api/disposals/due")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> found = due.getMap("items.find { it.recordId == '" + id + "' }");
            if (found != null || due.getList("items").size() < 100) {
                return found;
            }
        }
        return null;
    }

    /** Every text, varchar and jsonb column of every table the API may read that holds the needle: "table.column". */
    private List<String> whereFound(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT c.table_name, c.column_name FROM information_schema.columns c"
                    + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                    + " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                    + " AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')"
                    + " AND has_table_privilege(format('%I.%I', c.table_schema, c.table_name), 'SELECT')"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
            assertThat(columns).as("columns scanned").hasSizeGreaterThan(50);
            for (String[] col : columns) {
                try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM public.\"" + col[0] + "\" WHERE strpos(lower(\"" + col[1]
                        + "\"::text), lower(?)) > 0")) {
                    st.setString(1, needle);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String statistics() {
        return coordinator().queryParam("from", "1989-05-01").queryParam("to", "1989-05-31").get("/api/statistics")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void disposing_of_a_closed_case_leaves_nothing_of_its_people_and_the_statistics_and_audit_chain_as_they_were() throws Exception {
        setClock("1989-05-10T10:00:00Z");
        Secrets s = Secrets.make();
        OpenedCase c = closedCaseOf(s);
        for (String secret : s.all()) {
            assertThat(whereFound(secret)).as("before disposal, %s is recorded", secret).isNotEmpty();
        }
        String key = Database.text(db, "select storage_key from stored_file where case_id = '" + c.id() + "'");
        assertThat(STORAGE.resolve(key)).exists();
        String before = statistics();
        long referralsBefore = Database.count(db, "select count(*) from referral r join case_referral cr on cr.referral_id = r.id"
                + " where cr.case_id = '" + c.id() + "'");

        // not due yet: refused, nothing changes
        coordinator().body(approval("CASE", c.id())).post("/api/disposals").then().statusCode(409)
                .body("type", equalTo("/problems/disposal-refused")).body("detail", containsString(c.id()));
        assertThat(dueEntry(c.id())).isNull();

        setClock("1991-05-11T10:00:00Z");
        Map<String, Object> due = dueEntry(c.id());
        assertThat(due).isNotNull().containsEntry("recordType", "CASE").containsEntry("reason", "CLOSED_CASE").containsEntry("hold", null);
        assertThat((String) due.get("dueSince")).startsWith("1991-05-10");

        long listedBefore = casesListed();
        coordinator().body(approval("CASE", c.id())).post("/api/disposals").then().statusCode(200)
                .body("disposed[0].recordId", equalTo(c.id())).body("disposed[0].peopleErased", equalTo(2))
                .body("disposed[0].peopleUnlinked", equalTo(0)).body("disposed[0].files", equalTo(1))
                .body("disposed[0].referrals", equalTo(2));

        for (String secret : s.all()) {
            assertThat(whereFound(secret)).as("after disposal, %s is nowhere", secret).isEmpty();
        }
        assertThat(Database.count(db, "select count(*) from participant where id in ('" + c.harmedPersonId() + "', '" + c.offenderId() + "')"))
                .isZero();
        assertThat(STORAGE.resolve(key)).doesNotExist();
        assertThat(Database.count(db, "select count(*) from stored_file where case_id = '" + c.id() + "'")).isZero();
        assertThat(statistics()).isEqualTo(before);
        assertThat(Database.count(db, "select count(*) from referral r join case_referral cr on cr.referral_id = r.id"
                + " where cr.case_id = '" + c.id() + "' and r.disposed_at is not null")).isEqualTo(referralsBefore);
        // audited by id and type: the case, its two referrals, its two people
        assertThat(Database.count(db, "select count(*) from audit_entry where action = 'DISPOSE' and resource_id = '" + c.id() + "'")).isOne();
        assertThat(Database.count(db, "select count(*) from audit_entry where action = 'ERASE' and resource_type = 'PARTICIPANT'"
                + " and resource_id in ('" + c.harmedPersonId() + "', '" + c.offenderId() + "')")).isEqualTo(2);
        as("auditor1").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true)).body("findings", empty());

        // the tombstone still reads, naming nobody, but is no longer listed; it is no longer due, and cannot be disposed of twice
        assertThat(casesListed()).isEqualTo(listedBefore - 1);
        coordinator().get("/api/cases/" + c.id()).then().statusCode(200).body("stage", equalTo("CLOSED")).body("participants", empty());
        assertThat(dueEntry(c.id())).isNull();
        coordinator().body(approval("CASE", c.id())).post("/api/disposals").then().statusCode(409);
    }

    @Test
    void a_held_case_is_not_disposed_of_until_its_hold_is_released() {
        setClock("1989-08-10T10:00:00Z");
        OpenedCase c = Cases.open("mediator1");
        Cases.close(c);
        setClock("1991-08-11T10:00:00Z");
        String hold = "/api/legal-holds/CASE/" + c.id();
        coordinator().body(Map.of("reason", "Civil matter 1991-44")).put(hold).then().statusCode(201).header("ETag", "\"0\"")
                .body("placedBy", equalTo("coordinator1"));
        assertThat(dueEntry(c.id())).extractingByKey("hold").asString().contains("Civil matter 1991-44");

        coordinator().body(approval("CASE", c.id())).post("/api/disposals").then().statusCode(409)
                .body("detail", containsString("CASE " + c.id()));
        coordinator().get("/api/cases/" + c.id()).then().body("outcomeSummary", notNullValue()).body("participants.size()", equalTo(2));

        // a second coordinator does not overwrite the reason unknowingly
        coordinator().body(Map.of("reason", "Another matter")).put(hold).then().statusCode(409);
        coordinator().header("If-Match", "\"0\"").body(Map.of("reason", "Civil matter 1991-45")).put(hold).then().statusCode(200)
                .header("ETag", "\"1\"");
        coordinator().header("If-Match", "\"0\"").delete(hold).then().statusCode(412);
        coordinator().header("If-Match", "\"1\"").delete(hold).then().statusCode(204);
        coordinator().header("If-Match", "\"1\"").delete(hold).then().statusCode(404);
        assertThat(Database.count(db, "select count(*) from audit_entry where resource_id = '" + c.id() + "' and action in ('HOLD', 'UPDATE_HOLD', 'RELEASE')"))
                .isEqualTo(3);

        coordinator().body(approval("CASE", c.id())).post("/api/disposals").then().statusCode(200);
        coordinator().get("/api/cases/" + c.id()).then().body("outcomeSummary", nullValue());
    }

    /** Whether the referral is on the first page of the coordinators' queue of withdrawn referrals (the oldest, 1989's, come first). */
    private static boolean inQueue(String referralId) {
        List<String> ids = coordinator().queryParam("state", "WITHDRAWN").queryParam("size", 100).get("/api/referrals").then().statusCode(200)
                .extract().path("items.id");
        return ids.contains(referralId);
    }

    private static long casesListed() {
        return ((Number) coordinator().get("/api/cases").then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void a_withdrawn_request_is_disposed_of_after_its_period_and_a_person_still_in_an_open_request_only_loses_the_link() {
        setClock("1989-09-10T10:00:00Z");
        String withdrawn = Referrals.submitted();
        coordinator().post("/api/referrals/" + withdrawn + "/withdraw").then().statusCode(200);
        String person = coordinator().get("/api/referrals/" + withdrawn).path("harmedPerson.id");
        Map<String, Object> again = Referrals.harmedRequest(null);
        again.remove("newParticipant");
        again.put("participantId", person);
        String open = coordinator().body(again).post("/api/referrals/harmed-person-requests").then().statusCode(201).extract().path("id");

        setClock("1991-09-11T10:00:00Z");
        assertThat(dueEntry(withdrawn)).containsEntry("reason", "ENDED_REFERRAL");
        assertThat(dueEntry(open)).isNull();
        coordinator().body(approval("REFERRAL", open)).post("/api/disposals").then().statusCode(409);
        // all or nothing: one record not due refuses the approval of both
        coordinator().body(Map.of("records", List.of(Map.of("recordType", "REFERRAL", "recordId", withdrawn),
                Map.of("recordType", "REFERRAL", "recordId", open)))).post("/api/disposals").then().statusCode(409);
        coordinator().get("/api/referrals/" + withdrawn).then().body("harmedPerson.id", equalTo(person));

        assertThat(inQueue(withdrawn)).isTrue();
        coordinator().body(approval("REFERRAL", withdrawn)).post("/api/disposals").then().statusCode(200)
                .body("disposed[0].peopleErased", equalTo(0)).body("disposed[0].peopleUnlinked", equalTo(1));
        // a tombstone naming nobody is no longer work: out of the queue and its counts
        assertThat(inQueue(withdrawn)).isFalse();
        coordinator().get("/api/referrals/" + withdrawn).then().statusCode(200).body("harmedPerson", nullValue())
                .body("notes", nullValue()).body("state", equalTo("WITHDRAWN"));
        coordinator().get("/api/participants/" + person).then().statusCode(200);
        coordinator().get("/api/referrals/" + open).then().body("harmedPerson.id", equalTo(person));
        coordinator().body(approval("REFERRAL", UUID.randomUUID().toString())).post("/api/disposals").then().statusCode(404);
    }

    @Test
    void a_dormant_request_is_due_after_its_own_period_and_its_person_is_erased() {
        setClock("1989-10-10T10:00:00Z");
        String dormant = Referrals.harmedPersonAsks(Participants.offenderNumber());
        coordinator().get("/api/referrals/" + dormant).then().body("state", equalTo("DORMANT"));
        String person = coordinator().get("/api/referrals/" + dormant).path("harmedPerson.id");

        setClock("1991-10-11T10:00:00Z"); // past the two years of a decided referral, not the three of a dormant request
        assertThat(dueEntry(dormant)).isNull();
        coordinator().body(approval("REFERRAL", dormant)).post("/api/disposals").then().statusCode(409);

        setClock("1992-10-11T10:00:00Z");
        assertThat(dueEntry(dormant)).containsEntry("reason", "DORMANT_REQUEST");
        coordinator().body(approval("REFERRAL", dormant)).post("/api/disposals").then().statusCode(200)
                .body("disposed[0].peopleErased", equalTo(1));
        coordinator().get("/api/participants/" + person).then().statusCode(404);
        coordinator().get("/api/referrals/" + dormant).then().statusCode(200).body("offenderNumber", nullValue()).body("harmedPerson", nullValue());
    }
}

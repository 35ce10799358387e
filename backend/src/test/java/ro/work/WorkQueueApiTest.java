package ro.work;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.TestClock;

/** "My work": each queue holds what its rule says, for the caller's own cases only, with names for the caller. */
@QuarkusTest
class WorkQueueApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Every item of a queue for a caller, all pages read. */
    static List<Map<String, Object>> all(String who, String queue) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath body = as(who).queryParam("page", page).queryParam("size", 100).get("/api/work/" + queue).then()
                    .statusCode(200).extract().jsonPath();
            items.addAll(body.getList("items"));
            if ((long) (page + 1) * 100 >= body.getLong("total")) {
                return items;
            }
        }
    }

    static List<Map<String, Object>> about(String who, String queue, String key, String id) {
        Predicate<Map<String, Object>> match = i -> id.equals(i.get(key));
        return all(who, queue).stream().filter(match).toList();
    }

    static long count(String who, String queue) {
        List<Map<String, Object>> summary = as(who).get("/api/work").then().statusCode(200).extract().jsonPath().getList("$");
        return summary.stream().filter(q -> queue.equals(q.get("queue"))).map(q -> ((Number) q.get("count")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError(queue + " is not among " + who + "'s queues: " + summary));
    }

    @Test
    void each_role_has_its_own_queues_and_not_the_others() {
        List<String> mediatorQueues = as("mediator1").get("/api/work").then().statusCode(200).extract().jsonPath().getList("queue");
        assertThat(mediatorQueues).containsExactly("reassessments-due", "messages-to-screen", "meetings-soon", "recent-withdrawals",
                "referral-assessments");
        List<String> coordinatorQueues = coordinator().get("/api/work").then().statusCode(200).extract().jsonPath().getList("queue");
        assertThat(coordinatorQueues).containsExactly("referrals-waiting", "no-contact-reviews", "matches-to-act-on", "numbers-to-confirm", "quiet-cases",
                "cases-without-mediator");
        coordinator().get("/api/work/reassessments-due").then().statusCode(403);
        as("mediator1").get("/api/work/referrals-waiting").then().statusCode(403);
        as("mediator1").get("/api/work/no-such-queue").then().statusCode(404);
    }

    @Test
    void a_mediator_sees_reassessments_coming_due_then_overdue_with_the_participant_named() {
        OpenedCase c = Cases.open("mediator1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, today.plusDays(5).toString());
        Cases.assessSafety(c.id(), c.offenderId(), "LOW", false, today.plusDays(60).toString());

        List<Map<String, Object>> items = about("mediator1", "reassessments-due", "caseId", c.id());
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("reason", "DUE_SOON").containsEntry("dueOn", today.plusDays(5).toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> people = (List<Map<String, Object>>) items.get(0).get("people");
        assertThat(people).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("id", c.harmedPersonId()).containsEntry("kind", "VICTIM");
            assertThat((String) p.get("lastName")).isNotBlank();
        });
        // the mediator not on the case sees nothing of it
        assertThat(about("mediator2", "reassessments-due", "caseId", c.id())).isEmpty();

        clock.advance(Duration.ofDays(10));
        assertThat(about("mediator1", "reassessments-due", "caseId", c.id())).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "OVERDUE"));
        // a new assessment clears it
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, today.plusDays(90).toString());
        assertThat(about("mediator1", "reassessments-due", "caseId", c.id())).isEmpty();
    }

    @Test
    void a_mediator_sees_messages_to_screen_meetings_coming_up_and_recent_withdrawals_of_their_cases() {
        OpenedCase c = Cases.inDialogue("mediator1");
        long before = count("mediator1", "messages-to-screen");
        String letter = Cases.letter(c, "submit");
        assertThat(count("mediator1", "messages-to-screen")).isEqualTo(before + 1);
        assertThat(about("mediator1", "messages-to-screen", "messageId", letter)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("caseId", c.id()).containsEntry("reason", "IN_REVIEW"));
        assertThat(about("mediator2", "messages-to-screen", "messageId", letter)).isEmpty();

        Cases.readyToMeet(c);
        Map<String, Object> meeting = new HashMap<>(Cases.meeting(c));
        meeting.put("scheduledFor", clock.instant().plus(Duration.ofDays(3)).toString());
        String meetingId = coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201).extract().path("id");
        assertThat(about("mediator1", "meetings-soon", "meetingId", meetingId)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "SCHEDULED").containsEntry("caseId", c.id()));
        clock.advance(Duration.ofDays(4));
        assertThat(about("mediator1", "meetings-soon", "meetingId", meetingId)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "OUTCOME_NOT_RECORDED"));
        clock.reset();

        as("mediator1").post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/withdrawal").then().statusCode(200);
        List<Map<String, Object>> withdrawals = about("mediator1", "recent-withdrawals", "caseId", c.id());
        assertThat(withdrawals).singleElement().satisfies(i -> assertThat(i).containsEntry("reason", "WITHDREW"));
        clock.advance(Duration.ofDays(31));
        assertThat(about("mediator1", "recent-withdrawals", "caseId", c.id())).isEmpty();
    }

    @Test
    void a_coordinator_sees_referrals_left_waiting_unreviewed_no_contact_conditions_and_matches_not_acted_on() {
        String number = Participants.offenderNumber();
        String harmed = Referrals.harmedPersonAsks(number); // dormant: nobody has referred the offender yet
        assertThat(about("coordinator1", "referrals-waiting", "referralId", harmed)).isEmpty();
        Map<String, Object> staff = Referrals.staffReferral(number);
        staff.put("noContactCondition", "No contact with the victim or her family");
        String offender = as("staff1").body(staff).post("/api/offender-referrals").then().statusCode(201).extract().path("id");

        assertThat(about("coordinator1", "matches-to-act-on", "referralId", harmed)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "MATCHED"));
        assertThat(about("coordinator1", "no-contact-reviews", "referralId", offender)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "NOT_REVIEWED"));

        clock.advance(Duration.ofDays(15));
        assertThat(about("coordinator1", "referrals-waiting", "referralId", offender)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "SUBMITTED"));
        clock.reset();

        coordinator().post("/api/referrals/" + harmed + "/start-assessment").then().statusCode(200);
        assertThat(about("coordinator1", "matches-to-act-on", "referralId", harmed)).isEmpty();
        coordinator().post("/api/referrals/" + offender + "/no-contact-review")
                .then().statusCode(200);
        assertThat(about("coordinator1", "no-contact-reviews", "referralId", offender)).isEmpty();
    }

    @Test
    void a_request_naming_the_offender_without_a_number_waits_for_a_coordinator_to_confirm_it() {
        String unnamed = Referrals.submitted(); // names nobody: there is no number to confirm
        String harmed = Referrals.askedByName(Participants.unique("Roy"));
        assertThat(about("coordinator1", "numbers-to-confirm", "referralId", unnamed)).isEmpty();
        assertThat(about("coordinator1", "numbers-to-confirm", "referralId", harmed)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("reason", "OFFENDER_NUMBER_NEEDED"));
        long before = count("coordinator1", "numbers-to-confirm");

        Referrals.confirmNumber(harmed, Participants.offenderNumber(), 200);
        assertThat(about("coordinator1", "numbers-to-confirm", "referralId", harmed)).isEmpty();
        assertThat(count("coordinator1", "numbers-to-confirm")).isEqualTo(before - 1);

        String withdrawn = Referrals.askedByName(Participants.unique("Roy"));
        coordinator().post("/api/referrals/" + withdrawn + "/withdraw").then().statusCode(200);
        assertThat(about("coordinator1", "numbers-to-confirm", "referralId", withdrawn)).isEmpty();
    }

    @Test
    void a_coordinator_sees_quiet_cases_and_cases_no_mediator_on_the_roster_holds() {
        OpenedCase c = Cases.open("mediator2");
        assertThat(about("coordinator1", "quiet-cases", "caseId", c.id())).isEmpty();
        clock.advance(Duration.ofDays(61));
        assertThat(about("coordinator1", "quiet-cases", "caseId", c.id())).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("reason", "NO_ACTIVITY");
            assertThat((List<?>) i.get("people")).hasSize(2);
        });
        clock.reset();

        assertThat(about("coordinator1", "cases-without-mediator", "caseId", c.id())).isEmpty();
        Map<String, Object> entry = rosterEntry("mediator2");
        try {
            entry.put("active", false);
            as("admin1").header("If-Match", "\"" + entry.remove("version") + "\"").body(entry).put("/api/mediators/mediator2")
                    .then().statusCode(200);
            assertThat(about("coordinator1", "cases-without-mediator", "caseId", c.id())).singleElement()
                    .satisfies(i -> assertThat(i).containsEntry("reason", "NO_MEDIATOR_ON_ROSTER"));
        } finally {
            Map<String, Object> back = rosterEntry("mediator2");
            back.put("active", true);
            as("admin1").header("If-Match", "\"" + back.remove("version") + "\"").body(back).put("/api/mediators/mediator2")
                    .then().statusCode(200);
        }
        assertThat(about("coordinator1", "cases-without-mediator", "caseId", c.id())).isEmpty();
    }

    /** The roster's entry as admin reads it, to send back changed. */
    static Map<String, Object> rosterEntry(String username) {
        List<Map<String, Object>> roster = as("admin1").get("/api/mediators").then().statusCode(200).extract().jsonPath().getList("$");
        return new HashMap<>(roster.stream().filter(m -> username.equals(m.get("username"))).findFirst().orElseThrow());
    }
}

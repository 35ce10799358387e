package ro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.offenderNumber;
import static ro.testing.Referrals.draftAssessment;
import static ro.testing.Referrals.finalisedAssessment;
import static ro.testing.Referrals.harmedPersonAsks;
import static ro.testing.Referrals.harmedRequest;
import static ro.testing.Referrals.readyToAccept;
import static ro.testing.Referrals.referredByStaff1;
import static ro.testing.Referrals.staffReferral;
import static ro.testing.Referrals.submitted;
import static ro.testing.Referrals.underAssessment;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Database;
import ro.testing.Participants;

@QuarkusTest
class ReferralApiTest {

    @Inject
    DataSource db;

    private long referrals() {
        return Database.count(db, "select count(*) from referral");
    }

    // ---- harmed people's requests -------------------------------------------------------------------

    @Test
    void a_coordinator_records_a_harmed_persons_collect_call_with_a_new_participant() {
        coordinator().body(harmedRequest(null)).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("source", equalTo("HARMED_PERSON")).body("state", equalTo("SUBMITTED"))
                .body("channel", equalTo("COLLECT_CALL")).body("harmedPerson.firstName", equalTo("Hélène"))
                .body("victimRegistration", equalTo("REGISTERED_VICTIM"));
    }

    @Test
    void a_request_from_an_offender_is_refused_because_staff_must_refer_them_in_english_and_french() {
        long before = referrals();
        long people = Database.count(db, "select count(*) from participant");
        Map<String, Object> fromOffender = harmedRequest(null);
        fromOffender.put("newParticipant", Participants.offender(Participants.unique("Self"), offenderNumber()));
        coordinator().body(fromOffender).post("/api/referrals/harmed-person-requests").then().statusCode(422)
                .body("type", equalTo("/problems/offender-self-referral"))
                .body("detail", containsString("a correctional staff member who supports the offender's participation must refer them"));
        coordinator().header("Accept-Language", "fr").body(fromOffender).post("/api/referrals/harmed-person-requests").then()
                .statusCode(422).body("detail", containsString("membre du personnel correctionnel"));

        String offenderId = Participants.create(Participants.offender(Participants.unique("Self"), offenderNumber()));
        Map<String, Object> byId = harmedRequest(null);
        byId.remove("newParticipant");
        byId.put("participantId", offenderId);
        coordinator().body(byId).post("/api/referrals/harmed-person-requests").then().statusCode(422);
        assertThat(referrals()).isEqualTo(before);
        assertThat(Database.count(db, "select count(*) from participant")).isEqualTo(people + 1);
    }

    @Test
    void a_request_names_exactly_one_harmed_person_who_is_a_victim_or_family_member() {
        String victimId = Participants.create(Participants.victim("Anne", Participants.unique("Roy")));
        Map<String, Object> both = harmedRequest(null);
        both.put("participantId", victimId);
        coordinator().body(both).post("/api/referrals/harmed-person-requests").then().statusCode(400)
                .body("errors.rule", contains("ExactlyOneOfParticipantIdOrNewParticipant"));
        Map<String, Object> support = harmedRequest(null);
        Map<String, Object> supportPerson = Participants.victim("Sam", Participants.unique("Roy"));
        supportPerson.put("kind", "SUPPORT_PERSON");
        support.put("newParticipant", supportPerson);
        coordinator().body(support).post("/api/referrals/harmed-person-requests").then().statusCode(400)
                .body("errors.rule", contains("HarmedPersonOnly"));
        Map<String, Object> existing = harmedRequest(null);
        existing.remove("newParticipant");
        existing.put("participantId", victimId);
        coordinator().body(existing).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("harmedPerson.id", equalTo(victimId));
    }

    // ---- dormant requests and matches ------------------------------------------------------------

    @Test
    void a_request_about_an_unreferred_offender_waits_dormant_and_wakes_when_staff_refer_them() {
        String number = offenderNumber();
        String request = harmedPersonAsks(number);
        coordinator().get("/api/referrals/" + request).then().body("state", equalTo("DORMANT"));

        String referral = referredByStaff1(number);
        coordinator().get("/api/referrals/" + request).then().body("state", equalTo("SUBMITTED"))
                .body("matchedReferralIds", contains(referral));
        coordinator().get("/api/referrals/" + referral).then().body("state", equalTo("SUBMITTED"))
                .body("matchedReferralIds", contains(request));
        coordinator().queryParam("size", 100).get("/api/referrals/matches").then().statusCode(200)
                .body("find { it.offenderReferralId == '" + referral + "' }.harmedPersonReferralId", equalTo(request))
                .body("find { it.offenderReferralId == '" + referral + "' }.offenderNumber", equalTo(number));
    }

    @Test
    void an_offender_referral_nobody_asked_about_waits_dormant_yet_staff_see_it_as_submitted() {
        String number = offenderNumber();
        String referral = referredByStaff1(number);
        coordinator().get("/api/referrals/" + referral).then().body("state", equalTo("DORMANT"));
        as("staff1").get("/api/offender-referrals/" + referral).then().body("state", equalTo("SUBMITTED"));

        String request = harmedPersonAsks(number);
        coordinator().get("/api/referrals/" + request).then().body("state", equalTo("SUBMITTED"));
        coordinator().get("/api/referrals/" + referral).then().body("state", equalTo("SUBMITTED"))
                .body("matchedReferralIds", contains(request));
    }

    @Test
    void a_second_open_request_of_the_same_harmed_person_about_the_same_offender_is_refused_and_names_the_open_one() {
        String number = offenderNumber();
        String victimId = Participants.create(Participants.victim("Anne", Participants.unique("Roy")));
        Map<String, Object> request = harmedRequest(number);
        request.remove("newParticipant");
        request.put("participantId", victimId);
        String open = coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .extract().path("id");
        coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(409)
                .body("existingId", equalTo(open));

        coordinator().post("/api/referrals/" + open + "/withdraw").then().statusCode(200);
        coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201);
    }

    // ---- moves ------------------------------------------------------------------------------------

    @Test
    void only_the_legal_moves_are_allowed_and_any_other_is_409() {
        String id = submitted();
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/referral-move-illegal"));
        coordinator().body(Map.of("reason", "SAFETY")).post("/api/referrals/" + id + "/decline").then().statusCode(409);
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(200)
                .body("state", equalTo("UNDER_ASSESSMENT"));
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(409);
        coordinator().body(Map.of("reason", "MOTIVATION_NOT_APPROPRIATE")).post("/api/referrals/" + id + "/decline").then()
                .statusCode(200).body("state", equalTo("DECLINED")).body("declineReason", equalTo("MOTIVATION_NOT_APPROPRIATE"))
                .body("decidedBy", equalTo("coordinator1"));
        coordinator().post("/api/referrals/" + id + "/withdraw").then().statusCode(409);
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(409);
    }

    @Test
    void a_dormant_referral_is_not_assessed_until_it_is_matched() {
        String number = offenderNumber();
        String referral = referredByStaff1(number);
        coordinator().post("/api/referrals/" + referral + "/start-assessment").then().statusCode(409)
                .body("type", equalTo("/problems/referral-move-illegal"));
        harmedPersonAsks(number);
        coordinator().post("/api/referrals/" + referral + "/start-assessment").then().statusCode(200);
    }

    @Test
    void withdrawal_is_possible_at_any_time_before_a_decision() {
        for (String id : List.of(harmedPersonAsks(offenderNumber()), submitted(), underAssessment())) {
            coordinator().post("/api/referrals/" + id + "/withdraw").then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        }
        String accepted = readyToAccept();
        coordinator().post("/api/referrals/" + accepted + "/accept").then().statusCode(200);
        coordinator().post("/api/referrals/" + accepted + "/withdraw").then().statusCode(409);
    }

    @Test
    void declining_needs_a_reason_from_the_list_and_other_needs_details() {
        String id = underAssessment();
        coordinator().body(Map.of()).post("/api/referrals/" + id + "/decline").then().statusCode(400)
                .body("errors.field", contains("reason"));
        coordinator().body(Map.of("reason", "BORED")).post("/api/referrals/" + id + "/decline").then().statusCode(400);
        coordinator().body(Map.of("reason", "OTHER")).post("/api/referrals/" + id + "/decline").then().statusCode(400)
                .body("errors.field", contains("details")).body("errors.rule", contains("RequiredForOther"));
        coordinator().get("/api/referrals/" + id).then().body("state", equalTo("UNDER_ASSESSMENT"));
        coordinator().body(Map.of("reason", "OTHER", "details", "Moved abroad")).post("/api/referrals/" + id + "/decline")
                .then().statusCode(200).body("declineDetails", equalTo("Moved abroad"));
    }

    @Test
    void a_referral_is_accepted_only_with_a_finalised_suitable_assessment() {
        String id = underAssessment();
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/referral-accept-no-assessment"));
        draftAssessment(id, "SUITABLE");
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/referral-accept-no-assessment"));

        String notSuitable = underAssessment();
        finalisedAssessment(notSuitable, "NOT_SUITABLE");
        coordinator().post("/api/referrals/" + notSuitable + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/referral-accept-not-suitable"));
        String moreInfo = underAssessment();
        finalisedAssessment(moreInfo, "MORE_INFORMATION_NEEDED");
        coordinator().post("/api/referrals/" + moreInfo + "/accept").then().statusCode(409);

        String ready = readyToAccept();
        coordinator().post("/api/referrals/" + ready + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("decidedAt", not(nullValue()));
    }

    @Test
    void an_amendment_replaces_the_assessment_it_corrects_once_finalised() {
        String id = underAssessment();
        String original = finalisedAssessment(id, "SUITABLE");
        Map<String, Object> correction = new java.util.HashMap<>(Map.of("outcome", "NOT_SUITABLE", "amends", original,
                "notes", "New information about motivation"));
        String amendment = coordinator().body(correction).post("/api/referrals/" + id + "/suitability-assessments")
                .then().statusCode(201).body("amends", equalTo(original)).extract().path("id");
        // a draft amendment does not yet replace the finalised assessment
        coordinator().get("/api/referrals/" + id + "/suitability-assessments").then().statusCode(200)
                .body("find { it.id == '" + original + "' }.amendedBy", equalTo(amendment));
        coordinator().header("If-Match", "\"0\"").post("/api/referrals/" + id + "/suitability-assessments/" + amendment + "/finalise")
                .then().statusCode(200);
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/referral-accept-not-suitable"));
    }

    @Test
    void a_finalised_assessment_is_never_edited_by_the_api_or_in_the_database() {
        String id = underAssessment();
        String draft = draftAssessment(id, null);
        coordinator().header("If-Match", "\"0\"").post("/api/referrals/" + id + "/suitability-assessments/" + draft + "/finalise")
                .then().statusCode(409).body("type", equalTo("/problems/suitability-finalise-needs-outcome"));
        coordinator().header("If-Match", "\"0\"").body(Map.of("outcome", "SUITABLE", "notes", "Revised"))
                .put("/api/referrals/" + id + "/suitability-assessments/" + draft).then().statusCode(200)
                .header("ETag", "\"1\"");
        coordinator().header("If-Match", "\"0\"").post("/api/referrals/" + id + "/suitability-assessments/" + draft + "/finalise")
                .then().statusCode(412);
        coordinator().header("If-Match", "\"1\"").post("/api/referrals/" + id + "/suitability-assessments/" + draft + "/finalise")
                .then().statusCode(200).body("finalised", equalTo(true)).body("finalisedBy", equalTo("coordinator1"));
        coordinator().header("If-Match", "\"2\"").body(Map.of("outcome", "NOT_SUITABLE"))
                .put("/api/referrals/" + id + "/suitability-assessments/" + draft).then().statusCode(409)
                .body("type", equalTo("/problems/suitability-finalised-immutable"));
        coordinator().header("If-Match", "\"2\"").post("/api/referrals/" + id + "/suitability-assessments/" + draft + "/finalise")
                .then().statusCode(409);
        coordinator().body(Map.of("outcome", "SUITABLE", "amends", draftAssessment(id, "SUITABLE")))
                .post("/api/referrals/" + id + "/suitability-assessments").then().statusCode(409)
                .body("type", equalTo("/problems/suitability-amend-draft"));
        coordinator().get("/api/referrals/" + id + "/suitability-assessments/" + draft).then()
                .body("outcome", equalTo("SUITABLE")).body("notes", equalTo("Revised"));
        assertThatThrownBy(() -> Database.execute(db,
                "update suitability_assessment set outcome = 'NOT_SUITABLE' where id = '" + draft + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("never edited");
    }

    @Test
    void of_two_coordinators_deciding_the_same_referral_at_once_exactly_one_wins() throws Exception {
        String id = readyToAccept();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> accept = pool.submit(() -> {
            start.await();
            return coordinator().post("/api/referrals/" + id + "/accept").statusCode();
        });
        Future<Integer> decline = pool.submit(() -> {
            start.await();
            return coordinator().body(Map.of("reason", "SAFETY")).post("/api/referrals/" + id + "/decline").statusCode();
        });
        start.countDown();
        List<Integer> statuses = List.of(accept.get(), decline.get());
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String state = coordinator().get("/api/referrals/" + id).path("state");
        assertThat(state).isEqualTo(statuses.get(0) == 200 ? "ACCEPTED" : "DECLINED");
        assertThat(Database.count(db, "select count(*) from audit_entry where resource_id = '" + id
                + "' and action in ('ACCEPT', 'DECLINE')")).isEqualTo(1);
    }

    // ---- no-contact conditions ------------------------------------------------------------------

    @Test
    void a_no_contact_condition_is_recorded_and_flagged_until_a_coordinator_reviews_it() {
        Map<String, Object> body = staffReferral(offenderNumber());
        body.put("noContactCondition", "No contact with the victim's family (parole condition 4)");
        String id = as("staff1").body(body).post("/api/offender-referrals").then().statusCode(201).extract().path("id");
        coordinator().get("/api/referrals/" + id).then().body("noContactReviewPending", equalTo(true))
                .body("noContactCondition", containsString("parole condition 4"));
        coordinator().queryParam("size", 100).queryParam("source", "STAFF").queryParam("state", "DORMANT").get("/api/referrals")
                .then().body("items.find { it.id == '" + id + "' }.noContactReviewPending", equalTo(true));
        coordinator().post("/api/referrals/" + id + "/no-contact-review").then().statusCode(200)
                .body("noContactReviewPending", equalTo(false)).body("noContactReviewedBy", equalTo("coordinator1"));
        coordinator().post("/api/referrals/" + id + "/no-contact-review").then().statusCode(409);
        coordinator().post("/api/referrals/" + referredByStaff1(offenderNumber()) + "/no-contact-review").then().statusCode(409)
                .body("type", equalTo("/problems/referral-no-contact-none"));
    }

    // ---- the queue --------------------------------------------------------------------------------

    @Test
    void the_queue_is_oldest_first_filters_by_state_source_and_age_and_counts_per_state() {
        String a = submitted();
        String b = submitted();
        Response page = coordinator().queryParam("state", "SUBMITTED").queryParam("source", "HARMED_PERSON").queryParam("size", 100)
                .queryParam("page", 0).get("/api/referrals");
        page.then().statusCode(200);
        long total = page.jsonPath().getLong("total");
        int lastPage = (int) ((total - 1) / 100);
        List<String> ids = coordinator().queryParam("state", "SUBMITTED").queryParam("source", "HARMED_PERSON")
                .queryParam("size", 100).queryParam("page", lastPage).get("/api/referrals").jsonPath().getList("items.id");
        assertThat(ids).containsSubsequence(a, b);
        Map<String, Integer> counts = page.jsonPath().getMap("countsByState");
        assertThat(counts.keySet()).containsExactlyInAnyOrder("DORMANT", "SUBMITTED", "UNDER_ASSESSMENT", "ACCEPTED", "DECLINED", "WITHDRAWN");
        assertThat(counts.get("SUBMITTED")).isEqualTo((int) total);
        assertThat(page.jsonPath().getList("items.state", String.class)).containsOnly("SUBMITTED");
        assertThat(page.jsonPath().getList("items.source", String.class)).containsOnly("HARMED_PERSON");

        Response bySource = coordinator().queryParam("source", "HARMED_PERSON").get("/api/referrals");
        Map<String, Integer> sourceCounts = bySource.jsonPath().getMap("countsByState");
        assertThat(bySource.jsonPath().getLong("total")).as("the total is the counts per state added up")
                .isEqualTo(sourceCounts.values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(Database.count(db, "select count(*) from referral where source = 'HARMED_PERSON' and disposed_at is null"));

        coordinator().queryParam("minAgeDays", 1).queryParam("size", 100).get("/api/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(a)));
        coordinator().queryParam("state", "LOST").get("/api/referrals").then().statusCode(400).body("errors.field", contains("state"));
    }

    @Test
    void every_read_and_move_of_a_referral_is_audited() {
        String id = readyToAccept();
        coordinator().get("/api/referrals/" + id).then().statusCode(200);
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(200);
        List<String> actions = new ArrayList<>();
        as("auditor1").queryParam("resourceType", "REFERRAL").queryParam("resourceId", id).queryParam("size", 100)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items.action", String.class)
                .forEach(actions::add);
        assertThat(actions).containsSubsequence("ACCEPT", "READ", "START_ASSESSMENT", "CREATE");
        assertThat(Set.copyOf(actions)).contains("CREATE", "START_ASSESSMENT", "READ", "ACCEPT");
        assertThat(Database.count(db, "select count(*) from audit_entry where resource_id = '" + id + "' and action = 'ACCEPT'"
                + " and details = 'from=UNDER_ASSESSMENT,to=ACCEPTED,fields=state,decidedAt,decidedBy'")).isEqualTo(1);
    }
}

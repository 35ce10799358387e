package ro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.asIntegration;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.offenderNumber;
import static ro.testing.Referrals.finalisedAssessment;
import static ro.testing.Referrals.harmedPersonAsks;
import static ro.testing.Referrals.referredByStaff1;
import static ro.testing.Referrals.staffReferral;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.AtOnce;
import ro.testing.Database;

/** The referring side: staff and integrated systems refer offenders and see only their own referrals' state and dates. */
@QuarkusTest
class OffenderReferralApiTest {

    @Inject
    DataSource db;

    private long referrals() {
        return Database.count(db, "select count(*) from referral");
    }

    // ---- offender referrals by staff ------------------------------------------------------------

    @Test
    void staff_refer_an_offender_and_see_only_the_offender_state_and_dates() {
        String number = offenderNumber();
        Response created = as("staff1").body(staffReferral(number)).post("/api/offender-referrals");
        created.then().statusCode(201)
                .body("offenderNumber", equalTo(number))
                .body("referringStaff", equalTo("staff1"))
                .body("state", equalTo("SUBMITTED"));
        Map<String, Object> body = created.jsonPath().getMap("");
        assertThat(body.keySet()).containsExactlyInAnyOrder("id", "offenderNumber", "offenderFirstName", "offenderLastName",
                "referringStaff", "state", "submittedAt", "decidedAt");
        String id = created.path("id");
        coordinator().get("/api/referrals/" + id).then().statusCode(200)
                .body("source", equalTo("STAFF")).body("staffSupportsParticipation", equalTo(true))
                .body("offender.offenderNumber", equalTo(number)).body("submittedBy", equalTo("staff1"))
                .body("submittedByName.displayName", equalTo("Sam Staff"));
    }

    @Test
    void an_offender_referral_without_both_statements_is_refused_and_writes_nothing() {
        long before = referrals();
        Map<String, Object> noSupport = staffReferral(offenderNumber());
        noSupport.put("staffSupportsParticipation", false);
        as("staff1").body(noSupport).post("/api/offender-referrals").then().statusCode(400)
                .body("errors.field", contains("staffSupportsParticipation")).body("errors.rule", contains("AssertTrue"));
        Map<String, Object> noResponsibility = staffReferral(offenderNumber());
        noResponsibility.remove("offenderTakesResponsibility");
        as("staff1").body(noResponsibility).post("/api/offender-referrals").then().statusCode(400)
                .body("errors.field", contains("offenderTakesResponsibility")).body("errors.rule", contains("NotNull"));
        assertThat(referrals()).isEqualTo(before);
    }

    @Test
    void the_referring_staff_member_is_the_caller_never_a_body_field() {
        Map<String, Object> body = staffReferral(offenderNumber());
        body.put("onBehalfOf", "staff2");
        as("staff1").body(body).post("/api/offender-referrals").then().statusCode(400)
                .body("errors.field", contains("onBehalfOf"));
        Map<String, Object> forged = staffReferral(offenderNumber());
        forged.put("referringStaff", "staff2");
        as("staff1").body(forged).post("/api/offender-referrals").then().statusCode(400)
                .body("errors.field", contains("referringStaff")).body("errors.rule", contains("UnknownField"));
    }

    // ---- what staff and integrated systems see --------------------------------------------------

    @Test
    void staff_see_their_own_referrals_and_the_decision_but_nothing_of_the_process() {
        String number = offenderNumber();
        String referral = referredByStaff1(number);
        String request = harmedPersonAsks(number);
        coordinator().post("/api/referrals/" + referral + "/start-assessment").then().statusCode(200);
        finalisedAssessment(referral, "SUITABLE");
        coordinator().post("/api/referrals/" + referral + "/accept").then().statusCode(200);

        String mine = as("staff1").get("/api/offender-referrals/" + referral).then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("decidedAt", not(nullValue())).extract().asString();
        for (String secret : List.of(request, "Hélène", "Harmed", "Wants to answer", "weekday", "COLLECT_CALL", "SUITABLE",
                "coordinator1", "matched")) {
            assertThat(mine).doesNotContain(secret);
        }
        String list = as("staff1").queryParam("size", 100).get("/api/offender-referrals").then().statusCode(200)
                .extract().asString();
        assertThat(list).contains(referral).doesNotContain(request).doesNotContain("Hélène");

        as("staff2").get("/api/offender-referrals/" + referral).then().statusCode(404);
        assertThat(as("staff2").queryParam("size", 100).get("/api/offender-referrals").asString()).doesNotContain(referral);
        as("staff1").get("/api/offender-referrals/" + request).then().statusCode(404);
        as("staff1").get("/api/referrals/" + referral).then().statusCode(403);
    }

    @Test
    void a_declined_referral_shows_staff_only_that_it_was_declined() {
        String number = offenderNumber();
        String referral = referredByStaff1(number);
        harmedPersonAsks(number);
        coordinator().post("/api/referrals/" + referral + "/start-assessment").then().statusCode(200);
        coordinator().body(Map.of("reason", "SAFETY", "details", "Risk to the family")).post("/api/referrals/" + referral + "/decline")
                .then().statusCode(200);
        String seen = as("staff1").get("/api/offender-referrals/" + referral).then().body("state", equalTo("DECLINED")).extract().asString();
        assertThat(seen).doesNotContain("SAFETY").doesNotContain("Risk to the family");
    }

    // ---- integrated systems -----------------------------------------------------------------------

    @Test
    void an_integrated_system_refers_for_a_named_staff_member_and_a_retry_creates_nothing() {
        String key = "key-" + UUID.randomUUID();
        Map<String, Object> body = staffReferral(offenderNumber());
        body.put("onBehalfOf", "staff2");
        String id = asIntegration().header("Idempotency-Key", key).body(body).post("/api/offender-referrals").then()
                .statusCode(201).body("referringStaff", equalTo("staff2")).extract().path("id");
        long before = referrals();
        asIntegration().header("Idempotency-Key", key).body(body).post("/api/offender-referrals").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(referrals()).isEqualTo(before);

        Map<String, Object> other = staffReferral(offenderNumber());
        other.put("onBehalfOf", "staff2");
        asIntegration().header("Idempotency-Key", key).body(other).post("/api/offender-referrals").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        asIntegration().body(other).post("/api/offender-referrals").then().statusCode(400)
                .body("errors.field", contains("Idempotency-Key"));
        Map<String, Object> anonymous = staffReferral(offenderNumber());
        asIntegration().header("Idempotency-Key", "key-" + UUID.randomUUID()).body(anonymous).post("/api/offender-referrals")
                .then().statusCode(400).body("errors.field", contains("onBehalfOf"));
        assertThat(referrals()).isEqualTo(before);

        asIntegration().get("/api/offender-referrals/" + id).then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as("staff1").get("/api/offender-referrals/" + id).then().statusCode(404);
        assertThat(Database.count(db, "select count(*) from idempotency_key where key = '" + key
                + "' and caller_subject <> '' and referral_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void a_retry_racing_the_first_request_with_the_same_key_gets_the_first_result() throws Exception {
        String key = "race-" + UUID.randomUUID();
        Map<String, Object> body = staffReferral(offenderNumber());
        body.put("onBehalfOf", "staff1");
        long before = referrals();
        Supplier<Response> call = () -> asIntegration().header("Idempotency-Key", key).body(body).post("/api/offender-referrals");
        List<Response> answers = AtOnce.send(List.of(call, call));
        Response first = answers.get(0);
        Response second = answers.get(1);
        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactlyInAnyOrder(201, 200);
        assertThat(first.<String>path("id")).isEqualTo(second.path("id"));
        assertThat(referrals()).isEqualTo(before + 1);
    }
}

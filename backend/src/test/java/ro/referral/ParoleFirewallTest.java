package ro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.asIntegration;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.offenderNumber;
import static ro.testing.Referrals.harmedPersonAsks;
import static ro.testing.Referrals.referredByStaff1;
import static ro.testing.Referrals.staffReferral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.AtOnce;
import ro.testing.Database;
import ro.testing.Participants;

/**
 * Participation must not affect parole: staff and integrated systems learn nothing from the program
 * beyond the state of the referrals they made, whatever the program already holds.
 */
@QuarkusTest
class ParoleFirewallTest {

    @Inject
    DataSource db;

    private long referrals() {
        return Database.count(db, "select count(*) from referral");
    }

    /** Everything a referrer is shown of one answer: status, headers and body. */
    private static String everything(Response r) {
        return r.statusCode() + " " + r.headers() + " " + r.asString();
    }

    @Test
    void a_second_referral_of_an_offender_already_referred_is_the_callers_own_and_reveals_nothing_of_the_first() {
        String number = offenderNumber();
        String first = referredByStaff1(number);

        Response again = as("staff2").body(staffReferral(number)).post("/api/offender-referrals");
        Response fresh = as("staff2").body(staffReferral(offenderNumber())).post("/api/offender-referrals");

        again.then().statusCode(201).body("state", equalTo("SUBMITTED")).body("referringStaff", equalTo("staff2"))
                .body("decidedAt", nullValue());
        fresh.then().statusCode(201).body("state", equalTo("SUBMITTED")).body("referringStaff", equalTo("staff2"));
        String own = again.path("id");
        assertThat(own).isNotEqualTo(first);
        assertThat(again.header("Location")).endsWith("/api/offender-referrals/" + own);
        assertThat(again.jsonPath().getMap("").keySet()).isEqualTo(fresh.jsonPath().getMap("").keySet());
        assertThat(again.headers().asList().stream().map(h -> h.getName()).sorted().toList())
                .isEqualTo(fresh.headers().asList().stream().map(h -> h.getName()).sorted().toList());
        assertThat(everything(again)).doesNotContain(first);

        Response mine = as("staff2").get("/api/offender-referrals/" + own);
        mine.then().statusCode(200).body("state", equalTo("SUBMITTED"));
        assertThat(everything(mine)).doesNotContain(first);
        as("staff2").get("/api/offender-referrals/" + first).then().statusCode(404);
        String list = as("staff2").queryParam("size", 100).get("/api/offender-referrals").then().statusCode(200).extract().asString();
        assertThat(list).contains(own).doesNotContain(first);

        // the same referrer twice: recorded too, never a 409 that would name the open one
        as("staff1").body(staffReferral(number)).post("/api/offender-referrals").then().statusCode(201)
                .body("id", not(equalTo(first)));
    }

    @Test
    void the_coordinator_sees_the_second_referral_linked_to_the_open_one_and_can_withdraw_it() {
        String number = offenderNumber();
        String first = referredByStaff1(number);
        String second = as("staff2").body(staffReferral(number)).post("/api/offender-referrals").then().statusCode(201)
                .extract().path("id");

        coordinator().get("/api/referrals/" + second).then().statusCode(200)
                .body("duplicateOf", equalTo(first)).body("submittedBy", equalTo("staff2"));
        coordinator().get("/api/referrals/" + first).then().statusCode(200)
                .body("duplicateOf", nullValue()).body("duplicateIds", contains(second));
        long total = coordinator().queryParam("source", "STAFF").queryParam("size", 100).get("/api/referrals")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        List<Map<String, Object>> queue = coordinator().queryParam("source", "STAFF").queryParam("size", 100)
                .queryParam("page", (int) ((total - 1) / 100)).get("/api/referrals").jsonPath().getList("items");
        assertThat(queue).anySatisfy(item -> {
            assertThat(item.get("id")).isEqualTo(second);
            assertThat(item.get("duplicateOf")).isEqualTo(first);
        });

        // a harmed person coming forward is matched with the open referral only
        String request = harmedPersonAsks(number);
        coordinator().get("/api/referrals/" + request).then().body("matchedReferralIds", contains(first));
        coordinator().get("/api/referrals/" + second).then().body("matchedReferralIds", empty());

        coordinator().post("/api/referrals/" + second + "/withdraw").then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        as("staff2").get("/api/offender-referrals/" + second).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        as("staff1").get("/api/offender-referrals/" + first).then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void an_integrated_system_referring_an_offender_already_referred_gets_its_own_referral() {
        String number = offenderNumber();
        String first = referredByStaff1(number);
        Map<String, Object> body = staffReferral(number);
        body.put("onBehalfOf", "staff2");
        Response created = asIntegration().header("Idempotency-Key", "key-" + UUID.randomUUID()).body(body)
                .post("/api/offender-referrals");
        created.then().statusCode(201).body("state", equalTo("SUBMITTED")).body("referringStaff", equalTo("staff2"));
        assertThat(everything(created)).doesNotContain(first);
        asIntegration().get("/api/offender-referrals/" + first).then().statusCode(404);
    }

    @Test
    void two_referrals_of_the_same_new_offender_at_the_same_moment_are_both_recorded_one_linked_to_the_other() throws Exception {
        String number = offenderNumber();
        List<Integer> statuses = AtOnce.send(List.of(
                () -> as("staff1").body(staffReferral(number)).post("/api/offender-referrals"),
                () -> as("staff2").body(staffReferral(number)).post("/api/offender-referrals")))
                .stream().map(Response::statusCode).toList();
        assertThat(statuses).containsExactly(201, 201);
        assertThat(Database.count(db, "select count(*) from referral where offender_number = '" + number + "' and duplicate_of is null"))
                .isEqualTo(1);
        assertThat(Database.count(db, "select count(*) from participant where offender_number = '" + number + "'")).isEqualTo(1);
    }

    @Test
    void an_offender_number_alone_answers_the_same_whether_or_not_the_program_knows_the_offender() {
        String known = offenderNumber();
        Participants.create(Participants.offender("Recorded" + known, known));
        long before = referrals();

        Response forKnown = as("staff1").body(numberOnly(known)).post("/api/offender-referrals");
        Response forUnknown = as("staff1").body(numberOnly(offenderNumber())).post("/api/offender-referrals");

        forKnown.then().statusCode(400);
        forUnknown.then().statusCode(400);
        assertThat(forKnown.jsonPath().getList("errors")).isEqualTo(forUnknown.jsonPath().getList("errors"));
        assertThat(forKnown.jsonPath().getString("detail")).isEqualTo(forUnknown.jsonPath().getString("detail"));
        assertThat(forKnown.jsonPath().getList("errors.field", String.class))
                .containsExactlyInAnyOrder("offenderFirstName", "offenderLastName", "offenderPreferredLanguage");
        assertThat(forKnown.asString()).doesNotContain("Recorded");
        assertThat(referrals()).isEqualTo(before);
    }

    @Test
    void the_referrer_is_shown_the_offender_as_they_named_them_never_as_the_program_records_them() {
        String number = offenderNumber();
        Participants.create(Participants.offender("Recorded" + number, number));
        Map<String, Object> body = staffReferral(number);
        body.put("offenderFirstName", "Given");
        body.put("offenderLastName", "Byreferrer");

        Response created = as("staff2").body(body).post("/api/offender-referrals");
        created.then().statusCode(201).body("offenderFirstName", equalTo("Given")).body("offenderLastName", equalTo("Byreferrer"));
        String id = created.path("id");
        assertThat(everything(created)).doesNotContain("Recorded").doesNotContain("Marc");
        String seen = as("staff2").get("/api/offender-referrals/" + id).then().statusCode(200).extract().asString();
        String listed = as("staff2").queryParam("size", 100).get("/api/offender-referrals").asString();
        assertThat(seen + listed).doesNotContain("Recorded" + number);
        coordinator().get("/api/referrals/" + id).then().body("offender.lastName", equalTo("Recorded" + number));
    }

    @Test
    void on_behalf_of_must_name_a_staff_member_of_the_realm() {
        long before = referrals();
        for (String notStaff : List.of("nobody-" + UUID.randomUUID().toString().substring(0, 8), "coordinator1", "norole1",
                "service-account-ro-integration")) {
            Map<String, Object> body = staffReferral(offenderNumber());
            body.put("onBehalfOf", notStaff);
            asIntegration().header("Idempotency-Key", "key-" + UUID.randomUUID()).body(body).post("/api/offender-referrals")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-a-staff-member"))
                    .body("errors.field", contains("onBehalfOf")).body("errors.rule", contains("StaffMember"));
        }
        assertThat(referrals()).isEqualTo(before);
    }

    @Test
    void the_staff_member_an_integrated_system_referred_for_sees_it_among_their_own() {
        Map<String, Object> body = staffReferral(offenderNumber());
        body.put("onBehalfOf", "Staff1");
        String id = asIntegration().header("Idempotency-Key", "key-" + UUID.randomUUID()).body(body).post("/api/offender-referrals")
                .then().statusCode(201).body("referringStaff", equalTo("staff1")).extract().path("id");

        as("staff1").get("/api/offender-referrals/" + id).then().statusCode(200).body("referringStaff", equalTo("staff1"));
        as("staff1").queryParam("size", 100).get("/api/offender-referrals").then().statusCode(200).body("items.id", hasItem(id));
        as("staff2").get("/api/offender-referrals/" + id).then().statusCode(404);
        as("staff2").queryParam("size", 100).get("/api/offender-referrals").then().body("items.id", not(hasItem(id)));
        asIntegration().get("/api/offender-referrals/" + id).then().statusCode(200);
    }

    private static Map<String, Object> numberOnly(String number) {
        Map<String, Object> body = staffReferral(number);
        body.remove("offenderFirstName");
        body.remove("offenderLastName");
        body.remove("offenderPreferredLanguage");
        return body;
    }
}

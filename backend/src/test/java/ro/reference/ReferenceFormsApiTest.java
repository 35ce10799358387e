package ro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Database;
import ro.testing.Participants;
import ro.testing.References;
import ro.testing.Referrals;

/** Forms pick institutions and regions from the reference data: an unknown or inactive one is refused (422) naming the field. */
@QuarkusTest
class ReferenceFormsApiTest {

    @Inject
    DataSource db;

    @Test
    void an_offender_is_placed_at_an_active_institution_whose_english_name_becomes_the_text() {
        Map<String, Object> offender = Participants.offender(Participants.unique("Placed"), Participants.offenderNumber());
        offender.remove("institution");
        offender.put("institutionId", References.COLLINS_BAY);
        String id = coordinator().body(offender).post("/api/participants").then().statusCode(201)
                .body("institutionId", equalTo(References.COLLINS_BAY)).body("institution", equalTo("Collins Bay Institution"))
                .extract().path("id");

        // an older client sends the text back without the id: the institution stays
        Map<String, Object> update = new HashMap<>(offender);
        update.remove("kind");
        update.remove("institutionId");
        update.put("institution", "Collins Bay Institution");
        update.put("firstName", "Marcel");
        coordinator().header("If-Match", "\"0\"").body(update).put("/api/participants/" + id).then().statusCode(200)
                .body("institutionId", equalTo(References.COLLINS_BAY));
    }

    @Test
    void an_unknown_or_inactive_institution_is_refused_for_a_participant_and_nothing_is_recorded() {
        for (String institution : new String[] { References.inactiveInstitution(), "00000000-0000-4000-8000-000000000000" }) {
            String number = Participants.offenderNumber();
            Map<String, Object> offender = Participants.offender(Participants.unique("Refused"), number);
            offender.put("institutionId", institution);
            coordinator().body(offender).post("/api/participants").then().statusCode(422)
                    .body("errors.field", contains("institutionId")).body("errors.rule", contains("ActiveInstitution"));
            assertThat(Database.count(db, "select count(*) from participant where offender_number = '" + number + "'")).isZero();
        }
        Map<String, Object> victim = Participants.victim("Ana", Participants.unique("Victim"));
        victim.put("institutionId", References.COLLINS_BAY);
        coordinator().body(victim).post("/api/participants").then().statusCode(400).body("errors.field", contains("institutionId"));
    }

    @Test
    void a_staff_referral_picked_at_an_institution_is_in_its_region() {
        Map<String, Object> body = Referrals.staffReferral(Participants.offenderNumber());
        body.remove("institution");
        body.put("institutionId", References.COLLINS_BAY);
        String id = as("staff1").body(body).post("/api/offender-referrals").then().statusCode(201).extract().path("id");
        coordinator().get("/api/referrals/" + id).then().statusCode(200).body("regionId", equalTo(References.ONTARIO))
                .body("offender.id", org.hamcrest.Matchers.notNullValue());

        body = Referrals.staffReferral(Participants.offenderNumber());
        body.put("institutionId", References.inactiveInstitution());
        as("staff1").body(body).post("/api/offender-referrals").then().statusCode(422).body("errors.field", contains("institutionId"));
        body = Referrals.staffReferral(Participants.offenderNumber());
        body.remove("institution");
        as("staff1").body(body).post("/api/offender-referrals").then().statusCode(400).body("errors.field", contains("institution"));
    }

    @Test
    void an_integration_may_name_the_institution_by_id() {
        Map<String, Object> body = Referrals.staffReferral(Participants.offenderNumber());
        body.put("onBehalfOf", "staff1");
        body.put("institutionId", References.inactiveInstitution());
        ro.testing.Callers.asIntegration().header("Idempotency-Key", "ref-" + java.util.UUID.randomUUID()).body(body)
                .post("/api/offender-referrals").then().statusCode(422).body("errors.field", contains("institutionId"));
        body.put("institutionId", References.COLLINS_BAY);
        ro.testing.Callers.asIntegration().header("Idempotency-Key", "ref-" + java.util.UUID.randomUUID()).body(body)
                .post("/api/offender-referrals").then().statusCode(201);
    }

    @Test
    void a_harmed_persons_request_names_an_active_region() {
        Map<String, Object> request = Referrals.harmedRequest(null);
        request.put("regionId", References.ONTARIO);
        String id = coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("regionId", equalTo(References.ONTARIO)).extract().path("id");
        coordinator().get("/api/referrals/" + id).then().body("regionId", equalTo(References.ONTARIO));

        request = Referrals.harmedRequest(null);
        request.put("regionId", References.inactiveRegion());
        coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(422)
                .body("errors.field", contains("regionId")).body("errors.rule", contains("ActiveRegion"));
        coordinator().body(Referrals.harmedRequest(null)).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("regionId", nullValue());
    }

    @Test
    void a_meeting_is_held_at_an_active_institution_or_a_place_given_as_text() {
        Cases.OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        Map<String, Object> meeting = new HashMap<>(Cases.meeting(c));
        meeting.remove("institution");
        meeting.put("institutionId", References.inactiveInstitution());
        coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(422)
                .body("errors.field", contains("institutionId"));
        meeting.remove("institutionId");
        coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(400)
                .body("errors.field", contains("institution"));
        meeting.put("institutionId", References.COLLINS_BAY);
        coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201)
                .body("institution", equalTo("Collins Bay Institution")).body("institutionId", equalTo(References.COLLINS_BAY));
    }

    @Test
    void a_mediator_whose_region_is_given_as_text_that_names_a_region_is_in_that_region() {
        String username = ro.testing.RealmUsers.mediator();
        Map<String, Object> entry = new HashMap<>(Map.of("username", username, "displayName", "Rita Roy", "languages", List.of("FR"),
                "active", true, "region", "  ontario "));
        as("admin1").body(entry).post("/api/mediators").then().statusCode(201)
                .body("region", equalTo("Ontario")).body("regionId", equalTo(References.ONTARIO));
        entry.put("region", "Nunavut office");
        as("admin1").header("If-Match", "\"0\"").body(entry).put("/api/mediators/" + username).then().statusCode(200)
                .body("region", equalTo("Nunavut office")).body("regionId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_mediator_is_in_an_active_region_shown_by_its_english_name() {
        String username = ro.testing.RealmUsers.mediator();
        Map<String, Object> entry = new HashMap<>(Map.of("username", username, "displayName", "Rita Roy", "languages", List.of("EN"),
                "active", true, "regionId", References.inactiveRegion()));
        as("admin1").body(entry).post("/api/mediators").then().statusCode(422).body("errors.field", contains("regionId"));
        entry.put("regionId", References.ONTARIO);
        as("admin1").body(entry).post("/api/mediators").then().statusCode(201)
                .body("region", equalTo("Ontario")).body("regionId", equalTo(References.ONTARIO));
        entry.remove("regionId");
        as("admin1").header("If-Match", "\"0\"").body(entry).put("/api/mediators/" + username).then().statusCode(400)
                .body("errors.field", contains("region"));
    }
}

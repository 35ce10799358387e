package ro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.asIntegration;
import static ro.testing.Participants.offenderNumber;
import static ro.testing.Referrals.staffReferral;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import ro.testing.Database;

/** When Keycloak's admin API cannot be reached, a referral on behalf of someone is never accepted unchecked. */
@QuarkusTest
@TestProfile(StaffDirectoryUnavailableTest.KeycloakAdminUnreachable.class)
class StaffDirectoryUnavailableTest {

    /** The staff directory points at a port where nothing answers; tokens are still verified as usual. */
    public static class KeycloakAdminUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ro.staff-directory.realm-url", "http://localhost:1/realms/ro", "ro.staff-directory.timeout-millis", "1000");
        }
    }

    @Inject
    DataSource db;

    @Test
    void a_referral_on_behalf_of_a_staff_member_answers_503_and_records_nothing_while_keycloak_cannot_be_asked() {
        long before = Database.count(db, "select count(*) from referral");
        Map<String, Object> body = staffReferral(offenderNumber());
        body.put("onBehalfOf", "staff1");
        asIntegration().header("Idempotency-Key", "key-" + UUID.randomUUID()).body(body).post("/api/offender-referrals")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("/problems/service-unavailable")).body("status", equalTo(503));
        assertThat(Database.count(db, "select count(*) from referral")).isEqualTo(before);
        assertThat(Database.count(db, "select count(*) from participant where offender_number = '" + body.get("offenderNumber") + "'"))
                .isZero();
    }

    @Test
    void a_roster_entry_answers_503_and_records_nothing_while_keycloak_cannot_be_asked() {
        long before = Database.count(db, "select count(*) from mediator");
        ro.testing.Callers.as("admin1").body(Map.of("username", "mediator9", "displayName", "Mediator Nine", "languages", java.util.List.of("EN"),
                "region", "Atlantic", "active", true)).post("/api/mediators")
                .then().statusCode(503).contentType("application/problem+json").body("type", equalTo("/problems/service-unavailable"));
        assertThat(Database.count(db, "select count(*) from mediator")).isEqualTo(before);
    }

    @Test
    void a_missing_on_behalf_of_is_still_a_validation_error_without_asking_keycloak() {
        Map<String, Object> body = staffReferral(offenderNumber());
        asIntegration().header("Idempotency-Key", "key-" + UUID.randomUUID()).body(body).post("/api/offender-referrals")
                .then().statusCode(400).body("errors.field", contains("onBehalfOf"));
    }

    @Test
    void a_case_and_its_timeline_still_read_naming_staff_by_user_name_while_keycloak_cannot_be_asked() {
        ro.testing.Cases.OpenedCase c = ro.testing.Cases.open("mediator1");
        ro.testing.Callers.coordinator().get("/api/cases/" + c.id()).then().statusCode(200)
                .body("mediatorNames.displayName", org.hamcrest.Matchers.contains("mediator1"))
                .body("openedByName.displayName", equalTo("coordinator1"));
        ro.testing.Callers.coordinator().get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("items[0].actorName.displayName", equalTo("coordinator1"))
                .body("items[0].details.mediators[0].displayName", equalTo("mediator1"));
    }
}

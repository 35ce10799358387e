package ro.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Each coordinator's and mediator's own notice settings: kinds of their role only, If-Match, audited without the address. */
@QuarkusTest
class NotificationSettingsApiTest {

    @Test
    void a_mediator_chooses_kinds_of_their_role_frequency_and_language_and_gets_their_accounts_address() {
        List<String> available = as("mediator1").get("/api/me/notifications").then().statusCode(200).extract().jsonPath().getList("availableKinds");
        assertThat(available).containsExactly("reassessments-due", "messages-to-screen", "meetings-soon", "recent-withdrawals", "referral-assessments");

        String etag = Notices.etag("mediator1");
        JsonPath saved = as("mediator1").header("If-Match", etag)
                .body(Notices.settings(true, List.of("messages-to-screen", "reassessments-due"), "DAILY_DIGEST", "fr"))
                .put("/api/me/notifications").then().statusCode(200).extract().jsonPath();
        assertThat(saved.getBoolean("emailEnabled")).isTrue();
        assertThat(saved.getList("kinds")).containsExactly("reassessments-due", "messages-to-screen");
        assertThat(saved.getString("frequency")).isEqualTo("DAILY_DIGEST");
        assertThat(saved.getString("language")).isEqualTo("fr");
        assertThat(saved.getString("email")).isEqualTo("mediator1@ro.example.org");
        assertThat(saved.getLong("version")).isGreaterThan(0);

        // the same ETag again is stale; none at all is 428
        as("mediator1").header("If-Match", etag).body(Notices.settings(false, List.of(), "IMMEDIATE", "en")).put("/api/me/notifications")
                .then().statusCode(412);
        as("mediator1").body(Notices.settings(false, List.of(), "IMMEDIATE", "en")).put("/api/me/notifications").then().statusCode(428);
        as("mediator1").get("/api/me/notifications").then().statusCode(200).body("language", is("fr"));
    }

    @Test
    void a_kind_of_another_role_or_no_kind_at_all_is_refused_naming_the_field() {
        as("mediator1").header("If-Match", Notices.etag("mediator1")).body(Notices.settings(true, List.of("no-contact-reviews"), "IMMEDIATE", "en"))
                .put("/api/me/notifications").then().statusCode(400).body("errors.field", hasItem("kinds"));
        coordinator().header("If-Match", Notices.etag("coordinator1")).body(Notices.settings(true, List.of("no-such-kind"), "IMMEDIATE", "en"))
                .put("/api/me/notifications").then().statusCode(400).body("errors.field", hasItem("kinds"));
        coordinator().header("If-Match", Notices.etag("coordinator1")).body("{\"emailEnabled\": true, \"kinds\": [], \"frequency\": \"HOURLY\", \"language\": \"en\"}")
                .put("/api/me/notifications").then().statusCode(400);
        coordinator().header("If-Match", Notices.etag("coordinator1")).body("{\"emailEnabled\": true, \"kinds\": [], \"frequency\": \"IMMEDIATE\", \"language\": \"de\"}")
                .put("/api/me/notifications").then().statusCode(400);
    }

    @Test
    void a_save_is_audited_with_the_names_of_the_fields_it_changed_never_the_address() {
        Notices.choose("coordinator1", false, List.of(), "IMMEDIATE", "en");
        Notices.choose("coordinator1", true, List.of("no-contact-reviews"), "IMMEDIATE", "en");
        JsonPath audit = as("auditor1").queryParam("resourceType", "NOTIFICATION_SETTINGS").queryParam("size", 5)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath();
        List<String> details = audit.getList("items.details");
        assertThat(details).isNotEmpty().noneMatch(d -> d != null && d.contains("@"));
        assertThat(audit.getList("items.action")).contains("UPDATE");
        assertThat(details).anyMatch(d -> d != null && d.contains("fields=emailEnabled,kinds"));
    }
}

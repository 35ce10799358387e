package ro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Database;

/** Bodies and parameters that cannot be read are refused with a 400 naming the field, and change nothing. */
@QuarkusTest
class MalformedInputTest {

    @Inject
    DataSource ds;

    private long participants() {
        return Database.count(ds, "select count(*) from participant");
    }

    private static ValidatableResponse refused(ValidatableResponse r, String field) {
        return r.log().ifValidationFails().statusCode(400).contentType("application/problem+json").body("errors.field", contains(field));
    }

    @Test
    void a_nul_character_in_any_text_is_refused_naming_the_field_and_nothing_is_stored() {
        long before = participants();
        Map<String, Object> body = victim("Nul\u0000", unique("Char"));
        refused(coordinator().body(body).post("/api/participants").then(), "firstName")
                .body("type", equalTo("/problems/malformed-request")).body("errors[0].rule", equalTo("NoNulCharacter"));
        Map<String, Object> nested = victim("Nina", unique("Char"));
        nested.put("contact", Map.of("phone", "+1 613 555 0100", "preferredMethod", "PHONE", "safeTimes", "a\u0000b"));
        refused(coordinator().body(nested).post("/api/participants").then(), "contact.safeTimes");
        assertThat(participants()).isEqualTo(before);
    }

    @Test
    void a_nul_character_in_a_search_is_refused_naming_the_parameter() {
        refused(coordinator().queryParam("q", "Tremblay\u0000").get("/api/participants").then(), "q");
        coordinator().queryParam("q", "Tremblay").get("/api/participants").then().statusCode(200);
        refused(coordinator().urlEncodingEnabled(false).get("/api/participants/x%00y").then(), "path");
    }

    @Test
    void a_field_named_twice_is_a_malformed_request_not_a_server_error() {
        long before = participants();
        String body = "{\"kind\":\"VICTIM\",\"firstName\":\"Ana\",\"firstName\":\"Eve\",\"lastName\":\"Twice\",\"preferredLanguage\":\"EN\"}";
        refused(coordinator().body(body).post("/api/participants").then(), "firstName")
                .body("errors[0].rule", equalTo("UniqueKey"));
        assertThat(participants()).isEqualTo(before);
    }

    @Test
    void a_number_for_an_enum_is_refused_not_read_as_the_first_constant() {
        long before = participants();
        Map<String, Object> body = victim("Zero", unique("Enum"));
        body.put("kind", 0);
        refused(coordinator().body(body).post("/api/participants").then(), "kind");
        body.put("kind", "0");
        refused(coordinator().body(body).post("/api/participants").then(), "kind");
        assertThat(participants()).isEqualTo(before);
    }

    @Test
    void a_date_given_as_a_number_or_outside_the_sane_range_is_refused_naming_the_field() {
        Cases.OpenedCase c = Cases.open("mediator1");
        String meetings = "/api/cases/" + c.id() + "/meetings";
        long before = Database.count(ds, "select count(*) from meeting");
        for (Object when : new Object[] { 1_800_000_000, 1.8e9, "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "+999999-01-01T00:00:00Z" }) {
            Map<String, Object> body = new HashMap<>(Cases.meeting(c));
            body.put("scheduledFor", when);
            refused(as("mediator1").body(body).post(meetings).then(), "scheduledFor");
        }
        String participant = c.harmedPersonId();
        for (String due : new String[] { "1850-06-01", "2201-01-01" }) {
            Map<String, Object> findings = Map.of("participantId", participant, "riskLevel", "LOW", "nextDue", due);
            as("mediator1").body(findings).post("/api/cases/" + c.id() + "/safety-assessments").then().statusCode(400)
                    .body("errors.field", contains("nextDue"));
        }
        assertThat(Database.count(ds, "select count(*) from meeting")).isEqualTo(before);
        as("mediator1").body(Cases.meeting(c)).post(meetings).then().statusCode(not(400));
    }

    @Test
    void a_page_or_size_that_is_not_a_number_in_range_is_a_400_naming_the_parameter_not_a_404() {
        for (String[] bad : new String[][] { { "page", "abc" }, { "page", "-1" }, { "page", "100001" }, { "page", "99999999999" },
                { "size", "0" }, { "size", "101" }, { "size", "1.5" } }) {
            coordinator().queryParam(bad[0], bad[1]).get("/api/participants").then().log().ifValidationFails().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.everyItem(equalTo(bad[0])));
        }
        coordinator().queryParam("page", "0").queryParam("size", "100").get("/api/participants").then().statusCode(200)
                .body("size", equalTo(100));
        as("auditor1").queryParam("size", "x").get("/api/audit/entries").then().statusCode(400);
        coordinator().queryParam("minAgeDays", "soon").get("/api/referrals").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("minAgeDays")));
    }

    @Test
    void an_overlong_or_control_character_request_id_is_replaced_in_the_response_and_the_audit_trail() {
        String overlong = "a".repeat(2000);
        for (String given : new String[] { overlong, "id\u0001with-control", "line\tbreak" }) {
            String id = coordinator().header("X-Request-Id", given).body(victim("Rid", unique("Req")))
                    .post("/api/participants").then().statusCode(201).header("X-Request-Id", not(equalTo(given)))
                    .extract().path("id");
            String echoed = coordinator().header("X-Request-Id", given).get("/api/participants/" + id).then().statusCode(200)
                    .extract().header("X-Request-Id");
            assertThat(echoed).matches("[A-Za-z0-9._:-]{1,100}");
            String audited = Database.text(ds, "select request_id from audit_entry where resource_id = '" + id
                    + "' and action = 'CREATE'");
            assertThat(audited).matches("[A-Za-z0-9._:-]{1,100}").isNotEqualTo(given);
        }
        coordinator().header("X-Request-Id", "kept-id-1").get("/api/participants").then().header("X-Request-Id", "kept-id-1");
    }

    @Test
    void closing_a_case_without_an_outcome_summary_is_a_validation_problem_naming_it() {
        Cases.OpenedCase c = Cases.open("mediator1");
        as("mediator1").body(Map.of("stage", "CLOSED", "outcomeSummary", "")).post("/api/cases/" + c.id() + "/stage").then()
                .statusCode(400).body("type", equalTo("/problems/validation")).body("errors.field", contains("outcomeSummary"))
                .body("detail", not(containsString("outcomeSummary=")));
        coordinator().get("/api/cases/" + c.id()).then().body("stage", equalTo("PREPARATION"));
    }
}

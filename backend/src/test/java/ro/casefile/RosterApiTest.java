package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Database;
import ro.testing.RealmUsers;

/**
 * The roster names realm users who hold the mediator role (Keycloak is asked), with their languages as a set;
 * a case whose mediators cannot serve a participant in their language says so without refusing.
 */
@QuarkusTest
class RosterApiTest {

    @Inject
    DataSource db;

    static Map<String, Object> entry(String username, List<String> languages) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Roster Entry");
        body.put("languages", languages);
        body.put("region", "Atlantic");
        body.put("active", true);
        return body;
    }

    private long rosterSize() {
        return Database.count(db, "select count(*) from mediator");
    }

    @Test
    void a_realm_user_with_the_mediator_role_joins_the_roster_with_languages_in_canonical_order() {
        String username = RealmUsers.mediator();
        as("admin1").body(entry(username, List.of("FR", "EN"))).post("/api/mediators").then().statusCode(201)
                .body("username", equalTo(username)).body("languages", contains("EN", "FR"));
        assertThat(Database.text(db, "select languages from mediator where username = '" + username + "'")).isEqualTo("EN,FR");
        List<Map<String, Object>> roster = as("admin1").get("/api/mediators").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(roster).filteredOn(m -> username.equals(m.get("username")))
                .singleElement().satisfies(m -> assertThat(m.get("languages")).isEqualTo(List.of("EN", "FR")));

        as("admin1").header("If-Match", "\"0\"").body(entry(username, List.of("FR"))).put("/api/mediators/" + username)
                .then().statusCode(200).body("languages", contains("FR"));
    }

    @Test
    void the_mediator_role_may_come_through_a_group_and_the_user_name_is_kept_as_the_realm_spells_it() {
        String username = RealmUsers.mediatorByGroup();
        as("admin1").body(entry(username.toUpperCase(java.util.Locale.ROOT), List.of("EN"))).post("/api/mediators")
                .then().statusCode(201).body("username", equalTo(username));
    }

    @Test
    void an_unknown_user_is_refused_naming_username_and_nothing_is_written() {
        long before = rosterSize();
        as("admin1").body(entry("nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8), List.of("EN")))
                .post("/api/mediators").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("username")).body("errors.rule", contains("RealmUser"));
        assertThat(rosterSize()).isEqualTo(before);
    }

    @Test
    void a_realm_user_without_the_mediator_role_is_refused_in_the_reader_s_language() {
        long before = rosterSize();
        for (String notMediator : List.of("staff1", "norole1", "coordinator1")) {
            as("admin1").body(entry(notMediator, List.of("EN"))).post("/api/mediators").then().statusCode(422)
                    .body("errors.field", contains("username")).body("errors.rule", contains("MediatorRole"));
        }
        as("admin1").header("Accept-Language", "fr").body(entry("staff1", List.of("EN"))).post("/api/mediators").then()
                .statusCode(422).body("errors[0].message", equalTo("Cet utilisateur du domaine n'a pas le rôle de médiateur."));
        assertThat(rosterSize()).isEqualTo(before);
    }

    @Test
    void a_realm_mediator_already_on_the_roster_is_a_conflict_once_the_realm_has_answered() {
        as("admin1").body(entry("MEDIATOR2", List.of("EN"))).post("/api/mediators").then().statusCode(409);
    }

    @Test
    void languages_are_one_or_both_official_languages_each_named_once() {
        String username = RealmUsers.mediator();
        for (Object languages : List.of(List.of(), List.of("EN", "EN"), List.of("DE"), List.of("EN", "FR", "EN"))) {
            Map<String, Object> body = entry(username, List.of());
            body.put("languages", languages);
            as("admin1").body(body).post("/api/mediators").then().statusCode(400)
                    .body("errors.field", hasSize(1)).body("errors.field", everyItem(startsWith("languages")));
        }
        Map<String, Object> asText = entry(username, List.of());
        asText.put("languages", "EN,FR");
        as("admin1").body(asText).post("/api/mediators").then().statusCode(400);
        assertThat(Database.count(db, "select count(*) from mediator where username = '" + username + "'")).isZero();
    }

    @Test
    void a_case_warns_without_refusing_when_no_assigned_mediator_speaks_a_participant_s_language() {
        String english = RealmUsers.mediator();
        String french = RealmUsers.mediator();
        as("admin1").body(entry(english, List.of("EN"))).post("/api/mediators").then().statusCode(201);
        as("admin1").body(entry(french, List.of("FR"))).post("/api/mediators").then().statusCode(201);

        Cases.OpenedCase c = Cases.open(english); // the harmed person prefers French, the offender English
        JsonPath opened = coordinator().get("/api/cases/" + c.id()).then().statusCode(200).extract().jsonPath();
        assertThat(opened.getList("warnings.code")).containsExactly("NO_MEDIATOR_SPEAKS_LANGUAGE");
        assertThat(opened.getList("warnings.language")).containsExactly("FR");
        assertThat(opened.getList("warnings[0].participantIds")).containsExactly(c.harmedPersonId());
        assertThat(opened.getString("warnings").toString()).doesNotContain("Hélène");

        coordinator().body(Map.of("mediators", List.of(english, french))).put("/api/cases/" + c.id() + "/mediators")
                .then().statusCode(200).body("warnings", empty()).body("mediators", contains(english, french));
        coordinator().body(Map.of("mediators", List.of(french))).put("/api/cases/" + c.id() + "/mediators")
                .then().statusCode(200).body("mediators", contains(french))
                .body("warnings.language", contains("EN")).body("warnings[0].participantIds", contains(c.offenderId()));
    }

    @Test
    void opening_a_case_answers_with_the_warning() {
        String english = RealmUsers.mediator();
        as("admin1").body(entry(english, List.of("EN"))).post("/api/mediators").then().statusCode(201);
        List<String> referrals = Cases.acceptedPair(ro.testing.Referrals.staffReferral(ro.testing.Participants.offenderNumber()));
        coordinator().body(Map.of("referralIds", referrals, "mediators", List.of(english))).post("/api/cases").then().statusCode(201)
                .body("warnings.code", contains("NO_MEDIATOR_SPEAKS_LANGUAGE")).body("warnings.language", contains("FR"));
    }
}

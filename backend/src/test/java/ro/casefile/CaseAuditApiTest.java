package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.RealmUsers;

/** A case's changes are audited by reference and by the names of the fields they changed, never by what was written. */
@QuarkusTest
class CaseAuditApiTest {

    private static final String SECRET_NOTE = "He said his cousin Kevin Marchand still calls her";
    private static final String SECRET_OUTCOME = "Apology letter read aloud at 12 rue des Lilas";

    private static List<String> trailOf(String type, String id) {
        List<Map<String, String>> items = as("auditor1").queryParam("resourceType", type).queryParam("resourceId", id)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(e -> e.get("action") + " " + e.get("details")).toList();
    }

    @Test
    void a_case_s_process_is_audited_by_references_codes_and_field_names() {
        Cases.OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/consents").then().statusCode(200);
        coordinator().post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/withdrawal").then().statusCode(200);
        coordinator().post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/rejoin").then().statusCode(200);
        coordinator().body(Map.of("stage", "CLOSED", "outcomeSummary", SECRET_OUTCOME, "closureOutcome", "DIALOGUE_COMPLETED"))
                .post("/api/cases/" + c.id() + "/stage").then().statusCode(200);

        List<String> trail = trailOf("CASE", c.id());
        assertThat(trail).startsWith(
                "STAGE from=PREPARATION,to=CLOSED,fields=stage,outcomeSummary,closureOutcome,closedAt",
                "REJOIN participant=" + c.offenderId() + ",fields=status,statusSince",
                "WITHDRAW participant=" + c.offenderId() + ",fields=status,statusSince",
                "CONSENT participant=" + c.harmedPersonId() + ",way=LETTERS,given=true,how=VERBAL,fields=consents");
        assertThat(trail.get(trail.size() - 1)).startsWith("CREATE referrals=").endsWith(",mediators=mediator1,fields=referralIds,mediators");
        assertThat(trail.toString()).doesNotContain("Apology", "Lilas");
    }

    @Test
    void a_note_is_audited_with_its_case_and_whether_it_is_for_mediators_only_never_its_text() {
        Cases.OpenedCase c = Cases.open("mediator1");
        String id = as("mediator1").body(Map.of("text", SECRET_NOTE, "mediatorsOnly", true))
                .post("/api/cases/" + c.id() + "/notes").then().statusCode(201).extract().path("id");

        List<String> trail = trailOf("CASE_NOTE", id);
        assertThat(trail).containsExactly("CREATE case=" + c.id() + ",fields=text,mediatorsOnly");
        assertThat(trail.toString()).doesNotContain("Kevin", "Marchand");
    }

    @Test
    void a_roster_change_names_the_fields_it_changed() {
        String username = RealmUsers.mediator();
        Map<String, Object> entry = Map.of("username", username, "displayName", "Mona Tremblay", "languages", List.of("FR"),
                "region", "Montréal", "active", true);
        as("admin1").body(entry).post("/api/mediators").then().statusCode(201);
        as("admin1").header("If-Match", "\"0\"").body(Map.of("username", username, "displayName", "Mona Tremblay",
                "languages", List.of("FR", "EN"), "region", " Montréal ", "active", false)).put("/api/mediators/" + username).then().statusCode(200);
        as("admin1").header("If-Match", "\"1\"").body(Map.of("username", username, "displayName", "Mona Tremblay",
                "languages", List.of("EN", "FR"), "region", "Montréal", "active", false)).put("/api/mediators/" + username).then().statusCode(200);

        List<String> trail = trailOf("MEDIATOR", username);
        assertThat(trail).containsExactly(
                "UPDATE null", // the same languages in another order: nothing changed
                "UPDATE fields=languages,active",
                "CREATE fields=username,displayName,languages,region,active");
        assertThat(trail.toString()).doesNotContain("Tremblay", "Montréal");
    }
}

package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ro.audit.AuditFilterApiTest.auditor;
import static ro.audit.AuditFilterApiTest.threeRequests;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;

/** The trail as CSV, and the proof that no entry the auditor reads carries a person's name or contact. */
@QuarkusTest
class AuditExportApiTest {

    static final String HEADER = "Entry / Entrée,When (UTC) / Quand (UTC),User / Utilisateur,Subject / Sujet,Roles / Rôles,"
            + "Action / Action,Record type / Type de dossier,Record id / Identifiant du dossier,"
            + "Request id / Identifiant de requête,Details / Détails";

    @Inject
    DataSource db;

    static Response export(Map<String, Object> filters) {
        return auditor().accept("text/csv").queryParams(filters).get("/api/audit/entries/export");
    }

    static List<String> lines(Response csv) {
        return List.of(csv.then().statusCode(200).contentType("text/csv").extract().asString().split("\r\n"));
    }

    @Test
    void the_export_gives_a_bilingual_header_then_the_filtered_entries_newest_first() {
        String prefix = unique("req-csv-");
        String id = threeRequests(prefix);
        List<String> lines = lines(export(Map.of("resourceId", id)));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).contains(",coordinator1,").contains(",PARTICIPANT," + id + ","));
        assertThat(lines.get(1)).contains(",UPDATE,").endsWith("," + prefix + "-3,fields=lastName");
        assertThat(lines.get(2)).contains(",READ,").endsWith("," + prefix + "-2,contact=shown");
        assertThat(lines.get(3)).contains(",CREATE,").contains("," + prefix + "-1,");
    }

    @Test
    void a_field_with_commas_is_quoted() {
        String request = unique("req-quoted-");
        auditor().header("X-Request-Id", request).queryParam("resourceType", "CASE").get("/api/audit/entries").then().statusCode(200);
        List<String> lines = lines(export(Map.of("requestId", request)));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith(",LIST,AUDIT_ENTRY,," + request + ",\"type=CASE,filters=resourceType,page=0\"");
    }

    @Test
    void an_export_stops_at_its_limit_says_so_on_a_last_line_and_is_itself_audited_with_its_filter_names() {
        String id = threeRequests(unique("req-cap-"));
        String request = unique("req-export-");
        Response csv = auditor().accept("text/csv").header("X-Request-Id", request).queryParam("resourceId", id)
                .queryParam("action", "READ").queryParam("limit", 1).get("/api/audit/entries/export");
        assertThat(csv.header("X-Export-Limit")).isEqualTo("1");
        assertThat(lines(csv)).hasSize(2);
        Response capped = export(Map.of("resourceId", id, "limit", 2));
        List<String> lines = lines(capped);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).isEqualTo("The export stopped at 2 rows (its limit); more entries match: narrow the filters."
                + " / L'exportation s'est arrêtée à 2 lignes (sa limite); d'autres entrées correspondent : précisez les filtres.");
        assertThat(lines(export(Map.of("resourceId", id, "limit", 3)))).hasSize(4);
        assertThat(Database.count(db, "select count(*) from audit_entry where action = 'AUDIT_EXPORTED' and request_id = '" + request
                + "' and details = 'filters=action+resourceId,limit=1' and username = 'auditor1'")).isEqualTo(1);
    }

    @Test
    void a_broken_filter_or_limit_is_refused_with_422_naming_it() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("limit", 0, "role", "root", "from", "soon").entrySet()) {
            export(Map.of(bad.getKey(), bad.getValue())).then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains(bad.getKey()));
        }
        export(Map.of("limit", 100_001)).then().statusCode(422).body("errors.field", contains("limit"));
    }

    @Test
    void no_entry_of_a_whole_scenario_carries_a_name_a_contact_or_what_a_person_wrote() {
        Instant start = Instant.now();
        String first = unique("Firstname");
        String last = unique("Lastname");
        Map<String, Object> person = victim(first, last);
        String id = coordinator().body(person).post("/api/participants").then().statusCode(201).extract().path("id");
        coordinator().get("/api/participants/" + id).then().statusCode(200);
        coordinator().queryParam("q", last).get("/api/participants").then().statusCode(200);
        person.remove("kind");
        person.put("lastName", last + "Changed");
        coordinator().header("If-Match", "\"0\"").body(person).put("/api/participants/" + id).then().statusCode(200);
        OpenedCase c = Cases.inDialogue("mediator1");
        Cases.letter(c, "submit", "approve");
        as("mediator1").get("/api/cases/" + c.id() + "/timeline").then().statusCode(200);
        List<String> secrets = List.of(first, last, "safe@example.org", "613 555 0100", "Weekdays 9-11", "Hélène",
                "weekday mornings", "account for the harm", "Marc", "Words");

        String csv = export(Map.of("from", start.toString())).then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n").length).isGreaterThan(20);
        assertThat(csv).contains(id, c.id());
        secrets.forEach(secret -> assertThat(csv).doesNotContain(secret));

        List<String> pages = new ArrayList<>();
        String after = null;
        do {
            var request = auditor().queryParam("from", start.toString()).queryParam("size", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            String page = request.get("/api/audit/entries").then().statusCode(200).extract().asString();
            pages.add(page);
            after = JsonPath.from(page).getString("next");
        } while (after != null);
        String all = String.join("\n", pages);
        assertThat(all).contains(id);
        secrets.forEach(secret -> assertThat(all).doesNotContain(secret));
        auditor().queryParam("resourceId", id).get("/api/audit/entries").then().body("items[0].details", equalTo("fields=lastName"));
    }
}

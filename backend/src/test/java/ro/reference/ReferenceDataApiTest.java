package ro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.as;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Database;
import ro.testing.References;

/** Regions and institutions: read by every role, kept by admin with If-Match, every change audited by field names. */
@QuarkusTest
class ReferenceDataApiTest {

    private static final List<String> SEEDED_REGIONS = List.of("Quebec", "Pacific", "Atlantic", "Prairie", "Ontario");

    @Inject
    DataSource db;

    private static List<String> trailOf(String type, String id) {
        List<Map<String, String>> items = as("auditor1").queryParam("resourceType", type).queryParam("resourceId", id)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(e -> e.get("action") + " " + e.get("details")).toList();
    }

    @Test
    void the_migration_seeds_five_regions_and_twenty_institutions_with_unique_codes() {
        assertThat(Database.count(db, "select count(*) from region where id::text like '5e0a0000-%'")).isEqualTo(5);
        assertThat(Database.count(db, "select count(*) from institution where id::text like '1a5e0000-%'")).isEqualTo(20);
        assertThat(Database.count(db, "select count(*) - count(distinct code) from institution")).isZero();
        assertThat(Database.count(db, "select count(*) - count(distinct code) from region")).isZero();
        assertThat(Database.text(db, "select code || '/' || region_id from institution where id = '" + References.COLLINS_BAY + "'"))
                .isEqualTo("ONT-COLLINS-BAY/" + References.ONTARIO);
    }

    @Test
    void the_matching_of_free_text_names_an_institution_in_either_language_any_case_spaces_trimmed() {
        String matching = "select i.code from institution i where lower(btrim('%s')) in (lower(i.name_en), lower(i.name_fr))";
        assertThat(Database.text(db, matching.formatted("  collins bay INSTITUTION "))).isEqualTo("ONT-COLLINS-BAY");
        assertThat(Database.text(db, matching.formatted("Établissement de Collins Bay"))).isEqualTo("ONT-COLLINS-BAY");
        assertThat(Database.count(db, "select count(*) from (" + matching.formatted("Collins Bay") + ") x")).isZero();
    }

    @Test
    void every_role_reads_the_lists_sorted_by_english_name_and_filtered() {
        for (String who : List.of("coordinator1", "mediator1", "staff1", "auditor1", "admin1")) {
            List<String> names = as(who).get("/api/regions").then().statusCode(200).extract().jsonPath().getList("nameEn");
            assertThat(names.stream().filter(SEEDED_REGIONS::contains)).containsExactly("Atlantic", "Ontario", "Pacific", "Prairie", "Quebec");
        }
        List<String> ontario = as("staff1").queryParam("regionId", References.ONTARIO).queryParam("active", true)
                .get("/api/institutions").then().statusCode(200).extract().jsonPath().getList("code");
        assertThat(ontario.stream().filter(code -> code.startsWith("ONT-"))).containsExactly("ONT-COLLINS-BAY", "ONT-GRAND-VALLEY", "ONT-MILLHAVEN", "ONT-WARKWORTH");
        String closed = References.inactiveInstitution();
        assertThat(as("staff1").queryParam("active", true).get("/api/institutions").then().extract().jsonPath().<String>getList("id"))
                .doesNotContain(closed).contains(References.COLLINS_BAY);
        assertThat(as("staff1").queryParam("active", false).get("/api/institutions").then().extract().jsonPath().<String>getList("id"))
                .contains(closed).doesNotContain(References.COLLINS_BAY);
    }

    @Test
    void admin_adds_a_region_then_renames_it_with_the_etag_read() {
        String code = References.code("R");
        var created = as("admin1").body(References.region(code)).post("/api/regions").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).header("Location", containsString("/api/regions/"))
                .body("code", equalTo(code)).body("active", equalTo(true)).extract();
        String id = created.path("id");
        as("coordinator1").get("/api/regions/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));

        Map<String, Object> rename = Map.of("nameEn", "North", "nameFr", "Nord", "active", true);
        as("admin1").body(rename).put("/api/regions/" + id).then().statusCode(428);
        as("admin1").header("If-Match", "\"0\"").body(rename).put("/api/regions/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("nameEn", equalTo("North")).body("code", equalTo(code));
        as("admin1").header("If-Match", "\"0\"").body(Map.of("nameEn", "South", "nameFr", "Sud", "active", true))
                .put("/api/regions/" + id).then().statusCode(412);
        as("admin1").get("/api/regions/" + id).then().body("nameEn", equalTo("North"));

        assertThat(trailOf("REGION", id)).containsExactly("UPDATE fields=nameEn,nameFr", "CREATE fields=code,nameEn,nameFr,active");
        assertThat(trailOf("REGION", id).toString()).doesNotContain("North", "Nord", code);
    }

    @Test
    void a_code_is_taken_once_and_has_its_form() {
        String code = References.code("I");
        as("admin1").body(References.institution(code, References.ONTARIO)).post("/api/institutions").then().statusCode(201);
        as("admin1").body(References.institution(code, References.ONTARIO)).post("/api/institutions").then().statusCode(409)
                .body("type", equalTo("/problems/conflict")).body("detail", containsString("code"));
        as("admin1").body(References.region("ATLANTIC")).post("/api/regions").then().statusCode(409);
        as("admin1").body(References.region("lower case")).post("/api/regions").then().statusCode(400)
                .body("errors.field", contains("code"));
        Map<String, Object> noName = References.region(References.code("R"));
        noName.put("nameFr", " ");
        as("admin1").body(noName).post("/api/regions").then().statusCode(400).body("errors.field", contains("nameFr"));
    }

    @Test
    void an_institution_goes_to_an_active_region_only() {
        String closed = References.inactiveRegion();
        long before = Database.count(db, "select count(*) from institution");
        as("admin1").body(References.institution(References.code("I"), closed)).post("/api/institutions").then().statusCode(422)
                .body("errors.field", contains("regionId")).body("errors.rule", contains("ActiveRegion"));
        as("admin1").body(References.institution(References.code("I"), "00000000-0000-4000-8000-000000000000"))
                .post("/api/institutions").then().statusCode(422).body("errors.field", contains("regionId"));
        assertThat(Database.count(db, "select count(*) from institution")).isEqualTo(before);

        String id = References.newInstitution();
        as("admin1").header("If-Match", "\"0\"").body(Map.of("nameEn", "Moved", "nameFr", "Déplacé", "regionId", closed, "active", true))
                .put("/api/institutions/" + id).then().statusCode(422).body("errors.field", contains("regionId"));
    }

    @Test
    void a_region_with_active_institutions_is_not_deactivated_until_they_are() {
        String region = References.newRegion();
        String institution = References.newInstitution(region);
        Map<String, Object> off = Map.of("nameEn", "Gone", "nameFr", "Disparue", "active", false);
        as("admin1").header("If-Match", "\"0\"").body(off).put("/api/regions/" + region).then().statusCode(409)
                .body("type", equalTo("/problems/reference-region-has-active-institutions"));

        as("admin1").header("If-Match", "\"0\"").body(Map.of("nameEn", "Old", "nameFr", "Ancien", "regionId", region, "active", false))
                .put("/api/institutions/" + institution).then().statusCode(200).body("active", equalTo(false));
        as("admin1").header("If-Match", "\"0\"").body(off).put("/api/regions/" + region).then().statusCode(200).body("active", equalTo(false));
        // an institution of an inactive region is not reactivated there
        as("admin1").header("If-Match", "\"1\"").body(Map.of("nameEn", "Old", "nameFr", "Ancien", "regionId", region, "active", true))
                .put("/api/institutions/" + institution).then().statusCode(422);
        as("admin1").header("If-Match", "\"1\"").body(Map.of("nameEn", "Old", "nameFr", "Ancien", "regionId", References.ONTARIO, "active", true))
                .put("/api/institutions/" + institution).then().statusCode(200).body("regionId", equalTo(References.ONTARIO));

        assertThat(trailOf("INSTITUTION", institution)).containsExactly("UPDATE fields=regionId,active",
                "UPDATE fields=nameEn,nameFr,active", "CREATE fields=code,nameEn,nameFr,active,regionId");
        assertThat(trailOf("REGION", region)).containsExactly("UPDATE fields=nameEn,nameFr,active", "CREATE fields=code,nameEn,nameFr,active");
    }

    @Test
    void an_unknown_id_is_not_found() {
        as("staff1").get("/api/regions/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        as("staff1").get("/api/institutions/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }
}

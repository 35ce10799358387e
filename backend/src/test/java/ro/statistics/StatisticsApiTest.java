package ro.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.TestClock;

/**
 * The statistics read back what happened in a period, and a single withdrawn victim cannot be read
 * back from any answer or combination of answers. The period (March 1996) and the region (made for
 * the test) are used by no other test: the API's clock is set back to build it.
 */
@QuarkusTest
class StatisticsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FROM = "1996-03-01";
    private static final String TO = "1996-03-31";

    @Inject
    TestClock clock;
    @Inject
    DataSource ds;
    @Inject
    org.hibernate.SessionFactory sessions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** What was built: every id that must never show, and the region. */
    private record Built(String regionId, List<String> ids) {
    }

    @Test
    void a_period_with_a_single_withdrawn_victim_counts_what_happened_and_cannot_give_the_victim_back() throws Exception {
        Built built = aMonthWithOneWithdrawnVictim();
        List<String> regions = regions();
        int ours = regions.indexOf(built.regionId());
        JsonNode national = report(FROM, TO, null);
        List<JsonNode> byRegion = new ArrayList<>();
        for (String r : regions) {
            byRegion.add(report(FROM, TO, r));
        }
        JsonNode region = byRegion.get(ours);

        // what happened is counted
        assertThat(count(region, "referralsBySourceAndChannel", "HARMED_PERSON", "COLLECT_CALL")).isEqualTo(8);
        assertThat(count(region, "referralsBySourceAndChannel", "STAFF", "NONE")).isEqualTo(8);
        assertThat(total(region, "referralsByOutcome", "ACCEPTED")).isEqualTo(16);
        assertThat(total(region, "suitabilityByOutcome", "SUITABLE")).isEqualTo(16);
        assertThat(total(region, "casesOpenedAndClosed", "OPENED")).isEqualTo(8);
        assertThat(total(region, "casesOpenedAndClosed", "CLOSED")).isEqualTo(5);
        assertThat(total(region, "casesByClosureOutcome", "DIALOGUE_COMPLETED")).isEqualTo(5);
        assertThat(table(region, "participationChanges").path("total").path("count").asInt()).isEqualTo(13);
        assertThat(count(region, "participationChanges", "REJOINED", "HARMED")).isZero();
        JsonNode toAssessment = region.path("durations").get(0);
        assertThat(toAssessment.path("key").asText()).isEqualTo("referralToAssessmentStart");
        assertThat(toAssessment.path("groupSize").path("count").asInt()).isEqualTo(16);
        assertThat(toAssessment.path("median").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(region.path("durations").get(2).path("median").isNull()).as("no message delivered").isTrue();

        // the victim's cell is suppressed, nationally and in the region, and so is every count from 1 to 4
        for (JsonNode answer : List.of(national, region)) {
            JsonNode withdrawn = table(answer, "participationChanges").path("rows").get(0).path("cells").get(0);
            assertThat(withdrawn.path("suppressed").asBoolean()).isTrue();
            assertThat(withdrawn.path("count").isNull()).isTrue();
            assertThat(shownCounts(answer)).noneMatch(n -> n >= 1 && n <= 4);
        }
        // no combination of the shown numbers of any table, nationally and in every region, pins a suppressed cell
        for (int n = 0; n < national.path("tables").size(); n++) {
            int t = n;
            JsonNode nationalTable = national.path("tables").get(t);
            List<JsonNode> regionTables = byRegion.stream().map(a -> a.path("tables").get(t)).toList();
            Reidentification attacker = new Reidentification(nationalTable, regionTables);
            JsonNode ourTable = regionTables.get(ours);
            int columns = Math.max(ourTable.path("columns").size(), 1);
            for (int i = 0; i < ourTable.path("rows").size(); i++) {
                for (int j = 0; j < columns; j++) {
                    JsonNode row = ourTable.path("rows").get(i);
                    JsonNode cell = ourTable.path("columns").size() == 0 ? row.path("total") : row.path("cells").get(j);
                    if (cell.path("suppressed").asBoolean()) {
                        assertThat(attacker.possibleValues(ours, i, j)).as("%s row %d column %d", ourTable.path("key").asText(), i, j)
                                .hasSizeGreaterThanOrEqualTo(2);
                    }
                }
            }
        }
        Reidentification attacker = new Reidentification(table(national, "participationChanges"),
                byRegion.stream().map(a -> table(a, "participationChanges")).toList());
        assertThat(attacker.possibleValues(ours, 0, 0)).as("the withdrawn victim: 1 and another value both fit").contains(1L).hasSize(2);

        // the neighbouring months count nothing, but April's stock of cases: the three still open, suppressed as in March;
        // every period that holds March answers exactly what March does
        for (String[] month : new String[][] { { "1996-02-01", "1996-02-29" }, { "1996-04-01", "1996-04-30" } }) {
            for (String r : new String[] { null, built.regionId() }) {
                JsonNode neighbour = report(month[0], month[1], r);
                assertThat(shownCounts(neighbour)).allMatch(n -> n == 0);
                JsonNode stages = table(neighbour, "casesByStage");
                ((com.fasterxml.jackson.databind.node.ObjectNode) neighbour).withArray("tables").remove(5);
                assertThat(neighbour.toString()).doesNotContain("\"suppressed\":true");
                List<Boolean> suppressed = new ArrayList<>();
                stages.path("rows").forEach(row -> suppressed.add(row.path("total").path("suppressed").asBoolean()));
                suppressed.add(stages.path("total").path("suppressed").asBoolean());
                assertThat(suppressed).containsExactly(month[0].equals("1996-04-01"), month[0].equals("1996-04-01"), false, false,
                        month[0].equals("1996-04-01"));
            }
        }
        for (String[] period : new String[][] { { "1996-01-01", "1996-03-31" }, { "1996-03-01", "1996-04-30" }, { "1996-01-01", "1996-12-31" } }) {
            assertThat(report(period[0], period[1], null).path("tables")).isEqualTo(national.path("tables"));
            assertThat(report(period[0], period[1], built.regionId()).path("tables")).isEqualTo(region.path("tables"));
        }

        // nothing in any answer names a person, a case, a referral or a message
        String everything = national.toString() + byRegion.stream().map(JsonNode::toString).collect(Collectors.joining());
        assertThat(everything).doesNotContain(built.ids().toArray(String[]::new)).doesNotContain("Hélène", "Marc", "Harmed", "Offender", "Words");
    }

    /**
     * Eight cases in a new region, opened in March 1996: the harmed person of the first withdraws (the one
     * withdrawn victim), the offenders of six others withdraw and rejoin, five are closed, the last is in
     * dialogue with a draft letter.
     */
    private Built aMonthWithOneWithdrawnVictim() throws Exception {
        String region = UUID.randomUUID().toString();
        String code = "T" + region.substring(0, 8).toUpperCase();
        Database.execute(ds, "INSERT INTO region (id, code, name_en, name_fr, active, version, created_at, updated_at) VALUES ('"
                + region + "', '" + code + "', 'Test region " + code + "', 'Région test " + code + "', true, 0, now(), now())");
        clock.reset();
        clock.advance(Duration.between(clock.instant(), Instant.parse("1996-03-12T10:00:00Z")));
        List<OpenedCase> cases = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            cases.add(Cases.open("mediator1"));
        }
        OpenedCase inDialogue = Cases.inDialogue("mediator1");
        cases.add(inDialogue);
        String letter = Cases.letter(inDialogue);
        String path = "/api/cases/%s/participants/%s/";
        coordinator().post(path.formatted(cases.get(0).id(), cases.get(0).harmedPersonId()) + "withdrawal").then().statusCode(200);
        for (OpenedCase c : cases.subList(1, 7)) {
            coordinator().post(path.formatted(c.id(), c.offenderId()) + "withdrawal").then().statusCode(200);
            coordinator().post(path.formatted(c.id(), c.offenderId()) + "rejoin").then().statusCode(200);
        }
        for (OpenedCase c : cases.subList(2, 7)) {
            coordinator().body(Map.of("stage", "CLOSED", "outcomeSummary", "Words exchanged", "closureOutcome", "DIALOGUE_COMPLETED"))
                    .post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        }
        clock.reset();
        List<String> ids = new ArrayList<>(List.of(letter));
        for (OpenedCase c : cases) {
            ids.addAll(List.of(c.id(), c.harmedPersonId(), c.offenderId()));
            ids.addAll(coordinator().get("/api/cases/" + c.id()).then().statusCode(200).extract().jsonPath().getList("referralIds"));
        }
        String caseIds = cases.stream().map(c -> "'" + c.id() + "'").collect(Collectors.joining(","));
        Database.execute(ds, "UPDATE referral SET region_id = '" + region + "' WHERE id IN (SELECT referral_id FROM case_referral WHERE case_id IN ("
                + caseIds + "))");
        return new Built(region, ids);
    }

    private List<String> regions() {
        List<String> ids = new ArrayList<>();
        long n = Database.count(ds, "SELECT count(*) FROM region");
        for (int i = 0; i < n; i++) {
            ids.add(Database.text(ds, "SELECT id FROM region ORDER BY code OFFSET " + i + " LIMIT 1"));
        }
        return ids;
    }

    private static JsonNode report(String from, String to, String regionId) throws Exception {
        var request = coordinator().queryParam("from", from).queryParam("to", to);
        if (regionId != null) {
            request = request.queryParam("regionId", regionId);
        }
        return JSON.readTree(request.get("/api/statistics").then().statusCode(200).extract().asString());
    }

    private static JsonNode table(JsonNode report, String key) {
        for (JsonNode t : report.path("tables")) {
            if (t.path("key").asText().equals(key)) {
                return t;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static JsonNode row(JsonNode report, String key, String row) {
        for (JsonNode r : table(report, key).path("rows")) {
            if (r.path("key").asText().equals(row)) {
                return r;
            }
        }
        throw new AssertionError("no row " + row + " in " + key);
    }

    private static int total(JsonNode report, String key, String row) {
        return row(report, key, row).path("total").path("count").asInt(-1);
    }

    private static int count(JsonNode report, String key, String row, String column) {
        int j = 0;
        while (!table(report, key).path("columns").get(j).asText().equals(column)) {
            j++;
        }
        return row(report, key, row).path("cells").get(j).path("count").asInt(-1);
    }

    /** Every count shown anywhere in a report, durations' group sizes included. */
    private static List<Integer> shownCounts(JsonNode report) {
        List<Integer> shown = new ArrayList<>();
        collect(report, shown);
        return shown;
    }

    private static void collect(JsonNode node, List<Integer> shown) {
        if (node.has("suppressed") && node.has("count")) {
            if (!node.path("suppressed").asBoolean()) {
                shown.add(node.path("count").asInt());
            }
            return;
        }
        node.forEach(child -> collect(child, shown));
    }

    // ---- the question asked -----------------------------------------------------------------------

    @Test
    void feedback_is_counted_answer_by_answer_and_its_comments_never_reach_the_statistics() throws Exception {
        clock.advance(Duration.between(clock.instant(), Instant.parse("1997-06-10T10:00:00Z")));
        for (int i = 0; i < 6; i++) {
            ro.testing.Cases.OpenedCase c = ro.testing.Cases.open("mediator1");
            ro.testing.Cases.close(c);
            String feltSafe = i < 5 ? "AGREE" : "STRONGLY_DISAGREE";
            coordinator().body(Map.of("participantId", c.harmedPersonId(), "feltSafe", feltSafe, "feltHeard", "AGREE", "needsMet", "NEUTRAL",
                    "wouldRecommend", "DECLINED", "comments", "Private words number " + i)).post("/api/cases/" + c.id() + "/feedback")
                    .then().statusCode(201);
        }
        clock.reset();
        JsonNode national = report("1997-06-01", "1997-06-30", null);
        // one table per statement: a suppressed answer cannot be worked back from another statement's answers
        assertThat(total(national, "feedbackFeltHeard", "AGREE")).isEqualTo(6);
        assertThat(total(national, "feedbackNeedsMet", "NEUTRAL")).isEqualTo(6);
        assertThat(table(national, "feedbackFeltSafe").path("total").path("count").asInt()).isEqualTo(6);
        JsonNode feltSafe = table(national, "feedbackFeltSafe");
        assertThat(feltSafe.path("rows").get(4).path("total").path("suppressed").asBoolean()).as("the one who strongly disagreed").isTrue();
        assertThat(feltSafe.path("rows").get(1).path("total").path("suppressed").asBoolean()).as("and its complement").isTrue();
        assertThat(shownCounts(national)).noneMatch(n -> n >= 1 && n <= 4);
        assertThat(national.toString()).doesNotContain("Private words");
    }

    @Test
    void a_period_is_whole_months_of_at_most_five_years_and_a_region_is_a_known_one() {
        String stats = "/api/statistics";
        coordinator().queryParam("from", "2026-01-02").queryParam("to", "2026-01-31").get(stats).then().statusCode(422)
                .body("type", equalTo("/problems/statistics-query-invalid")).body("errors.field", contains("from"));
        coordinator().queryParam("from", "2026-01-01").queryParam("to", "2026-01-30").get(stats).then().statusCode(422)
                .body("errors.field", contains("to")).body("errors.rule", contains("LastDayOfMonth"));
        coordinator().queryParam("from", "2026-03-01").queryParam("to", "2026-01-31").get(stats).then().statusCode(422)
                .body("errors.rule", contains("NotBeforeFrom"));
        coordinator().queryParam("from", "2020-01-01").queryParam("to", "2025-01-31").get(stats).then().statusCode(422)
                .body("errors.rule", contains("AtMostFiveYears"));
        coordinator().queryParam("from", "2021-01-01").queryParam("to", "2025-12-31").get(stats).then().statusCode(200)
                .body("tables.key", contains("referralsBySourceAndChannel", "referralsByOutcome", "referralsByDeclineReason",
                        "suitabilityByOutcome", "casesOpenedAndClosed", "casesByStage", "casesByWay", "casesByClosureOutcome",
                        "participationChanges", "messagesByKindAndState", "meetingsByState", "feedbackFeltSafe", "feedbackFeltHeard", "feedbackNeedsMet", "feedbackWouldRecommend"))
                .body("durations.key", contains("referralToAssessmentStart", "referralToDecision", "messageRecordedToDelivered"))
                .body("smallestShownCount", equalTo(5));
        coordinator().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").queryParam("regionId", UUID.randomUUID().toString())
                .get(stats).then().statusCode(422).body("errors.field", contains("regionId"));
        as("auditor1").queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").header("Accept-Language", "fr")
                .queryParam("regionId", UUID.randomUUID().toString()).get(stats).then().statusCode(422)
                .body("errors.message", contains("Aucune région de ce nom."));
    }

    @Test
    void a_report_costs_the_same_few_queries_whatever_its_period_holds() {
        Cases.open("mediator1");
        long busy = statementsFor("2022-01-01", "2026-12-31");
        long empty = statementsFor("1990-01-01", "1990-12-31");
        assertThat(busy).as("regions, counts, durations, the audit entry").isEqualTo(empty).isBetween(3L, 5L);
    }

    private long statementsFor(String from, String to) {
        coordinator().queryParam("from", from).queryParam("to", to).get("/api/statistics").then().statusCode(200); // warm: token
        sessions.getStatistics().clear();
        coordinator().queryParam("from", from).queryParam("to", to).get("/api/statistics").then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    @Test
    void reading_statistics_is_audited_with_the_period_and_region_only() {
        String region = "5e0a0000-0000-4000-8000-000000000003";
        as("auditor1").queryParam("from", "2026-02-01").queryParam("to", "2026-04-30").queryParam("regionId", region)
                .get("/api/statistics").then().statusCode(200).body("regionId", equalTo(region))
                .body("tables[0].columns", contains("PHONE", "EMAIL", "COLLECT_CALL", "MAIL", "IN_PERSON", "VICTIM_SERVICES", "NONE"))
                .body("tables[1].columnDimension", equalTo(null)).body("tables[1].columns", org.hamcrest.Matchers.empty());
        List<Map<String, String>> entries = as("auditor1").queryParam("resourceType", "STATISTICS").get("/api/audit/entries").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(entries.get(0).get("action")).isEqualTo("STATISTICS_READ");
        assertThat(entries.get(0).get("details")).isEqualTo("from=2026-02-01,to=2026-04-30,region=" + region);
    }
}

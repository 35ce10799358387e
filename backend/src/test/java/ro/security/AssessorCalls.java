package ro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.coordinator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import ro.testing.Referrals;

/**
 * The authorization matrix's rows and calls for a referral's assessor (issue 12): assigned and removed by a
 * coordinator; and what the mediator on the referral (assigned to its assessment) reaches, against a mediator
 * not on it.
 */
final class AssessorCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    static {
        List<Integer> coordinatorOnly = List.of(401, 200, 403, 403, 403, 403, 403, 403, 403);
        ROWS.put("PUT /api/referrals/{id}/assessor", coordinatorOnly);
        ROWS.put("DELETE /api/referrals/{id}/assessor", coordinatorOnly);
        CALLS.put("PUT /api/referrals/{id}/assessor", (who, s) -> s.header("If-Match", "\"0\"").body(Map.of("mediator", "mediator1"))
                .put("/api/referrals/" + Referrals.submitted() + "/assessor").statusCode());
        CALLS.put("DELETE /api/referrals/{id}/assessor", (who, s) -> {
            String id = assessedBy("mediator2");
            return s.header("If-Match", "\"1\"").delete("/api/referrals/" + id + "/assessor").statusCode();
        });
    }

    /** A harmed person's request about a referred offender (version 0), its assessment assigned to this mediator (version 1). */
    static String assessedBy(String mediator) {
        String id = Referrals.harmedPersonMatched();
        coordinator().header("If-Match", "\"0\"").body(Map.of("mediator", mediator)).put("/api/referrals/" + id + "/assessor")
                .then().statusCode(200);
        return id;
    }

    /** The mediator on the referral, and a mediator not on it: the callers of {@link #ON_THE_REFERRAL}'s rows. */
    static final List<String> ASSESSORS = List.of("mediator1", "mediator2");

    /** Expected status for mediator1 (on the referral) and mediator2 (not on it), and the call, on a referral assessed by mediator1. */
    record Row(List<Integer> expected, BiFunction<String, RequestSpecification, Integer> call) {
    }

    static final Map<String, Row> ON_THE_REFERRAL = new LinkedHashMap<>();

    static {
        List<Integer> reads = List.of(200, 404);
        ON_THE_REFERRAL.put("GET /api/referrals/{id}", new Row(reads, (who, s) -> s.get(referral()).statusCode()));
        ON_THE_REFERRAL.put("GET /api/referrals/{referralId}/suitability-assessments",
                new Row(reads, (who, s) -> s.get(referral() + "/suitability-assessments").statusCode()));
        ON_THE_REFERRAL.put("POST /api/referrals/{referralId}/suitability-assessments", new Row(List.of(201, 404),
                (who, s) -> s.body(Map.of("notes", "first look")).post(referral() + "/suitability-assessments").statusCode()));
        ON_THE_REFERRAL.put("GET /api/referrals/{referralId}/suitability-assessments/{id}", new Row(reads, (who, s) -> {
            String referral = assessedBy("mediator1");
            return s.get("/api/referrals/" + referral + "/suitability-assessments/" + Referrals.draftAssessment(referral, null)).statusCode();
        }));
        ON_THE_REFERRAL.put("PUT /api/referrals/{referralId}/suitability-assessments/{id}", new Row(reads, (who, s) -> {
            String referral = assessedBy("mediator1");
            String id = Referrals.draftAssessment(referral, null);
            return s.header("If-Match", "\"0\"").body(Map.of("outcome", "SUITABLE"))
                    .put("/api/referrals/" + referral + "/suitability-assessments/" + id).statusCode();
        }));
        ON_THE_REFERRAL.put("POST /api/referrals/{referralId}/suitability-assessments/{id}/finalise", new Row(reads, (who, s) -> {
            String referral = assessedBy("mediator1");
            String id = Referrals.draftAssessment(referral, "SUITABLE");
            return s.header("If-Match", "\"0\"").post("/api/referrals/" + referral + "/suitability-assessments/" + id + "/finalise")
                    .statusCode();
        }));
        ON_THE_REFERRAL.put("GET /api/participants/{id} (the harmed person)", new Row(reads, (who, s) -> s.get("/api/participants/"
                + coordinator().get(referral()).then().extract().path("harmedPerson.id")).statusCode()));
        ON_THE_REFERRAL.put("GET /api/participants/{id} (the offender)", new Row(reads, (who, s) -> s.get("/api/participants/"
                + coordinator().get(referral()).then().extract().path("offender.id")).statusCode()));
        // what the coordinator still does alone: 403 to the mediator on the referral as to any other
        ON_THE_REFERRAL.put("POST /api/referrals/{id}/accept", new Row(List.of(403, 403), (who, s) -> s.post(referral() + "/accept").statusCode()));
        ON_THE_REFERRAL.put("PUT /api/referrals/{id}/assessor", new Row(List.of(403, 403),
                (who, s) -> s.header("If-Match", "\"1\"").body(Map.of("mediator", "mediator2")).put(referral() + "/assessor").statusCode()));
    }

    /** Each row of {@link #ON_THE_REFERRAL} as mediator1 (on the referral) and mediator2 (not on it). */
    static Stream<DynamicTest> onTheReferral(Function<String, RequestSpecification> spec) {
        List<DynamicTest> tests = new ArrayList<>();
        ON_THE_REFERRAL.forEach((operation, row) -> {
            for (int i = 0; i < ASSESSORS.size(); i++) {
                String caller = ASSESSORS.get(i);
                int status = row.expected().get(i);
                tests.add(DynamicTest.dynamicTest(operation + " as " + caller + " -> " + status,
                        () -> assertThat(row.call().apply(caller, spec.apply(caller))).as(operation + " as " + caller).isEqualTo(status)));
            }
        });
        return tests.stream();
    }

    /** The path of a fresh referral assessed by mediator1. */
    private static String referral() {
        return "/api/referrals/" + assessedBy("mediator1");
    }

    private AssessorCalls() {
    }
}

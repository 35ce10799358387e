package ro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Participants.create;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ro.testing.Callers;
import ro.testing.Cases;
import ro.testing.Participants;
import ro.testing.Referrals;

/**
 * Every operation of the contract against every kind of caller. An operation added to the API
 * without a row here fails {@link #every_operation_of_the_contract_has_a_row}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The callers: each role's demo user, the integration client, a user with no role, and no token. */
    static final List<String> CALLERS = List.of("anonymous", "coordinator1", "mediator1", "staff1", "staff2", "auditor1",
            "admin1", "integration", "norole1");

    /**
     * Expected status per operation, in the order of {@link #CALLERS}. mediator1 is on no case; the
     * offender referrals read by id were made by staff1, so staff2 and the integration client are not
     * their owners.
     */
    static final Map<String, List<Integer>> MATRIX = new LinkedHashMap<>();
    static {
        List<Integer> coordinatorOnly = List.of(401, 200, 403, 403, 403, 403, 403, 403, 403);
        List<Integer> coordinatorCreates = List.of(401, 201, 403, 403, 403, 403, 403, 403, 403);
        List<Integer> auditorOnly = List.of(401, 403, 403, 403, 403, 200, 403, 403, 403);
        MATRIX.put("GET /api/participants", List.of(401, 200, 200, 403, 403, 403, 403, 403, 403));
        MATRIX.put("POST /api/participants", coordinatorCreates);
        MATRIX.put("GET /api/participants/{id}", List.of(401, 200, 404, 403, 403, 403, 403, 403, 403));
        MATRIX.put("PUT /api/participants/{id}", List.of(401, 200, 404, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/audit/entries", auditorOnly);
        MATRIX.put("GET /api/audit/verification", auditorOnly);
        MATRIX.put("GET /api/audit/checkpoints", auditorOnly);
        MATRIX.put("GET /api/audit/entries/export", auditorOnly);
        MATRIX.put("GET /api/audit/records/{type}/{id}", auditorOnly);
        // referrals: mediator1 is assigned to no referral's assessment, so it is the mediator not on the referral (404)
        List<Integer> referralWork = List.of(401, 200, 404, 403, 403, 403, 403, 403, 403);
        MATRIX.put("POST /api/referrals/harmed-person-requests", coordinatorCreates);
        MATRIX.put("GET /api/referrals", coordinatorOnly);
        MATRIX.put("GET /api/referrals/matches", coordinatorOnly);
        MATRIX.put("GET /api/referrals/{id}", referralWork);
        MATRIX.put("POST /api/referrals/{id}/start-assessment", coordinatorOnly);
        MATRIX.put("POST /api/referrals/{id}/accept", coordinatorOnly);
        MATRIX.put("POST /api/referrals/{id}/decline", coordinatorOnly);
        MATRIX.put("POST /api/referrals/{id}/withdraw", coordinatorOnly);
        MATRIX.put("PUT /api/referrals/{id}/eligibility", coordinatorOnly);
        MATRIX.put("PUT /api/referrals/{id}/offender-number", coordinatorOnly);
        MATRIX.put("POST /api/referrals/{id}/no-contact-review", coordinatorOnly);
        MATRIX.put("POST /api/referrals/{referralId}/suitability-assessments", List.of(401, 201, 404, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/referrals/{referralId}/suitability-assessments", referralWork);
        MATRIX.put("GET /api/referrals/{referralId}/suitability-assessments/{id}", referralWork);
        MATRIX.put("PUT /api/referrals/{referralId}/suitability-assessments/{id}", referralWork);
        MATRIX.put("POST /api/referrals/{referralId}/suitability-assessments/{id}/finalise", referralWork);
        MATRIX.put("POST /api/offender-referrals", List.of(401, 403, 403, 201, 201, 403, 403, 201, 403));
        MATRIX.put("GET /api/offender-referrals", List.of(401, 403, 403, 200, 200, 403, 403, 200, 403));
        MATRIX.put("GET /api/offender-referrals/{id}", List.of(401, 403, 403, 200, 404, 403, 403, 404, 403));
        // cases: the fixture case is assigned to mediator2, so mediator1 is the mediator not on the case (404)
        List<Integer> caseWork = List.of(401, 200, 404, 403, 403, 403, 403, 403, 403);
        MATRIX.put("POST /api/cases", coordinatorCreates);
        MATRIX.put("GET /api/cases", List.of(401, 200, 200, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/cases/{id}", caseWork);
        MATRIX.put("PUT /api/cases/{id}/mediators", coordinatorOnly);
        MATRIX.put("POST /api/cases/{id}/stage", caseWork);
        MATRIX.put("PUT /api/cases/{id}/ways", caseWork);
        MATRIX.put("POST /api/cases/{id}/participants/{participantId}/consents", caseWork);
        MATRIX.put("POST /api/cases/{id}/participants/{participantId}/withdrawal", caseWork);
        MATRIX.put("POST /api/cases/{id}/participants/{participantId}/rejoin", caseWork);
        MATRIX.put("GET /api/cases/{id}/timeline", caseWork);
        MATRIX.put("GET /api/cases/{id}/safety-assessments", caseWork);
        MATRIX.put("POST /api/cases/{id}/safety-assessments", List.of(401, 201, 404, 403, 403, 403, 403, 403, 403));
        MATRIX.put("PUT /api/cases/{id}/safety-assessments/{assessmentId}", caseWork);
        MATRIX.put("POST /api/cases/{id}/safety-assessments/{assessmentId}/finalise", caseWork);
        MATRIX.put("GET /api/cases/{id}/meetings", caseWork);
        MATRIX.put("POST /api/cases/{id}/meetings", List.of(401, 201, 404, 403, 403, 403, 403, 403, 403));
        MATRIX.put("POST /api/cases/{id}/meetings/{meetingId}/outcome", caseWork);
        MATRIX.put("POST /api/cases/{id}/meetings/{meetingId}/cancellation", caseWork);
        MATRIX.put("GET /api/cases/{id}/notes", caseWork);
        MATRIX.put("POST /api/cases/{id}/notes", List.of(401, 403, 404, 403, 403, 403, 403, 403, 403));
        List<Integer> messageWork = caseWork;
        MATRIX.put("POST /api/cases/{caseId}/messages", List.of(401, 201, 404, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/cases/{caseId}/messages", messageWork);
        // actions offered as the rules decide (issue 14, item 4): what a new message may be
        MATRIX.put("GET /api/cases/{caseId}/messages/options", messageWork);
        MATRIX.put("GET /api/cases/{caseId}/messages/{id}", messageWork);
        MATRIX.put("PUT /api/cases/{caseId}/messages/{id}/text", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/uploads/{role}", messageWork);
        MATRIX.put("GET /api/cases/{caseId}/messages/{id}/files/{fileId}", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/submit", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/approve", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/return", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/withhold", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/deliver", messageWork);
        MATRIX.put("POST /api/cases/{caseId}/messages/{id}/acknowledge", messageWork);
        MATRIX.put("GET /api/cases/{caseId}/messages/{id}/recipient-copy", messageWork);
        MATRIX.put("GET /api/cases/{caseId}/messages/{id}/author-copy", messageWork);
        MATRIX.put("GET /api/cases/{caseId}/messages/{id}/letter.pdf", messageWork);
        MATRIX.put("GET /api/messages/review-queue", List.of(401, 200, 200, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/mediators", List.of(401, 200, 403, 403, 403, 403, 200, 403, 403));
        MATRIX.put("POST /api/mediators", List.of(401, 403, 403, 403, 403, 403, 201, 403, 403));
        MATRIX.put("PUT /api/mediators/{username}", List.of(401, 403, 403, 403, 403, 403, 200, 403, 403));
        // my work: a coordinator's queue (quiet-cases) is not a mediator's (403)
        MATRIX.put("GET /api/work", List.of(401, 200, 200, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/work/{queue}", coordinatorOnly);
        MATRIX.put("GET /api/cases/{id}/feedback", caseWork);
        MATRIX.put("POST /api/cases/{id}/feedback", List.of(401, 201, 404, 403, 403, 403, 403, 403, 403));
    }

    // statistics (issue 11): de-identified counts for coordinators and auditors only
    static {
        MATRIX.put("GET /api/statistics", List.of(401, 200, 403, 403, 403, 200, 403, 403, 403));
    }

    @Test
    void every_operation_of_the_contract_has_a_row() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        assertThat(operations).isEqualTo(new TreeSet<>(MATRIX.keySet()));
    }

    @TestFactory
    Stream<DynamicTest> each_caller_gets_exactly_what_its_role_allows() {
        List<DynamicTest> tests = new ArrayList<>();
        MATRIX.forEach((operation, expected) -> {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int status = expected.get(i);
                tests.add(DynamicTest.dynamicTest(operation + " as " + caller + " -> " + status,
                        () -> assertThat(call(operation, caller, spec(caller))).as(operation + " as " + caller).isEqualTo(status)));
            }
        });
        return tests.stream();
    }

    /** A referral assessed by mediator1: the mediator on the referral reaches it and its people, a mediator not on it gets 404. */
    @TestFactory
    Stream<DynamicTest> the_mediator_on_a_referral_reaches_it_and_a_mediator_not_on_it_does_not() {
        return AssessorCalls.onTheReferral(AuthorizationMatrixTest::spec);
    }

    private static RequestSpecification spec(String caller) {
        return switch (caller) {
            case "anonymous" -> Callers.anonymous();
            case "integration" -> Callers.asIntegration();
            default -> Callers.as(caller);
        };
    }

    private static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = Map.of(
            "GET /api/participants", (who, s) -> s.get("/api/participants").statusCode(),
            "POST /api/participants", (who, s) -> s.body(victim("Matrix", unique("Row"))).post("/api/participants").statusCode(),
            "GET /api/participants/{id}", (who, s) -> s.get("/api/participants/" + create(victim("Matrix", unique("Row")))).statusCode(),
            "PUT /api/participants/{id}", (who, s) -> {
                String id = create(victim("Matrix", unique("Row")));
                Map<String, Object> change = victim("Changed", unique("Row"));
                change.remove("kind");
                return s.header("If-Match", "\"0\"").body(change).put("/api/participants/" + id).statusCode();
            },
            "GET /api/audit/entries", (who, s) -> s.get("/api/audit/entries").statusCode(),
            "GET /api/audit/verification", (who, s) -> s.get("/api/audit/verification").statusCode(),
            "GET /api/audit/checkpoints", (who, s) -> s.get("/api/audit/checkpoints").statusCode(),
            "GET /api/audit/entries/export", (who, s) -> s.accept("text/csv, application/problem+json").queryParam("limit", 5)
                    .get("/api/audit/entries/export").statusCode(),
            "GET /api/audit/records/{type}/{id}", (who, s) -> s.get("/api/audit/records/PARTICIPANT/"
                    + create(victim("Matrix", unique("Row")))).statusCode());

    private static final Map<String, BiFunction<String, RequestSpecification, Integer>> REFERRAL_CALLS = new LinkedHashMap<>();
    static {
        REFERRAL_CALLS.put("POST /api/referrals/harmed-person-requests",
                (who, s) -> s.body(Referrals.harmedRequest(null)).post("/api/referrals/harmed-person-requests").statusCode());
        REFERRAL_CALLS.put("GET /api/referrals", (who, s) -> s.queryParam("q", "marc").get("/api/referrals").statusCode()); // searched: the same roles (issue 14)
        REFERRAL_CALLS.put("GET /api/referrals/matches", (who, s) -> s.get("/api/referrals/matches").statusCode());
        REFERRAL_CALLS.put("GET /api/referrals/{id}", (who, s) -> s.get("/api/referrals/" + Referrals.submitted()).statusCode());
        REFERRAL_CALLS.put("POST /api/referrals/{id}/start-assessment",
                (who, s) -> s.post("/api/referrals/" + Referrals.submitted() + "/start-assessment").statusCode());
        REFERRAL_CALLS.put("POST /api/referrals/{id}/accept",
                (who, s) -> s.post("/api/referrals/" + Referrals.readyToAccept() + "/accept").statusCode());
        REFERRAL_CALLS.put("POST /api/referrals/{id}/decline",
                (who, s) -> s.body(Map.of("reason", "SAFETY")).post("/api/referrals/" + Referrals.underAssessment() + "/decline").statusCode());
        REFERRAL_CALLS.put("POST /api/referrals/{id}/withdraw",
                (who, s) -> s.post("/api/referrals/" + Referrals.submitted() + "/withdraw").statusCode());
        REFERRAL_CALLS.put("POST /api/referrals/{id}/no-contact-review", (who, s) -> {
            Map<String, Object> body = Referrals.staffReferral(Participants.offenderNumber());
            body.put("noContactCondition", "No contact with the victim");
            String id = Callers.as("staff1").body(body).post("/api/offender-referrals").then().statusCode(201).extract().path("id");
            return s.post("/api/referrals/" + id + "/no-contact-review").statusCode();
        });
        REFERRAL_CALLS.put("POST /api/referrals/{referralId}/suitability-assessments",
                (who, s) -> s.body(Map.of("notes", "first look")).post("/api/referrals/" + Referrals.underAssessment() + "/suitability-assessments").statusCode());
        REFERRAL_CALLS.put("GET /api/referrals/{referralId}/suitability-assessments",
                (who, s) -> s.get("/api/referrals/" + Referrals.underAssessment() + "/suitability-assessments").statusCode());
        REFERRAL_CALLS.put("GET /api/referrals/{referralId}/suitability-assessments/{id}", (who, s) -> {
            String referral = Referrals.underAssessment();
            return s.get("/api/referrals/" + referral + "/suitability-assessments/" + Referrals.draftAssessment(referral, null)).statusCode();
        });
        REFERRAL_CALLS.put("PUT /api/referrals/{referralId}/suitability-assessments/{id}", (who, s) -> {
            String referral = Referrals.underAssessment();
            String id = Referrals.draftAssessment(referral, null);
            return s.header("If-Match", "\"0\"").body(Map.of("outcome", "SUITABLE"))
                    .put("/api/referrals/" + referral + "/suitability-assessments/" + id).statusCode();
        });
        REFERRAL_CALLS.put("POST /api/referrals/{referralId}/suitability-assessments/{id}/finalise", (who, s) -> {
            String referral = Referrals.underAssessment();
            String id = Referrals.draftAssessment(referral, "SUITABLE");
            return s.header("If-Match", "\"0\"").post("/api/referrals/" + referral + "/suitability-assessments/" + id + "/finalise").statusCode();
        });
        REFERRAL_CALLS.put("POST /api/offender-referrals", (who, s) -> {
            Map<String, Object> body = Referrals.staffReferral(Participants.offenderNumber());
            if (who.equals("integration")) {
                body.put("onBehalfOf", "staff1");
                s.header("Idempotency-Key", "matrix-" + java.util.UUID.randomUUID());
            }
            return s.body(body).post("/api/offender-referrals").statusCode();
        });
        REFERRAL_CALLS.put("GET /api/offender-referrals", (who, s) -> s.get("/api/offender-referrals").statusCode());
        REFERRAL_CALLS.put("GET /api/offender-referrals/{id}",
                (who, s) -> s.get("/api/offender-referrals/" + Referrals.referredByStaff1(Participants.offenderNumber())).statusCode());
    }

    private static final Map<String, BiFunction<String, RequestSpecification, Integer>> CASE_CALLS = new LinkedHashMap<>();
    static {
        CASE_CALLS.put("POST /api/cases", (who, s) -> s.body(Map.of("referralIds",
                Cases.acceptedPair(Referrals.staffReferral(Participants.offenderNumber())), "mediators", List.of("mediator2")))
                .post("/api/cases").statusCode());
        CASE_CALLS.put("GET /api/cases", (who, s) -> s.queryParam("q", "marc").get("/api/cases").statusCode()); // searched: the same roles (issue 14)
        CASE_CALLS.put("GET /api/cases/{id}", (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id()).statusCode());
        CASE_CALLS.put("PUT /api/cases/{id}/mediators", (who, s) -> s.body(Map.of("mediators", List.of("mediator1")))
                .put("/api/cases/" + Cases.open("mediator2").id() + "/mediators").statusCode());
        CASE_CALLS.put("POST /api/cases/{id}/stage", (who, s) -> s.body(Map.of("stage", "DIALOGUE"))
                .post("/api/cases/" + Cases.open("mediator2").id() + "/stage").statusCode());
        CASE_CALLS.put("PUT /api/cases/{id}/ways", (who, s) -> s.body(Map.of("ways", List.of("LETTERS")))
                .put("/api/cases/" + Cases.open("mediator2").id() + "/ways").statusCode());
        CASE_CALLS.put("POST /api/cases/{id}/participants/{participantId}/consents", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            return s.body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                    .post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/consents").statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{id}/participants/{participantId}/withdrawal", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            return s.post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/withdrawal").statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{id}/participants/{participantId}/rejoin", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            Callers.coordinator().post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/withdrawal").then().statusCode(200);
            return s.post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/rejoin").statusCode();
        });
        CASE_CALLS.put("GET /api/cases/{id}/timeline", (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id() + "/timeline").statusCode());
        CASE_CALLS.put("GET /api/cases/{id}/safety-assessments",
                (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id() + "/safety-assessments").statusCode());
        CASE_CALLS.put("POST /api/cases/{id}/safety-assessments", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            return s.body(Map.of("participantId", c.harmedPersonId(), "riskLevel", "LOW"))
                    .post("/api/cases/" + c.id() + "/safety-assessments").statusCode();
        });
        CASE_CALLS.put("PUT /api/cases/{id}/safety-assessments/{assessmentId}", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            String id = Callers.coordinator().body(Map.of("participantId", c.harmedPersonId()))
                    .post("/api/cases/" + c.id() + "/safety-assessments").then().statusCode(201).extract().path("id");
            return s.header("If-Match", "\"0\"").body(Map.of("riskLevel", "LOW"))
                    .put("/api/cases/" + c.id() + "/safety-assessments/" + id).statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{id}/safety-assessments/{assessmentId}/finalise", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            String id = Callers.coordinator().body(Map.of("participantId", c.harmedPersonId(), "riskLevel", "LOW"))
                    .post("/api/cases/" + c.id() + "/safety-assessments").then().statusCode(201).extract().path("id");
            return s.header("If-Match", "\"0\"").post("/api/cases/" + c.id() + "/safety-assessments/" + id + "/finalise").statusCode();
        });
        CASE_CALLS.put("GET /api/cases/{id}/meetings", (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id() + "/meetings").statusCode());
        CASE_CALLS.put("POST /api/cases/{id}/meetings", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            Cases.readyToMeet(c);
            return s.body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{id}/meetings/{meetingId}/outcome", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            Cases.readyToMeet(c);
            String m = Callers.coordinator().body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201).extract().path("id");
            return s.body(Map.of("outcome", "Held")).post("/api/cases/" + c.id() + "/meetings/" + m + "/outcome").statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{id}/meetings/{meetingId}/cancellation", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            Cases.readyToMeet(c);
            String m = Callers.coordinator().body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201).extract().path("id");
            return s.body(Map.of("reason", "Illness")).post("/api/cases/" + c.id() + "/meetings/" + m + "/cancellation").statusCode();
        });
        CASE_CALLS.put("GET /api/cases/{id}/notes", (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id() + "/notes").statusCode());
        CASE_CALLS.put("POST /api/cases/{id}/notes", (who, s) -> s.body(Map.of("text", "A note"))
                .post("/api/cases/" + Cases.open("mediator2").id() + "/notes").statusCode());
        CASE_CALLS.put("POST /api/cases/{caseId}/messages", (who, s) -> {
            Cases.OpenedCase c = Cases.inDialogue("mediator2");
            return s.body(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", c.offenderId(), "text", "Hello"))
                    .post("/api/cases/" + c.id() + "/messages").statusCode();
        });
        CASE_CALLS.put("GET /api/cases/{caseId}/messages", (who, s) -> s.get("/api/cases/" + Cases.inDialogue("mediator2").id() + "/messages").statusCode());
        CASE_CALLS.put("GET /api/cases/{caseId}/messages/options", (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id() + "/messages/options").statusCode());
        CASE_CALLS.put("GET /api/cases/{caseId}/messages/{id}", (who, s) -> message(s, "", "GET", null));
        CASE_CALLS.put("PUT /api/cases/{caseId}/messages/{id}/text", (who, s) -> {
            Cases.OpenedCase c = Cases.inDialogue("mediator2");
            return s.header("If-Match", "\"0\"").body(Map.of("text", "New words"))
                    .put("/api/cases/" + c.id() + "/messages/" + Cases.letter(c) + "/text").statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/uploads/{role}", (who, s) -> {
            Cases.OpenedCase c = Cases.inDialogue("mediator2");
            return s.contentType("application/octet-stream").body("%PDF-1.4 a scanned letter".getBytes())
                    .post("/api/cases/" + c.id() + "/messages/" + Cases.letter(c) + "/uploads/original").statusCode();
        });
        CASE_CALLS.put("GET /api/cases/{caseId}/messages/{id}/files/{fileId}", (who, s) -> {
            Cases.OpenedCase c = Cases.inDialogue("mediator2");
            String id = Cases.letter(c);
            String fileId = Callers.coordinator().contentType("application/octet-stream").body("%PDF-1.4 a scanned letter".getBytes())
                    .post("/api/cases/" + c.id() + "/messages/" + id + "/uploads/original").then().statusCode(200).extract().path("originalFile.id");
            return s.accept("*/*").get("/api/cases/" + c.id() + "/messages/" + id + "/files/" + fileId).statusCode();
        });
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/submit", (who, s) -> message(s.header("If-Match", "\"0\""), "/submit", "POST", null));
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/approve",
                (who, s) -> message(s.header("If-Match", "\"1\""), "/approve", "POST", Map.of("textDecision", "AS_IS"), "submit"));
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/return",
                (who, s) -> message(s.header("If-Match", "\"1\""), "/return", "POST", Map.of("text", "Revise"), "submit"));
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/withhold",
                (who, s) -> message(s.header("If-Match", "\"1\""), "/withhold", "POST", Map.of("text", "Unsafe"), "submit"));
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/deliver",
                (who, s) -> message(s.header("If-Match", "\"2\""), "/deliver", "POST", Map.of("method", "MAIL"), "submit", "approve"));
        CASE_CALLS.put("POST /api/cases/{caseId}/messages/{id}/acknowledge",
                (who, s) -> message(s.header("If-Match", "\"3\""), "/acknowledge", "POST", Map.of("authorMayKnow", true), "submit", "approve", "deliver"));
        CASE_CALLS.put("GET /api/cases/{caseId}/messages/{id}/recipient-copy",
                (who, s) -> message(s, "/recipient-copy", "GET", null, "submit", "approve"));
        CASE_CALLS.put("GET /api/cases/{caseId}/messages/{id}/letter.pdf",
                (who, s) -> message(s.accept("application/pdf, application/problem+json"), "/letter.pdf", "GET", null, "submit", "approve"));
        CASE_CALLS.put("GET /api/cases/{caseId}/messages/{id}/author-copy", (who, s) -> message(s, "/author-copy", "GET", null));
        CASE_CALLS.put("GET /api/messages/review-queue", (who, s) -> s.get("/api/messages/review-queue").statusCode());
        CASE_CALLS.put("GET /api/mediators", (who, s) -> s.get("/api/mediators").statusCode());
        CASE_CALLS.put("GET /api/work", (who, s) -> s.get("/api/work").statusCode());
        CASE_CALLS.put("PUT /api/referrals/{id}/offender-number", (who, s) -> s.header("If-Match", "\"0\"")
                .body(Map.of("offenderNumber", Participants.offenderNumber())).put("/api/referrals/" + Referrals.submitted() + "/offender-number")
                .statusCode());
        CASE_CALLS.put("PUT /api/referrals/{id}/eligibility", (who, s) -> s.header("If-Match", "\"0\"")
                .body(Map.of("federalSentence", "YES")).put("/api/referrals/" + Referrals.submitted() + "/eligibility").statusCode());
        CASE_CALLS.put("GET /api/cases/{id}/feedback", (who, s) -> s.get("/api/cases/" + Cases.open("mediator2").id() + "/feedback").statusCode());
        CASE_CALLS.put("POST /api/cases/{id}/feedback", (who, s) -> {
            Cases.OpenedCase c = Cases.open("mediator2");
            Cases.close(c);
            return s.body(Map.of("participantId", c.harmedPersonId(), "feltSafe", "AGREE", "feltHeard", "AGREE", "needsMet", "AGREE",
                    "wouldRecommend", "AGREE")).post("/api/cases/" + c.id() + "/feedback").statusCode();
        });
        CASE_CALLS.put("GET /api/work/{queue}", (who, s) -> s.get("/api/work/quiet-cases").statusCode());
        CASE_CALLS.put("POST /api/mediators", (who, s) -> s.body(rosterEntry(ro.testing.RealmUsers.mediator()))
                .post("/api/mediators").statusCode());
        CASE_CALLS.put("PUT /api/mediators/{username}", (who, s) -> {
            String name = ro.testing.RealmUsers.mediator();
            Callers.as("admin1").body(rosterEntry(name)).post("/api/mediators").then().statusCode(201);
            return s.header("If-Match", "\"0\"").body(rosterEntry(name)).put("/api/mediators/" + name).statusCode();
        });
    }

    // reference data: rows and calls in ReferenceCalls
    static {
        MATRIX.putAll(ReferenceCalls.ROWS);
        CASE_CALLS.putAll(ReferenceCalls.CALLS);
    }

    // a mediator assesses a referral (issue 12): the assessor is the coordinators' to assign; rows and calls in AssessorCalls
    static {
        MATRIX.putAll(AssessorCalls.ROWS);
        CASE_CALLS.putAll(AssessorCalls.CALLS);
    }

    // corrections (issue 13): rows and calls in CorrectionCalls
    static {
        MATRIX.putAll(CorrectionCalls.ROWS);
        CASE_CALLS.putAll(CorrectionCalls.CALLS);
    }

    // video playback grants (issue 14): rows and calls in PlaybackCalls
    static {
        MATRIX.putAll(PlaybackCalls.ROWS);
        CASE_CALLS.putAll(PlaybackCalls.CALLS);
    }

    // retention and disposal (issue 13): rows and calls in DisposalCalls
    static {
        MATRIX.putAll(DisposalCalls.ROWS);
        CASE_CALLS.putAll(DisposalCalls.CALLS);
    }

    // statistics (issue 11)
    static {
        CASE_CALLS.put("GET /api/statistics",
                (who, s) -> s.queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get("/api/statistics").statusCode());
    }

    // people who join a case later (issue 12): a coordinator adds them; a mediator, on the case or not, may not (403)
    static {
        MATRIX.put("POST /api/cases/{id}/participants", List.of(401, 201, 403, 403, 403, 403, 403, 403, 403));
        CASE_CALLS.put("POST /api/cases/{id}/participants", (who, s) -> s.body(Map.of("newParticipant",
                ro.testing.Participants.victim("Late", unique("Joiner")), "side", "HARMED"))
                .post("/api/cases/" + Cases.open("mediator2").id() + "/participants").statusCode());
    }

    // access request export (issue 13): coordinators only, mediators too are refused (403)
    static {
        MATRIX.put("GET /api/participants/{id}/access-export", List.of(401, 200, 403, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/participants/{id}/access-export.pdf", List.of(401, 200, 403, 403, 403, 403, 403, 403, 403));
        CASE_CALLS.put("GET /api/participants/{id}/access-export",
                (who, s) -> s.get("/api/participants/" + Cases.open("mediator1").harmedPersonId() + "/access-export").statusCode());
        CASE_CALLS.put("GET /api/participants/{id}/access-export.pdf", (who, s) -> s.accept("application/pdf, application/problem+json")
                .get("/api/participants/" + Cases.open("mediator1").harmedPersonId() + "/access-export.pdf").statusCode());
    }

    // the pull feed of events (issue 16): rows and calls in EventCalls
    static {
        MATRIX.putAll(EventCalls.ROWS);
        CASE_CALLS.putAll(EventCalls.CALLS);
    }

    // webhooks (issue 16): admin's alone; rows and calls in WebhookCalls
    static {
        MATRIX.putAll(WebhookCalls.ROWS);
        CASE_CALLS.putAll(WebhookCalls.CALLS);
    }

    // e-mail notice settings (issue 16): each coordinator's and mediator's own; rows and calls in NotificationCalls
    static {
        MATRIX.putAll(NotificationCalls.ROWS);
        CASE_CALLS.putAll(NotificationCalls.CALLS);
    }

    /** Calls an operation on a letter of a case assigned to mediator2, moved first through these actions. */
    static int message(RequestSpecification s, String suffix, String method, Object body, String... actions) {
        Cases.OpenedCase c = Cases.inDialogue("mediator2");
        String path = "/api/cases/" + c.id() + "/messages/" + Cases.letter(c, actions) + suffix;
        if (body != null) {
            s = s.body(body);
        }
        return method.equals("GET") ? s.get(path).statusCode() : s.post(path).statusCode();
    }

    static Map<String, Object> rosterEntry(String username) {
        return Map.of("username", username, "displayName", "Roster Entry", "languages", List.of("EN", "FR"), "region", "Atlantic", "active", true);
    }

    private static int call(String operation, String caller, RequestSpecification spec) {
        BiFunction<String, RequestSpecification, Integer> call = CALLS.containsKey(operation) ? CALLS.get(operation)
                : REFERRAL_CALLS.containsKey(operation) ? REFERRAL_CALLS.get(operation) : CASE_CALLS.get(operation);
        assertThat(call).as("a call for " + operation).isNotNull();
        return call.apply(caller, spec);
    }
}

package ro.testing;

import static ro.testing.Callers.coordinator;

import java.util.List;
import java.util.Map;

/** Opens cases for a test: a harmed person's request and a staff referral about one new offender, both accepted. */
public final class Cases {

    private Cases() {
    }

    public record OpenedCase(String id, String harmedPersonId, String offenderId) {
    }

    public static String accepted(String referralId) {
        coordinator().post("/api/referrals/" + referralId + "/start-assessment").then().statusCode(200);
        Referrals.finalisedAssessment(referralId, "SUITABLE");
        coordinator().post("/api/referrals/" + referralId + "/accept").then().statusCode(200);
        return referralId;
    }

    /** Both sides' referrals about a new offender, accepted; returns [harmed person's, staff's]. */
    public static List<String> acceptedPair(Map<String, Object> staffReferral) {
        String number = (String) staffReferral.get("offenderNumber");
        String staff = Callers.as("staff1").body(staffReferral).post("/api/offender-referrals").then().statusCode(201)
                .extract().path("id");
        String harmed = Referrals.harmedPersonAsks(number);
        return List.of(accepted(harmed), accepted(staff));
    }

    public static OpenedCase open(String... mediators) {
        List<String> referrals = acceptedPair(Referrals.staffReferral(Participants.offenderNumber()));
        return open(referrals, mediators);
    }

    public static OpenedCase open(List<String> referrals, String... mediators) {
        var view = coordinator().body(Map.of("referralIds", referrals, "mediators", List.of(mediators)))
                .post("/api/cases").then().statusCode(201).extract().jsonPath();
        return new OpenedCase(view.getString("id"), view.getString("participants.find { it.side == 'HARMED' }.participantId"),
                view.getString("participants.find { it.side == 'OFFENDER' }.participantId"));
    }

    /** Drafts and finalises a safety assessment; returns its id. */
    public static String assessSafety(String caseId, String participantId, String risk, boolean notSafe, String nextDue) {
        Map<String, Object> findings = new java.util.HashMap<>();
        findings.put("participantId", participantId);
        findings.put("riskLevel", risk);
        findings.put("notSafeToProceed", notSafe);
        findings.put("emotionalWellbeing", "Steady");
        findings.put("readiness", "Ready for a face-to-face meeting");
        findings.put("safetyMeasures", "Support person present");
        if (nextDue != null) {
            findings.put("nextDue", nextDue);
        }
        String id = coordinator().body(findings).post("/api/cases/" + caseId + "/safety-assessments").then().statusCode(201)
                .extract().path("id");
        coordinator().header("If-Match", "\"0\"").post("/api/cases/" + caseId + "/safety-assessments/" + id + "/finalise")
                .then().statusCode(200);
        return id;
    }

    /** Face to face chosen and both participants consenting to it. */
    public static void readyToMeet(OpenedCase c) {
        coordinator().body(Map.of("ways", List.of("FACE_TO_FACE", "LETTERS"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        for (String p : List.of(c.harmedPersonId(), c.offenderId())) {
            coordinator().body(Map.of("way", "FACE_TO_FACE", "given", true, "how", "VERBAL"))
                    .post("/api/cases/" + c.id() + "/participants/" + p + "/consents").then().statusCode(200);
        }
    }

    /** A case in DIALOGUE assigned to these mediators, with letters chosen and the offender agreeing to them. */
    public static OpenedCase inDialogue(String... mediators) {
        OpenedCase c = open(mediators);
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        coordinator().body(Map.of("ways", List.of("LETTERS", "VIDEO_MESSAGES", "SHUTTLE"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/consents").then().statusCode(200);
        return c;
    }

    /** A letter from the harmed person to the offender, moved by coordinator1 through these actions; returns its id. */
    public static String letter(OpenedCase c, String... actions) {
        String id = coordinator().body(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", c.offenderId(), "text", "Words"))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        int version = 0;
        for (String action : actions) {
            Object body = switch (action) {
                case "approve" -> Map.of("textDecision", "AS_IS");
                case "deliver" -> Map.of("method", "MAIL");
                default -> null;
            };
            var spec = coordinator().header("If-Match", "\"" + version + "\"");
            if (body != null) {
                spec = spec.body(body);
            }
            spec.post("/api/cases/" + c.id() + "/messages/" + id + "/" + action).then().statusCode(200);
            version++;
        }
        return id;
    }

    /** Closes the case with an outcome summary. */
    public static void close(OpenedCase c) {
        coordinator().body(Map.of("stage", "CLOSED", "outcomeSummary", "The process ran its course", "closureOutcome", "DIALOGUE_COMPLETED")).post("/api/cases/" + c.id() + "/stage")
                .then().statusCode(200);
    }

    public static Map<String, Object> meeting(OpenedCase c) {
        return Map.of("institution", "Collins Bay Institution", "scheduledFor", "2027-03-01T14:00:00Z",
                "safetyPlan", "Escort present; separate waiting rooms", "participantIds", List.of(c.harmedPersonId(), c.offenderId()),
                "others", List.of(Map.of("role", "ESCORT_STAFF", "name", "Officer Tremblay")));
    }
}

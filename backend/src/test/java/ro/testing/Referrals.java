package ro.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.HashMap;
import java.util.Map;

/** Makes referrals in each state for a test, each with its own offender and harmed person. */
public final class Referrals {

    private Referrals() {
    }

    public static Map<String, Object> staffReferral(String offenderNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("offenderNumber", offenderNumber);
        body.put("offenderFirstName", "Marc");
        body.put("offenderLastName", Participants.unique("Offender"));
        body.put("offenderPreferredLanguage", "EN");
        body.put("institution", "Collins Bay Institution");
        body.put("staffSupportsParticipation", true);
        body.put("offenderTakesResponsibility", true);
        body.put("reasons", "He has asked how he can account for the harm.");
        body.put("federalSentence", "YES");
        return body;
    }

    public static Map<String, Object> harmedRequest(String offenderNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("newParticipant", Participants.victim("Hélène", Participants.unique("Harmed")));
        body.put("channel", "COLLECT_CALL");
        if (offenderNumber != null) {
            body.put("offenderNumber", offenderNumber);
        }
        body.put("victimRegistration", "REGISTERED_VICTIM");
        body.put("notes", "Prefers calls on weekday mornings.");
        body.put("federalSentence", "YES");
        return body;
    }

    /** staff1 refers a new offender; returns the referral id. */
    public static String referredByStaff1(String offenderNumber) {
        return as("staff1").body(staffReferral(offenderNumber)).post("/api/offender-referrals")
                .then().statusCode(201).extract().path("id");
    }

    /** coordinator1 records a harmed person's request; returns the referral id. */
    public static String harmedPersonAsks(String offenderNumber) {
        return coordinator().body(harmedRequest(offenderNumber)).post("/api/referrals/harmed-person-requests")
                .then().statusCode(201).extract().path("id");
    }

    /** coordinator1 records a request naming the offender "Marc <last>" without a number; returns its id. */
    public static String askedByName(String last) {
        Map<String, Object> request = Referrals.harmedRequest(null);
        request.put("offenderFirstName", "Marc");
        request.put("offenderLastName", last);
        return coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("state", equalTo("SUBMITTED")).body("offenderNumber", nullValue()).body("offenderNamedAs", equalTo("Marc " + last))
                .extract().path("id");
    }

    /** coordinator1 confirms the offender number of a request named by name, expecting a status. */
    public static String confirmNumber(String id, String number, int expected) {
        int version = coordinator().get("/api/referrals/" + id).then().extract().path("version");
        return coordinator().header("If-Match", "\"" + version + "\"").body(Map.of("offenderNumber", number))
                .put("/api/referrals/" + id + "/offender-number").then().statusCode(expected).extract().asString();
    }

    /** A harmed person's request with nobody on the other side: SUBMITTED (no offender named). */
    public static String submitted() {
        return harmedPersonAsks(null);
    }

    /** A harmed person's request about an offender staff1 has referred: SUBMITTED, naming both people. */
    public static String harmedPersonMatched() {
        String number = Participants.offenderNumber();
        referredByStaff1(number);
        return harmedPersonAsks(number);
    }

    public static String underAssessment() {
        String id = submitted();
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(200);
        return id;
    }

    /** Drafts an assessment with this outcome; returns its id. */
    public static String draftAssessment(String referralId, String outcome) {
        Map<String, Object> findings = new HashMap<>();
        findings.put("appropriateness", "The request is appropriate.");
        findings.put("motivation", "Wants to answer the family's questions.");
        findings.put("acceptanceOfResponsibility", "Full.");
        findings.put("outcome", outcome);
        return coordinator().body(findings).post("/api/referrals/" + referralId + "/suitability-assessments")
                .then().statusCode(201).extract().path("id");
    }

    public static String finalisedAssessment(String referralId, String outcome) {
        String id = draftAssessment(referralId, outcome);
        coordinator().header("If-Match", "\"0\"").post("/api/referrals/" + referralId + "/suitability-assessments/" + id + "/finalise")
                .then().statusCode(200);
        return id;
    }

    /** Under assessment with a finalised SUITABLE assessment: ready to accept. */
    public static String readyToAccept() {
        String id = underAssessment();
        finalisedAssessment(id, "SUITABLE");
        return id;
    }
}

package ro.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.coordinator;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ro.testing.Callers;
import ro.testing.Cases;
import ro.testing.Participants;
import ro.testing.Referrals;

/**
 * An access request export gives a person everything held about them and nothing that identifies anyone else:
 * proven on a case with two harmed people and an offender, letters both ways (one redacted), withdrawals,
 * safety assessments and a mediators-only note, in JSON and in the PDF read back.
 */
@QuarkusTest
class AccessExportApiTest {

    /** One harmed person as recorded: every byte of it must stay out of the others' exports. */
    record Person(String id, String firstName, String lastName, String phone, String email, String address) {
        List<String> identity() {
            return List.of(id, lastName, phone, phone.replaceAll("\\D", ""), email, address);
        }
    }

    Person harmed;
    Person otherHarmed;
    String offenderId;
    String offenderLastName;
    String offenderNumber;
    String caseId;
    String originalToOffender;
    String redactedToOffender;
    String offendersLetter;
    String noteText;
    String correctionText;

    @BeforeEach
    void a_case_with_two_harmed_people_letters_both_ways_and_notes() {
        offenderNumber = Participants.offenderNumber();
        Map<String, Object> staff = Referrals.staffReferral(offenderNumber);
        offenderLastName = (String) staff.get("offenderLastName");
        String staffReferral = Callers.as("staff1").body(staff).post("/api/offender-referrals").then().statusCode(201).extract().path("id");
        String[] first = request("Geneviève", "0142", "Gatineau QC J8Y 3R5");
        String[] second = request("Rosalind", "0199", "Montréal QC H2X 1Y4");
        harmed = person(first);
        otherHarmed = person(second);
        Cases.OpenedCase c = Cases.open(List.of(Cases.accepted(first[0]), Cases.accepted(second[0]), Cases.accepted(staffReferral)),
                "mediator2");
        caseId = c.id();
        offenderId = c.offenderId();
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + caseId + "/stage").then().statusCode(200);
        coordinator().body(Map.of("ways", List.of("LETTERS"))).put("/api/cases/" + caseId + "/ways").then().statusCode(200);
        for (String p : List.of(harmed.id(), otherHarmed.id(), offenderId)) {
            coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                    .post("/api/cases/" + caseId + "/participants/" + p + "/consents").then().statusCode(200);
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        originalToOffender = "ORIGINAL-" + tag + " I am " + harmed.firstName() + " " + harmed.lastName() + ", write to me at " + harmed.address();
        redactedToOffender = "REDACTED-" + tag + " I want you to know what that night did to us.";
        offendersLetter = "OFFENDER-LETTER-" + tag + " I am sorry, " + harmed.firstName() + ".";
        letter(harmed.id(), offenderId, originalToOffender, Map.of("textDecision", "REDACTED", "redactedText", redactedToOffender));
        letter(offenderId, harmed.id(), offendersLetter, Map.of("textDecision", "AS_IS"));
        letter(otherHarmed.id(), offenderId, "OTHER-" + tag + " from " + otherHarmed.firstName(), Map.of("textDecision", "AS_IS"));
        coordinator().post("/api/cases/" + caseId + "/participants/" + harmed.id() + "/withdrawal").then().statusCode(200);
        coordinator().post("/api/cases/" + caseId + "/participants/" + harmed.id() + "/rejoin").then().statusCode(200);
        Cases.assessSafety(caseId, harmed.id(), "LOW", false, "2099-01-01");
        Cases.assessSafety(caseId, offenderId, "LOW", false, "2099-01-01");
        noteText = "NOTE-" + tag + " " + harmed.lastName() + " is frightened";
        Callers.as("mediator2").body(Map.of("text", noteText, "mediatorsOnly", true)).post("/api/cases/" + caseId + "/notes")
                .then().statusCode(201);
        correctionText = "CORRECTION-" + tag + " this number was never mine; " + offenderLastName + " must not have it";
        coordinator().body(Map.of("participantId", harmed.id(), "recordType", "PARTICIPANT", "recordId", harmed.id(), "field", "contact.phone",
                "whatIsWrong", correctionText, "whatIsAsked", "Use my e-mail only")).post("/api/corrections").then().statusCode(201);
    }

    @Test
    void an_offenders_export_carries_nothing_of_the_harmed_people_nor_the_original_of_a_letter_written_to_them() throws IOException {
        String json = json(offenderId);
        JsonPath export = JsonPath.from(json);
        assertThat(export.getString("person.lastName")).isEqualTo(offenderLastName);
        assertThat(export.getString("person.offenderNumber")).isEqualTo(offenderNumber);
        for (Person p : List.of(harmed, otherHarmed)) {
            assertThat(json).doesNotContainIgnoringCase(p.firstName()).doesNotContain(p.identity());
        }
        assertThat(json).doesNotContain(originalToOffender.substring(0, 17)).contains(redactedToOffender).doesNotContain(noteText.substring(0, 13))
                .doesNotContain(correctionText.substring(0, 19));
        assertThat(export.getList("corrections")).isEmpty();
        assertThat(export.getList("messagesReceived.items.author")).containsOnly("HARMED_PERSON");
        assertThat(export.getList("messagesAuthored.items.approvedText")).containsExactly(
                offendersLetter.replace(harmed.firstName(), "[severed]"));
        assertThat(export.getList("cases[0].otherParticipants")).containsExactlyInAnyOrder("HARMED_PERSON", "HARMED_PERSON");
        assertThat(export.getList("cases[0].safetyAssessments")).hasSize(1);
        assertThat(export.getList("withheld.what")).contains("MEDIATORS_ONLY_NOTE");
        assertThat(export.getList("referrals.source")).containsExactlyInAnyOrder("HARMED_PERSON", "HARMED_PERSON", "STAFF");
        assertThat(export.getString("referrals.find { it.source == 'STAFF' }.reasons")).isEqualTo(Referrals.staffReferral("X").get("reasons"));

        String pdf = pdfText(offenderId);
        assertThat(pdf).contains("Access request export").contains("Communication de renseignements personnels")
                .contains(redactedToOffender).contains("the harmed person").contains("la personne lésée");
        assertThat(pdf.indexOf("Access request export")).isLessThan(pdf.indexOf("Communication de renseignements personnels"));
        for (Person p : List.of(harmed, otherHarmed)) {
            assertThat(pdf).doesNotContainIgnoringCase(p.firstName()).doesNotContain(p.identity());
        }
        assertThat(pdf).doesNotContain(originalToOffender.substring(0, 17));
    }

    @Test
    void a_harmed_persons_export_gives_their_own_words_and_only_what_was_delivered_to_them_and_nothing_of_the_others() throws IOException {
        String json = json(harmed.id());
        JsonPath export = JsonPath.from(json);
        assertThat(export.getString("person.contact.phone")).isEqualTo(harmed.phone());
        assertThat(export.getString("messagesAuthored.items[0].originalText")).isEqualTo(originalToOffender);
        assertThat(export.getString("messagesAuthored.items[0].approvedText")).isEqualTo(redactedToOffender);
        assertThat(export.getString("messagesAuthored.items[0].recipient")).isEqualTo("OFFENDER");
        assertThat(export.getString("messagesReceived.items[0].text")).isEqualTo(offendersLetter);
        assertThat(export.getList("cases[0].events.kind")).contains("OPENED", "STAGE", "WITHDRAWN", "REJOINED");
        assertThat(export.getList("cases[0].consents.way")).containsExactly("LETTERS");
        assertThat(export.getList("cases[0].safetyAssessments")).hasSize(1);
        assertThat(export.getList("referrals.channel")).containsExactly("COLLECT_CALL");
        assertThat(export.getList("auditEntries.items.action")).contains("CREATE");
        // the correction she asked for, in her words, the offender's name severed from them
        assertThat(export.getList("corrections.field")).containsExactly("contact.phone");
        assertThat(export.getList("corrections.state")).containsExactly("OPEN");
        assertThat(export.getString("corrections[0].whatIsWrong")).startsWith(correctionText.substring(0, 19)).contains("[severed]");
        assertThat(json).doesNotContain(offenderLastName).doesNotContain(offenderNumber).doesNotContain(offenderId)
                .doesNotContainIgnoringCase(otherHarmed.firstName()).doesNotContain(otherHarmed.identity())
                .doesNotContain("OTHER-").doesNotContain(noteText.substring(0, 13));

        String pdf = pdfText(harmed.id());
        assertThat(pdf.indexOf("Communication de renseignements personnels")).isLessThan(pdf.indexOf("Access request export"));
        assertThat(pdf).contains(harmed.phone()).contains(redactedToOffender).contains(correctionText.substring(0, 19))
                .contains("Corrections they asked for").contains("Corrections demandées par la personne").contains("the offender").contains("le délinquant")
                .doesNotContain(offenderLastName).doesNotContain(offenderNumber)
                .doesNotContainIgnoringCase(otherHarmed.firstName()).doesNotContain(otherHarmed.identity());
    }

    @Test
    void the_export_is_audited_with_its_format_and_an_unknown_participant_is_404() {
        json(harmed.id());
        pdfText(harmed.id());
        List<String> details = Callers.as("auditor1").queryParam("resourceId", harmed.id()).queryParam("action", "ACCESS_EXPORT")
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items.details");
        assertThat(details).anyMatch(d -> d.contains("format=JSON")).anyMatch(d -> d.contains("format=PDF"));
        coordinator().get("/api/participants/" + UUID.randomUUID() + "/access-export").then().statusCode(404);
        coordinator().accept("application/pdf, application/problem+json").get("/api/participants/" + UUID.randomUUID() + "/access-export.pdf")
                .then().statusCode(404);
        Callers.as("mediator2").get("/api/participants/" + harmed.id() + "/access-export").then().statusCode(403);
    }

    @Test
    void a_meeting_they_attended_names_the_others_by_role_severs_the_support_person_and_withholds_the_safety_plan() {
        coordinator().body(Map.of("ways", List.of("LETTERS", "FACE_TO_FACE"))).put("/api/cases/" + caseId + "/ways").then().statusCode(200);
        for (String p : List.of(harmed.id(), otherHarmed.id(), offenderId)) {
            coordinator().body(Map.of("way", "FACE_TO_FACE", "given", true, "how", "SIGNED_FORM"))
                    .post("/api/cases/" + caseId + "/participants/" + p + "/consents").then().statusCode(200);
        }
        String supporter = Participants.unique("Yvette");
        String plan = Participants.unique("PLAN-") + " separate entrances";
        String meeting = coordinator().body(Map.of("institution", "Collins Bay Institution", "scheduledFor", "2027-03-01T14:00:00Z",
                "safetyPlan", plan, "participantIds", List.of(harmed.id(), offenderId),
                "others", List.of(Map.of("role", "SUPPORT_PERSON", "name", supporter), Map.of("role", "ESCORT_STAFF", "name", "Officer Tremblay"))))
                .post("/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");
        coordinator().body(Map.of("outcome", harmed.firstName() + " asked her questions; " + supporter + " stayed by her",
                "agreements", "No contact outside the program")).post("/api/cases/" + caseId + "/meetings/" + meeting + "/outcome")
                .then().statusCode(200);

        String json = json(offenderId);
        JsonPath export = JsonPath.from(json);
        assertThat(export.getList("cases[0].meetings.otherAttendees[0]")).containsExactlyInAnyOrder("HARMED_PERSON", "SUPPORT_PERSON",
                "ESCORT_STAFF");
        assertThat(export.getString("cases[0].meetings[0].outcome")).isEqualTo("[severed] asked her questions; [severed] stayed by her");
        assertThat(export.getString("cases[0].meetings[0].agreements")).isEqualTo("No contact outside the program");
        assertThat(export.getList("withheld.what")).contains("MEETING_SAFETY_PLAN");
        assertThat(json).doesNotContain(supporter).doesNotContain(plan).doesNotContainIgnoringCase(harmed.firstName())
                .doesNotContain(harmed.identity());
        assertThat(JsonPath.from(json(otherHarmed.id())).getList("cases[0].meetings")).isEmpty();
    }

    private static String json(String participantId) {
        return coordinator().get("/api/participants/" + participantId + "/access-export").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
    }

    private static String pdfText(String participantId) {
        byte[] pdf = coordinator().accept("application/pdf").get("/api/participants/" + participantId + "/access-export.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A harmed person's request for the offender, with full contact details; returns [referral id, first name, last name, phone, e-mail, address]. */
    private String[] request(String firstName, String phoneEnd, String city) {
        String lastName = Participants.unique("Qz");
        String email = Participants.unique("hp") + "@example.org";
        String phone = "+1 819 555 " + phoneEnd;
        String address = Participants.unique("7 Rue ") + ", " + city;
        Map<String, Object> person = Participants.victim(firstName, lastName);
        person.put("contact", Map.of("phone", phone, "email", email, "postalAddress", address, "preferredMethod", "PHONE",
                "mayLeaveMessage", false));
        Map<String, Object> body = new HashMap<>(Referrals.harmedRequest(offenderNumber));
        body.put("newParticipant", person);
        JsonPath created = coordinator().body(body).post("/api/referrals/harmed-person-requests").then().statusCode(201).extract().jsonPath();
        return new String[] { created.getString("id"), firstName, lastName, phone, email, address };
    }

    private String harmedIdOf(String referralId) {
        return coordinator().get("/api/referrals/" + referralId).then().statusCode(200).extract().path("harmedPerson.id");
    }

    private Person person(String[] r) {
        return new Person(harmedIdOf(r[0]), r[1], r[2], r[3], r[4], r[5]);
    }

    /** A letter recorded, submitted, approved with this decision and delivered by mail. */
    private void letter(String author, String recipient, String text, Map<String, Object> approval) {
        String id = coordinator().body(Map.of("kind", "LETTER", "authorId", author, "recipientId", recipient, "text", text))
                .post("/api/cases/" + caseId + "/messages").then().statusCode(201).extract().path("id");
        String base = "/api/cases/" + caseId + "/messages/" + id;
        coordinator().header("If-Match", "\"0\"").post(base + "/submit").then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").body(approval).post(base + "/approve").then().statusCode(200);
        coordinator().header("If-Match", "\"2\"").body(Map.of("method", "MAIL")).post(base + "/deliver").then().statusCode(200);
    }
}

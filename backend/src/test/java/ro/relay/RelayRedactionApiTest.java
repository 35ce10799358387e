package ro.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;

/**
 * Approval decides every part of a message and screens the text for the author's side's contact details: the
 * two ways the original used to leak (a redacted scan with the original text, a redacted text with the
 * original scan) and each detail the screen finds.
 */
@QuarkusTest
class RelayRedactionApiTest {

    /** The harmed person's phone as the test fixtures record it (+1 613 555 0100), written another way. */
    private static final String VICTIM_PHONE_ELSEWHERE = "(613) 555-0100";

    @Inject
    DataSource db;

    private static String messages(OpenedCase c) {
        return "/api/cases/" + c.id() + "/messages";
    }

    private static String record(OpenedCase c, String kind, String author, String recipient, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "authorId", author, "recipientId", recipient));
        if (text != null) {
            body.put("text", text);
        }
        return as("mediator1").body(body).post(messages(c)).then().statusCode(201).extract().path("id");
    }

    private static JsonPath read(OpenedCase c, String id) {
        return as("mediator1").get(messages(c) + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Response move(OpenedCase c, String id, String action, Object body) {
        var spec = as("mediator1").header("If-Match", "\"" + read(c, id).getLong("version") + "\"");
        return (body == null ? spec : spec.body(body)).post(messages(c) + "/" + id + "/" + action);
    }

    private static String upload(OpenedCase c, String id, String role, byte[] bytes) {
        return as("mediator1").contentType("application/octet-stream").body(bytes).post(messages(c) + "/" + id + "/uploads/" + role)
                .then().statusCode(200).extract().path(role + "File.id");
    }

    private static byte[] png(int seed) {
        byte[] b = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) seed, 1, 2, 3, 4, 5, 6, 7 };
        return b;
    }

    private static byte[] webm() {
        byte[] b = new byte[200];
        b[0] = 0x1A;
        b[1] = 0x45;
        b[2] = (byte) 0xDF;
        b[3] = (byte) 0xA3;
        return b;
    }

    /** A message of the harmed person to the offender, submitted for review. */
    private static String inReview(OpenedCase c, String text, byte[] scan) {
        String id = record(c, "LETTER", c.harmedPersonId(), c.offenderId(), text);
        if (scan != null) {
            upload(c, id, "original", scan);
        }
        move(c, id, "submit", null).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> decision(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** Refused with 422 naming these fields, and the message left in review, unchanged. */
    private ValidatableResponse refusedAndUnchanged(OpenedCase c, String id, Map<String, Object> body, String... fields) {
        long version = read(c, id).getLong("version");
        ValidatableResponse refused = move(c, id, "approve", body).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of(fields)));
        JsonPath after = read(c, id);
        assertThat(after.getString("state")).isEqualTo("IN_REVIEW");
        assertThat(after.getLong("version")).isEqualTo(version);
        assertThat(after.getString("textDecision")).isNull();
        assertThat(Database.count(db, "select count(*) from audit_entry where action = 'APPROVE' and resource_id = '" + id + "'")).isZero();
        return refused;
    }

    private static void recordPostalAddress(String participantId, String address) {
        var read = coordinator().get("/api/participants/" + participantId).then().statusCode(200).extract();
        JsonPath p = read.jsonPath();
        Map<String, Object> contact = new HashMap<>(p.getMap("contact"));
        contact.put("postalAddress", address);
        Map<String, Object> body = new HashMap<>(Map.of("firstName", p.getString("firstName"), "lastName", p.getString("lastName"),
                "preferredLanguage", p.getString("preferredLanguage"), "contact", contact));
        coordinator().header("If-Match", read.header("ETag")).body(body).put("/api/participants/" + participantId).then().statusCode(200);
    }

    private static String letterPdfText(OpenedCase c, String id) throws IOException {
        byte[] pdf = as("mediator1").accept("application/pdf").get(messages(c) + "/" + id + "/letter.pdf").then().statusCode(200)
                .extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void a_letter_with_a_redacted_scan_is_not_approved_without_a_decision_on_its_text() throws IOException {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = inReview(c, "I wrote this near the arena where I work. I am still angry.", png(1));
        String redactedScan = upload(c, id, "redacted", png(2));

        refusedAndUnchanged(c, id, Map.of(), "textDecision", "fileDecision", "fileCheckedForContactDetails")
                .body("type", equalTo("/problems/message-approve-undecided"));
        refusedAndUnchanged(c, id, decision("fileDecision", "REDACTED", "fileCheckedForContactDetails", true), "textDecision");

        move(c, id, "approve", decision("textDecision", "REDACTED", "redactedText", "I am still angry.", "fileDecision", "REDACTED",
                "fileCheckedForContactDetails", true)).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("textDecision", equalTo("REDACTED")).body("fileDecision", equalTo("REDACTED"));
        String copy = as("mediator1").get(messages(c) + "/" + id + "/recipient-copy").then().statusCode(200)
                .body("text", equalTo("I am still angry.")).body("file.id", equalTo(redactedScan)).extract().asString();
        assertThat(copy).doesNotContain("arena");
        assertThat(letterPdfText(c, id)).contains("I am still angry.").doesNotContain("arena");
        as("mediator1").get(messages(c) + "/" + id).then().body("originalText", containsString("arena"));
    }

    @Test
    void a_redacted_text_on_a_letter_with_a_scan_is_not_approved_without_a_decision_on_its_scan() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = inReview(c, "I saw you at the arena. I am sorry.", png(3));
        Map<String, Object> text = decision("textDecision", "REDACTED", "redactedText", "I am sorry.");

        refusedAndUnchanged(c, id, text, "fileDecision", "fileCheckedForContactDetails");
        Map<String, Object> redactedScan = new HashMap<>(text);
        redactedScan.putAll(decision("fileDecision", "REDACTED", "fileCheckedForContactDetails", true));
        refusedAndUnchanged(c, id, redactedScan, "fileDecision").body("errors[0].rule", equalTo("RedactedFileMissing"));
        String redacted = upload(c, id, "redacted", png(4));
        Map<String, Object> originalScan = new HashMap<>(redactedScan);
        originalScan.put("fileDecision", "AS_IS");
        refusedAndUnchanged(c, id, originalScan, "fileDecision").body("errors[0].rule", equalTo("Contradictory"));

        move(c, id, "approve", redactedScan).then().statusCode(200);
        as("mediator1").get(messages(c) + "/" + id + "/recipient-copy").then().statusCode(200)
                .body("text", equalTo("I am sorry.")).body("file.id", equalTo(redacted));
    }

    @Test
    void a_decision_for_a_part_the_message_does_not_have_is_refused() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String textOnly = inReview(c, "Words only.", null);
        refusedAndUnchanged(c, textOnly, decision("textDecision", "AS_IS", "fileDecision", "AS_IS"), "fileDecision")
                .body("errors[0].rule", equalTo("NoSuchPart"));
        String scanOnly = inReview(c, null, png(5));
        refusedAndUnchanged(c, scanOnly, decision("textDecision", "REDACTED", "redactedText", "Added words", "fileDecision", "AS_IS",
                "fileCheckedForContactDetails", true), "textDecision");
    }

    @Test
    void a_scan_is_approved_only_with_the_reviewers_statement_recorded_with_who_and_when() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = inReview(c, null, png(6));
        refusedAndUnchanged(c, id, decision("fileDecision", "AS_IS"), "fileCheckedForContactDetails")
                .body("errors[0].rule", equalTo("StatementRequired"));
        refusedAndUnchanged(c, id, decision("fileDecision", "AS_IS", "fileCheckedForContactDetails", false), "fileCheckedForContactDetails");
        move(c, id, "approve", decision("fileDecision", "AS_IS", "fileCheckedForContactDetails", true)).then().statusCode(200)
                .body("fileCheckedBy", equalTo("mediator1")).body("fileCheckedAt", notNullValue()).body("textDecision", nullValue());
    }

    @Test
    void a_video_is_approved_only_with_the_reviewers_statement_recorded_with_who_and_when() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = record(c, "VIDEO_MESSAGE", c.offenderId(), c.harmedPersonId(), null);
        upload(c, id, "original", webm());
        move(c, id, "submit", null).then().statusCode(200);
        refusedAndUnchanged(c, id, decision("fileDecision", "AS_IS"), "fileCheckedForContactDetails");
        move(c, id, "approve", decision("fileDecision", "AS_IS", "fileCheckedForContactDetails", true)).then().statusCode(200)
                .body("fileDecision", equalTo("AS_IS")).body("fileCheckedBy", equalTo("mediator1")).body("fileCheckedAt", notNullValue());
    }

    /** The text relayed as is still holds the detail: 422 naming it masked, never in clear, nor in the audit trail. */
    private void screenedOut(OpenedCase c, String text, String masked, String... clear) {
        String id = inReview(c, text, null);
        String body = refusedAndUnchanged(c, id, decision("textDecision", "AS_IS"), "textDecision")
                .body("type", equalTo("/problems/message-approve-contact-detail")).body("errors[0].rule", equalTo("ContactDetail"))
                .body("errors[0].message", containsString(masked)).extract().asString();
        String french = as("mediator1").header("Accept-Language", "fr").header("If-Match", "\"" + read(c, id).getLong("version") + "\"")
                .body(decision("textDecision", "AS_IS")).post(messages(c) + "/" + id + "/approve").then().statusCode(422)
                .extract().path("errors[0].message");
        assertThat(french).contains(masked).contains("côté de l'auteur");
        String audit = Database.text(db, "select coalesce(string_agg(details, ' '), '') from audit_entry where resource_id = '" + id + "'");
        for (String detail : clear) {
            assertThat(body).doesNotContain(detail);
            assertThat(audit).doesNotContain(detail);
        }
    }

    @Test
    void a_phone_number_of_the_authors_side_written_another_way_is_not_approved() {
        screenedOut(Cases.inDialogue("mediator1"), "If you want to talk, call " + VICTIM_PHONE_ELSEWHERE + ".", "0100", "555-0100", "555 0100");
    }

    @Test
    void an_e_mail_of_the_authors_side_in_another_case_is_not_approved() {
        screenedOut(Cases.inDialogue("mediator1"), "Write to me: SAFE@Example.ORG", "s***@example.org", "safe@", "SAFE@");
    }

    @Test
    void a_postal_code_of_the_authors_side_without_its_space_is_not_approved() {
        OpenedCase c = Cases.inDialogue("mediator1");
        recordPostalAddress(c.harmedPersonId(), "12 Rue de l'Église\nOttawa ON K1A 0B1");
        screenedOut(c, "We moved to k1a0b1 last spring.", "K1A ***", "0B1", "k1a0b1");
    }

    @Test
    void a_street_line_of_the_authors_side_in_another_case_and_without_accents_is_not_approved() {
        OpenedCase c = Cases.inDialogue("mediator1");
        recordPostalAddress(c.harmedPersonId(), "12 Rue de l'Église\nOttawa ON K1A 0B1");
        screenedOut(c, "You can find me at 12 RUE DE L'EGLISE now.", "12* ***", "Église", "EGLISE");
    }

    @Test
    void a_redacted_text_is_screened_too_and_approved_once_the_detail_is_gone() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = inReview(c, "Call 613 555 0100. I forgive nothing yet.", null);
        refusedAndUnchanged(c, id, decision("textDecision", "REDACTED", "redactedText", "Call 6135550100."), "redactedText");
        move(c, id, "approve", decision("textDecision", "REDACTED", "redactedText", "I forgive nothing yet.")).then().statusCode(200);
        assertThat(Database.text(db, "select details from audit_entry where action = 'APPROVE' and resource_id = '" + id + "'"))
                .isEqualTo("case=" + c.id() + ",from=IN_REVIEW,to=APPROVED,fields=textDecision,redactedText");
    }

    @Test
    void a_message_to_the_victim_is_screened_against_the_offender_side_only() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String toVictim = record(c, "LETTER", c.offenderId(), c.harmedPersonId(), "I will never call 613 555 0100 again.");
        move(c, toVictim, "submit", null).then().statusCode(200);
        move(c, toVictim, "approve", decision("textDecision", "AS_IS")).then().statusCode(200).body("state", equalTo("APPROVED"));
        as("mediator1").get(messages(c) + "/" + toVictim + "/recipient-copy").then()
                .body("text", equalTo("I will never call 613 555 0100 again.")).body("file", not(notNullValue()));

        String toOffender = inReview(c, "I will never call 613 555 0100 again.", null);
        refusedAndUnchanged(c, toOffender, decision("textDecision", "AS_IS"), "textDecision");
    }
}

package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/** The timeline says what happened as codes, dates and ids the portal words; staff members are named as people call them. */
@QuarkusTest
class TimelineNamesApiTest {

    @Test
    void timeline_entries_carry_typed_details_and_the_actor_s_display_name() {
        OpenedCase c = Cases.open("mediator1", "mediator2");
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        coordinator().body(Map.of("ways", List.of("LETTERS", "SHUTTLE"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "SIGNED_FORM"))
                .post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/consents").then().statusCode(200);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, "2027-02-28");

        as("mediator1").header("Accept-Language", "fr").get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("items.actorName.displayName", everyItem(equalTo("Claire Coordinator")))
                .body("items.actor", everyItem(equalTo("coordinator1")))
                .body("items.find { it.kind == 'OPENED' }.details.referrals", equalTo(2))
                .body("items.find { it.kind == 'OPENED' }.details.mediators.displayName", contains("Martin Mediator", "Marie Médiatrice"))
                .body("items.find { it.kind == 'STAGE' }.details.from", equalTo("PREPARATION"))
                .body("items.find { it.kind == 'STAGE' }.details.to", equalTo("DIALOGUE"))
                .body("items.find { it.kind == 'WAYS' }.details.ways", contains("LETTERS", "SHUTTLE"))
                .body("items.find { it.kind == 'CONSENT' }.details.wording", equalTo("CONSENT_HOW"))
                .body("items.find { it.kind == 'CONSENT' }.details.way", equalTo("LETTERS"))
                .body("items.find { it.kind == 'CONSENT' }.details.how", equalTo("SIGNED_FORM"))
                .body("items.find { it.kind == 'SAFETY_ASSESSMENT' }.details.riskLevel", equalTo("LOW"))
                .body("items.find { it.kind == 'SAFETY_ASSESSMENT' }.details.nextDue", equalTo("2027-02-28"))
                .body("items.find { it.kind == 'STAGE' }.summary", equalTo("PREPARATION → DIALOGUE"));
    }

    @Test
    void a_message_s_moves_are_on_the_timeline_by_id_and_kind_never_its_text() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c, "submit", "approve", "deliver");
        String body = as("mediator1").get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'MESSAGE' }.details.wording",
                        contains("MESSAGE_RECORDED", "MESSAGE_SUBMITTED", "MESSAGE_APPROVED", "MESSAGE_DELIVERED"))
                .body("items.findAll { it.kind == 'MESSAGE' }.details.messageId", everyItem(equalTo(letter)))
                .body("items.findAll { it.kind == 'MESSAGE' }.details.messageKind", everyItem(equalTo("LETTER")))
                .body("items.findAll { it.kind == 'MESSAGE' }.details.authorId", everyItem(equalTo(c.harmedPersonId())))
                .body("items.findAll { it.kind == 'MESSAGE' }.details.recipientId", everyItem(equalTo(c.offenderId())))
                .body("items.find { it.kind == 'MESSAGE' }.summary", equalTo("Message recorded"))
                .extract().asString();
        assertThat(body).doesNotContain("Words");
        String author = coordinator().get("/api/participants/" + c.harmedPersonId()).path("firstName");
        as("mediator1").get("/api/cases/" + c.id() + "/timeline").then()
                .body("items.find { it.kind == 'MESSAGE' }.details.author", org.hamcrest.Matchers.startsWith(author));
        as("mediator2").get("/api/cases/" + c.id() + "/timeline").then().statusCode(404);
    }

    @Test
    void a_case_names_its_opener_and_mediators_as_people_call_them() {
        OpenedCase c = Cases.open("mediator1", "mediator2");
        coordinator().get("/api/cases/" + c.id()).then().statusCode(200)
                .body("openedBy", equalTo("coordinator1"))
                .body("openedByName.displayName", equalTo("Claire Coordinator"))
                .body("mediators", contains("mediator1", "mediator2"))
                .body("mediatorNames.displayName", contains("Martin Mediator", "Marie Médiatrice"))
                .body("mediatorNames.username", contains("mediator1", "mediator2"));
        as("mediator1").get("/api/cases").then().statusCode(200)
                .body("items.find { it.id == '" + c.id() + "' }.mediatorNames.displayName", hasItem("Martin Mediator"));
    }

    @Test
    void a_message_and_a_referral_name_who_recorded_and_decided_them_as_people_call_them() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c);
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + letter).then().statusCode(200)
                .body("createdBy", equalTo("coordinator1"))
                .body("createdByName.displayName", equalTo("Claire Coordinator"));
        String referral = Cases.accepted(ro.testing.Referrals.submitted());
        coordinator().get("/api/referrals/" + referral).then().statusCode(200)
                .body("decidedBy", equalTo("coordinator1"))
                .body("decidedByName.displayName", equalTo("Claire Coordinator"));
    }
}

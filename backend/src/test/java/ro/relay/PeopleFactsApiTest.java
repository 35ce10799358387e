package ro.relay;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/** A delivery is recorded on the day it happened, who approved a message is shown, and the review queue names people. */
@QuarkusTest
class PeopleFactsApiTest {

    private static Response deliver(OpenedCase c, String id, Map<String, Object> body) {
        String version = coordinator().get("/api/cases/" + c.id() + "/messages/" + id).path("version").toString();
        return as("mediator1").header("If-Match", "\"" + version + "\"").body(body).post("/api/cases/" + c.id() + "/messages/" + id + "/deliver");
    }

    @Test
    void a_delivery_is_dated_as_stated_never_in_the_future_nor_before_the_approval() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = Cases.letter(c, "submit", "approve");
        var approved = coordinator().get("/api/cases/" + c.id() + "/messages/" + id).then().statusCode(200)
                .body("approvedBy", equalTo("coordinator1")).body("approvedAt", notNullValue()).body("deliveredAt", nullValue())
                .extract().jsonPath();
        Instant approvedAt = Instant.parse(approved.getString("approvedAt"));

        deliver(c, id, Map.of("method", "MAIL", "deliveredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("deliveredAt")).body("errors[0].rule", equalTo("NotInFuture"));
        deliver(c, id, Map.of("method", "MAIL", "deliveredAt", approvedAt.minus(1, ChronoUnit.DAYS).toString())).then().statusCode(422)
                .body("errors[0].field", equalTo("deliveredAt")).body("errors[0].rule", equalTo("NotBeforeApproval"));
        coordinator().get("/api/cases/" + c.id() + "/messages/" + id).then().body("state", equalTo("APPROVED"));

        Instant mailed = approvedAt.plusMillis(1);
        deliver(c, id, Map.of("method", "MAIL", "deliveredAt", mailed.toString())).then().statusCode(200)
                .body("state", equalTo("DELIVERED")).body("deliveredAt", equalTo(mailed.toString()))
                .body("approvedBy", equalTo("coordinator1"));

        String now = Cases.letter(c, "submit", "approve");
        Instant before = Instant.now().minusSeconds(1);
        String at = deliver(c, now, Map.of("method", "IN_PERSON")).then().statusCode(200).extract().path("deliveredAt");
        org.assertj.core.api.Assertions.assertThat(Instant.parse(at)).isAfter(before);
    }

    @Test
    void the_review_queue_names_the_author_and_the_recipient_with_their_sides_for_those_on_the_case() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = Cases.letter(c, "submit");
        String harmedLast = coordinator().get("/api/participants/" + c.harmedPersonId()).path("lastName");
        String offenderLast = coordinator().get("/api/participants/" + c.offenderId()).path("lastName");
        String item = "find { it.messageId == '" + id + "' }";
        for (String who : new String[] { "coordinator1", "mediator1" }) {
            as(who).queryParam("size", 100).get("/api/messages/review-queue").then().statusCode(200)
                    .body(item + ".author.id", equalTo(c.harmedPersonId()))
                    .body(item + ".author.name", equalTo("Hélène " + harmedLast))
                    .body(item + ".author.side", equalTo("HARMED"))
                    .body(item + ".recipient.name", equalTo("Marc " + offenderLast))
                    .body(item + ".recipient.side", equalTo("OFFENDER"))
                    .body(item + ".recipient.participantKind", equalTo("OFFENDER"));
        }
        as("mediator2").queryParam("size", 100).get("/api/messages/review-queue").then().statusCode(200)
                .body(item, nullValue());
        as("staff1").get("/api/messages/review-queue").then().statusCode(403);
    }
}

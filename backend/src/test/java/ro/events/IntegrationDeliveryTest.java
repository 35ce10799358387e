package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.events.Webhooks.dispatcher;
import static ro.events.Webhooks.runUntil;
import static ro.testing.Callers.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ro.events.model.EventType;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.Tokens;

/**
 * From the API's changes to the receivers, with nothing recorded by hand: two integrations each submit an
 * offender referral, both move, a case and its letter move too. Each integration's webhook receives, signed
 * with its own secret, exactly the events its own feed shows (its own referral's, as it is shown it), and
 * nothing of the other's referral nor of any case; the program's subscriber receives all of them.
 */
@QuarkusTest
class IntegrationDeliveryTest {

    private final Webhooks webhooks = new Webhooks();

    @AfterEach
    void cleanUp() {
        webhooks.deleteAll();
    }

    /** The integration's feed from its present end, walked after the scenario: the events' ids and subjects. */
    private static String feedEnd(String token) {
        String cursor = null;
        while (true) {
            var spec = Outboxed.as(token).queryParam("limit", 500);
            if (cursor != null) {
                spec = spec.queryParam("after", cursor);
            }
            JsonPath page = spec.get("/api/events").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    private static List<Map<String, Object>> feedAfter(String token, String cursor) {
        return Outboxed.as(token).queryParam("after", cursor).queryParam("limit", 500).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void each_integration_receives_by_webhook_exactly_what_its_feed_shows_and_nothing_else() throws Exception {
        try (Receiver first = Receiver.healthy(); Receiver second = Receiver.healthy(); Receiver program = Receiver.healthy()) {
            var firstEndpoint = webhooks.register(first, Outboxed.INTEGRATION, EventType.REFERRAL_STATE_CHANGED);
            var secondEndpoint = webhooks.register(second, Outboxed.SECOND_INTEGRATION, EventType.REFERRAL_STATE_CHANGED);
            webhooks.register(program, null, EventType.values());
            String firstFrom = feedEnd(Tokens.integration());
            String secondFrom = feedEnd(Tokens.secondIntegration());

            String numberA = Participants.offenderNumber();
            String numberB = Participants.offenderNumber();
            String mine = Outboxed.referredBy(Tokens.integration(), numberA);
            String theirs = Outboxed.referredBy(Tokens.secondIntegration(), numberB);
            Referrals.harmedPersonAsks(numberA);
            Referrals.harmedPersonAsks(numberB);
            coordinator().post("/api/referrals/" + mine + "/start-assessment").then().statusCode(200);
            coordinator().post("/api/referrals/" + theirs + "/start-assessment").then().statusCode(200);
            OpenedCase c = Cases.inDialogue("mediator1");
            Cases.letter(c, "submit");

            List<Map<String, Object>> firstFeed = feedAfter(Tokens.integration(), firstFrom);
            List<Map<String, Object>> secondFeed = feedAfter(Tokens.secondIntegration(), secondFrom);
            assertThat(firstFeed).extracting(e -> e.get("subject")).containsOnly(mine).hasSize(2);
            assertThat(secondFeed).extracting(e -> e.get("subject")).containsOnly(theirs).hasSize(2);
            List<Object> firstIds = firstFeed.stream().map(e -> e.get("id")).toList();
            List<Object> secondIds = secondFeed.stream().map(e -> e.get("id")).toList();

            runUntil(dispatcher(), () -> first.acknowledged().containsAll(firstIds) && second.acknowledged().containsAll(secondIds)
                    && program.acknowledged().containsAll(concat(firstIds, secondIds)));
            // a few more rounds: anything else that was going to reach an integration would have by now
            for (int i = 0; i < 3; i++) {
                dispatcher().round();
            }

            assertThat(first.acknowledged()).containsExactlyElementsOf(firstIds.stream().map(String::valueOf).toList());
            assertThat(second.acknowledged()).containsExactlyElementsOf(secondIds.stream().map(String::valueOf).toList());
            for (Receiver.Received r : first.received()) {
                assertThat(WebhookDeliveryTest.verifies(firstEndpoint.secret(), r)).as("signed with the first integration's secret").isTrue();
                assertThat(WebhookDeliveryTest.verifies(secondEndpoint.secret(), r)).as("not with the other's").isFalse();
                assertThat(r.body()).contains(mine).doesNotContain(theirs).doesNotContain(c.id());
            }
            for (Receiver.Received r : second.received()) {
                assertThat(WebhookDeliveryTest.verifies(secondEndpoint.secret(), r)).isTrue();
                assertThat(r.body()).contains(theirs).doesNotContain(mine).doesNotContain(c.id());
            }
            assertThat(program.received()).extracting(Receiver.Received::body).anySatisfy(b -> assertThat(b).contains(c.id()));
        }
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

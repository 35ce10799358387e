package ro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.coordinator;

import java.util.function.IntConsumer;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Participants;
import ro.testing.Referrals;

/** Lists that join other records cost the same number of queries for one row as for many: no N+1. */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessions;

    private long statementsFor(IntConsumer list, int size) {
        list.accept(size); // warm: token, caches
        sessions.getStatistics().clear();
        list.accept(size);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    private void sameCostForOneAsForMany(IntConsumer list) {
        assertThat(statementsFor(list, 50)).isEqualTo(statementsFor(list, 1));
    }

    @Test
    void the_participants_list_does_not_query_per_row() {
        for (int i = 0; i < 3; i++) {
            Participants.create(Participants.victim("Count", Participants.unique("Rows")));
        }
        sameCostForOneAsForMany(size -> coordinator().queryParam("size", size).get("/api/participants").then().statusCode(200));
    }

    @Test
    void the_referral_queue_does_not_query_per_row() {
        for (int i = 0; i < 3; i++) {
            Referrals.submitted();
        }
        sameCostForOneAsForMany(size -> coordinator().queryParam("size", size).get("/api/referrals").then().statusCode(200));
    }

    @Test
    void a_work_queue_does_not_query_per_row() {
        for (int i = 0; i < 3; i++) {
            Cases.letter(Cases.inDialogue("mediator1"), "submit");
        }
        sameCostForOneAsForMany(size -> ro.testing.Callers.as("mediator1").queryParam("size", size).get("/api/work/messages-to-screen")
                .then().statusCode(200));
        for (int i = 0; i < 3; i++) {
            Cases.open("mediator2");
        }
        sameCostForOneAsForMany(size -> coordinator().queryParam("size", size).get("/api/work/cases-without-mediator").then().statusCode(200));
        for (int i = 0; i < 3; i++) {
            Referrals.askedByName(ro.testing.Participants.unique("Count"));
        }
        sameCostForOneAsForMany(size -> coordinator().queryParam("size", size).get("/api/work/numbers-to-confirm").then().statusCode(200));
    }

    @Test
    void the_referral_assessments_queue_does_not_query_per_row() {
        for (int i = 0; i < 3; i++) {
            String id = Referrals.harmedPersonMatched();
            coordinator().header("If-Match", "\"0\"").body(java.util.Map.of("mediator", "mediator1")).put("/api/referrals/" + id + "/assessor")
                    .then().statusCode(200);
        }
        sameCostForOneAsForMany(size -> ro.testing.Callers.as("mediator1").queryParam("size", size).get("/api/work/referral-assessments")
                .then().statusCode(200));
    }

    @Test
    void the_case_list_does_not_query_per_row() {
        for (int i = 0; i < 3; i++) {
            Cases.open("mediator1");
        }
        sameCostForOneAsForMany(size -> coordinator().queryParam("size", size).get("/api/cases").then().statusCode(200));
    }

    @Test
    void the_message_list_does_not_query_per_row() {
        Cases.OpenedCase c = Cases.inDialogue("mediator1");
        Cases.letter(c);
        long one = statementsFor(n -> coordinator().get("/api/cases/" + c.id() + "/messages").then().statusCode(200), 0);
        for (int i = 0; i < 4; i++) {
            Cases.letter(c, "submit");
        }
        long five = statementsFor(n -> coordinator().get("/api/cases/" + c.id() + "/messages").then().statusCode(200), 0);
        assertThat(five).isEqualTo(one);
    }
}

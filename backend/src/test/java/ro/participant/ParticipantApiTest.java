package ro.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.create;
import static ro.testing.Participants.offender;
import static ro.testing.Participants.offenderNumber;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Database;

@QuarkusTest
class ParticipantApiTest {

    @Inject
    DataSource db;

    private long participantCount() {
        return Database.count(db, "select count(*) from participant");
    }

    @Test
    void a_coordinator_records_a_victim_and_reads_it_back_with_contact_details() {
        String last = unique("Tremblay");
        Response created = coordinator().body(victim("Hélène", last)).post("/api/participants");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/participants/"))
                .header("ETag", "\"0\"")
                .body("kind", equalTo("VICTIM"))
                .body("firstName", equalTo("Hélène"))
                .body("preferredLanguage", equalTo("FR"))
                .body("contact.phone", equalTo("+1 613 555 0100"))
                .body("contact.mayLeaveMessage", equalTo(false))
                .body("createdBy", equalTo("coordinator1"))
                .body("version", equalTo(0));
        String id = created.path("id");

        coordinator().get("/api/participants/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body("lastName", equalTo(last))
                .body("contact.safeTimes", equalTo("Weekdays 9-11"));
    }

    @Test
    void the_list_finds_a_name_with_or_without_accents_and_any_case() {
        String last = unique("Côté");
        String id = create(victim("Hélène", last));
        String bare = last.replace("ô", "o").replace("é", "e").toUpperCase();
        for (String query : List.of("helene " + bare, "Hélène " + last, "HELENE " + last.toLowerCase())) {
            coordinator().queryParam("q", query).get("/api/participants").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.id", contains(id))
                    .body("items[0].contact", nullValue());
        }
    }

    @Test
    void the_list_filters_by_kind_and_offender_number_and_pages_in_a_stable_order() {
        String family = unique("Pagefam");
        for (int i = 0; i < 5; i++) {
            create(victim("Ann" + i, family));
        }
        String number = offenderNumber();
        String offenderId = create(offender(family, number));

        coordinator().queryParam("q", family).queryParam("kind", "VICTIM").queryParam("size", 2)
                .get("/api/participants").then().statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.firstName", contains("Ann0", "Ann1"));
        coordinator().queryParam("q", family).queryParam("kind", "VICTIM").queryParam("size", 2).queryParam("page", 2)
                .get("/api/participants").then().statusCode(200)
                .body("items.firstName", contains("Ann4"));
        coordinator().queryParam("offenderNumber", number).get("/api/participants").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(offenderId))
                .body("items[0].institution", equalTo("Collins Bay Institution"));
    }

    @Test
    void the_page_size_is_bounded_and_bad_paging_is_a_clear_error() {
        coordinator().queryParam("size", 101).get("/api/participants").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size")).body("errors.rule", contains("Max"));
        coordinator().queryParam("page", -1).get("/api/participants").then().statusCode(400)
                .body("errors.field", contains("page"));
        coordinator().queryParam("kind", "DRAGON").get("/api/participants").then().statusCode(400)
                .body("errors.field", contains("kind")).body("errors.rule", contains("Pattern"));
    }

    @Test
    void a_missing_or_overlong_field_is_refused_naming_field_and_rule_and_nothing_is_written() {
        long before = participantCount();
        Map<String, Object> body = victim("", "x".repeat(101));
        body.remove("preferredLanguage");
        coordinator().body(body).post("/api/participants").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("status", equalTo(400))
                .body("requestId", notNullValue())
                .body("errors.field", contains("firstName", "lastName", "preferredLanguage"))
                .body("errors.rule", contains("NotBlank", "Size", "NotNull"));
        assertThat(participantCount()).isEqualTo(before);
    }

    @Test
    void errors_are_in_french_when_the_caller_asks_for_french() {
        Map<String, Object> body = victim("Jeanne", unique("Roy"));
        body.remove("preferredLanguage");
        coordinator().header("Accept-Language", "fr-CA,fr;q=0.9").body(body).post("/api/participants").then()
                .statusCode(400)
                .header("Content-Language", "fr")
                .body("title", equalTo("La demande n'est pas valide"))
                .body("errors[0].message", notNullValue());
        Map<String, Object> noNumber = offender(unique("Roy"), null);
        noNumber.remove("offenderNumber");
        coordinator().header("Accept-Language", "fr").body(noNumber).post("/api/participants").then()
                .statusCode(400)
                .body("errors[0].rule", equalTo("RequiredForOffenders"))
                .body("errors[0].message", equalTo("Un délinquant doit avoir un numéro de délinquant."));
    }

    @Test
    void malformed_json_unknown_fields_and_wrong_types_are_400_never_500() {
        long before = participantCount();
        coordinator().body("{\"kind\": \"VICTIM\", ").post("/api/participants").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/malformed-request"));
        Map<String, Object> withId = victim("Paul", unique("Roy"));
        withId.put("id", "6b0b8f56-0000-0000-0000-000000000000");
        coordinator().body(withId).post("/api/participants").then().statusCode(400)
                .body("errors[0].field", equalTo("id")).body("errors[0].rule", equalTo("UnknownField"));
        Map<String, Object> withVersion = victim("Paul", unique("Roy"));
        withVersion.put("createdBy", "someone-else");
        coordinator().body(withVersion).post("/api/participants").then().statusCode(400)
                .body("errors[0].field", equalTo("createdBy"));
        Map<String, Object> wrongType = victim("Paul", unique("Roy"));
        wrongType.put("kind", "DRAGON");
        coordinator().body(wrongType).post("/api/participants").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Map<String, Object> wrongContact = victim("Paul", unique("Roy"));
        wrongContact.put("contact", Map.of("mayLeaveMessage", "perhaps"));
        coordinator().body(wrongContact).post("/api/participants").then().statusCode(400)
                .body("errors[0].field", equalTo("contact.mayLeaveMessage"));
        coordinator().body("[]").post("/api/participants").then().statusCode(400);
        coordinator().contentType("text/plain").body("hello").post("/api/participants").then().statusCode(415)
                .contentType("application/problem+json");
        assertThat(participantCount()).isEqualTo(before);
    }

    @Test
    void an_offender_needs_a_unique_offender_number_and_has_no_contact_details() {
        String number = offenderNumber();
        String first = create(offender(unique("Lavoie"), number));
        long before = participantCount();

        coordinator().body(offender(unique("Other"), number)).post("/api/participants").then().statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("existingId", equalTo(first));
        Map<String, Object> withContact = offender(unique("Lavoie"), offenderNumber());
        withContact.put("contact", Map.of("phone", "+1 613 555 0199", "mayLeaveMessage", true));
        coordinator().body(withContact).post("/api/participants").then().statusCode(400)
                .body("errors.rule", contains("RefusedForOffenders"));
        Map<String, Object> victimWithNumber = victim("Anne", unique("Roy"));
        victimWithNumber.put("offenderNumber", offenderNumber());
        coordinator().body(victimWithNumber).post("/api/participants").then().statusCode(400)
                .body("errors.field", contains("offenderNumber")).body("errors.rule", contains("OnlyForOffenders"));
        Map<String, Object> badNumber = offender(unique("Lavoie"), "abc");
        coordinator().body(badNumber).post("/api/participants").then().statusCode(400)
                .body("errors.rule", contains("Pattern"));
        assertThat(participantCount()).isEqualTo(before);
    }

    @Test
    void an_update_needs_the_etag_read_and_a_stale_one_changes_nothing() {
        String id = create(victim("Lise", unique("Morin")));
        Map<String, Object> change = victim("Louise", unique("Morin"));
        change.remove("kind");

        coordinator().body(change).put("/api/participants/" + id).then().statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        coordinator().header("If-Match", "\"0\"").body(change).put("/api/participants/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("firstName", equalTo("Louise")).body("version", equalTo(1));
        Map<String, Object> later = new java.util.HashMap<>(change);
        later.put("firstName", "Lucie");
        coordinator().header("If-Match", "\"0\"").body(later).put("/api/participants/" + id).then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
        coordinator().get("/api/participants/" + id).then().body("firstName", equalTo("Louise"));
    }

    @Test
    void the_kind_cannot_be_changed_by_an_update() {
        String id = create(victim("Lise", unique("Morin")));
        Map<String, Object> change = victim("Lise", unique("Morin"));
        change.put("kind", "OFFENDER");
        coordinator().header("If-Match", "\"0\"").body(change).put("/api/participants/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void of_two_racing_updates_exactly_one_wins() throws Exception {
        String id = create(victim("Race", unique("Morin")));
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Map<String, Object> change = victim("Racer" + i, "Morin");
            change.remove("kind");
            Callable<Integer> racer = () -> {
                start.await();
                return coordinator().header("If-Match", "\"0\"").body(change).put("/api/participants/" + id).statusCode();
            };
            results.add(pool.submit(racer));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        coordinator().get("/api/participants/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void a_mediator_does_not_see_participants_outside_their_cases() {
        String last = unique("Morin");
        String id = create(victim("Hidden", last));
        as("mediator1").queryParam("q", last).get("/api/participants").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        as("mediator1").get("/api/participants/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        Map<String, Object> change = victim("Changed", "Morin");
        change.remove("kind");
        as("mediator1").header("If-Match", "\"0\"").body(change).put("/api/participants/" + id).then().statusCode(404);
        coordinator().get("/api/participants/" + id).then().body("firstName", equalTo("Hidden"));
    }

    @Test
    void an_unknown_participant_is_404_and_a_malformed_id_is_not_a_500() {
        coordinator().get("/api/participants/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        int status = coordinator().get("/api/participants/not-a-uuid").statusCode();
        assertThat(status).isIn(400, 404);
    }

    @Test
    void every_response_carries_a_request_id_and_echoes_a_given_one() {
        coordinator().header("X-Request-Id", "trace-123").get("/api/participants").then().statusCode(200)
                .header("X-Request-Id", "trace-123");
        coordinator().get("/api/participants").then().header("X-Request-Id", notNullValue());
        coordinator().header("X-Request-Id", "bad id with spaces").get("/api/participants").then()
                .header("X-Request-Id", org.hamcrest.Matchers.not("bad id with spaces"));
        io.restassured.RestAssured.given().get("/q/health/ready").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void server_owned_fields_are_set_by_the_server() {
        String id = create(victim("Owned", unique("Morin")));
        coordinator().get("/api/participants/" + id).then()
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue())
                .body("createdBy", equalTo("coordinator1"));
        coordinator().queryParam("q", "Owned").get("/api/participants").then().body("items.id", hasItem(id));
    }
}

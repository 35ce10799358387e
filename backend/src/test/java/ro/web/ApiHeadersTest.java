package ro.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.anonymous;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Participants;

/** Every API response, whatever its kind, tells the browser it is data: never run, framed, cached or referred. */
@QuarkusTest
class ApiHeadersTest {

    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    static ValidatableResponse hardened(ValidatableResponse response) {
        return response.header("Content-Security-Policy", CSP).header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
    }

    @Test
    void a_record_read_and_a_list_carry_the_headers() {
        String id = Participants.create(Participants.victim("Ada", Participants.unique("Headers")));
        hardened(coordinator().get("/api/participants/" + id).then().statusCode(200));
        hardened(coordinator().get("/api/participants").then().statusCode(200));
    }

    @Test
    void refusals_and_errors_carry_the_headers() {
        hardened(anonymous().get("/api/participants").then().statusCode(401));
        hardened(anonymous().auth().oauth2("forged.token.value").get("/api/participants").then().statusCode(401));
        hardened(as("norole1").get("/api/participants").then().statusCode(403));
        hardened(coordinator().get("/api/participants/" + UUID.randomUUID()).then().statusCode(404));
        hardened(coordinator().get("/api/nothing-here").then().statusCode(404));
        hardened(coordinator().body(Map.of("kind", "VICTIM")).post("/api/participants").then().statusCode(400));
        hardened(coordinator().contentType("application/json").body("{not json").post("/api/participants").then().statusCode(400));
    }

    @Test
    void a_message_file_and_a_printed_letter_carry_the_headers() {
        Cases.OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c);
        String fileId = coordinator().contentType("application/octet-stream").body("%PDF-1.4 a scanned letter".getBytes())
                .post("/api/cases/" + c.id() + "/messages/" + letter + "/uploads/original").then().statusCode(200)
                .extract().path("originalFile.id");
        hardened(coordinator().accept("*/*").get("/api/cases/" + c.id() + "/messages/" + letter + "/files/" + fileId)
                .then().statusCode(200).contentType("application/pdf"));
        hardened(coordinator().accept("application/pdf").get("/api/cases/" + c.id() + "/messages/" + letter + "/letter.pdf")
                .then().statusCode(409));
    }

    @Test
    void the_contract_and_health_carry_the_policy_but_swagger_ui_is_left_free_to_run_its_page() {
        RestAssured.given().get("/q/openapi").then().statusCode(200).header("Content-Security-Policy", CSP)
                .header("Referrer-Policy", "no-referrer");
        RestAssured.given().get("/q/health").then().header("Content-Security-Policy", CSP);
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}

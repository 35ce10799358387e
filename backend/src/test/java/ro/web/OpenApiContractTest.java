package ro.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The checked-in contract is exactly what the API serves. On failure: run `make openapi` and review the diff. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void the_checked_in_openapi_yaml_is_what_the_api_serves() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path contract = Path.of("..", "openapi.yaml");
        assertThat(contract).as("openapi.yaml at the top level (run make openapi)").exists();
        assertThat(Files.readString(contract)).as("openapi.yaml differs from what the API serves: run make openapi")
                .isEqualTo(served);
    }

    @Test
    void no_schema_of_the_contract_is_empty() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().extract().asString();
        assertThat(served).doesNotContain("schema: {}").doesNotContain("type: object\n      properties: {}");
    }
}

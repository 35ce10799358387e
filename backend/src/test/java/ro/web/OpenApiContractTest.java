package ro.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The checked-in contract is exactly what the API serves, byte for byte. On failure: run `make openapi`
 * (which runs this test with -Dro.openapi.write=true to rewrite the file) and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void the_checked_in_openapi_yaml_is_what_the_api_serves() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path contract = Path.of("..", "openapi.yaml");
        if (Boolean.getBoolean("ro.openapi.write")) {
            Files.writeString(contract, served);
        }
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

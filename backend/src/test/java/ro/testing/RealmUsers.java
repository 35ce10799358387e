package ro.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * New users of the test Keycloak's realm, made through its admin API as the master realm's admin: a
 * mediator who is not on the roster yet can only be a realm user the test makes.
 */
public final class RealmUsers {

    private static final String ADMIN = System.getenv().getOrDefault("RO_TEST_KEYCLOAK_ADMIN", "admin");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("RO_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin");

    private RealmUsers() {
    }

    /** A new enabled realm user holding the mediator realm role directly; returns the user name. */
    public static String mediator() {
        String username = Participants.unique("rm").toLowerCase(java.util.Locale.ROOT);
        Admin admin = new Admin();
        String id = create(admin, username);
        admin.call().body(List.of(mediatorRole(admin))).post("/admin/realms/ro/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return username;
    }

    /** A new enabled realm user who holds the mediator role only as a member of a new group that holds it. */
    public static String mediatorByGroup() {
        String username = Participants.unique("rg").toLowerCase(java.util.Locale.ROOT);
        Admin admin = new Admin();
        String id = create(admin, username);
        String group = idOf(admin.call().body(Map.of("name", username + "-group")).post("/admin/realms/ro/groups").then().statusCode(201)
                .extract().header("Location"));
        admin.call().body(List.of(mediatorRole(admin))).post("/admin/realms/ro/groups/" + group + "/role-mappings/realm").then().statusCode(204);
        admin.call().put("/admin/realms/ro/users/" + id + "/groups/" + group).then().statusCode(204);
        return username;
    }

    private static String create(Admin admin, String username) {
        return idOf(admin.call().body(Map.of("username", username, "enabled", true, "firstName", "Realm", "lastName", "Mediator",
                "email", username + "@example.org", "emailVerified", true))
                .post("/admin/realms/ro/users").then().statusCode(201).extract().header("Location"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mediatorRole(Admin admin) {
        return admin.call().get("/admin/realms/ro/roles/mediator").then().statusCode(200).extract().as(Map.class);
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The master realm's admin, signed in once for the few calls that make one user. */
    private static final class Admin {
        private final String token = given().baseUri(Tokens.keycloak()).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN, "password", ADMIN_PASSWORD))
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");

        RequestSpecification call() {
            return given().baseUri(Tokens.keycloak()).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
        }
    }
}

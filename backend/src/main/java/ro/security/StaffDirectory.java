package ro.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ro.rules.Unavailable;
import ro.rules.Unprocessable;
import ro.rules.Breach;

/**
 * Who the realm's users are (correctional staff members, mediators), asked of Keycloak's admin REST API
 * with the API's own service account (client credentials; its only right is to view users). Answers are
 * kept briefly; when Keycloak cannot be asked the answer is 503, never a guess.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final int MAX_CACHED = 1000;

    @ConfigProperty(name = "ro.staff-directory.realm-url")
    String realmUrl;
    @ConfigProperty(name = "ro.staff-directory.client-id")
    String clientId;
    @ConfigProperty(name = "ro.staff-directory.client-secret")
    Optional<String> clientSecret;
    @ConfigProperty(name = "ro.staff-directory.cache-seconds", defaultValue = "60")
    int cacheSeconds;
    @ConfigProperty(name = "ro.staff-directory.timeout-millis", defaultValue = "3000")
    int timeoutMillis;

    @Inject
    ObjectMapper json;

    private HttpClient http;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private volatile Token token;

    /** The enabled realm user of a user name (empty when there is none), and until when that answer holds. */
    private record Answer(Optional<RealmUser> user, long validUntilNanos) {
    }

    /** An enabled realm user as the realm spells them, with their effective realm roles (direct, composite or by group). */
    public record RealmUser(String username, String firstName, String lastName, Set<String> roles) {
        public boolean holds(String role) {
            return roles.contains(role);
        }
    }

    private record Token(String value, long validUntilNanos) {
    }

    private static final class Unreachable extends Exception {
        Unreachable(String why, Throwable cause) {
            super(why, cause, false, false);
        }
    }

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis)).build();
        if (clientSecret.isEmpty()) {
            LOG.warn("ro.staff-directory.client-secret is not set: referrals on behalf of a staff member will answer 503");
        }
    }

    /**
     * The user name, as the realm spells it, of an enabled realm user holding the {@code staff} role;
     * anyone else (unknown, disabled, another role) is refused with 422 naming {@code onBehalfOf}.
     */
    public String staffMember(String username) {
        return lookUp(username, "referral.staff-directory.unavailable").filter(u -> u.holds(Roles.STAFF)).map(RealmUser::username)
                .orElseThrow(() -> new Unprocessable(Unprocessable.Reason.NOT_A_STAFF_MEMBER,
                "referral.on-behalf-of.not-staff",
                List.of(new Breach("onBehalfOf", "StaffMember", "referral.on-behalf-of.not-staff"))));
    }

    /** The enabled realm user with this user name (any case), empty when there is none or they are disabled. */
    public Optional<RealmUser> realmUser(String username) {
        return lookUp(username, "directory.unavailable");
    }

    private Optional<RealmUser> lookUp(String username, String unavailableKey) {
        String key = username.toLowerCase(Locale.ROOT);
        Answer answer = answers.get(key);
        if (answer == null || answer.validUntilNanos() - System.nanoTime() < 0) {
            answer = new Answer(ask(key, unavailableKey), System.nanoTime() + Duration.ofSeconds(cacheSeconds).toNanos());
            if (answers.size() >= MAX_CACHED) {
                answers.clear();
            }
            answers.put(key, answer);
        }
        return answer.user();
    }

    private Optional<RealmUser> ask(String username, String unavailableKey) {
        try {
            for (JsonNode user : get("/users?exact=true&briefRepresentation=true&username=" + encode(username))) {
                if (username.equals(user.path("username").asText()) && user.path("enabled").asBoolean(false)) {
                    Set<String> roles = new TreeSet<>();
                    for (JsonNode role : get("/users/" + encode(user.path("id").asText()) + "/role-mappings/realm/composite")) {
                        roles.add(role.path("name").asText());
                    }
                    return Optional.of(new RealmUser(username, user.path("firstName").asText(""), user.path("lastName").asText(""),
                            Set.copyOf(roles)));
                }
            }
            return Optional.empty();
        } catch (Unreachable e) {
            LOG.warnf("Realm user directory unavailable: %s", e.getMessage());
            throw new Unavailable(unavailableKey);
        }
    }

    /** A GET on the realm's admin API; a token refused as expired is renewed once. */
    private JsonNode get(String path) throws Unreachable {
        String adminUrl = realmUrl.replaceFirst("/realms/([^/]+)/?$", "/admin/realms/$1");
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(timeout())
                    .header("Authorization", "Bearer " + accessToken(attempt > 0)).header("Accept", "application/json")
                    .GET().build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 200) {
                return read(response.body());
            }
            if (response.statusCode() != 401) {
                throw new Unreachable("the admin API answered " + response.statusCode(), null);
            }
        }
        throw new Unreachable("the admin API refused a fresh token", null);
    }

    private String accessToken(boolean renew) throws Unreachable {
        Token current = token;
        if (!renew && current != null && current.validUntilNanos() - System.nanoTime() > 0) {
            return current.value();
        }
        String secret = clientSecret.orElseThrow(() -> new Unreachable("no client secret is configured", null));
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl.replaceFirst("/$", "") + "/protocol/openid-connect/token"))
                .timeout(timeout()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new Unreachable("the token endpoint answered " + response.statusCode(), null);
        }
        JsonNode body = read(response.body());
        long lifetime = Math.max(0, body.path("expires_in").asLong(0) - 30);
        Token fresh = new Token(body.path("access_token").asText(), System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
        token = fresh;
        return fresh.value();
    }

    private HttpResponse<String> send(HttpRequest request) throws Unreachable {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }

    private JsonNode read(String body) throws Unreachable {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new Unreachable("an unreadable answer", e);
        }
    }

    private Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

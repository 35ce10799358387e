package ro.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A small reverse proxy in front of the test Keycloak that counts every request it forwards, so a
 * test can prove the API made no call to Keycloak. The API's OIDC discovery goes through it (the
 * addresses in Keycloak's answers are rewritten to the proxy's); {@code GET /__count} answers the count.
 */
public class CountingKeycloak implements QuarkusTestResourceLifecycleManager {

    public static final String KEYCLOAK = System.getProperty("ro.test.keycloak-url",
            System.getenv().getOrDefault("RO_TEST_KEYCLOAK_URL", "http://localhost:8181"));
    /** Where the proxy listens; the test reads the count there. */
    public static final String URL_PROPERTY = "ro.test.counting-keycloak-url";

    private final AtomicInteger forwarded = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String self = "http://localhost:" + server.getAddress().getPort();
        System.setProperty(URL_PROPERTY, self);
        return Map.of("quarkus.oidc.auth-server-url", self + "/realms/ro",
                "quarkus.oidc.token.issuer", KEYCLOAK + "/realms/ro",
                URL_PROPERTY, self);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            if (path.equals("/__count")) {
                reply(exchange, 200, String.valueOf(forwarded.get()).getBytes(StandardCharsets.UTF_8), "text/plain");
                return;
            }
            forwarded.incrementAndGet();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KEYCLOAK + path));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                request.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String self = "http://localhost:" + server.getAddress().getPort();
            byte[] rewritten = answer.body().replace(KEYCLOAK, self).getBytes(StandardCharsets.UTF_8);
            reply(exchange, answer.statusCode(), rewritten, answer.headers().firstValue("Content-Type").orElse("application/json"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

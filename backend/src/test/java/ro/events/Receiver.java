package ro.events;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntBiFunction;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver of webhooks on a free local port: it keeps every request it got and answers each with the
 * status its script gives for the webhook-id and how many times that id came before, e.g. 500 three times then 200.
 */
final class Receiver implements AutoCloseable {

    /** One request as received: the Standard Webhooks headers, the content type and the body. */
    record Received(String id, String timestamp, String signature, String contentType, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();

    private Receiver(ToIntBiFunction<String, Integer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var h = exchange.getRequestHeaders();
            String id = String.valueOf(h.getFirst("webhook-id"));
            int status = script.applyAsInt(id, seen.merge(id, 1, Integer::sum) - 1);
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    h.getFirst("content-type"), new String(body, StandardCharsets.UTF_8), status));
            byte[] answer = (status >= 300 ? "receiver says no\n\u0000" + "x".repeat(2000) : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    static Receiver answering(ToIntBiFunction<String, Integer> script) throws IOException {
        return new Receiver(script);
    }

    static Receiver healthy() throws IOException {
        return new Receiver((id, before) -> 200);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook?token=receiver-query-secret";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests answered 2xx, by webhook-id, in the order received. */
    List<String> acknowledged() {
        return received.stream().filter(r -> r.answered() / 100 == 2).map(Received::id).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

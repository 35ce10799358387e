package ro.events.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import ro.events.service.DeliveryStore.Claim;
import ro.events.service.DeliveryStore.Outcome;

/**
 * One replica's dispatcher: fan out the new events to PENDING deliveries, claim the due ones, POST each (CloudEvents
 * structured mode, {@code application/cloudevents+json}, signed as Standard Webhooks says) and record the outcome.
 * Plain, so that a test can run two of them on one database and drive each step.
 */
public class Dispatcher {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** The most of a receiver's answer kept in a delivery's last error. */
    static final int ERROR_CHARS = 300;

    private final DeliveryStore store;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final Backoff backoff;

    public Dispatcher(DeliveryStore store, WebhookSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout().connect()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.backoff = new Backoff(settings.backoff().base(), settings.backoff().cap());
    }

    /** One round: fan out, then claim and deliver a batch. Returns the deliveries attempted. */
    public int round() throws InterruptedException {
        fanOut();
        List<Claim> claimed = claim();
        for (Claim c : claimed) {
            deliver(c);
        }
        return claimed.size();
    }

    public int fanOut() {
        return store.fanOut(settings.dispatcher().batchSize(), clock.instant());
    }

    public List<Claim> claim() {
        return store.claim(settings.dispatcher().batchSize(), clock.instant(), settings.dispatcher().lease());
    }

    /** POSTs one claimed delivery and records the outcome; false when the claim was lost meanwhile. */
    public boolean deliver(Claim claim) throws InterruptedException {
        Outcome outcome = post(claim);
        return store.finish(claim, outcome, clock.instant(), settings.maxAttempts(),
                backoff.next(claim.attempts(), bound -> ThreadLocalRandom.current().nextLong(bound + 1)));
    }

    private Outcome post(Claim claim) throws InterruptedException {
        URI uri = URI.create(claim.url());
        Optional<String> refused = WebhookAddresses.refusal(uri, settings.allowHttp());
        if (refused.isPresent()) {
            return new Outcome(null, refused.get());
        }
        long timestamp = Instant.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout().read())
                .header("content-type", CONTENT_TYPE)
                .header("webhook-id", claim.eventId().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(claim.secret(), claim.eventId().toString(), timestamp, claim.body()))
                .header("user-agent", "ro-webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(claim.body())).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Outcome(status, null);
                }
                String said = new String(in.readNBytes(ERROR_CHARS), StandardCharsets.UTF_8);
                return new Outcome(status, shortened("HTTP " + status + (said.isBlank() ? "" : ": " + said)));
            }
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(null, "connect timeout");
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "read timeout");
        } catch (ConnectException e) {
            return new Outcome(null, "connection refused");
        } catch (IOException e) {
            return new Outcome(null, shortened(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    /** One line of printable text, at most {@link #ERROR_CHARS} characters. */
    static String shortened(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= ERROR_CHARS ? line : line.substring(0, ERROR_CHARS - 1) + "…";
    }
}

package ro.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One write sent to the API while the API is killed: a JSON request killed a chosen delay after it was sent, or an
 * upload whose body goes out in pieces, killed as a chosen piece is about to be sent (mid-body) or a chosen delay
 * after the last one. What the client was answered, if anything, is the outcome.
 */
final class KilledWrite {

    /** Where the kill falls: before the piece numbered {@code beforePiece} (mid-body), else {@code delay} after the body. */
    record KillPoint(int beforePiece, Duration delay) {
        static KillPoint after(Duration delay) {
            return new KillPoint(Integer.MAX_VALUE, delay);
        }

        boolean midBody(int pieces) {
            return beforePiece < pieces;
        }
    }

    /** What the client saw: answered (with its status and body) before or after the kill, or not at all. */
    record Outcome(boolean answered, int status, String body, boolean killedMidBody) {
        boolean succeeded() {
            return answered && status / 100 == 2;
        }

        String describe() {
            return killedMidBody ? "killed mid-body" : answered ? "answered " + status + " before the kill" : "killed with no answer";
        }
    }

    private static final Duration ANSWER = Duration.ofSeconds(20);

    private KilledWrite() {
    }

    /**
     * Sends the request, kills the process at the kill point, and returns what the client was answered.
     *
     * @param pieces how many pieces the body goes out in (1 for a JSON body)
     * @param pace   the pause after each piece
     */
    static Outcome send(String url, String method, Map<String, String> headers, byte[] body, int pieces, Duration pace,
            KillPoint kill, Runnable killProcess) {
        PacedBody paced = new PacedBody(body, pieces, pace, kill.beforePiece());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER).method(method, body.length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> paced), body.length));
        if (body.length == 0) {
            paced.reached.countDown();
        }
        headers.forEach(request::header);
        // a client of its own each time: none of its connections outlives the process it was open to
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        answer.whenComplete((r, e) -> paced.reached.countDown());
        paced.awaitKillPoint();
        boolean midBody = kill.midBody(pieces);
        if (!midBody) {
            ApiProcess.pause(kill.delay());
        }
        killProcess.run();
        paced.killed.countDown();
        try {
            HttpResponse<String> response = answer.get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(true, response.statusCode(), response.body(), midBody);
        } catch (ExecutionException | TimeoutException e) {
            return new Outcome(false, 0, null, midBody);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body read in pieces with a pause after each; it stops at the kill point until the process is killed, then fails. */
    private static final class PacedBody extends InputStream {

        private final byte[] content;
        private final int pieceSize;
        private final Duration pace;
        private final int killBefore;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch killed = new CountDownLatch(1);
        private int position;

        PacedBody(byte[] content, int pieces, Duration pace, int killBefore) {
            this.content = content;
            this.pieceSize = Math.max(1, (content.length + pieces - 1) / pieces);
            this.pace = pace;
            this.killBefore = killBefore;
        }

        void awaitKillPoint() {
            try {
                if (!reached.await(ANSWER.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the body never reached its kill point");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= content.length) {
                reached.countDown();
                return -1;
            }
            if (position % pieceSize == 0 && position / pieceSize == killBefore) {
                reached.countDown();
                try {
                    killed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("the API was killed mid-body");
            }
            int n = Math.min(len, Math.min(pieceSize - position % pieceSize, content.length - position));
            System.arraycopy(content, position, b, off, n);
            position += n;
            if (position % pieceSize == 0) {
                ApiProcess.pause(pace);
            }
            if (position == content.length) {
                reached.countDown();
            }
            return n;
        }
    }
}

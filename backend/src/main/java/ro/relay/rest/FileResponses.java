package ro.relay.rest;

import java.io.InputStream;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import ro.relay.service.RelayService;
import ro.web.ByteRange;

/** A stored file as an HTTP answer: the whole file (200) or the byte range asked for (206), or 416 outside it. */
final class FileResponses {

    private FileResponses() {
    }

    static Response.ResponseBuilder ranged(RelayService.Readable file, String range) {
        return ranged(file, range, Long.MAX_VALUE);
    }

    /**
     * As {@link #ranged(RelayService.Readable, String)}, a range answering at most {@code most} bytes (a 206 says which):
     * a video element asks "bytes=N-" at each seek and drops the answer once it has enough, so the API decrypts and
     * sends a bounded part instead of the rest of a 1 GB file into a closed connection; the element asks for the next part.
     */
    static Response.ResponseBuilder ranged(RelayService.Readable file, String range, long most) {
        ByteRange full = ByteRange.of(range, file.file().sizeBytes);
        ByteRange asked = full.partial() && full.satisfiable() && full.length() > most
                ? new ByteRange(full.start(), full.start() + most - 1, full.size(), true) : full;
        if (!asked.satisfiable()) {
            return Response.status(416).header("Content-Range", asked.contentRange());
        }
        StreamingOutput body = out -> {
            try (InputStream in = file.open(asked.start(), asked.length())) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder response = Response.status(asked.status()).entity(body)
                .type(file.file().contentType).header("Accept-Ranges", "bytes").header("Content-Length", asked.length())
                .header("Cache-Control", "no-store");
        if (asked.partial()) {
            response.header("Content-Range", asked.contentRange());
        }
        return response;
    }
}

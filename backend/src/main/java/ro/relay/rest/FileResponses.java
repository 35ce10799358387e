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
        ByteRange asked = ByteRange.of(range, file.file().sizeBytes);
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

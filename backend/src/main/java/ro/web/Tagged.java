package ro.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Responses that carry a record with its version as ETag, for the If-Match of the next change. */
public final class Tagged {

    private Tagged() {
    }

    /** 200 with the record. */
    public static Response ok(Object record, long version) {
        return status(200, record, version);
    }

    /** 201 with the record and where it now lives. */
    public static Response created(URI location, Object record, long version) {
        return Response.created(location).tag(ETags.of(version)).entity(record).build();
    }

    /** The given status with the record. */
    public static Response status(int status, Object record, long version) {
        return Response.status(status).tag(ETags.of(version)).entity(record).build();
    }
}

package ro.web;

import java.net.URI;
import java.util.function.ToLongFunction;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Responses that carry a record with its version as ETag, for the If-Match of the next change.
 * Typed, so that the contract infers the body from the operation's return type.
 */
public final class Tagged {

    private Tagged() {
    }

    /** 200 with the record. */
    public static <T> RestResponse<T> ok(T record, long version) {
        return status(200, record, version);
    }

    /** 200 with the record, its version read by {@code version}. */
    public static <T> RestResponse<T> ok(T record, ToLongFunction<T> version) {
        return ok(record, version.applyAsLong(record));
    }

    /** 201 with the record and where it now lives. */
    public static <T> RestResponse<T> created(URI location, T record, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).tag(ETags.of(version)).entity(record).build();
    }

    /** The given status with the record. */
    public static <T> RestResponse<T> status(int status, T record, long version) {
        return RestResponse.ResponseBuilder.<T>create(status).tag(ETags.of(version)).entity(record).build();
    }
}

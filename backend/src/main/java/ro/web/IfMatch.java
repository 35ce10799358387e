package ro.web;

import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match a change must carry (as a {@code @BeanParam}): the ETag the caller read. Absent, the
 * change is refused with 428; stale or not a version, with 412 ({@link SharedResponses} declares both).
 */
public class IfMatch {

    public static final String HEADER = "If-Match";

    @HeaderParam(HEADER)
    @Parameter(in = ParameterIn.HEADER, description = "The ETag read; required (428 without it)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    String value;

    /** The version the caller read: 428 when absent, 412 when it names no version. */
    public long version() {
        return ETags.requiredVersion(value);
    }
}

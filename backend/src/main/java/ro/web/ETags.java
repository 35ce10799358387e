package ro.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

/** A record's version as an ETag, and the If-Match a change must carry. */
public final class ETags {

    private static final Pattern VERSION_TAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})\"\\s*$");

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match names: 428 when absent, 412 when it cannot name any version. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(ProblemType.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
        }
        Matcher m = VERSION_TAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new ApiProblem(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
        }
        return Long.parseLong(m.group(1));
    }
}

package ro.web;

import java.util.regex.Pattern;

/** The kinds of request that are rate-limited separately, so that reading never starves writing or uploading. */
public enum RequestKind {
    READ, WRITE, UPLOAD;

    private static final Pattern UPLOAD_ROUTE = Pattern.compile("/api/cases/[^/]+/messages/[^/]+/uploads/[^/]+/?");

    public static RequestKind of(String method, String path) {
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return READ;
        }
        if ("POST".equals(method) && path != null && UPLOAD_ROUTE.matcher(path).matches()) {
            return UPLOAD;
        }
        return WRITE;
    }
}

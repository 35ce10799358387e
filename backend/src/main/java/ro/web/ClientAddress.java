package ro.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The address a request comes from, for per-address limits. */
public final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.\\[\\]]{2,64}");

    private ClientAddress() {
    }

    /**
     * The connection's address; with {@code trustedHops} proxies in front, the address the outermost
     * trusted proxy saw, read from the right of {@code X-Forwarded-For} (entries further left are
     * written by the client and could be forged). A malformed entry falls back to the connection.
     */
    public static String of(String connection, List<String> forwardedFor, int trustedHops) {
        String remote = connection == null ? "unknown" : connection;
        if (trustedHops <= 0 || forwardedFor == null || forwardedFor.isEmpty()) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.trim());
                }
            }
        }
        if (hops.isEmpty()) {
            return remote;
        }
        String client = hops.get(Math.max(0, hops.size() - trustedHops));
        return ADDRESS.matcher(client).matches() ? client : remote;
    }
}

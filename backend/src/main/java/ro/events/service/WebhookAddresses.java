package ro.events.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import ro.rules.Invalid;

/**
 * Where a webhook may point. Registration: an absolute https URL (http too when allow-http is on, as in dev and
 * the tests), with a host, no credentials and no fragment. Delivery (SSRF): the host must resolve to public
 * addresses only: never loopback, link-local (cloud metadata), site-local/private, unique-local, wildcard or
 * multicast, unless allow-http is on. The check is made on each delivery, as names may move.
 */
public final class WebhookAddresses {

    static final String FIELD = "url";

    private WebhookAddresses() {
    }

    /** The URL admin gave, checked (400 naming url and the rule); stripped. */
    public static URI registrable(String url, boolean allowHttp) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw Invalid.field(FIELD, "Url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw Invalid.field(FIELD, "Url", "webhook.url.invalid");
        }
        if (!(scheme.equals("https") || (allowHttp && scheme.equals("http")))) {
            throw Invalid.field(FIELD, "Https", "webhook.url.https");
        }
        if (uri.getRawUserInfo() != null) {
            throw Invalid.field(FIELD, "NoCredentials", "webhook.url.credentials");
        }
        if (uri.getRawFragment() != null) {
            throw Invalid.field(FIELD, "NoFragment", "webhook.url.fragment");
        }
        if (!allowHttp) {
            literal(uri.getHost()).filter(WebhookAddresses::internal).ifPresent(a -> {
                throw Invalid.field(FIELD, "PublicAddress", "webhook.url.internal");
            });
        }
        return uri;
    }

    /** Why a delivery to this URL is refused now (an internal address, an unknown host), or empty when it may go. */
    static Optional<String> refusal(URI uri, boolean allowHttp) {
        if (allowHttp) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("refused: not https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    return Optional.of("refused: the host resolves to an internal address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host");
        }
    }

    /** Loopback, link-local, private, unique-local (fc00::/7), wildcard or multicast. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
        return (b[0] == 100 && (b[1] & 0xc0) == 64) || b[0] == 0;
    }

    /** The address of a host written as an IP literal; empty for a name (resolved only when delivering). */
    private static Optional<InetAddress> literal(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(h));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

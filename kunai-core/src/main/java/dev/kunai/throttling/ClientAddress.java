package dev.kunai.throttling;

import dev.kunai.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the address of the client that sent a request, the key of {@link AnonRateThrottle}.
 *
 * <p>With no trusted proxies (the default) it is the peer address of the connection and the
 * {@code X-Forwarded-For} and {@code Forwarded} headers are ignored, so a client cannot choose its own key.
 * Behind {@code n} trusted proxies it is the {@code n}-th address from the right of the configured header
 * (each proxy appends the address it received the request from; entries further left were written by the
 * client and are not trusted), Django REST framework's {@code NUM_PROXIES} rule. {@code Forwarded}
 * follows RFC 7239 ({@code for=} parameters, quoted IPv6 in brackets, optional ports).
 */
public final class ClientAddress {

    /** Which header the trusted proxies write the client chain into. */
    public enum Header {
        /** {@code X-Forwarded-For: client, proxy1, proxy2} (the de-facto standard). */
        X_FORWARDED_FOR,
        /** {@code Forwarded: for=client, for=proxy1} (RFC 7239). */
        FORWARDED
    }

    private final int trustedProxies;
    private final Header header;

    private ClientAddress(int trustedProxies, Header header) {
        this.trustedProxies = trustedProxies;
        this.header = header;
    }

    /** The peer address of the connection; forwarding headers are ignored. */
    public static ClientAddress direct() {
        return new ClientAddress(0, Header.X_FORWARDED_FOR);
    }

    /**
     * Behind {@code trustedProxies} proxies that write {@code header}; zero is {@link #direct()}.
     * {@link IllegalArgumentException} when negative.
     */
    public static ClientAddress behindProxies(int trustedProxies, Header header) {
        Objects.requireNonNull(header, "header");
        if (trustedProxies < 0) {
            throw new IllegalArgumentException("trusted proxies must be 0 or more, got " + trustedProxies);
        }
        return new ClientAddress(trustedProxies, header);
    }

    /** The number of trusted proxies in front of the application. */
    public int trustedProxies() {
        return trustedProxies;
    }

    /** The client's address (host only, no port) as far as the configured proxies can be trusted. */
    public String of(HttpRequest request) {
        String peer = host(request.remoteAddress());
        if (trustedProxies == 0) {
            return peer;
        }
        List<String> chain = header == Header.FORWARDED
                ? forwardedFor(request.headers("Forwarded"))
                : commaSeparated(request.headers("X-Forwarded-For"));
        if (chain.isEmpty()) {
            return peer;
        }
        return host(chain.get(Math.max(0, chain.size() - trustedProxies)));
    }

    private static List<String> commaSeparated(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String entry = part.strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
        }
        return out;
    }

    private static List<String> forwardedFor(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String element : commaSeparated(values)) {
            for (String pair : element.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0
                        && pair.substring(0, eq)
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .equals("for")) {
                    String value = pair.substring(eq + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    out.add(value);
                }
            }
        }
        return out;
    }

    /** {@code "1.2.3.4:5678"} → {@code "1.2.3.4"}, {@code "[::1]:80"} → {@code "::1"}; bare IPv6 kept whole. */
    static String host(String address) {
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            return close > 0 ? address.substring(1, close) : address;
        }
        int colon = address.indexOf(':');
        if (colon >= 0 && colon == address.lastIndexOf(':')) {
            return address.substring(0, colon);
        }
        return address;
    }
}

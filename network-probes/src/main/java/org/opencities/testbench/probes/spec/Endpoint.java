package org.opencities.testbench.probes.spec;

import java.util.Objects;

/**
 * A host and port to measure against, written {@code host:port} or {@code [ipv6]:port}. Parsing
 * never resolves the name; the tool does, so that a resolution failure becomes a result.
 */
public record Endpoint(String host, int port) {

    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be from 1 to 65535: " + port);
        }
    }

    /** Reads {@code host:port} or {@code [ipv6]:port}. */
    public static Endpoint parse(String text) {
        Objects.requireNonNull(text, "endpoint");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("endpoint must be host:port or [ipv6]:port: " + text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an IPv6 address needs brackets, as in [::1]:862: " + text);
        }
        try {
            return new Endpoint(host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number from 1 to 65535: " + text, e);
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}

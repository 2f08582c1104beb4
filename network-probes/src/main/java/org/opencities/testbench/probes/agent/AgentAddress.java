package org.opencities.testbench.probes.agent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a probe agent answers: a literal IPv4 address, a bracketed literal IPv6 address or a host
 * name, then a port from 1 to 65535, e.g. {@code 192.0.2.10:862}, {@code [2001:db8::10]:862},
 * {@code probe-1.oulu.example:5201}. Parsing never resolves a name.
 *
 * @param host the IP literal (IPv6 without brackets) or host name
 */
public record AgentAddress(String host, int port) {

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final String IPV4 = OCTET + "(?:\\." + OCTET + "){3}";
    private static final String H16 = "[0-9a-fA-F]{1,4}";
    private static final String IPV6 = "(?:(?:" + H16 + ":){7}" + H16
            + "|(?:" + H16 + ":){1,7}:"
            + "|(?:" + H16 + ":){1,6}:" + H16
            + "|(?:" + H16 + ":){1,5}(?::" + H16 + "){1,2}"
            + "|(?:" + H16 + ":){1,4}(?::" + H16 + "){1,3}"
            + "|(?:" + H16 + ":){1,3}(?::" + H16 + "){1,4}"
            + "|(?:" + H16 + ":){1,2}(?::" + H16 + "){1,5}"
            + "|" + H16 + ":(?::" + H16 + "){1,6}"
            + "|:(?:(?::" + H16 + "){1,7}|:))";
    private static final String LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
    // The last label starts with a letter, so that a malformed IPv4 address such as 300.1.1.1 is no host name.
    private static final String TOP_LABEL = "[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
    private static final String HOST_NAME = "(?=[^:]{1,253}:)(?:" + LABEL + "\\.)*" + TOP_LABEL;
    private static final String PORT =
            "(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})";

    /** The whole {@code host:port} syntax as one regular expression, for validating requests. */
    public static final String PATTERN =
            "(?:\\[(?<ipv6>" + IPV6 + ")\\]|(?<host>" + IPV4 + "|" + HOST_NAME + ")):(?<port>" + PORT + ")";

    private static final Pattern SYNTAX = Pattern.compile(PATTERN);

    public AgentAddress {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be from 1 to 65535: " + port);
        }
    }

    /** Reads {@code host:port}; fails naming the expected form when the text is anything else. */
    public static AgentAddress parse(String text) {
        var matcher = SYNTAX.matcher(Objects.requireNonNull(text, "agent address"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("agent address must be host:port with a literal IP address "
                    + "(IPv6 in brackets) or a host name and a port from 1 to 65535: " + text);
        }
        String host = matcher.group("ipv6") != null ? matcher.group("ipv6") : matcher.group("host");
        return new AgentAddress(host, Integer.parseInt(matcher.group("port")));
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}

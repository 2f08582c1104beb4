package org.opencities.testbench.orchestrator.inventory;

import java.util.regex.Pattern;

/**
 * Where a segment's measurement probe answers: a host name or IP address and a TCP/UDP port.
 *
 * @throws IllegalArgumentException for a host that is no host name or address, or a port outside 1..65535
 */
public record ProbeEndpoint(String host, int port) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.:-]{0,252})");

    public ProbeEndpoint {
        if (host == null || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("probe host must be a host name or an IP address, it is " + host);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("probe port must be from 1 to 65535, it is " + port);
        }
    }

    /** {@code host:port}, with an IPv6 address in brackets. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}

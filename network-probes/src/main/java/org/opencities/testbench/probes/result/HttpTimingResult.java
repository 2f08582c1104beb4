package org.opencities.testbench.probes.result;

import java.time.Instant;

/**
 * One HTTP GET timed by phase, each in milliseconds from the previous one: name resolution, TCP
 * connect, TLS handshake (0 for plain HTTP), time to the first response byte after the request was
 * sent, and the total from start to the last body byte read.
 */
public record HttpTimingResult(String tool, String target, Instant startedAt, int status, String remoteAddress,
        double dnsMillis, double connectMillis, double tlsMillis, double firstByteMillis, double totalMillis,
        long bodyBytes, boolean bodyTruncated, String tlsProtocol) implements MeasurementResult {
}

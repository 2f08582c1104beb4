package org.opencities.testbench.probes.result;

import java.time.Instant;

/**
 * A STAMP session's figures. {@code lost} counts test packets without a reply by the timeout;
 * {@code duplicates} are extra replies to one packet; {@code reordered} replies arrived after a reply
 * to a later packet; {@code malformed} replies were too short or named a packet never sent. Jitter is
 * the RFC 3550 estimator applied to consecutive round-trip times. One-way delay needs synchronised
 * clocks, so the reflector's error estimate is reported beside the figures.
 */
public record StampResult(String tool, String target, Instant startedAt, int sent, int received, int lost,
        double lossRatio, int duplicates, int reordered, int malformed, LatencyStatistics rtt, double jitterMillis,
        ErrorEstimate senderErrorEstimate, ErrorEstimate reflectorErrorEstimate) implements MeasurementResult {
}

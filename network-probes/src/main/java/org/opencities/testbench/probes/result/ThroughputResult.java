package org.opencities.testbench.probes.result;

import java.time.Instant;
import java.util.List;

/**
 * A TCP throughput test's figures, taken at the receiver after the omitted seconds. Retransmits are
 * known only when a stock iperf3 sender reported them (the JDK exposes no TCP_INFO), and so is the
 * RFC 6349 TCP efficiency; {@code notes} say which figures are missing and why.
 *
 * @param goodputBitsPerSecond payload bits received per second, summed over the streams
 * @param retransmits TCP segments the sender retransmitted, or null when unknown
 * @param tcpEfficiencyPercent RFC 6349 (sent - retransmitted) / sent, or null when unknown
 * @param baselineRttMillis median round-trip time on the idle path before the test, or null when not measured
 * @param loadedRttMillis mean round-trip time during the measured seconds, or null when not measured
 * @param bufferDelayPercent RFC 6349 Buffer Delay: (loaded - baseline) / baseline x 100, or null without both
 */
public record ThroughputResult(String tool, String target, Instant startedAt, boolean reverse, int streams,
        double seconds, long bytes, double goodputBitsPerSecond, Long retransmits, Double tcpEfficiencyPercent,
        Double baselineRttMillis, Double loadedRttMillis, Double bufferDelayPercent, List<String> notes)
        implements MeasurementResult {

    public ThroughputResult {
        notes = List.copyOf(notes);
    }
}

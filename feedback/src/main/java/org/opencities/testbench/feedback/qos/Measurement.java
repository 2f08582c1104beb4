package org.opencities.testbench.feedback.qos;

import java.time.Instant;
import java.util.Objects;

/**
 * What the QoE/QoS view keeps of one completed measurement run on a segment. Figures a tool does
 * not measure are {@code null} (a STAMP run has no throughput, a throughput run no RTT).
 */
public record Measurement(String runId, String segmentId, String tool, Instant endedAt, Double rttMedianMs,
        Double rttP95Ms, Double jitterMs, Double lossRatio, Double throughputMbps) {

    public Measurement {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(endedAt, "endedAt");
    }
}

package org.opencities.testbench.probes.schedule;

import java.util.ArrayList;
import java.util.List;

import org.opencities.testbench.probes.result.StampResult;

/**
 * A service's acceptance criteria for its activation test; a null limit is not checked.
 *
 * @param maxLatencyMs highest acceptable round-trip time at the 95th percentile, in ms
 * @param maxJitterMs highest acceptable RFC 3550 jitter, in ms
 * @param maxLossRatio highest acceptable share of lost packets
 */
public record ActivationCriteria(Double maxLatencyMs, Double maxJitterMs, Double maxLossRatio) {

    /** Each criterion the STAMP result misses, in words; empty when it passes. */
    public List<String> violations(StampResult result) {
        var violations = new ArrayList<String>();
        if (maxLossRatio != null && result.lossRatio() > maxLossRatio) {
            violations.add("loss ratio " + result.lossRatio() + " above " + maxLossRatio);
        }
        if (result.rtt() == null) {
            violations.add("no round-trip time measured");
            return violations;
        }
        if (maxLatencyMs != null && result.rtt().p95Millis() > maxLatencyMs) {
            violations.add("RTT p95 " + result.rtt().p95Millis() + " ms above " + maxLatencyMs + " ms");
        }
        if (maxJitterMs != null && result.jitterMillis() > maxJitterMs) {
            violations.add("jitter " + result.jitterMillis() + " ms above " + maxJitterMs + " ms");
        }
        return violations;
    }
}

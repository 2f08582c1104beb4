package org.opencities.testbench.orchestrator.driver.simulated;

import java.time.Instant;

import org.opencities.testbench.orchestrator.admission.TcontType;

/**
 * A service as the simulated OLT holds it on one PON segment: its upstream T-CONT (alloc-id), its
 * GEM port and the rates it shapes to (kbit/s).
 */
public record ConfiguredService(String segmentId, String serviceId, int allocId, int gemPort, TcontType tcontType,
        long downstreamGuaranteedKbps, long downstreamMaximumKbps, long upstreamGuaranteedKbps,
        long upstreamMaximumKbps, Instant configuredAt) {
}

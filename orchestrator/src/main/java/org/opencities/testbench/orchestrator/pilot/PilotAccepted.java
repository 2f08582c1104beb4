package org.opencities.testbench.orchestrator.pilot;

import java.util.List;
import java.util.Map;

/**
 * What the orchestrator reads from {@code pilot.accepted}: where the pilot runs and what its app
 * needs per direction (kbit/s), with its acceptance criteria by characteristic name
 * ({@code maxLatencyMs}, {@code maxJitterMs}, {@code maxLossRatio}).
 */
public record PilotAccepted(String pilotId, List<String> cities, long downstreamGuaranteedKbps,
        long downstreamMaximumKbps, long upstreamGuaranteedKbps, long upstreamMaximumKbps, Map<String, String> criteria) {

    public PilotAccepted {
        cities = List.copyOf(cities);
        criteria = Map.copyOf(criteria);
    }
}

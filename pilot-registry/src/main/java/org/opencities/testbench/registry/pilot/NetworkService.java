package org.opencities.testbench.registry.pilot;

import java.time.Instant;
import java.util.Set;

/**
 * One network service the orchestrator runs for a pilot (one per target city), with the alarms
 * that are raised on it and not yet cleared.
 *
 * @param segmentId the FTTH segment the service runs on, empty before the orchestrator says
 */
public record NetworkService(String serviceId, PilotId pilotId, String segmentId, NetworkServiceState state,
        Set<String> openAlarms, Instant updatedAt) {

    public NetworkService {
        openAlarms = Set.copyOf(openAlarms);
    }
}

package org.opencities.testbench.orchestrator.provisioning;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorEvent;

/** A service was taken off its segment and its capacity freed. */
public record ServiceTerminated(UUID eventId, String serviceId, String orderId, String pilotId, String segmentId, String state, Instant terminatedAt) implements OrchestratorEvent {

    @Override
    public String type() {
        return "service.terminated";
    }

    @Override
    public String subject() {
        return serviceId;
    }
}

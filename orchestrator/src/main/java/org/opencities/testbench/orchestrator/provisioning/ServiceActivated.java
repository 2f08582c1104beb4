package org.opencities.testbench.orchestrator.provisioning;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorEvent;

/** A service passed its activation and is active. */
public record ServiceActivated(UUID eventId, String serviceId, String orderId, String pilotId, String segmentId, String state, Instant activatedAt) implements OrchestratorEvent {

    @Override
    public String type() {
        return "service.activated";
    }

    @Override
    public String subject() {
        return serviceId;
    }
}

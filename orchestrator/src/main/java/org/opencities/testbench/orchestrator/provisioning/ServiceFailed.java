package org.opencities.testbench.orchestrator.provisioning;

import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorEvent;

/** Provisioning a service failed and was backed out; the error says what to do. */
public record ServiceFailed(UUID eventId, String serviceId, String orderId, String pilotId, String segmentId, String state, String errorMessage) implements OrchestratorEvent {

    @Override
    public String type() {
        return "service.failed";
    }

    @Override
    public String subject() {
        return serviceId;
    }
}

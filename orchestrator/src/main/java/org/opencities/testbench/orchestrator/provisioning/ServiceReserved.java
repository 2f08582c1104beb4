package org.opencities.testbench.orchestrator.provisioning;

import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorEvent;

/** Capacity was reserved for a service on a segment. */
public record ServiceReserved(UUID eventId, String serviceId, String orderId, String pilotId, String segmentId, String state, Rates downstream, Rates upstream) implements OrchestratorEvent {

    @Override
    public String type() {
        return "service.reserved";
    }

    @Override
    public String subject() {
        return serviceId;
    }
}

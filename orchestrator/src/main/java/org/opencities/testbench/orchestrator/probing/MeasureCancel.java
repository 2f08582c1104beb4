package org.opencities.testbench.orchestrator.probing;

import java.util.UUID;

/** {@code measure.cancel}: stop a task and its pending runs; {@code segmentId} routes it to the agent that has the task. */
public record MeasureCancel(UUID eventId, String assignmentId, String serviceId, String segmentId, String reason)
        implements ProbeAssignment {

    @Override
    public String type() {
        return "measure.cancel";
    }

    @Override
    public String subject() {
        return serviceId == null ? segmentId : serviceId;
    }
}

package org.opencities.testbench.orchestrator.probing;

import java.util.UUID;

/**
 * {@code measure.schedule}: measure a segment (for a service) every {@code repeat}, each run allowed
 * to start up to {@code slip} late. {@code target} is the segment's probe endpoint from the
 * inventory when it has one; the agent serving the segment may know a better way to reach it.
 */
public record MeasureSchedule(UUID eventId, String assignmentId, String serviceId, String segmentId, String target,
        String tool, String repeat, String slip, Spec spec) implements ProbeAssignment {

    /** The STAMP session's options, as in {@code docs/events/examples/measure.schedule.json}. */
    public record Spec(int count, int intervalMs, int paddingBytes, int dscp) {
    }

    @Override
    public String type() {
        return "measure.schedule";
    }

    @Override
    public String subject() {
        return serviceId == null ? segmentId : serviceId;
    }
}

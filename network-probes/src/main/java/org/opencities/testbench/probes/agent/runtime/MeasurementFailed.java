package org.opencities.testbench.probes.agent.runtime;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.probes.ProbeEvent;

/**
 * A run ended without figures ({@code measurement.failed}): the tool failed, or the run was missed,
 * pre-empted, canceled or could not start. {@code state} says which; {@code startedAt} is the
 * slot for a run that never started.
 */
record MeasurementFailed(UUID eventId, String runId, String assignmentId, String agentId, String segmentId,
        String serviceId, String tool, Instant startedAt, Instant endedAt, String state, String reason)
        implements ProbeEvent {

    @Override
    public String type() {
        return "measurement.failed";
    }

    @Override
    public String subject() {
        return runId;
    }
}

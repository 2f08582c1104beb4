package org.opencities.testbench.probes.agent.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.probes.ProbeEvent;

/** A run ended with figures ({@code measurement.completed}); {@code result} is shaped per tool, see docs/probes-agent.md. */
record MeasurementCompleted(UUID eventId, String runId, String assignmentId, String agentId, String segmentId,
        String serviceId, String tool, Instant startedAt, Instant endedAt, Map<String, Object> result)
        implements ProbeEvent {

    @Override
    public String type() {
        return "measurement.completed";
    }

    @Override
    public String subject() {
        return runId;
    }
}

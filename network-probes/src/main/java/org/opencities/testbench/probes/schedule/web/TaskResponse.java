package org.opencities.testbench.probes.schedule.web;

import java.time.Instant;

import org.opencities.testbench.probes.schedule.Schedules.StoredTask;

/**
 * A measurement task as the REST API shows it; {@code repeat} and {@code slip} are ISO-8601
 * durations, {@code repeat} null for a one-off task, {@code nextSlot} null when no run follows.
 */
record TaskResponse(String id, String agentId, String segmentId, String serviceId, String tool, String target,
        String repeat, String slip, String priority, String state, Instant firstSlot, Instant nextSlot, String reason) {

    static TaskResponse of(StoredTask stored) {
        var task = stored.task();
        return new TaskResponse(task.id(), stored.agentId(), task.segmentId(), task.serviceId(), task.spec().tool(),
                task.spec().address(), task.repeat() == null ? null : task.repeat().toString(), task.slip().toString(),
                task.priority().name().toLowerCase(java.util.Locale.ROOT), task.state().label(), task.firstSlot(),
                task.nextSlot(), task.reason());
    }
}

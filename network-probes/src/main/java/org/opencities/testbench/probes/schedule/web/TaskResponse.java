package org.opencities.testbench.probes.schedule.web;

import java.time.Instant;

import org.opencities.testbench.probes.schedule.Schedules.StoredTask;

/**
 * A measurement task as the REST API shows it; {@code repeat} and {@code slip} are ISO-8601
 * durations, {@code repeat} null for a one-off task, {@code nextSlot} null when no run follows. A
 * refused assignment is listed in state {@code refused} with the reason.
 */
record TaskResponse(String id, String agentId, String segmentId, String serviceId, String tool, String target,
        String repeat, String slip, String priority, String state, Instant firstSlot, Instant nextSlot, String reason) {

    static TaskResponse of(StoredTask task) {
        return new TaskResponse(task.id(), task.agentId(), task.segmentId(), task.serviceId(), task.tool(), task.target(),
                task.repeat(), task.slip(), task.priority().name().toLowerCase(java.util.Locale.ROOT), task.state().label(),
                task.firstSlot(), task.nextSlot(), task.reason());
    }
}

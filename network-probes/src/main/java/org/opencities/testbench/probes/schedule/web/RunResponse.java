package org.opencities.testbench.probes.schedule.web;

import java.time.Instant;

import org.opencities.testbench.probes.schedule.Schedules.StoredRun;
import tools.jackson.databind.JsonNode;

/**
 * A run as the REST API shows it: its pScheduler state, its slot and the latest it could start,
 * when it ran, why it ended as it did, and its result (as published) once it has one.
 */
record RunResponse(String id, String taskId, String agentId, String tool, String endpoint, String priority,
        String state, Instant slot, Instant latestStart, Instant startedAt, Instant endedAt, String reason,
        JsonNode result) {

    static RunResponse of(StoredRun stored, JsonNode result) {
        var run = stored.run();
        return new RunResponse(run.id(), run.taskId(), stored.agentId(), run.tool(), run.endpoint(),
                run.priority().name().toLowerCase(java.util.Locale.ROOT), run.state().label(), run.slot(),
                run.latestStart(), run.startedAt(), run.endedAt(), run.reason(), result);
    }
}

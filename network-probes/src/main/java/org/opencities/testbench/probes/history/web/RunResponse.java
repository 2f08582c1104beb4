package org.opencities.testbench.probes.history.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;

/** One run of the history; {@code figures} for a completed run, {@code failureReason} for a failed one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunResponse(String runId, String assignmentId, String agentId, String segmentId, String serviceId, String tool,
        String outcome, Instant startedAt, Instant endedAt, Figures figures, String failureReason) {

    static RunResponse of(Measurement run) {
        return new RunResponse(run.runId(), run.assignmentId(), run.agentId(), run.segmentId(), run.serviceId(),
                run.tool(), run.failed() ? "failed" : "completed", run.startedAt(), run.endedAt(),
                run.failed() ? null : run.figures(), run.failureReason());
    }
}

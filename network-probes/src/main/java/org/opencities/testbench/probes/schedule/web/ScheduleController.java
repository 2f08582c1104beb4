package org.opencities.testbench.probes.schedule.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.probes.schedule.RunState;
import org.opencities.testbench.probes.schedule.Schedules;
import org.opencities.testbench.probes.schedule.TaskState;
import org.opencities.testbench.probes.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Probe schedule", description = "Measurement tasks of the probe agents and their runs, in pScheduler states")
class ScheduleController {

    private static final String TASK_STATES = "active|done|canceled|refused";
    private static final String RUN_STATES =
            "pending|on-deck|running|cleanup|finished|overdue|missed|failed|preempted|nonstart|canceled";

    private final Schedules schedules;
    private final JsonMapper json;

    ScheduleController(Schedules schedules, JsonMapper json) {
        this.schedules = schedules;
        this.json = json;
    }

    @GetMapping("/api/v1/probe-tasks")
    @Operation(summary = "List measurement tasks, newest first", description = "state: active, done, canceled or refused (an assignment the agent could not measure)")
    ResponseEntity<PageResponse<TaskResponse>> tasks(
            @RequestParam(required = false) @Pattern(regexp = TASK_STATES, message = "must be one of active, done, canceled, refused") String state,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var filter = state == null ? null : TaskState.valueOf(state.toUpperCase(java.util.Locale.ROOT));
        var items = schedules.tasks(filter, offset, limit).stream().map(TaskResponse::of).toList();
        return new PageResponse<>(items, offset, limit, schedules.countTasks(filter)).toResponse();
    }

    @GetMapping("/api/v1/probe-runs")
    @Operation(summary = "List runs, latest slot first",
            description = "taskId: the runs of one task; state: a pScheduler run state such as on-deck or missed")
    ResponseEntity<PageResponse<RunResponse>> runs(
            @RequestParam(required = false) @Size(min = 1, max = 100) String taskId,
            @RequestParam(required = false) @Pattern(regexp = RUN_STATES,
                    message = "must be a run state: " + RUN_STATES) String state,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var filter = state == null ? null : RunState.ofLabel(state);
        var items = schedules.runs(taskId, filter, offset, limit).stream()
                .map(run -> RunResponse.of(run, run.resultJson() == null ? null : json.readTree(run.resultJson())))
                .toList();
        return new PageResponse<>(items, offset, limit, schedules.countRuns(taskId, filter)).toResponse();
    }
}

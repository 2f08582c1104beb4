package org.opencities.testbench.probes.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An assignment the agent refused on arrival, kept like any task so that the refusal is listed and
 * leaves no silent gap: a task in state {@link TaskState#REFUSED} and its one run, ended
 * {@link RunState#NONSTART} with the reason.
 *
 * @param assignmentId the refused assignment's id, which becomes the task id
 * @param serviceId the service it was for, or null
 * @param tool the tool it named (as named, possibly unknown; cut to {@value #MAX_TOOL} characters)
 * @param target the target it named, or null
 * @param at when it was refused: the slot and the end of its run
 * @param reason why it could not be measured (cut to {@value #MAX_REASON} characters)
 */
public record Refusal(String assignmentId, String segmentId, String serviceId, String tool, String target,
        Priority priority, Instant at, String reason) {

    /** The longest tool name and reason kept: an unknown tool may be named with any text. */
    public static final int MAX_TOOL = 20;
    public static final int MAX_REASON = 2000;

    public Refusal {
        Objects.requireNonNull(assignmentId, "assignment id");
        Objects.requireNonNull(segmentId, "segment id");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(at, "time of the refusal");
        tool = cut(Objects.requireNonNull(tool, "tool"), MAX_TOOL);
        reason = cut(Objects.requireNonNull(reason, "reason"), MAX_REASON);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** The run that stands for the refused assignment: never started, ended {@code nonstart} at once. */
    public Run run(String runId) {
        return new Run(runId, assignmentId, tool, null, priority, false, at, at, Duration.ZERO, RunState.NONSTART, null,
                at, reason);
    }
}
